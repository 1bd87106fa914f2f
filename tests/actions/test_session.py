"""Session start (actions/session.py): the intro on the website, and the first-contact notice on a messenger."""
import pytest

from actions.session import ActionSessionStart
from wegwijzer import practice


async def intro(dispatcher, tracker_factory, channel=None, events=None):
    slots = {"session_started_metadata": {"channel": channel}} if channel else {}
    events = await ActionSessionStart().run(dispatcher, tracker_factory(slots, events=events or []), {})
    assert [e["event"] for e in events] == ["session_started", "action"]
    return "\n".join(m["text"] for m in dispatcher.messages)


async def test_the_website_gets_the_short_intro_every_session(dispatcher, tracker_factory):
    text = await intro(dispatcher, tracker_factory, events=[{"event": "user", "text": "hoi"}])
    assert "chatbot" in text and "0800-0113" in text and "dagen" not in text


@pytest.mark.parametrize("channel, service", [("whatsapp", "WhatsApp"), ("facebook", "Facebook Messenger"),
                                              ("telegram", "Telegram")])
async def test_first_contact_on_a_messenger_says_bot_no_advice_retention_and_every_crisis_number(
        dispatcher, tracker_factory, channel, service):
    text = await intro(dispatcher, tracker_factory, channel)
    days = practice.load_practice().retention_days
    for part in ["chatbot", "geen diagnose", "geen medisch advies", f"{days} dagen", "verwijder mijn gegevens",
                 service, "0800-0113", "113.nl", "112", "huisarts", "0800-2000", "0800-0432"]:
        assert part in text, part
    assert len(dispatcher.messages) == 1  # one message: it is never split or interleaved


async def test_a_messenger_conversation_gets_the_notice_once(dispatcher, tracker_factory):
    earlier = [{"event": "session_started"}, {"event": "user", "text": "hoi"}, {"event": "bot", "text": "Hoi!"}]
    assert await intro(dispatcher, tracker_factory, "whatsapp", events=earlier) == ""
    assert dispatcher.messages == []
