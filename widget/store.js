// What the widget remembers in this browser tab (sessionStorage: gone when the tab closes, kept across
// reloads and pages of the same site): the session id Rasa knows the conversation by, the messages shown,
// whether the notice was accepted and whether the panel was open.
const KEY = "wegwijzer.v1";

function read() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY)) || {};
  } catch {
    return {}; // storage off (private mode) or a broken value: start fresh
  }
}

function write(state) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // storage full or off: the conversation still works, it just does not survive a reload
  }
}

export const store = {
  get: (name, fallback) => read()[name] ?? fallback,
  set(name, value) {
    const state = read();
    state[name] = value;
    write(state);
  },
  clear() {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // nothing to clear
    }
  },
};
