"""Follow-ups read in the context of the last answer (actions/knowledge.py)."""
import pytest

from actions.knowledge import ActionAnswerFaq, other_party_topic
from wegwijzer import knowledge


@pytest.mark.parametrize("context, text, expected", [
    # the same question, for another professional (dev T's follow-ups, 2026-12-07)
    ("verwijzing", "en bij een psycholoog?", "verwijzing"),
    ("vergoeding_pst", "en bij een psycholoog, hoe zit het daar mee", "vergoeding_psycholoog"),
    ("vergoeding_pst", "En voor een GZ-psycholoog dan?", "vergoeding_psycholoog"),
    ("verschil_psycholoog", "en met een psychiater?", "verschil_psychiater"),
    ("verschil_psychotherapeut", "en met een coach", "verschil_coach"),
    ("eigen_risico", "en bij de psychiater?", "eigen_risico"),
])
def test_the_same_question_for_another_professional(context, text, expected):
    assert other_party_topic(knowledge.get(context), text) == expected


@pytest.mark.parametrize("text", [
    "wat doet een psycholoog?", "en wat is een psycholoog eigenlijk?", "en wordt een psycholoog vergoed?",
    "is een psycholoog beter?", "",
])
def test_other_questions_are_not_read_as_that(text):
    assert other_party_topic(knowledge.get("verwijzing"), text) is None


def test_without_a_topic_in_context_nothing_changes():
    assert other_party_topic(None, "en bij een psycholoog?") is None


@pytest.mark.asyncio
async def test_the_answer_follows_the_context(dispatcher, tracker_factory):
    # the NLU reads the message alone as the difference with a psychologist; the context says otherwise
    tracker = tracker_factory(
        slots={"topic": "vergoeding_pst"}, text="en bij een psycholoog?", intent="faq",
        extra={"response_selector": {"faq": {"response": {"intent_response_key": "faq/verschil_psycholoog"}, "ranking": []}}},
    )
    events = await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "vergoeding_psycholoog"
    assert events[0]["value"] == "vergoeding_psycholoog"
