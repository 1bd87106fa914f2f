"""The 113 line ("watch" tier) under every answer the action server gives, once per message."""
import pytest

from actions import handoff, scope
from actions.common import add_crisis_line
from tests.actions.conftest import make_tracker

WATCH = {"safety": {"crisis_tier": "watch"}}


def responses(dispatcher):
    return [m.get("response") for m in dispatcher.messages]


@pytest.mark.parametrize("action", [handoff.ActionContactDetails(), handoff.ActionOfferHandoff(),
                                    handoff.ActionCancelCallback(), scope.ActionNoDiagnosis()])
async def test_handoff_answers_add_the_line_with_uncertain_risk(dispatcher, action):
    tracker = make_tracker(text="ik weet niet meer wie ik moet bellen, ik kan niet meer", intent="request_contact", extra=WATCH)
    await action.run(dispatcher, tracker, {})
    assert responses(dispatcher)[-1] == "utter_crisis_watch"


@pytest.mark.parametrize("action", [handoff.ActionContactDetails(), handoff.ActionOfferHandoff()])
async def test_no_line_without_risk(dispatcher, action):
    await action.run(dispatcher, make_tracker(text="wat is jullie nummer?", intent="request_contact"), {})
    assert "utter_crisis_watch" not in responses(dispatcher)


def test_the_line_is_given_once_per_message(dispatcher):
    # e.g. a question answered inside the form (with the line), after which the form's validation runs again
    text = "ik kan niet meer, wat kost het?"
    parse = {"text": text, "intent": {"name": "faq"}, **WATCH}
    events = [{"event": "user", "text": text, "parse_data": parse},
              {"event": "bot", "text": "Gaat het niet goed met je? Bel 113: 0800-0113 ... 112."}]
    add_crisis_line(dispatcher, make_tracker(text=text, intent="faq", extra=WATCH, events=events))
    assert dispatcher.messages == []


def test_a_line_from_an_earlier_message_does_not_count(dispatcher):
    text = "ik kan niet meer, wat kost het?"
    events = [{"event": "user", "text": "ik zie het niet zitten"},
              {"event": "bot", "text": "Bel 113: 0800-0113."},
              {"event": "user", "text": text, "parse_data": {"text": text, **WATCH}}]
    add_crisis_line(dispatcher, make_tracker(text=text, intent="faq", extra=WATCH, events=events))
    assert responses(dispatcher) == ["utter_crisis_watch"]


async def test_form_validation_adds_the_line_for_a_worrying_answer(dispatcher):
    tracker = make_tracker(text="ik trek het eigenlijk niet meer", intent="faq", extra=WATCH,
                           slots={"requested_slot": "callback_reason"}, active_loop="callback_form")
    await handoff.ValidateCallbackForm().run(dispatcher, tracker, {"forms": {"callback_form": {"required_slots": []}}})
    assert "utter_crisis_watch" in responses(dispatcher)


@pytest.mark.parametrize("extra, response", [({}, "utter_deny"), (WATCH, "utter_distress")])
async def test_stop_outside_a_form(dispatcher, extra, response):
    # "Ik wil niet meer meedoen ... niet met het bestaan zelf" reads as 'stop' to the intent classifier
    await handoff.ActionStop().run(dispatcher, make_tracker(text="ik wil niet meer meedoen", intent="stop", extra=extra), {})
    assert responses(dispatcher) == [response]
