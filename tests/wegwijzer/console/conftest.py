"""Console fixtures: a fresh SQLite database per test, and the console channel on a real Sanic server on
127.0.0.1 with the stand-in agent of the channel tests (no model needed for sign-in, CSRF and the audit log)."""
import http.cookiejar
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from types import SimpleNamespace

import pytest
from rasa.core.channels.channel import register
from rasa.shared.core.events import BotUttered, UserUttered
from sanic import Sanic

from tests.conftest import free_port
from tests.wegwijzer.channels.server import Agent
from wegwijzer import storage
from wegwijzer.console import accounts
from wegwijzer.console.channel import ConsoleChannel

PASSWORD = "lang-genoeg-wachtwoord-1"


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'console.db'}"


@pytest.fixture
def engine(db):
    return storage.get_engine(db)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A cookie-keeping HTTP client that does not follow redirects, so a test sees each answer."""

    def __init__(self, base: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, method: str, path: str, form=None, headers=None):
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers or {})
        if data is not None:
            req.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            resp = self.opener.open(req, timeout=20)
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.headers.get_all("Set-Cookie") or [], resp.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, {k.lower(): v for k, v in error.headers.items()}, error.headers.get_all("Set-Cookie") or [], error.read().decode()

    def upload(self, path: str, fields, name: str, filename: str, content: bytes):
        """A multipart/form-data POST with one file, as a browser sends an <input type=file>."""
        boundary = uuid.uuid4().hex
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields.items()]
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                     f'Content-Type: text/csv\r\n\r\n'.encode() + content + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        req = urllib.request.Request(self.base + path, data=body, method="POST",
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        try:
            resp = self.opener.open(req, timeout=20)
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, [], resp.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, {k.lower(): v for k, v in error.headers.items()}, [], error.read().decode()

    def get(self, path: str):
        return self.request("GET", path)

    def post(self, path: str, form=None):
        return self.request("POST", path, form or {})

    def csrf(self, path: str) -> str:
        body = self.get(path)[3]
        return re.search(r'name="csrf" value="([^"]+)"', body).group(1)

    def login(self, name: str, password: str = PASSWORD):
        token = self.csrf("/login")
        return self.post("/login", {"csrf": token, "name": name, "password": password, "next": "/webhooks/console/"})


class RecordingAgent(Agent):
    """The channel tests' stand-in agent, that also keeps each conversation in its tracker store (the batch
    check judges answers from the tracker). Answers carry `metadata` like the real actions' bot messages."""

    def __init__(self, replies=None) -> None:
        super().__init__()
        self.replies = replies or [{"text": "Antwoord", "metadata": {"article": "kosten"}}]

    async def handle_message(self, message) -> None:
        tracker = await self.tracker_store.get_or_create_tracker(message.sender_id)
        tracker.update(UserUttered(message.text, {"name": "faq", "confidence": 0.9}))
        for reply in self.replies:
            tracker.update(BotUttered(reply.get("text"), metadata=reply.get("metadata")))
        await self.tracker_store.save(tracker)
        await super().handle_message(message)  # (Rasa's output channel takes the reply's text apart)


@pytest.fixture(scope="module")
def console(tmp_path_factory):
    """The console on a Sanic server in a daemon thread (lives as long as the test module's process)."""
    db = f"sqlite:///{tmp_path_factory.mktemp('console') / 'console.db'}"
    Sanic.test_mode = True
    app = Sanic(f"console_test_{free_port()}", configure_logging=False)
    app.ctx.agent = RecordingAgent()
    register([ConsoleChannel(db)], app, route="/webhooks/")
    port = free_port()
    thread = threading.Thread(
        target=lambda: app.run(host="127.0.0.1", port=port, access_log=False, register_sys_signals=False), daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}/webhooks/console"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/login", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    return SimpleNamespace(base=base, db=db, engine=storage.get_engine(db), app=app)


@pytest.fixture
def account(console):
    """A new account per test (name, password), so tests do not share sessions or failed sign-ins."""
    name = f"mw-{uuid.uuid4().hex[:8]}"
    accounts.create(console.engine, name, PASSWORD)
    return name


@pytest.fixture
def browser(console):
    return Browser(console.base)
