// The socket.io connection to Rasa's socket.io channel (session_persistence on): on every (re)connect the
// widget asks for its stored session id with `session_request`, and only after `session_confirm` it sends;
// messages typed while the connection is away wait in a queue (socket.io's own buffer would send them before
// the session is confirmed, so the replies would go nowhere). socket.io reconnects by itself; the widget
// reports each state change so the visitor is told.
import { io } from "./vendor/socket.io.esm.min.js";

export function createConnection({ server, path, sessionId, onSession, onMessage, onState }) {
  let socket = null;
  let ready = false;
  let wasLost = false;
  const queue = [];

  function flush() {
    while (ready && queue.length) {
      socket.emit("user_uttered", { message: queue.shift(), session_id: sessionId });
    }
  }

  function open() {
    if (socket) return;
    onState("connecting");
    socket = io(server, { path, reconnectionDelay: 1000, reconnectionDelayMax: 4000, timeout: 8000 });
    socket.on("connect", () => socket.emit("session_request", { session_id: sessionId }));
    socket.on("session_confirm", (id) => {
      sessionId = typeof id === "string" ? id : sessionId;
      onSession(sessionId);
      ready = true;
      onState(wasLost ? "reconnected" : "online");
      wasLost = false;
      flush();
    });
    socket.on("bot_uttered", (message) => {
      if (message && typeof message === "object") onMessage(message);
    });
    socket.on("disconnect", (reason) => {
      ready = false;
      if (reason === "io client disconnect") return; // we closed it ourselves (new conversation)
      wasLost = true;
      onState("offline");
    });
    socket.on("connect_error", () => {
      ready = false;
      wasLost = true;
      onState("unreachable");
    });
  }

  return {
    open,
    // true when sent now, false when it waits for the connection
    send(text) {
      queue.push(text);
      open();
      flush();
      return ready;
    },
    // A new conversation: forget the session and ask the server for a new one.
    reset() {
      sessionId = null;
      queue.length = 0;
      if (socket) {
        ready = false;
        socket.disconnect();
        socket.connect();
      }
    },
    isReady: () => ready,
  };
}
