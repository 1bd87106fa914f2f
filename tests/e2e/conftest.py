"""End-to-end fixtures: one trained assistant for the whole test session, with a real SMTP server."""
import secrets
from email import message_from_bytes
from typing import List

import pytest

from tests.conftest import free_port
from tests.e2e.assistant import Assistant
from tests.e2e.channels.providers import FakeProviders

STAFF_TOKEN = secrets.token_urlsafe(16)
ALLOWED_ORIGIN = "https://www.testpraktijk.example"


class Mailbox:
    """aiosmtpd handler that keeps every delivered message."""

    def __init__(self):
        self.messages: List = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture(scope="session")
def mailbox():
    from aiosmtpd.controller import Controller

    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    box.port = controller.port
    yield box
    controller.stop()


@pytest.fixture(scope="session")
def providers():
    """Fake WhatsApp (Twilio), Facebook and Telegram APIs; the assistant's messenger channels talk to these."""
    return FakeProviders()


@pytest.fixture(scope="session")
def assistant(tmp_path_factory, mailbox, providers):
    workdir = tmp_path_factory.mktemp("assistant")
    env = {
        "DATABASE_URL": f"sqlite:///{workdir / 'wegwijzer.db'}",
        "STAFF_TOKEN": STAFF_TOKEN,
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(mailbox.port),
        "SMTP_TLS": "none",
        "SMTP_FROM": "wegwijzer@voorbeeldpraktijk.example",
        "STAFF_EMAIL": "team@voorbeeldpraktijk.example",
        "WEGWIJZER_ALLOWED_ORIGINS": ALLOWED_ORIGIN,
        # examples added in the staff console go here, never into the project's data/ (tests/e2e/console)
        "CONSOLE_EXAMPLES_FILE": str(workdir / "staff_examples.yml"),
        # the console's retrain saves switched models here, and asks a few dev-set questions (tests/e2e/console)
        "CONSOLE_MODELS_DIR": str(workdir / "models"),
        "CONSOLE_RETRAIN_QUESTIONS": __file__.rsplit("/", 1)[0] + "/console/retrain_questions.yml",
    }
    rasa_port = free_port()
    env.update(providers.env(f"http://127.0.0.1:{rasa_port}"))
    bot = Assistant(workdir, dict(env), rasa_port=rasa_port, actions_port=free_port())
    bot.env = env
    try:
        bot.wait_ready()
        yield bot
    finally:
        bot.stop()


@pytest.fixture
def chat(assistant):
    return assistant.chat()
