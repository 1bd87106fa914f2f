"""Conversation behaviour over HTTP: first message, follow-ups in context, clarify-then-handoff, bad input."""
from tests.conftest import TEST_PHONE, TEST_EMAIL
import json

import pytest

from tests.e2e.assistant import http
from tests.e2e.conftest import STAFF_TOKEN


def test_first_message_says_bot_no_medical_advice_and_crisis_line(assistant):
    intro = assistant.chat(started=False).send("hallo")[0]["text"]
    for part in ("chatbot", "geen diagnose", "geen medisch advies", "113", "0800-0113", "112", "Testpraktijk"):
        assert part in intro, intro


def test_follow_up_questions_use_the_topic_in_context(chat):
    chat.say("wat is het verschil tussen een psycholoog en een psychosociaal therapeut?")
    answer = chat.say("en wordt dat vergoed?")
    assert "basisverzekering" in answer.lower() or "aanvullende verzekering" in answer.lower(), chat.transcript()
    answer = chat.say("en voor kinderen?")
    assert "kind" in answer.lower(), chat.transcript()


def test_follow_up_about_coach(chat):
    chat.say("wat doet een psychosociaal therapeut?")
    assert "patronen" in chat.say("en wat is dan het verschil met een coach?").lower(), chat.transcript()


def test_two_unclear_messages_then_honest_handoff_and_logged_for_staff(assistant, chat):
    first = chat.say("sdfgh qwrtz 0612345678")
    assert "niet zeker" in first or "begreep ik niet" in first, chat.transcript()
    second = chat.say("hjkl zxcvb")
    assert "weet ik helaas niet" in second and TEST_PHONE in second, chat.transcript()
    status, body = http("GET", f"{assistant.url}/webhooks/staff/api/unanswered",
                        headers={"Authorization": f"Bearer {STAFF_TOKEN}"})
    assert status == 200
    logged = [row["text"] for row in json.loads(body) if row.get("conversation_id") == chat.sender]
    assert logged and all("0612345678" not in text for text in logged), logged
    assert any("[telefoon]" in text for text in logged), logged


@pytest.mark.parametrize(
    "message",
    ["", " ", "x" * 20000, "<script>alert('x')</script>", "\x00\x01\x02", "🙂🙂🙂", "SELECT * FROM users; --"],
)
def test_bad_input_gets_a_friendly_answer_not_an_error(chat, message):
    replies = chat.send(message)
    assert isinstance(replies, list)


def test_malformed_json_is_a_4xx(assistant):
    status, _ = http("POST", f"{assistant.url}/webhooks/rest/webhook", raw=b"{not json")
    assert 400 <= status < 500
    status, _ = http("POST", f"{assistant.url}/webhooks/rest/webhook", raw=b"\xff\xfe\x00binary")
    assert 400 <= status < 500
