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


def test_short_small_talk_without_a_topic_is_small_talk_not_clarify():
    # "oke ik ga ff weg": goodbye is the best reading but not sure; no article fits, so no clarify buttons
    d = decide([("goodbye", 0.3), ("faq", 0.25), ("stop", 0.2)], [("kosten", 0.1)], {"kosten": 0.1}, DEFAULTS, words=5)
    assert (d.intent, d.reason) == ("goodbye", "short small talk")


def test_unsure_small_talk_with_a_topic_in_it_is_not_small_talk():
    d = decide([("goodbye", 0.3), ("faq", 0.25)], [("kosten", 0.1)], {"kosten": 0.25}, DEFAULTS, words=5)
    assert d.reason != "short small talk"


def test_a_long_message_is_never_small_talk_by_default():
    d = decide([("greet", 0.3), ("faq", 0.25)], [("kosten", 0.1)], {}, DEFAULTS, words=20)
    assert d.intent == "nlu_fallback"


def test_unsure_out_of_scope_still_falls_back():
    # not answered as out of scope here: action_clarify logs it for the staff's inbox first, then says so
    d = decide([("out_of_scope", 0.3), ("faq", 0.2)], [("kosten", 0.1)], {"kosten": 0.1}, DEFAULTS, words=14)
    assert d.intent == "nlu_fallback"


def test_a_moment_is_no_question():
    # the callback form's moment buttons send "ochtend", "middag", "avond"; "ochtend" once became an article
    from wegwijzer.components.answer_guard import is_moment

    for text in ("ochtend", "Middag", "avond", "dinsdag na 15 uur", "maakt niet uit", "'s ochtends voor 10 uur"):
        assert is_moment(text), text
    for text in ("goedemiddag", "wat kost een sessie?", "fijne avond", "ik wil morgen gebeld worden over mijn zoon", "", "en"):
        assert not is_moment(text), text


def test_out_of_scope_far_ahead_of_faq_is_not_read_as_a_topic():
    # "ik zit diep in de schulden, doen jullie ook schuldhulpverlening?": the topic within FAQ was the deductible
    d = decide([("out_of_scope", 0.35), ("faq", 0.07)], [("eigen_risico", 0.3)], {"eigen_risico": 0.3}, DEFAULTS, words=9)
    # not answered here: action_clarify logs it for the staff's inbox first, then answers it as out of scope
    assert (d.intent, d.reason) == ("nlu_fallback", "out of scope leads FAQ")


def test_out_of_scope_ahead_of_faq_keeps_a_sure_topic_and_the_ambiguity_check():
    # a second reader: a sure topic with article support is still answered; two close intents still fall back
    d = decide([("out_of_scope", 0.24), ("faq", 0.08)], [("vergoeding_pst", 0.92)], {"vergoeding_pst": 0.7}, DEFAULTS)
    assert (d.intent, d.topic) == ("faq", "vergoeding_pst")
    d = decide([("out_of_scope", 0.30), ("request_contact", 0.29), ("faq", 0.05)], [("kosten", 0.1)], {}, DEFAULTS)
    assert d.intent == "nlu_fallback"


def test_small_talk_ahead_of_faq_keeps_the_question():
    d = decide([("thank", 0.35), ("faq", 0.07)], [("kosten", 0.6)], {"kosten": 0.3}, DEFAULTS, words=6)
    assert (d.intent, d.topic) == ("faq", "kosten")
