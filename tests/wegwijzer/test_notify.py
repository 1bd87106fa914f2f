"""Staff e-mail over real SMTP (aiosmtpd on localhost): delivery, SMTP down, re-sending pending."""
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller

from tests.conftest import free_port
from wegwijzer import notify, storage


class Box:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_env(monkeypatch):
    port = free_port()
    for key, value in {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(port), "SMTP_TLS": "none", "SMTP_TIMEOUT": "3",
                       "STAFF_EMAIL": "team@praktijk.example", "SMTP_FROM": "bot@praktijk.example"}.items():
        monkeypatch.setenv(key, value)
    return port


@pytest.fixture
def engine(tmp_path):
    return storage.get_engine(f"sqlite:///{tmp_path / 'n.db'}")


def new_request(engine):
    return storage.store_callback_request(engine, name="Sanne", contact_method="phone", phone="+31612345678",
                                          email=None, preferred_moment="avond", reason=None, conversation_id="c")


def test_delivers_only_what_staff_need(engine, smtp_env):
    box = Box()
    controller = Controller(box, hostname="127.0.0.1", port=smtp_env)
    controller.start()
    try:
        row = new_request(engine)
        assert notify.notify_callback(engine, row)
    finally:
        controller.stop()
    [mail] = box.messages
    body = mail.get_payload(decode=True).decode()
    assert row["reference"] in mail["Subject"] and "06 12345678" in body and "avond" in body
    assert storage.pending_notifications(engine) == []


def test_smtp_down_keeps_the_request_and_resend_delivers_later(engine, smtp_env):
    row = new_request(engine)
    assert not notify.notify_callback(engine, row)  # nothing listens on the port
    [pending] = storage.pending_notifications(engine)
    assert pending["notification_status"] == "failed" and pending["last_notification_error"]
    box = Box()
    controller = Controller(box, hostname="127.0.0.1", port=smtp_env)
    controller.start()
    try:
        assert notify.resend_pending(engine) == (1, 0)
    finally:
        controller.stop()
    assert len(box.messages) == 1 and storage.pending_notifications(engine) == []


def test_without_smtp_settings_requests_stay_pending(engine, monkeypatch):
    monkeypatch.delenv("SMTP_HOST", raising=False)
    row = new_request(engine)
    assert not notify.notify_callback(engine, row)
    assert storage.pending_notifications(engine)[0]["notification_status"] == "pending"
