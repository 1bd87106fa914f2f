// The round button in the corner that opens and closes the chat panel. It stays small and in its corner so
// it never hides what has focus on the page (the stylesheet also reserves that corner with scroll-padding).
import { el, icon } from "./dom.js";

const CHAT_ICON = "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z";
const CLOSE_ICON = "M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z";

export function createLauncher(labels, panelId, onToggle) {
  const text = el("span", { class: "ww-launcher-text" }, labels.launcherOpen);
  const button = el("button", { type: "button", class: "ww-launcher", "aria-expanded": "false", "aria-controls": panelId });
  button.append(icon(CHAT_ICON), text);
  button.addEventListener("click", onToggle);
  return {
    element: button,
    setOpen(open) {
      button.setAttribute("aria-expanded", String(open));
      button.replaceChildren(icon(open ? CLOSE_ICON : CHAT_ICON), text);
      text.textContent = open ? labels.launcherClose : labels.launcherOpen;
    },
    focus: () => button.focus(),
  };
}
