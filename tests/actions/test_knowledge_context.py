"""Follow-ups read in the context of the last answer (actions/knowledge.py)."""
import pytest

from actions.knowledge import ActionAnswerFaq, ActionAnswerFollowup, other_party_topic
from wegwijzer import knowledge


@pytest.mark.parametrize("context, text, expected", [
    # the same question, for another professional (dev T's follow-ups, 2026-12-07)
    ("verwijzing", "en bij een psycholoog?", "verwijzing"),
    ("vergoeding_pst", "en bij een psycholoog, hoe zit het daar mee", "vergoeding_psycholoog"),
    ("vergoeding_pst", "En voor een GZ-psycholoog dan?", "vergoeding_psycholoog"),
    ("verschil_psycholoog", "en met een psychiater?", "verschil_psychiater"),
    ("verschil_psychotherapeut", "en met een coach", "verschil_coach"),
    ("eigen_risico", "en bij de psycholoog?", "eigen_risico"),
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


def _faq_tracker(tracker_factory, topic, text, key, intent="faq"):
    return tracker_factory(
        slots={"topic": topic}, text=text, intent=intent,
        extra={"response_selector": {"faq": {"response": {"intent_response_key": f"faq/{key}"}, "ranking": []}}},
    )


@pytest.mark.asyncio
async def test_the_answer_follows_the_context(dispatcher, tracker_factory):
    # the NLU reads the message alone as the difference with a psychologist; the context says otherwise
    tracker = _faq_tracker(tracker_factory, "vergoeding_pst", "en bij een psycholoog?", "verschil_psycholoog")
    events = await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "vergoeding_psycholoog"
    assert events[0]["value"] == "vergoeding_psycholoog"


@pytest.mark.asyncio
async def test_a_word_of_the_last_answer_gets_its_own_explanation(dispatcher, tracker_factory):
    tracker = _faq_tracker(tracker_factory, "verschil_psychotherapeut", "wat zijn die protocollen waar je het over hebt",
                           "evidence_based")
    await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "evidence_based"


@pytest.mark.asyncio
async def test_the_difference_with_the_professional_in_context(dispatcher, tracker_factory):
    tracker = _faq_tracker(tracker_factory, "gz_psycholoog", "en wat doet die anders dan jullie?", "verschil_psychotherapeut")
    await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "verschil_psycholoog"


@pytest.mark.asyncio
async def test_a_follow_up_intent_without_its_cue_is_read_as_a_question(dispatcher, tracker_factory):
    # "en werkt dat ook echt?" was heard as "and for children?"; it names no child
    tracker = _faq_tracker(tracker_factory, "pst_wat", "en werkt dat ook echt?", "pst_werkt", intent="followup_kind")
    await ActionAnswerFollowup().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "pst_werkt"


@pytest.mark.asyncio
async def test_a_follow_up_intent_with_its_cue_goes_to_the_variant(dispatcher, tracker_factory):
    tracker = _faq_tracker(tracker_factory, "pst_wat", "en voor kinderen?", "kindertherapie_wat", intent="followup_kind")
    await ActionAnswerFollowup().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "kindertherapie_wat"


def test_the_same_article_only_when_it_speaks_about_that_professional():
    # the reimbursement of a psychologist says nothing about a psychiatrist: read the message as usual
    assert other_party_topic(knowledge.get("vergoeding_psycholoog"), "en bij een psychiater?") is None


@pytest.mark.asyncio
async def test_a_named_professional_is_not_the_one_in_context(dispatcher, tracker_factory):
    tracker = _faq_tracker(tracker_factory, "gz_psycholoog", "wat is het verschil tussen een coach en jullie?", "verschil_coach")
    await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "verschil_coach"


@pytest.mark.asyncio
async def test_a_follow_up_payload_needs_no_cue(dispatcher, tracker_factory):
    tracker = _faq_tracker(tracker_factory, "pst_wat", "/followup_vergoeding", "pst_wat", intent="followup_vergoeding")
    await ActionAnswerFollowup().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "vergoeding_pst"
