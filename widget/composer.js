// The text field with a real label and the send button. Enter sends, Shift+Enter adds a line.
import { el } from "./dom.js";

export function createComposer(labels, onSend) {
  const input = el("textarea", {
    id: "wegwijzer-input", class: "ww-input", rows: "2", autocomplete: "off", "aria-describedby": "wegwijzer-hint",
  });
  const form = el(
    "form",
    { class: "ww-composer", novalidate: true },
    el("label", { for: "wegwijzer-input", class: "ww-label" }, labels.inputLabel),
    el("p", { id: "wegwijzer-hint", class: "ww-sr" }, labels.inputHint),
    el("div", { class: "ww-composer-row" }, input, el("button", { type: "submit", class: "ww-button ww-send" }, labels.send)),
  );

  function submit() {
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    onSend(text);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  return { element: form, focus: () => input.focus() };
}
