"""Insults at the bot are recognised (wegwijzer/detectors/abuse.py); frustration about other things is not."""
import pytest

from tests.wegwijzer.detectors.conftest import dev_texts, dev_topic_questions
from wegwijzer.detectors import abuse, normalise


def insult(text):
    return abuse.detect(normalise(text)) is not None


@pytest.mark.parametrize("text", ["wat ben jij dom zeg", "kutbot", "rot op", "hou je mond, stomme computer",
                                  "je bent een waardeloze bot", "kop dicht", "Kappen nou, idioot."])
def test_insults(text):
    assert insult(text)


@pytest.mark.parametrize("text", ["ik voel me zo dom", "mijn zorgverzekeraar is waardeloos", "kanker",
                                  "ik heb een stomme dag gehad", "wat is een psychosociaal therapeut?", ""])
def test_not_insults(text):
    assert not insult(text)


def test_dev_sets():
    assert len([t for t in dev_texts("abuse") if not insult(t)]) <= 2
    assert [t for t in dev_topic_questions() if insult(t)] == []
