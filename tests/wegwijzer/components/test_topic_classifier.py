"""TopicClassifier helpers: which parts of a message are the questions."""
import pytest

from wegwijzer.components.topic_classifier import is_question, sentences


def split(text):
    return [text[a:b].strip() for a, b in sentences(text)]


def test_sentences_and_joined_questions():
    assert split("Wat kost het en is er een wachtlijst?") == ["Wat kost het", "is er een wachtlijst?"]
    assert split("Hoeveel kost een sessie? En heb ik een verwijzing nodig?") == ["Hoeveel kost een sessie?", "En heb ik een verwijzing nodig?"]


def test_a_statement_with_en_is_not_split():
    assert split("Ik ben moe en heb nergens zin in. Kan PST helpen?") == ["Ik ben moe en heb nergens zin in.", "Kan PST helpen?"]


@pytest.mark.parametrize("text, question", [("Kan PST helpen", True), ("moet ik eerst naar de huisarts?", True),
                                            ("Ik slaap slecht.", False), ("", False)])
def test_is_question(text, question):
    assert is_question(text) is question
