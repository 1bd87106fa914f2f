import pytest

from wegwijzer.components.set_phrases import set_phrase


@pytest.mark.parametrize("text, intent", [
    ("Houdoe!", "goodbye"), ("adieu", "goodbye"), ("doeiii 👋", "goodbye"), ("fijne avond nog", "goodbye"),
    ("hallo", "greet"), ("Goedemorgen!", "greet"),
    ("dankjewel!!", "thank"), ("heel erg bedankt", "thank"),
    ("ja hoor", "affirm"), ("jaaaa", "affirm"), ("👍", "affirm"), ("oké dan", "affirm"),
    ("Nee, dank je.", "deny"), ("nee hoor dat hoeft niet", "deny"), ("👎", "deny"),
    ("stop", "stop"), ("laat maar zitten", "stop"), ("ik heb me bedacht", "stop"),
])
def test_set_phrases(text, intent):
    assert set_phrase(text) == intent


@pytest.mark.parametrize("text", [
    "", "oke bedankt",  # two kinds: the classifier decides
    "hallo, wat is pst?", "ja, hoeveel kost het?", "ik wil niet meer", "nee ik wil niet meer leven",
    "ochtend", "middag", "stop met mijn medicijnen", "dag", "ik ga dood",
])
def test_anything_more_is_no_set_phrase(text):
    assert set_phrase(text) is None
