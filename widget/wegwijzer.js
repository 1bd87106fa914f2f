// The Wegwijzer chat widget. Embed it with one tag (see docs/widget.md):
//   <script type="module" src="https://ASSISTANT/widget/wegwijzer.js" data-title="..." data-lang="nl"></script>
// This module reads that tag's data- attributes, loads the stylesheet and the practice's settings from the
// same server, and wires the parts: launcher, consent notice, message log, composer, connection.
import { labelsFor } from "./labels.js";
import { el } from "./dom.js";
import { store } from "./store.js";
import { createLauncher } from "./launcher.js";
import { createConsent } from "./consent.js";
import { createLog } from "./log.js";
import { createComposer } from "./composer.js";
import { createConnection } from "./connection.js";

const BASE = new URL(".", import.meta.url);
const PANEL_ID = "wegwijzer-panel";
const COLOURS = { accent: "--ww-accent", accentText: "--ww-accent-text", background: "--ww-background", text: "--ww-text" };
const TYPING_TIMEOUT = 25000;

function ownScript() {
  return [...document.querySelectorAll("script[src]")].find((s) => s.src === import.meta.url) || document.createElement("script");
}

function readConfig(script) {
  const data = script.dataset;
  return {
    server: data.server || BASE.origin,
    socketPath: data.socketPath || "/socket.io",
    title: data.title || "",
    lang: data.lang === "en" ? "en" : "nl",
    position: data.position === "left" ? "left" : "right",
    colours: Object.fromEntries(Object.keys(COLOURS).map((k) => [k, data[k]]).filter(([, v]) => v && CSS.supports("color", v))),
  };
}

async function loadSettings(server) {
  const fallback = store.get("settings", { practice: "de praktijk", assistant: "Wegwijzer", phone: "", phone_e164: "", retention_days: 90 });
  try {
    const answer = await fetch(new URL("/widget/config.json", server), { credentials: "omit" });
    const settings = await answer.json();
    store.set("settings", settings);
    return settings;
  } catch {
    return fallback;
  }
}

function loadStylesheet() {
  const href = new URL("widget.css", BASE).href;
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  const link = el("link", { rel: "stylesheet", href });
  const loaded = new Promise((resolve) => {
    link.addEventListener("load", resolve);
    link.addEventListener("error", resolve); // without styles the widget still works
  });
  document.head.append(link);
  return loaded;
}

async function main() {
  const config = readConfig(ownScript());
  const labels = labelsFor(config.lang);
  const [settings] = await Promise.all([loadSettings(config.server), loadStylesheet()]);
  const title = config.title || settings.assistant;

  const root = el("div", { class: `ww-root ww-${config.position}`, lang: config.lang });
  for (const [name, value] of Object.entries(config.colours)) root.style.setProperty(COLOURS[name], value);

  const typing = el("div", { class: "ww-typing", role: "status" });
  const notice = el("div", { class: "ww-notice", role: "status" });
  const closeButton = el("button", { type: "button", class: "ww-icon-button ww-close", "aria-label": labels.close }, "×");
  const newButton = el("button", { type: "button", class: "ww-link-button ww-new" }, labels.newConversation);
  const panel = el("section", { id: PANEL_ID, class: "ww-panel", role: "dialog", "aria-labelledby": "wegwijzer-title", hidden: true },
    el("div", { class: "ww-header" },
      el("div", { class: "ww-heading" }, el("h2", { id: "wegwijzer-title" }, title), el("p", { class: "ww-subtitle" }, labels.subtitle)),
      newButton, closeButton));

  let typingTimer = null;
  function setTyping(on) {
    clearTimeout(typingTimer);
    typing.replaceChildren();
    typing.classList.toggle("ww-typing-on", on);
    if (on) {
      typing.append(el("span", { class: "ww-dots", "aria-hidden": "true" }, el("span"), el("span"), el("span")), labels.typing(settings));
      typingTimer = setTimeout(() => setTyping(false), TYPING_TIMEOUT);
    }
  }

  function setNotice(state) {
    if (state === "online" && notice.dataset.state === "note") return; // keep "Nieuw gesprek gestart."
    notice.replaceChildren();
    notice.dataset.state = state;
    const text = { connecting: labels.connecting, offline: labels.offline, reconnected: labels.reconnected }[state];
    if (text) notice.append(el("p", {}, text));
    if (state === "unreachable") {
      notice.append(el("p", {}, labels.unreachable(settings)));
      if (settings.phone_e164) notice.append(el("a", { class: "ww-call", href: `tel:${settings.phone_e164}` }, `${labels.callPractice}: ${settings.phone}`));
    }
    if (state === "offline" || state === "unreachable") setTyping(false);
  }

  const connection = createConnection({
    server: config.server,
    path: config.socketPath,
    sessionId: store.get("session", null),
    onSession: (id) => {
      store.set("session", id);
      if (!store.get("greeted", false)) {
        store.set("greeted", true);
        connection.send("/greet"); // lets the assistant introduce itself; not shown as a visitor message
        setTyping(true);
      }
    },
    onMessage: (message) => {
      setTyping(false);
      log.addBot(message);
    },
    onState: setNotice,
  });

  function send(text, shown = text) {
    log.addUser(shown);
    if (connection.send(text)) setTyping(true);
    else if (["offline", "unreachable"].includes(notice.dataset.state)) notice.append(el("p", {}, labels.queued));
  }

  const log = createLog(labels, settings, (title, payload) => {
    send(payload, title);
    composer.focus(); // the buttons are gone: focus goes where the conversation continues
  });
  log.restore(store.get("log", []));
  log.onChange((history) => store.set("log", history));
  const composer = createComposer(labels, (text) => send(text));
  panel.append(log.element, typing, notice, composer.element);

  function started() {
    return store.get("consented", false);
  }
  function showConversation(on) {
    panel.classList.toggle("ww-started", on);
    newButton.hidden = !on;
  }
  let consent = null;
  if (!started()) {
    consent = createConsent(labels, settings, () => {
      store.set("consented", true);
      consent.hide();
      showConversation(true);
      connection.open();
      composer.focus();
    });
    log.element.before(consent.element);
  }
  showConversation(started());

  const launcher = createLauncher(labels, PANEL_ID, () => setOpen(panel.hidden));
  function setOpen(open, { focus = true } = {}) {
    panel.hidden = !open;
    launcher.setOpen(open);
    store.set("open", open);
    if (open && started()) connection.open();
    if (!focus) return;
    if (!open) launcher.focus();
    else if (started()) composer.focus();
    else consent.focus();
  }
  closeButton.addEventListener("click", () => setOpen(false));
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") setOpen(false);
  });
  // Tab can leave the (non-modal) panel into the page, where the panel may cover the focused element:
  // Escape anywhere on the page then closes the panel without moving focus, so that element shows (2.4.11).
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || panel.hidden || event.defaultPrevented) return;
    if (root.contains(document.activeElement)) return;
    setOpen(false, { focus: false });
  });
  newButton.addEventListener("click", () => {
    store.set("log", []);
    store.set("session", null);
    store.set("greeted", false);
    log.clear();
    setTyping(false);
    connection.reset();
    notice.dataset.state = "note";
    notice.replaceChildren(el("p", {}, labels.newStarted));
    composer.focus();
  });

  root.append(panel, launcher.element);
  document.body.append(root);
  if (store.get("open", false)) setOpen(true, { focus: false });
}

main();
