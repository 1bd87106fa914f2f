"""Short requests for a person, a callback or contact details are recognised without the classifier."""
import pytest

from tests.wegwijzer.detectors.conftest import dev_topic_questions
from wegwijzer.detectors import handoff, normalise


def intent(text):
    signal = handoff.detect(normalise(text))
    return signal.label if signal else None


@pytest.mark.parametrize("text, expected", [
    ("kan iemand me bellen?", "request_callback"), ("ik wil een afspraak maken", "request_callback"),
    ("bel me terug alsjeblieft", "request_callback"), ("ik wil een mens spreken", "request_human"),
    ("kan ik met een medewerker praten?", "request_human"), ("telefoonnummer?", "request_contact"),
    ("wat zijn jullie openingstijden", "request_contact"),
])
def test_handoff_requests(text, expected):
    assert intent(text) == expected


@pytest.mark.parametrize("text", ["ik wil het terugbelverzoek annuleren", "laat het terugbellen maar zitten",
                                  "toch geen terugbelverzoek"])
def test_cancelling_is_not_a_request(text):
    assert intent(text) is None


def test_topic_questions_are_left_to_the_classifier():
    assert [t for t in dev_topic_questions() if intent(t)] == []
