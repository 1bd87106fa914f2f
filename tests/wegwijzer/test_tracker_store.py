"""The conversation store's privacy rules (wegwijzer/tracker_store.py) on a real SQLite database."""
import json

from wegwijzer.tracker_store import REMOVED, _masked_event, scrub_form_events


def test_user_messages_are_masked():
    event = _masked_event({"event": "user", "text": "bel 06 12345678", "parse_data": {"text": "bel 06 12345678"}})
    assert "12345678" not in json.dumps(event)


def test_a_finished_form_keeps_no_personal_data():
    window = [
        {"event": "active_loop", "name": "callback_form"},
        {"event": "user", "text": "Sanne de Vries", "parse_data": {"text": "Sanne de Vries", "entities": [{"value": "x"}]}},
        {"event": "slot", "name": "callback_name", "value": "Sanne de Vries"},
        {"event": "user", "text": "/choose_phone", "parse_data": {"text": "/choose_phone"}},
        {"event": "slot", "name": "callback_method", "value": "phone"},
        {"event": "bot", "text": "Dit geef ik door:\n- naam: Sanne de Vries"},
        {"event": "bot", "text": "Op welk telefoonnummer kan de praktijk je bellen?"},
    ]
    scrubbed = scrub_form_events(window)
    assert "Sanne" not in json.dumps(scrubbed)
    assert scrubbed[3]["text"] == "/choose_phone" and scrubbed[6]["text"].startswith("Op welk")
    assert scrubbed[2]["value"] == REMOVED and scrubbed[5]["text"] == REMOVED
