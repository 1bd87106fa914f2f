"""Callback form validation and submission (actions/handoff.py), against a real SQLite database."""
from tests.conftest import TEST_PHONE, TEST_EMAIL
import pytest

from actions import handoff
from wegwijzer import storage

FILLED = {
    "callback_name": "Sanne de Vries",
    "callback_method": "phone",
    "callback_phone": "+31612345678",
    "callback_email": None,
    "callback_moment": "ochtend",
    "callback_reason": "vraag over kindertherapie",
    "callback_consent": "yes",
}


def texts(dispatcher):
    return "\n".join(m.get("text") or "" for m in dispatcher.messages)


async def test_required_slots_follow_the_chosen_method(dispatcher, tracker_factory):
    form = handoff.ValidateCallbackForm()
    slots = handoff.FORM_SLOTS
    by_phone = await form.required_slots(slots, dispatcher, tracker_factory({"callback_method": "phone"}), {})
    by_mail = await form.required_slots(slots, dispatcher, tracker_factory({"callback_method": "email"}), {})
    assert "callback_email" not in by_phone and "callback_phone" in by_phone
    assert "callback_phone" not in by_mail and "callback_email" in by_mail


def test_wrong_phone_number_gets_a_clear_message(dispatcher, tracker_factory):
    result = handoff.ValidateCallbackForm().validate_callback_phone("0612", dispatcher, tracker_factory(), {})
    assert result == {"callback_phone": None}
    assert "klopt niet" in texts(dispatcher) and "06 12345678" in texts(dispatcher)


def test_right_phone_number_is_stored_as_e164(dispatcher, tracker_factory):
    result = handoff.ValidateCallbackForm().validate_callback_phone("06-12345678", dispatcher, tracker_factory(), {})
    assert result == {"callback_phone": "+31612345678"}


def test_consent_answers(dispatcher, tracker_factory):
    form = handoff.ValidateCallbackForm()
    assert form.validate_callback_consent("ja", dispatcher, tracker_factory(), {}) == {"callback_consent": "yes"}
    assert form.validate_callback_consent("nee", dispatcher, tracker_factory(), {}) == {"callback_consent": "no"}


def test_correction_at_the_consent_step(dispatcher, tracker_factory):
    form = handoff.ValidateCallbackForm()
    result = form.validate_callback_consent("mijn nummer is 06 87654321", dispatcher, tracker_factory(), {})
    assert result == {"callback_phone": "+31687654321", "callback_method": "phone", "callback_consent": None}
    result = form.validate_callback_consent("ik wil mijn naam aanpassen", dispatcher, tracker_factory(), {})
    assert result == {"callback_name": None, "callback_consent": None}


async def test_submit_stores_before_confirming(db_url, dispatcher, tracker_factory):
    events = await handoff.ActionSubmitCallback().run(dispatcher, tracker_factory(dict(FILLED)), {})
    rows = storage.list_callback_requests(storage.get_engine(db_url))
    assert len(rows) == 1 and rows[0]["phone"] == "+31612345678"
    assert rows[0]["reference"] in texts(dispatcher)
    assert all(e["value"] is None for e in events)  # the form is cleared


async def test_no_consent_stores_nothing(db_url, dispatcher, tracker_factory):
    await handoff.ActionSubmitCallback().run(dispatcher, tracker_factory({**FILLED, "callback_consent": "no"}), {})
    assert storage.list_callback_requests(storage.get_engine(db_url)) == []
    assert "niets opgeslagen" in texts(dispatcher)


async def test_database_down_gives_no_false_confirmation(monkeypatch, dispatcher, tracker_factory):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:9/none?connect_timeout=2")
    await handoff.ActionSubmitCallback().run(dispatcher, tracker_factory(dict(FILLED)), {})
    said = texts(dispatcher)
    assert "NIET doorgegeven" in said and TEST_PHONE in said
    assert "opgeslagen met nummer" not in said


@pytest.mark.parametrize("channel, link", [("rest", True), ("telegram", False)])
async def test_contact_details_from_practice_config(dispatcher, tracker_factory, channel, link):
    await handoff.ActionContactDetails().run(dispatcher, tracker_factory(channel=channel), {})
    said = texts(dispatcher)
    assert TEST_PHONE in said and TEST_EMAIL in said
    assert ("tel:+31307654321" in said) is link
