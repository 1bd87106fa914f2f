"""Language and gibberish guard (wegwijzer/detectors/language.py): conservative, Dutch when unsure."""
import pytest

from tests.wegwijzer.detectors.conftest import dev_texts, dev_topic_questions
from wegwijzer.detectors.language import language_of, looks_like_gibberish


def test_other_languages_are_recognised():
    foreign = dev_texts("other_language")
    missed = [t for t in foreign if not language_of(t)]
    assert len(foreign) >= 15 and len(missed) <= 3, missed


def test_dutch_questions_stay_dutch():
    assert [t for t in dev_topic_questions() if language_of(t)] == []


@pytest.mark.parametrize("text", ["ok", "ja", "06-12345678", "Sanne de Vries", "is die burn-out coaching bij jullie evidence based?",
                                  "is PST covered door de insurance?", ""])
def test_short_or_mixed_is_not_flagged(text):
    assert language_of(text) is None
    assert not looks_like_gibberish(text)


def test_gibberish():
    mashing = dev_texts("clarify")
    assert len([g for g in mashing if looks_like_gibberish(g)]) >= len(mashing) - 2
    assert not any(looks_like_gibberish(t) for t in dev_topic_questions())
