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


@pytest.mark.parametrize("text", [
    "is pst ook oke als je echt zware psychische shit hebt of is dat te licht",
    "ik zit al maanden in een kutsituatie op mijn werk en je merkt dat ik slecht slaap, kan pst daarbij helpen",
])
def test_swearing_about_your_situation_in_a_longer_question_is_no_insult(text):
    assert abuse.detect(normalise(text)) is None


@pytest.mark.parametrize("text", ["wie heeft jou gemaakt, een aap?", "ik heb al drie keer gevraagd wat het kost en jij bent echt waardeloos"])
def test_an_insult_near_the_assistant_still_counts(text):
    assert abuse.detect(normalise(text)) is not None
