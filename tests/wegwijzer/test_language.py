"""Language and gibberish guard (wegwijzer/language.py): conservative, Dutch when unsure."""
from pathlib import Path

import pytest
import yaml

from wegwijzer.language import detect_language, looks_like_gibberish

DATA = Path(__file__).resolve().parents[1] / "data"
REFUSALS = yaml.safe_load((DATA / "refusals.yml").read_text(encoding="utf-8"))
DUTCH = [q["text"] for q in yaml.safe_load((DATA / "heldout_questions.yml").read_text(encoding="utf-8"))["questions"]]


def test_other_languages_are_recognised():
    wrong = [(x["text"], detect_language(x["text"])) for x in REFUSALS["other_language"] if detect_language(x["text"]) != x["lang"]]
    assert len(wrong) <= 1, wrong


def test_dutch_questions_stay_dutch():
    assert [t for t in DUTCH if detect_language(t)] == []


@pytest.mark.parametrize("text", ["ok", "ja", "06-12345678", "Sanne de Vries", "is die burn-out coaching bij jullie evidence based?", ""])
def test_short_or_mixed_is_not_flagged(text):
    assert detect_language(text) is None
    assert not looks_like_gibberish(text)


def test_gibberish():
    found = [g for g in REFUSALS["gibberish"] if looks_like_gibberish(g)]
    assert len(found) >= len(REFUSALS["gibberish"]) - 2
    assert not any(looks_like_gibberish(t) for t in DUTCH)
