"""Diagnosis and medication requests are recognised by words (wegwijzer/detectors/medical.py)."""
import pytest

from tests.wegwijzer.detectors.conftest import dev_texts, dev_topic_questions
from wegwijzer.detectors import medical, normalise


def label(text):
    signal = medical.detect(normalise(text))
    return signal.label if signal else None


def test_dev_diagnosis_requests():
    assert [t for t in dev_texts("ask_diagnosis") if label(t) != "diagnosis"] == []


def test_dev_medication_requests():
    missed = [t for t in dev_texts("ask_medication") if label(t) != "medication"]
    assert len(missed) <= 1, missed  # one long story-like request is left to the classifier


def test_topic_questions_are_not_refused():
    assert [t for t in dev_topic_questions() if label(t)] == []


@pytest.mark.parametrize("text", ["kan ik bij jullie getest worden op add", "Kunnen jullie onderzoeken wat er met mijn zoon aan de hand is?",
                                  "doen jullie diagnostisch onderzoek?", "is diazepam verslavend?"])
def test_requests(text):
    assert label(text)


@pytest.mark.parametrize("text", ["Mag een psychosociaal therapeut medicijnen voorschrijven?",
                                  "ik heb een persoonlijkheidsstoornis, kan ik bij jullie terecht?", "wie mag een diagnose stellen?", ""])
def test_information_and_statements(text):
    assert label(text) is None


# Found by scoring author L's questions before they became training data (2026-12-07).
@pytest.mark.parametrize("text, label", [
    ("Ik wil een officiële diagnose voor het UWV. Kunnen jullie die voor mij opstellen?", "diagnosis"),
    ("wie van jullie kan mij vertellen of ik adhd heb", "diagnosis"),
])
def test_more_ways_to_ask_for_a_diagnosis(text, label):
    signal = medical.detect(normalise(text))
    assert signal is not None and signal.label == label


@pytest.mark.parametrize("text", ["wie mag er medicijnen voorschrijven, een psychiater of jullie?",
                                  "ik wil weten wie een diagnose mag stellen"])
def test_who_may_do_what_is_information(text):
    assert medical.detect(normalise(text)) is None


# dev T (2026-12-07): a follow-up about the professional just explained is information too
@pytest.mark.parametrize("text", ["en die mag wel medicijnen voorschrijven?", "Maar hij kan dus wel een diagnose stellen?"])
def test_a_follow_up_about_the_professional_is_information(text):
    assert medical.detect(normalise(text)) is None


@pytest.mark.parametrize("text", ["mag hij zijn medicijnen zomaar stoppen?", "kan die mij medicijnen voorschrijven voor mijn angst"])
def test_but_medication_for_a_person_is_still_refused(text):
    signal = medical.detect(normalise(text))
    assert signal is not None and signal.label == "medication"


def test_the_professional_named_first_is_information_too():
    assert medical.detect(normalise("Een psychiater mag medicijnen voorschrijven, toch? Is dat het enige verschil met jullie?")) is None
    assert medical.detect(normalise("mijn psychiater wil dat ik mijn medicijnen verhoog, moet dat?")) is not None
    # dev AD: after "dus"
    assert medical.detect(normalise("dus de psychiater kan medicijnen voorschrijven en jullie niet?")) is None
    assert medical.detect(normalise("dus de psychiater moet mijn medicijnen verhogen?")) is not None
    # ... but a medication question after it is still refused (a second reader)
    assert medical.detect(normalise("oke de huisarts kan medicijnen voorschrijven. mag ik mijn sertraline zelf afbouwen?")) is not None
    assert medical.detect(normalise("en de psychiater kan medicijnen voorschrijven, maar welke pillen helpen het best tegen mijn paniek?")) is not None



@pytest.mark.parametrize("text", [
    "Mijn huisarts kan me geen slaappillen voorschrijven, hoeveel melatonine mag ik dan nemen?",
    "hij kan mijn medicijnen voorschrijven he, moet ik ze halveren",
])
def test_a_professional_named_does_not_hide_a_medication_request(text):
    signal = medical.detect(normalise(text))
    assert signal is not None and signal.label == "medication"


# dev X (2026-12-07): where to go for medication is a question about the professionals
@pytest.mark.parametrize("text", ["Moet ik voor medicijnen naar een psychiater of kan ik bij jullie terecht, en hoe meld ik me aan?",
                                  "ga je voor medicatie naar de huisarts of naar een psychiater?"])
def test_where_to_go_for_medication_is_information(text):
    assert medical.detect(normalise(text)) is None


@pytest.mark.parametrize("text", ["moet ik voor mijn medicijnen naar de huisarts om ze te verhogen, ik slaap slecht van 50 mg sertraline"])
def test_but_a_person_with_a_dose_is_still_refused(text):
    signal = medical.detect(normalise(text))
    assert signal is not None and signal.label == "medication"


# found by a second reader: the where-to-go part never hides a diagnosis or another medication question
@pytest.mark.parametrize("text, label", [
    ("Heb ik ADHD? Moet ik voor medicatie naar een psychiater?", "diagnosis"),
    ("Welke medicijnen helpen tegen angst, of moet ik voor medicijnen naar een psychiater?", "medication"),
    ("Ik voel me suf van de pillen, moet ik voor medicatie naar de huisarts?", "medication"),
])
def test_where_to_go_never_hides_another_request(text, label):
    signal = medical.detect(normalise(text))
    assert signal is not None and signal.label == label
