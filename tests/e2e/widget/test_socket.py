"""The socket.io channel itself, as a client that is not a browser would use it: origins, session ids, and the
REST channel's input checks (too long, invalid Unicode, malformed events) — never a crash, never silence."""
import queue
import urllib.request

import pytest
import socketio

from tests.e2e.conftest import ALLOWED_ORIGIN

HANDSHAKE = "/socket.io/?EIO=4&transport=polling"


def handshake(assistant, origin=None):
    request = urllib.request.Request(assistant.url + HANDSHAKE, headers={"Origin": origin} if origin else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, dict(answer.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


class Visitor:
    """A socket.io client (long-polling) that collects every bot_uttered."""

    def __init__(self, assistant, session_id=None):
        self.replies: "queue.Queue[dict]" = queue.Queue()
        self.sessions: "queue.Queue[str]" = queue.Queue()
        self.client = socketio.Client(reconnection=False)
        self.client.on("bot_uttered", self.replies.put)
        self.client.on("session_confirm", self.sessions.put)
        self.client.connect(assistant.url, transports=["polling"], headers={"Origin": assistant.url})
        self.client.emit("session_request", {"session_id": session_id})
        self.session_id = self.sessions.get(timeout=10)

    def send(self, message, **extra):
        self.client.emit("user_uttered", {"message": message, "session_id": self.session_id, **extra})

    def texts(self, wait=20.0, settle=1.0):
        texts = [self.replies.get(timeout=wait).get("text", "")]
        while True:
            try:
                texts.append(self.replies.get(timeout=settle).get("text", ""))
            except queue.Empty:
                return "\n".join(texts)

    def close(self):
        # abort: do not wait for the long-poll in flight (up to the 25 s ping interval) to end
        self.client.eio.disconnect(abort=True)


@pytest.fixture
def visitor(assistant):
    client = Visitor(assistant)
    yield client
    client.close()


def test_only_own_and_configured_origins_may_open_a_socket(assistant):
    status, headers = handshake(assistant, "https://evil.example")
    assert status == 400
    status, headers = handshake(assistant, ALLOWED_ORIGIN)
    assert status == 200 and headers.get("Access-Control-Allow-Origin") == ALLOWED_ORIGIN
    assert "Access-Control-Allow-Credentials" not in headers
    assert handshake(assistant, assistant.url)[0] == 200  # the demo page on the server itself
    assert handshake(assistant, assistant.url.replace("127.0.0.1", "localhost"))[0] == 400


def test_widget_files_get_cors_only_for_configured_origins(assistant):
    for origin, allowed in ((ALLOWED_ORIGIN, True), ("https://evil.example", False)):
        request = urllib.request.Request(f"{assistant.url}/widget/wegwijzer.js", headers={"Origin": origin})
        with urllib.request.urlopen(request) as answer:
            assert (answer.headers.get("Access-Control-Allow-Origin") == origin) is allowed
            assert answer.headers.get("Access-Control-Allow-Origin") != "*"


def test_session_ids_are_ours_and_kept(assistant):
    first = Visitor(assistant, session_id="../../etc")
    assert len(first.session_id) == 32 and first.session_id != "../../etc"
    first.close()
    again = Visitor(assistant, session_id=first.session_id)
    assert again.session_id == first.session_id
    again.close()


def test_too_long_message_gets_the_friendly_answer(visitor):
    visitor.send("hallo " * 400)
    answer = visitor.texts()
    assert "te lang" in answer and "113" in answer and "112" in answer, answer


def test_invalid_unicode_and_control_characters_are_replaced(visitor):
    visitor.send("Wat kost \ud800 therapie\x00?")
    assert visitor.texts()  # an answer, not a dropped connection


def test_malformed_events_are_ignored_and_the_socket_keeps_working(visitor, assistant):
    visitor.client.emit("user_uttered", "just a string")
    visitor.client.emit("user_uttered", {"message": {"nested": True}, "session_id": visitor.session_id})
    visitor.client.emit("user_uttered", {"message": "hoi", "session_id": "f" * 32})  # not this socket's session
    visitor.client.emit("session_request", ["not", "a", "dict"])
    assert len(visitor.sessions.get(timeout=10)) == 32
    visitor.send("/greet", metadata={"admin": True})
    answer = visitor.texts()
    assert "chatbot" in answer, answer
    assert visitor.replies.empty()
