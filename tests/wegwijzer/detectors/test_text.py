"""One normalisation for every detector (wegwijzer/detectors/text.py)."""
import pytest

from wegwijzer.detectors.text import edit_distance, fix_spelling, normalise


def test_folding_keeps_sentences_and_commas_visible():
    assert normalise("Ik WIL, echt!!! Nééé?").folded == " ik wil , echt | nee | "


@pytest.mark.parametrize("raw, fixed", [("zelfmoort", "zelfmoord"), ("mezef", "mezelf"), ("zichzlef", "zichzelf"),
                                        ("suicidaal", "suicidaal"), ("zelfmoortgedachten", "zelfmoordgedachten"),
                                        ("huisart", "huisarts")])
def test_one_slip_in_a_key_word_is_forgiven(raw, fixed):
    assert normalise(raw).words[0] == fixed


@pytest.mark.parametrize("word", ["maanden", "bedreigt", "mishandelt", "tafels", "zelfmoordpreventie"])
def test_other_words_are_left_alone(word):
    assert fix_spelling(word) == word


def test_edit_distance_counts_a_swap_as_one():
    assert edit_distance("zlefmoord", "zelfmoord") == 1 and edit_distance("maanden", "aandoen") == 2


def test_chat_shorthand():
    assert normalise("m'n zelf gwn mn").folded == " mijn zelf gewoon mijn | "


def test_empty_and_huge_input():
    assert normalise("").words == ()
    assert len(normalise("a " * 100_000).folded) < 10_000
