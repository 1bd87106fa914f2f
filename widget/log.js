// The message list: one role="log" region (screen readers announce each new message), the visitor's own
// text as plain text, the assistant's through the safe markdown renderer, and its buttons as real <button>s
// that send their payload and disappear once one is used (or the visitor types something else).
import { el, srOnly } from "./dom.js";
import { renderMarkdown } from "./markdown.js";

export function createLog(labels, settings, onReply) {
  const element = el("div", { class: "ww-log", role: "log", "aria-label": labels.log, tabindex: "0" });
  let history = [];
  let onChange = () => {};

  function scrollTo(message, mine) {
    // To the newest message, but never past the start of an answer: a long one is read from its top.
    element.scrollTop = mine ? element.scrollHeight : Math.min(element.scrollHeight, message.offsetTop - 8);
  }

  function removeReplies() {
    element.querySelectorAll(".ww-replies").forEach((group) => group.remove());
    if (history.some((entry) => entry.replies)) {
      history.forEach((entry) => delete entry.replies);
      onChange(history);
    }
  }

  function replyGroup(replies) {
    const group = el("div", { class: "ww-replies", role: "group", "aria-label": labels.replies });
    for (const reply of replies) {
      const button = el("button", { type: "button", class: "ww-reply" }, String(reply.title ?? ""));
      button.addEventListener("click", () => onReply(String(reply.title ?? ""), String(reply.payload ?? "")));
      group.append(button);
    }
    return group;
  }

  function show(entry) {
    const mine = entry.from === "user";
    const message = el("div", { class: `ww-msg ${mine ? "ww-msg-user" : "ww-msg-bot"}` },
      srOnly(`${mine ? labels.you : settings.assistant}: `));
    if (mine) {
      message.append(el("p", {}, entry.text));
    } else {
      message.append(renderMarkdown(entry.text));
    }
    element.append(message);
    if (entry.replies && entry.replies.length) element.append(replyGroup(entry.replies));
    scrollTo(message, mine);
  }

  function add(entry) {
    if (entry.from === "user") removeReplies();
    history.push(entry);
    onChange(history);
    show(entry);
  }

  return {
    element,
    addUser: (text) => add({ from: "user", text }),
    // Rasa's socket.io output: {text, quick_replies: [{title, payload}]} (or `buttons` from custom senders)
    addBot(message) {
      const replies = (message.quick_replies || message.buttons || []).filter((r) => r && r.title);
      const text = typeof message.text === "string" ? message.text : "";
      if (!text && !replies.length) return;
      add({ from: "bot", text, replies: replies.map((r) => ({ title: String(r.title), payload: String(r.payload ?? r.title) })) });
    },
    restore(saved) {
      history = Array.isArray(saved) ? saved.filter((e) => e && typeof e.text === "string") : [];
      element.replaceChildren();
      history.forEach(show);
    },
    clear() {
      history = [];
      element.replaceChildren();
      onChange(history);
    },
    removeReplies,
    onChange(callback) {
      onChange = callback;
    },
    isEmpty: () => history.length === 0,
  };
}
