"""Short requests for a person, a callback or contact details are recognised without the classifier."""
from pathlib import Path

import pytest
import yaml

from wegwijzer.handoff_words import detect

QUESTIONS = [q["text"] for q in yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "data" / "heldout_questions.yml").read_text(encoding="utf-8"))["questions"]]


@pytest.mark.parametrize("text, intent", [
    ("kan iemand me bellen?", "request_callback"), ("ik wil een afspraak maken", "request_callback"),
    ("bel me terug alsjeblieft", "request_callback"), ("ik wil een mens spreken", "request_human"),
    ("kan ik met een medewerker praten?", "request_human"), ("telefoonnummer?", "request_contact"),
    ("wat zijn jullie openingstijden", "request_contact"),
])
def test_handoff_requests(text, intent):
    assert detect(text) == intent


def test_topic_questions_are_left_to_the_classifier():
    assert [t for t in QUESTIONS if detect(t)] == []
