"""AnswerGuard.decide: answer, or "not sure" — the pure function the component and the tuning script share."""
from wegwijzer.components.answer_guard import DEFAULTS, decide


def test_a_sure_intent_is_kept():
    d = decide([("greet", 0.9), ("faq", 0.05)], [("pst_wat", 0.05)], {}, DEFAULTS)
    assert (d.intent, d.topic) == ("greet", None)


def test_a_sure_topic_with_article_support_is_answered():
    d = decide([("faq", 0.9)], [("verwijzing", 0.8), ("kosten", 0.1)], {"verwijzing": 0.4}, DEFAULTS)
    assert (d.intent, d.topic, d.reason) == ("faq", "verwijzing", "classifier")


def test_a_sure_topic_without_any_support_in_its_article_falls_back():
    d = decide([("faq", 0.9)], [("verwijzing", 0.8)], {"verwijzing": 0.05}, DEFAULTS)
    assert d.intent == "nlu_fallback"


def test_agreement_of_classifier_and_search_answers_an_unsure_topic():
    d = decide([("faq", 0.6)], [("pst_klachten", 0.2), ("pst_wat", 0.15)], {"pst_klachten": 0.3, "kosten": 0.2}, DEFAULTS)
    assert (d.topic, d.reason) == ("pst_klachten", "classifier and search agree")


def test_nothing_sure_falls_back():
    d = decide([("out_of_scope", 0.2), ("faq", 0.2)], [("kosten", 0.1)], {"dsm": 0.15}, DEFAULTS)
    assert d.intent == "nlu_fallback"


def test_two_close_intents_fall_back():
    d = decide([("greet", 0.45), ("goodbye", 0.43)], [], {}, DEFAULTS)
    assert d.intent == "nlu_fallback"
