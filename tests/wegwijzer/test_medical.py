"""Diagnosis and medication requests are recognised by lexicon (wegwijzer/medical.py), not guessed."""
from pathlib import Path

import pytest
import yaml

from wegwijzer.medical import detect

DATA = Path(__file__).resolve().parents[1] / "data"
REFUSALS = yaml.safe_load((DATA / "refusals.yml").read_text(encoding="utf-8"))
QUESTIONS = [q["text"] for q in yaml.safe_load((DATA / "heldout_questions.yml").read_text(encoding="utf-8"))["questions"]]


def test_diagnosis_requests():
    assert [t for t in REFUSALS["diagnosis"] if detect(t) != "diagnosis"] == []


def test_medication_requests():
    assert [t for t in REFUSALS["medication"] if detect(t) != "medication"] == []


def test_information_questions_are_not_refused():
    assert [t for t in QUESTIONS + REFUSALS["out_of_scope"] if detect(t)] == []


@pytest.mark.parametrize("text", ["Mag een psychosociaal therapeut medicijnen voorschrijven?",
                                  "ik heb een persoonlijkheidsstoornis, kan ik bij jullie terecht?", ""])
def test_questions_about_professionals_or_statements_are_information(text):
    assert detect(text) is None
