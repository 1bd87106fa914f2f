"""Insults at the bot are recognised (wegwijzer/abuse.py); frustration about other things is not."""
import pytest

from wegwijzer.abuse import detect


@pytest.mark.parametrize("text", ["wat ben jij dom zeg", "kutbot", "rot op", "hou je mond, stomme computer",
                                  "je bent een waardeloze bot"])
def test_insults(text):
    assert detect(text)


@pytest.mark.parametrize("text", ["ik voel me zo dom", "mijn zorgverzekeraar is waardeloos", "kanker",
                                  "ik heb een stomme dag gehad", "wat is een psychosociaal therapeut?", ""])
def test_not_insults(text):
    assert not detect(text)
