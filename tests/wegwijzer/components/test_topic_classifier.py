"""TopicClassifier helpers: which parts of a message are the questions."""
import numpy as np
import pytest

from wegwijzer.components.topic_classifier import TopicClassifier, focus_span, is_question, sentences


def split(text):
    return [text[a:b].strip() for a, b in sentences(text)]


def test_sentences_and_joined_questions():
    assert split("Wat kost het en is er een wachtlijst?") == ["Wat kost het", "is er een wachtlijst?"]
    assert split("Hoeveel kost een sessie? En heb ik een verwijzing nodig?") == ["Hoeveel kost een sessie?", "En heb ik een verwijzing nodig?"]


@pytest.mark.parametrize("text, parts", [
    # dev AB (2026-12-07): a preposition before the second question word
    ("Bij wie kan ik een klacht indienen en aan welke beroepscode houden jullie je?",
     ["Bij wie kan ik een klacht indienen", "aan welke beroepscode houden jullie je?"]),
    ("hoe werkt het en op welke dagen zijn jullie open", ["hoe werkt het", "op welke dagen zijn jullie open"]),
    ("ik heb een vraag over mijn zoon en over wat hij nodig heeft", ["ik heb een vraag over mijn zoon en over wat hij nodig heeft"]),
    ("Wat kost het en in hoeverre vergoedt de verzekering dat?", ["Wat kost het en in hoeverre vergoedt de verzekering dat?"]),
    ("Hoeveel sessies heb ik nodig en over hoeveel tijd is dat verdeeld?", ["Hoeveel sessies heb ik nodig", "over hoeveel tijd is dat verdeeld?"]),
    # a second reader (2026-12-07): "wat" meaning "some", and a relative clause, are not a second question
    ("Kan PST mij helpen en met wat begeleiding weer aan het werk gaan?", ["Kan PST mij helpen en met wat begeleiding weer aan het werk gaan?"]),
    ("Is er een therapeut met ervaring met rouw en met wie ik ook over mijn werk kan praten?",
     ["Is er een therapeut met ervaring met rouw en met wie ik ook over mijn werk kan praten?"]),
])
def test_a_second_question_after_a_preposition(text, parts):
    assert split(text) == parts


def test_a_statement_with_en_is_not_split():
    assert split("Ik ben moe en heb nergens zin in. Kan PST helpen?") == ["Ik ben moe en heb nergens zin in.", "Kan PST helpen?"]


@pytest.mark.parametrize("text, question", [("Kan PST helpen", True), ("moet ik eerst naar de huisarts?", True),
                                            ("Ik slaap slecht.", False), ("", False)])
def test_is_question(text, question):
    assert is_question(text) is question


class _Classes:
    classes_ = np.array(["affirm", "deny", "faq/verwijzing", "greet"])


def _classifier(classes=_Classes):
    component = TopicClassifier.__new__(TopicClassifier)
    component.config = TopicClassifier.get_default_config()
    component.classifier = classes()
    return component


def test_a_real_question_is_never_a_plain_no():
    probs = np.array([0.05, 0.6, 0.3, 0.05])
    text = "Ik bel namens een huisartsenpraktijk: moeten wij een verwijsbrief schrijven, of is dat niet nodig?"
    out = _classifier()._without_answers_to_questions(text, probs)
    assert out[1] == 0 and out[0] == 0 and np.argmax(out) == 2 and out.sum() == pytest.approx(1.0)


@pytest.mark.parametrize("text", ["nee hoor, dat is niet nodig", "nee?", "ja, graag bellen"])
def test_short_answers_and_statements_keep_yes_and_no(text):
    probs = np.array([0.05, 0.6, 0.3, 0.05])
    assert list(_classifier()._without_answers_to_questions(text, probs)) == list(probs)


def focus(text):
    span = focus_span(text)
    return text[span[0]:span[1]] if span else None


@pytest.mark.parametrize("text, asked", [
    ("Het verschil met een psycholoog snap ik, maar wat is het verschil met een psychotherapeut?",
     "wat is het verschil met een psychotherapeut?"),
    ("Hoe ik me aanmeld is me nu duidelijk, maar wat gebeurt er daarna in het eerste gesprek?",
     "wat gebeurt er daarna in het eerste gesprek?"),
    ("Wat PST is heb ik net gelezen. Maar bij welke klachten helpt het?", "bij welke klachten helpt het?"),
    ("Ik vraag niet wat een hoofdbehandelaar is, maar wel wanneer PST tekortschiet.", "wanneer PST tekortschiet."),
    ("Hoe ik mijn kind aanmeld komt later wel, eerst wil ik weten: wat is kindertherapie?", "wat is kindertherapie?"),
])
def test_a_topic_set_aside_is_not_what_is_asked(text, asked):
    # author P (2026-12-07): "X I know, but what about Y?" was answered on X in 21 of 22 FAQ misses
    assert focus(text) == asked


@pytest.mark.parametrize("text", [
    "Ik weet niet of ik hier goed zit, maar heb ik een verwijzing nodig?",   # hesitation, nothing set aside
    "ik heb een burn-out maar wat kost het?",
    "Dat weet ik niet, maar kan ik me zelf aanmelden?",
    "Het verschil snap ik, maar?",                                           # nothing left to ask
])
def test_no_topic_set_aside(text):
    assert focus(text) is None


