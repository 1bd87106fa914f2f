"""No personal data in any log file, at every level: a separate assistant runs with --debug, a visitor
with a known name, phone number, e-mail address and address talks to it, then every log is scanned."""
import pytest

from tests.conftest import free_port
from tests.e2e.assistant import Assistant

SECRETS = {"name": "Gijsbertha Oosterwold", "phone": "06 19283746", "email": "gijs.oosterwold@privemail.example",
           "address": "Lindelaan 77, 3512 KX Utrecht"}


@pytest.fixture(scope="module")
def debug_assistant(tmp_path_factory, assistant):
    workdir = tmp_path_factory.mktemp("debug_assistant")
    bot = Assistant(workdir, {"DATABASE_URL": f"sqlite:///{workdir / 'debug.db'}", "LOG_LEVEL": "DEBUG"},
                    free_port(), free_port(), rasa_args=["--debug"])
    try:
        bot.wait_ready()
        yield bot
    finally:
        bot.stop()


def test_no_personal_data_in_any_log(debug_assistant):
    chat = debug_assistant.chat()
    for message in ["kan iemand me terugbellen?", SECRETS["name"], "/choose_email", SECRETS["email"], "ochtend",
                    f"ik woon op {SECRETS['address']}, bel {SECRETS['phone']}", "ja",
                    f"mijn nummer is {SECRETS['phone']} en mijn mail {SECRETS['email']}",
                    f"Ik ben {SECRETS['name']} en heb een vraag over vergoeding"]:
        chat.send(message)
    logs = {p.name: p.read_text(errors="replace") for p in debug_assistant.workdir.glob("*.log")}
    assert logs and sum(len(t) for t in logs.values()) > 1000, "the servers wrote (almost) nothing"
    leaks = [(name, key) for name, text in logs.items() for key, value in SECRETS.items()
             if value in text or value.split()[-1] in text]
    assert not leaks, leaks
