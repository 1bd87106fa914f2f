"""The server goes away mid-conversation: the widget says so in Dutch with the practice's phone, keeps what the
visitor types, and carries on with the same conversation when the server is back. Also: the action server down
gives the REST channel's apology in the widget. Uses its own assistant, so the shared one is never stopped."""
import pytest

from tests.conftest import TEST_PHONE, free_port
from tests.e2e.assistant import Assistant


@pytest.fixture(scope="module")
def own_assistant(tmp_path_factory, assistant):  # `assistant` first: the shared model is known to load
    workdir = tmp_path_factory.mktemp("widget_assistant")
    bot = Assistant(workdir, {"DATABASE_URL": f"sqlite:///{workdir / 'wegwijzer.db'}"}, free_port(), free_port())
    try:
        bot.wait_ready()
        yield bot
    finally:
        bot.stop()


def test_server_stopped_mid_conversation_then_back(open_widget, own_assistant):
    widget = open_widget(base_url=own_assistant.url)
    widget.start()
    assert "naam" in widget.say("kan iemand me terugbellen?").lower()
    session = widget.session_id()

    rasa = own_assistant.procs[1]
    rasa.terminate()
    rasa.wait(timeout=30)
    notice = widget.page.locator(".ww-notice")
    notice.get_by_text("niet bereikbaar").wait_for(timeout=20000)
    text = notice.inner_text()
    assert TEST_PHONE in text and "113" in text and "112" in text, text
    assert notice.get_by_role("link").get_attribute("href") == "tel:+31307654321"

    widget.input.fill("Sanne de Vries")  # typed while the server is away: waits in the widget
    widget.input.press("Enter")
    assert "zodra er weer verbinding is" in notice.inner_text()
    before = widget.bot_count()

    own_assistant.procs[1] = own_assistant._start_rasa()
    own_assistant.wait_ready()
    notice.get_by_text("De verbinding is terug").wait_for(timeout=30000)
    answer = widget.wait_for_bot(before)
    assert "contact" in answer.lower(), answer  # the form went on: same conversation, same session
    assert widget.session_id() == session
    assert "telefoonnummer" in widget.click_reply("Bel me").lower()
    assert widget.foreign_requests() == []


def test_action_server_down_gives_the_apology_with_the_phone(open_widget, own_assistant):
    widget = open_widget(base_url=own_assistant.url)
    widget.start()
    own_assistant.stop_actions()
    try:
        answer = widget.say("Wat kost psychosociale therapie?")
        assert "Sorry" in answer and TEST_PHONE in answer, answer
    finally:
        own_assistant.start_actions()
    assert widget.say("Wat is psychosociale therapie?")