# dev T (2026-12-07): chat-style double questions without a question mark, joined by a verb-first clause
@pytest.mark.parametrize("text, parts", [
    ("hoe meld ik mn zoon aan en betaalt de verzekering dat", ["hoe meld ik mn zoon aan", "betaalt de verzekering dat"]),
    ("wat is een gz psycholoog en mag die wel een diagnose stellen", ["wat is een gz psycholoog", "mag die wel een diagnose stellen"]),
    ("met wie werkt de kindertherapeut samen en wat voor opleiding heeft die",
     ["met wie werkt de kindertherapeut samen", "wat voor opleiding heeft die"]),
    ("moet ik via de huisarts en word het vergoed?", ["moet ik via de huisarts", "word het vergoed?"]),
])
def test_chat_style_double_questions_are_split(text, parts):
    assert split(text) == parts


@pytest.mark.parametrize("text", ["wat kost het als ik werk en ik ben student", "ik heb een zoon en hij is 8"])
def test_a_clause_with_its_subject_first_is_not_split(text):
    assert len(split(text)) == 1


class _FourTopics:
    classes_ = np.array(["faq/kosten", "faq/pgb_belasting", "faq/verwijzing", "greet"])


def _predict(component, text, whole, first, second):
    """predict() with fixed probabilities: `whole` for the whole message, `first` and `second` for its questions."""
    from rasa.shared.nlu.training_data.message import Message
    component._views = lambda message, span=None: span
    component._probabilities = lambda views: [whole] if views == [None] else [first, second]
    return component.predict(Message(data={"text": text}))


def test_two_clear_questions_keep_their_own_readings():
    component = _classifier(_FourTopics)
    text = "kan het uit een pgb en hoeveel kost een sessie"
    whole = np.array([0.6, 0.3, 0.05, 0.05])  # the whole message leans to the costs
    first, second = np.array([0.1, 0.8, 0.05, 0.05]), np.array([0.9, 0.05, 0.03, 0.02])
    probs, extra = _predict(component, text, whole, first, second)
    assert component.classifier.classes_[int(np.argmax(probs))] == "faq/pgb_belasting"
    assert extra == ("faq/kosten", 0.9)


class _TopicAndFollowup:
    classes_ = np.array(["faq/kosten", "faq/verwijzing", "followup_vergoeding", "greet"])


def test_a_follow_up_as_second_question_is_passed_on():
    # "Heb ik een verwijzing nodig en wordt het vergoed?": the second part alone reads as a follow-up intent; it is
    # passed on so that the answer action reads it on the first answer (dev V, 2026-12-07)
    component = _classifier(_TopicAndFollowup)
    text = "Heb ik een verwijzing nodig en wordt het vergoed?"
    whole = np.array([0.05, 0.8, 0.1, 0.05])
    first, second = np.array([0.05, 0.9, 0.03, 0.02]), np.array([0.1, 0.2, 0.65, 0.05])
    probs, extra = _predict(component, text, whole, first, second)
    assert component.classifier.classes_[int(np.argmax(probs))] == "faq/verwijzing"
    assert extra == ("followup_vergoeding", 0.65)


class _TopicAndHandoff:
    classes_ = np.array(["faq/wachtlijst", "faq/kosten", "greet", "request_contact"])


@pytest.mark.parametrize("text, whole, first, second, passed_on", [
    # dev X (2026-12-07): "wat is jullie telefoonnummer en hoe snel kan ik terecht" got only one of the two
    ("wat is jullie telefoonnummer en hoe snel kan ik terecht",
     [0.3, 0.05, 0.05, 0.6], [0.05, 0.05, 0.05, 0.85], [0.8, 0.1, 0.05, 0.05], ("request_contact", 0.85)),
    ("hoe lang is de wachtlijst en wat is jullie nummer",
     [0.6, 0.05, 0.05, 0.3], [0.8, 0.1, 0.05, 0.05], [0.05, 0.05, 0.05, 0.85], ("request_contact", 0.85)),
    # a weak reading of contact in the second part must not add the contact details under every answer
    ("hoe lang is de wachtlijst en hoe gaat dat dan",
     [0.7, 0.1, 0.05, 0.15], [0.8, 0.1, 0.05, 0.05], [0.35, 0.3, 0.0, 0.35], None),
])
def test_a_handoff_part_is_answered_after_the_topic_when_clear(text, whole, first, second, passed_on):
    component = _classifier(_TopicAndHandoff)
    probs, extra = _predict(component, text, np.array(whole), np.array(first), np.array(second))
    assert component.classifier.classes_[int(np.argmax(probs))] == "faq/wachtlijst"
    if passed_on:
        assert extra == passed_on
    else:
        assert extra is None or extra[0] != "request_contact"


def test_coefficients_are_laid_out_for_fast_prediction_with_the_same_results():
    from scipy.sparse import random as sparse_random
    from sklearn.linear_model import LogisticRegression

    from wegwijzer.components.topic_classifier import _ready_for_prediction

    X = sparse_random(60, 500, density=0.05, format="csr", random_state=1)
    y = np.arange(60) % 4
    classifier = LogisticRegression(max_iter=500).fit(X, y)
    before = classifier.predict_proba(X)
    _ready_for_prediction(classifier)
    assert classifier.coef_.T.flags["C_CONTIGUOUS"]  # scipy's sparse product then does not copy it per message
    assert np.array_equal(classifier.predict_proba(X), before)
