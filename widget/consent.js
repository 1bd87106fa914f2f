// The notice before the first message: a chatbot, not a person; no diagnosis or medical advice; what happens
// with the conversation and for how long; the crisis lines. Nothing is sent before "Start" is pressed.
import { el } from "./dom.js";

export function createConsent(labels, settings, onStart) {
  const start = el("button", { type: "button", class: "ww-button ww-start" }, labels.start);
  const element = el(
    "section",
    { class: "ww-consent", "aria-labelledby": "wegwijzer-consent-title" },
    el("h3", { id: "wegwijzer-consent-title" }, labels.consentTitle),
    el("ul", {}, ...labels.consentLines(settings).map((line) => el("li", {}, line))),
    el("p", { class: "ww-crisis" }, el("strong", {}, labels.consentCrisis)),
    start,
  );
  start.addEventListener("click", onStart);
  return {
    element,
    focus: () => start.focus(),
    hide: () => element.remove(),
  };
}
