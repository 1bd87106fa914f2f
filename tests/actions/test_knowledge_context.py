"""Follow-ups read in the context of the last answer (actions/knowledge.py)."""
import pytest

from actions.knowledge import ActionAnswerFaq, ActionAnswerFollowup, context_kind_topic, other_party_topic
from wegwijzer import knowledge


@pytest.mark.parametrize("context, text, expected", [
    # the same question, for another professional (dev T's follow-ups, 2026-12-07)
    ("verwijzing", "en bij een psycholoog?", "verwijzing"),
    ("vergoeding_pst", "en bij een psycholoog, hoe zit het daar mee", "vergoeding_psycholoog"),
    ("vergoeding_pst", "En voor een GZ-psycholoog dan?", "vergoeding_psycholoog"),
    ("verschil_psycholoog", "en met een psychiater?", "verschil_psychiater"),
    ("verschil_psychotherapeut", "en met een coach", "verschil_coach"),
    ("eigen_risico", "en bij de psycholoog?", "eigen_risico"),
    # "psychosociaal" (without the e) was not recognised as PST (dev AD)
    ("vergoeding_psycholoog", "en een psychosociaal therapeut?", "vergoeding_pst"),
    ("vergoeding_psycholoog", "en bij een psychosociale therapeut?", "vergoeding_pst"),
])
def test_the_same_question_for_another_professional(context, text, expected):
    assert other_party_topic(knowledge.get(context), text) == expected


@pytest.mark.parametrize("text", [
    "wat doet een psycholoog?", "en wat is een psycholoog eigenlijk?", "en wordt een psycholoog vergoed?",
    "is een psycholoog beter?", "",
])
def test_other_questions_are_not_read_as_that(text):
    assert other_party_topic(knowledge.get("verwijzing"), text) is None


def test_without_a_topic_in_context_nothing_changes():
    assert other_party_topic(None, "en bij een psycholoog?") is None


def _faq_tracker(tracker_factory, topic, text, key, intent="faq"):
    return tracker_factory(
        slots={"topic": topic}, text=text, intent=intent,
        extra={"response_selector": {"faq": {"response": {"intent_response_key": f"faq/{key}"}, "ranking": []}}},
    )


@pytest.mark.asyncio
async def test_the_answer_follows_the_context(dispatcher, tracker_factory):
    # the NLU reads the message alone as the difference with a psychologist; the context says otherwise
    tracker = _faq_tracker(tracker_factory, "vergoeding_pst", "en bij een psycholoog?", "verschil_psycholoog")
    events = await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "vergoeding_psycholoog"
    assert events[0]["value"] == "vergoeding_psycholoog"


@pytest.mark.asyncio
async def test_a_word_of_the_last_answer_gets_its_own_explanation(dispatcher, tracker_factory):
    tracker = _faq_tracker(tracker_factory, "verschil_psychotherapeut", "wat zijn die protocollen waar je het over hebt",
                           "evidence_based")
    await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "evidence_based"


@pytest.mark.asyncio
async def test_the_difference_with_the_professional_in_context(dispatcher, tracker_factory):
    tracker = _faq_tracker(tracker_factory, "gz_psycholoog", "en wat doet die anders dan jullie?", "verschil_psychotherapeut")
    await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "verschil_psycholoog"


@pytest.mark.asyncio
async def test_a_follow_up_intent_without_its_cue_is_read_as_a_question(dispatcher, tracker_factory):
    # "en werkt dat ook echt?" was heard as "and for children?"; it names no child
    tracker = _faq_tracker(tracker_factory, "pst_wat", "en werkt dat ook echt?", "pst_werkt", intent="followup_kind")
    await ActionAnswerFollowup().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "pst_werkt"


@pytest.mark.asyncio
async def test_a_follow_up_intent_with_its_cue_goes_to_the_variant(dispatcher, tracker_factory):
    tracker = _faq_tracker(tracker_factory, "pst_wat", "en voor kinderen?", "kindertherapie_wat", intent="followup_kind")
    await ActionAnswerFollowup().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "kindertherapie_wat"


def test_the_same_article_only_when_it_speaks_about_that_professional():
    # the reimbursement of a psychologist says nothing about a psychiatrist: read the message as usual
    assert other_party_topic(knowledge.get("vergoeding_psycholoog"), "en bij een psychiater?") is None


@pytest.mark.asyncio
async def test_a_named_professional_is_not_the_one_in_context(dispatcher, tracker_factory):
    tracker = _faq_tracker(tracker_factory, "gz_psycholoog", "wat is het verschil tussen een coach en jullie?", "verschil_coach")
    await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "verschil_coach"


@pytest.mark.asyncio
async def test_a_follow_up_payload_needs_no_cue(dispatcher, tracker_factory):
    tracker = _faq_tracker(tracker_factory, "pst_wat", "/followup_vergoeding", "pst_wat", intent="followup_vergoeding")
    await ActionAnswerFollowup().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "vergoeding_pst"


# dev V (brief V: real conversations), 2026-12-07: what its first reading missed, in general form
@pytest.mark.parametrize("context, text, expected", [
    ("vergoeding_pst", "en een psycholoog?", "vergoeding_psycholoog"),  # no preposition
    ("verwijzing", "en als ik naar een psycholoog ga?", "verwijzing"),
    ("diagnose", "en een gz-psycholoog wel?", "diagnose"),
    ("vergoeding_psycholoog", "en jullie therapie?", "vergoeding_pst"),  # back to PST
    ("vergoeding_psycholoog", "en voor jullie?", "vergoeding_pst"),
])
def test_the_same_question_for_another_party_more_wordings(context, text, expected):
    assert other_party_topic(knowledge.get(context), text) == expected


def test_jullie_without_a_pst_variant_is_read_as_usual():
    assert other_party_topic(knowledge.get("verwijzing"), "en bij jullie?") is None


@pytest.mark.parametrize("context, text, expected", [
    ("aanmelden", "en daarna?", "eerste_gesprek"),
    ("eerste_gesprek", "en de gesprekken daarna, hoe gaan die", "pst_werkwijze"),
    ("eerste_gesprek", "wat is de volgende stap?", "pst_werkwijze"),
    ("beroepscode", "en als de therapeut zich daar niet aan houdt?", "klachten_geschillen"),
    ("kwaliteit", "en waar kan ik naartoe als het toch misgaat?", "klachten_geschillen"),
    ("pilot_helmond", "mogen ouders daar meedoen?", "pilot_helmond"),
    ("pilot_helmond", "mogen ouders daar ook bij zijn", "pilot_helmond"),
    ("kindertherapie_samenwerking", "en met de ouders, hoe zit dat?", "kindertherapie_ouders"),
    ("kindertherapie_vergoeding", "en als de verzekering niks betaalt, zijn er nog andere manieren?", "pgb_belasting"),
])
def test_a_follow_up_in_a_known_direction(context, text, expected):
    assert context_kind_topic(knowledge.get(context), text) == expected


@pytest.mark.parametrize("context, text", [
    ("aanmelden", "hoe lang duurt het voordat ik iets hoor?"),  # no next step asked
    ("pst_wat", "en daarna?"),  # the article names no next step
    ("beroepscode", "wat staat er in die code?"),
    ("kindertherapie_vergoeding", "hoeveel kost een sessie?"),
    ("kindertherapie_wat", "Mijn ouders zijn gescheiden en mijn zoon is erg stil. Wat kan kindertherapie voor hem doen, en hoe lang duurt zo'n traject gemiddeld?"),  # not a short follow-up
])
def test_no_direction_without_its_cue_or_in_a_long_message(context, text):
    assert context_kind_topic(knowledge.get(context), text) is None


def _ranked_tracker(tracker_factory, topic, text, key, confidence, previous=None):
    """A tracker whose message the classifier read as `key` with `confidence`, after the user message `previous`."""
    tracker = _faq_tracker(tracker_factory, topic, text, key)
    tracker.latest_message["response_selector"]["faq"]["ranking"] = [{"intent_response_key": f"faq/{key}", "confidence": confidence}]
    if previous:
        tracker.events.insert(0, {"event": "user", "text": previous, "parse_data": {}})
    return tracker


@pytest.mark.asyncio
async def test_a_clear_question_of_its_own_keeps_its_reading(dispatcher, tracker_factory):
    tracker = _ranked_tracker(tracker_factory, "verwijzing", "hoe meld ik me dan aan?", "aanmelden", 0.82,
                              "Heb ik een verwijzing nodig voor psychosociale therapie?")
    await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "aanmelden"


@pytest.mark.asyncio
async def test_an_unsure_reading_of_a_short_follow_up_is_read_in_context(dispatcher, tracker_factory):
    # the classifier hears a waiting-list question (0.53); after the Helmond pilot it is about the pilot's places
    tracker = _ranked_tracker(tracker_factory, "pilot_helmond", "en voor hoeveel gezinnen is er plek?", "wachtlijst", 0.53,
                              "Wat houdt de pilot in Helmond in?")
    await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "pilot_helmond"


@pytest.mark.asyncio
async def test_the_professional_of_the_last_question_carries_over(dispatcher, tracker_factory):
    tracker = _ranked_tracker(tracker_factory, "verwijzing", "wie betaalt dat dan?", "vergoeding_pst", 0.9,
                              "moet ik een verwijskaart hebben voor een psycholoog?")
    tracker.latest_message["intent"] = {"name": "followup_vergoeding", "confidence": 0.9}
    await ActionAnswerFollowup().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "vergoeding_psycholoog"


# found by a second reader of the dev V changes
@pytest.mark.parametrize("context, text", [
    ("kwaliteit", "bij welke klachten kan zo iemand helpen?"),  # complaints in the sense of symptoms
    ("kindertherapie_vergoeding", "zijn er andere opties dan kindertherapie?"),  # not about paying
    ("kindertherapie_aanmelden", "moeten ouders meebetalen?"),  # paying, not taking part
])
def test_no_direction_for_look_alike_cues(context, text):
    assert context_kind_topic(knowledge.get(context), text) is None


@pytest.mark.asyncio
async def test_a_clear_other_topic_beats_a_direction_cue(dispatcher, tracker_factory):
    tracker = _ranked_tracker(tracker_factory, "eerste_gesprek", "wat kosten de gesprekken daarna?", "kosten", 0.95)
    await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "kosten"


@pytest.mark.asyncio
async def test_a_direction_cue_wins_over_its_own_family_reading(dispatcher, tracker_factory):
    tracker = _ranked_tracker(tracker_factory, "pilot_helmond", "mogen ouders daar meedoen?", "kindertherapie_ouders", 0.9)
    await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "pilot_helmond"


@pytest.mark.asyncio
async def test_a_clear_own_reading_after_a_child_answer_gets_the_child_version(dispatcher, tracker_factory):
    tracker = _ranked_tracker(tracker_factory, "kindertherapie_wat", "hoe meld ik dat aan?", "aanmelden", 0.8)
    await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "kindertherapie_aanmelden"


@pytest.mark.asyncio
@pytest.mark.parametrize("previous", [
    "mijn psycholoog zei dat ik beter bij jullie kan komen, hoe meld ik me aan?",
    "moet ik eerst naar een psycholoog of kan ik direct bij jullie terecht?",
])
async def test_no_professional_carried_over_when_the_question_was_about_pst_too(dispatcher, tracker_factory, previous):
    tracker = _ranked_tracker(tracker_factory, "aanmelden", "wordt dat vergoed?", "vergoeding_pst", 0.9, previous)
    tracker.latest_message["intent"] = {"name": "followup_vergoeding", "confidence": 0.9}
    await ActionAnswerFollowup().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "vergoeding_pst"


@pytest.mark.asyncio
async def test_a_second_question_that_is_a_follow_up_is_read_on_the_first_answer(dispatcher, tracker_factory):
    # "Heb ik een verwijzing nodig en wordt het vergoed?": the TopicClassifier passes the follow-up intent on
    tracker = _ranked_tracker(tracker_factory, None, "Heb ik een verwijzing nodig en wordt het vergoed?", "verwijzing", 0.9)
    tracker.latest_message["second_question"] = {"key": "followup_vergoeding", "confidence": 0.6}
    await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert [m.get("article") for m in dispatcher.messages[:2]] == ["verwijzing", "vergoeding_pst"]


@pytest.mark.asyncio
@pytest.mark.parametrize("label, words", [("request_contact", "Je vroeg ook hoe je de praktijk bereikt"),
                                          ("request_human", "Ik ben een chatbot"),
                                          ("request_callback", "Je vroeg ook om teruggebeld te worden")])
async def test_a_handoff_asked_with_a_topic_follows_its_answer(dispatcher, tracker_factory, label, words):
    # dev X (2026-12-07): "hoe lang is de wachtlijst en wat is jullie telefoonnummer?" answered only one of the two
    tracker = _ranked_tracker(tracker_factory, None, "hoe lang is de wachtlijst en wat is jullie telefoonnummer?",
                              "wachtlijst", 0.9)
    tracker.latest_message["second_question"] = {"key": label, "confidence": 0.8}
    await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "wachtlijst"
    handoff = dispatcher.messages[1]
    assert words in handoff["text"] and handoff["answers"] == label
    assert not any(m.get("buttons") and "Wil je dit met de praktijk bespreken" in (m.get("text") or "")
                   for m in dispatcher.messages)
    if label == "request_callback":  # offered, never started: nothing is stored without the visitor's yes
        assert {"title": "Laat me terugbellen", "payload": "/request_callback"} in handoff["buttons"]


@pytest.mark.parametrize("text, child", [
    ("Heb ik een verwijzing van de huisarts nodig voor de kindertherapeut?", True),   # dev X
    ("Mag ik mijn kleinzoon bij u aanmelden?", True),
    ("Ik had vroeger kindertherapie, nu wil ik als volwassene opnieuw hulp. Heb ik een verwijzing nodig?", False),
    ("Ik werk zelf als kindertherapeut en loop vast, hoe meld ik me aan?", False),
    ("Doen jullie ook kindertherapie of alleen volwassenen? Ik wil mezelf aanmelden.", False),
])
def test_about_a_child(text, child):
    from actions.knowledge import about_a_child
    assert about_a_child(text) is child


@pytest.mark.asyncio
async def test_a_short_handoff_with_a_topic_question_answers_both(dispatcher, tracker_factory):
    # "Telefoonnummer aub? Hoe lang duurt de wachtlijst?": the handoff words decide short messages, the topic follows
    from actions.handoff import ActionContactDetails

    tracker = _ranked_tracker(tracker_factory, None, "Telefoonnummer aub? Hoe lang duurt de wachtlijst?", "wachtlijst", 0.8)
    tracker.latest_message["intent"] = {"name": "request_contact", "confidence": 1.0}
    tracker.latest_message["second_question"] = {"key": "request_contact", "confidence": 0.9}
    events = await ActionContactDetails().run(dispatcher, tracker, {})
    assert "Je vroeg ook: is er een wachtlijst?" in dispatcher.messages[1]["text"]
    assert dispatcher.messages[1]["article"] == "wachtlijst" and events[0]["value"] == "wachtlijst"


@pytest.mark.asyncio
async def test_contact_details_alone_stay_alone(dispatcher, tracker_factory):
    from actions.handoff import ActionContactDetails

    tracker = _ranked_tracker(tracker_factory, None, "wat is jullie telefoonnummer", "wachtlijst", 0.3)
    tracker.latest_message["intent"] = {"name": "request_contact", "confidence": 1.0}
    assert await ActionContactDetails().run(dispatcher, tracker, {}) == []
    assert not any(m.get("article") for m in dispatcher.messages)


def _split_tracker(tracker_factory, topic, text, child, adult):
    """The classifier split between an article and its child version; the NLU chose the child's."""
    tracker = _faq_tracker(tracker_factory, topic, text, "kindertherapie_vergoeding")
    tracker.latest_message["response_selector"]["faq"]["ranking"] = [
        {"intent_response_key": "faq/kindertherapie_vergoeding", "confidence": child},
        {"intent_response_key": "faq/vergoeding_pst", "confidence": adult}]
    return tracker


@pytest.mark.asyncio
@pytest.mark.parametrize("topic, text, child, adult, expected", [
    # dev AB (2026-12-07): no child in the message, the classifier split, the search tipped it to the child's article
    (None, "Moet ik de therapie helemaal zelf betalen of vergoedt de verzekering iets?", 0.361, 0.368, "vergoeding_pst"),
    # the classifier prefers the child's article: kept
    (None, "Moet ik de therapie helemaal zelf betalen of vergoedt de verzekering iets?", 0.6, 0.2, "kindertherapie_vergoeding"),
    # children mentioned, or a conversation about a child: kept
    (None, "wordt therapie voor kinderen vergoed?", 0.36, 0.37, "kindertherapie_vergoeding"),
    ("kindertherapie_wat", "en moet ik dat zelf betalen?", 0.36, 0.37, "kindertherapie_vergoeding"),
    # a teenager about themself (an age under 18, no child word; dev V)
    (None, "ik ben 16, moet ik het zelf betalen?", 0.36, 0.37, "kindertherapie_vergoeding"),
    # a second reader (2026-12-07): a child named without the usual words; no opinion of the classifier on the adult
    (None, "ons kleintje heeft veel driftbuien, wordt dat vergoed?", 0.33, 0.34, "kindertherapie_vergoeding"),
    (None, "Kan ik dat vergoed krijgen voor mijn neefje?", 0.33, 0.34, "kindertherapie_vergoeding"),
    (None, "Moet ik de therapie helemaal zelf betalen of vergoedt de verzekering iets?", 0.04, 0.0, "kindertherapie_vergoeding"),
])
async def test_an_adult_question_split_with_a_child_version_gets_the_adult_article(dispatcher, tracker_factory, topic, text,
                                                                                  child, adult, expected):
    await ActionAnswerFaq().run(dispatcher, _split_tracker(tracker_factory, topic, text, child, adult), {})
    assert dispatcher.messages[0]["article"] == expected


@pytest.mark.asyncio
async def test_a_child_mentioned_earlier_in_the_conversation_keeps_the_child_article(dispatcher, tracker_factory):
    # after "Kan ik kindertherapie betalen uit een pgb?" the topic is pgb_belasting, not a child topic
    tracker = _split_tracker(tracker_factory, "pgb_belasting",
                             "Moet ik de therapie helemaal zelf betalen of vergoedt de verzekering iets?", 0.37, 0.38)
    tracker.events.insert(0, {"event": "user", "text": "Kan ik kindertherapie betalen uit een pgb?", "parse_data": {}})
    await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["article"] == "kindertherapie_vergoeding"


@pytest.mark.parametrize("context, previous, text, expected", [
    # dev AD (2026-12-07 night): the same question asked again for oneself after an answer about a child
    ("kindertherapie_vergoeding", "wordt kindertherapie vergoed?", "en voor mezelf als volwassene?", "vergoeding_pst"),
    ("kindertherapie_aanmelden", "hoe meld ik mijn dochter aan?", "en mezelf?", "aanmelden"),
    ("kindertherapie_wat", "mijn zoon is erg angstig, kunnen jullie helpen?", "geldt dat ook voor volwassenen?", "pst_klachten"),
])
def test_a_question_asked_again_for_oneself_gets_the_adult_article(context, previous, text, expected):
    from actions.knowledge import adult_topic
    assert adult_topic(knowledge.get(context), text, previous, None) == expected


@pytest.mark.parametrize("context, text", [
    ("kindertherapie_ouders", "en mezelf?"),  # no adult version of the parents' part
    ("vergoeding_pst", "en voor mezelf?"),  # not after a child's article
    ("kindertherapie_vergoeding", "mijn zoon wil het zelf betalen van zijn zakgeld, kan dat?"),
    # a second reader: "mij" inside another question
    ("kindertherapie_wat", "kan dat ook bij mij thuis?"),
    ("kindertherapie_wat", "bij mij gaat het om mijn dochter van 8"),
    ("kindertherapie_wat", "mij lijkt dat wel iets voor hem"),
])
def test_no_adult_switch_without_a_child_article_or_the_cue(context, text):
    from actions.knowledge import adult_topic
    assert adult_topic(knowledge.get(context), text, "wordt kindertherapie vergoed?", None) is None


@pytest.mark.parametrize("context, text, expected", [
    ("pst_klachten", "en hoe pakken jullie dat dan aan?", "pst_werkwijze"),
    ("pst_wat", "wat doen jullie er dan precies aan?", "pst_werkwijze"),
    ("pst_klachten", "maar als het echt een zware depressie is?", "pst_grenzen"),
    ("pst_werkwijze", "en bij een persoonlijkheidsstoornis?", "pst_grenzen"),
    ("isj_wat", "voor welke kinderen is dat dan?", None),  # no direction: read as usual (isj_wat's kind follow-up)
    # a second reader
    ("pst_wat", "hoe gaan jullie daarmee om?", "pst_werkwijze"),
    ("pst_klachten", "hoe gaat de therapeut te werk?", "pst_werkwijze"),
    ("pst_wat", "wat doet de therapeut dan precies?", "pst_werkwijze"),
    ("pst_wat", "wat doen jullie aan privacy?", None),
    ("pst_wat", "ik heb niet genoeg geld, wordt het vergoed?", None),
    ("pst_werkwijze", "is de therapie zwaar?", None),
    ("pst_werkwijze", "hoe zwaar is een sessie?", None),
])
def test_how_it_is_done_and_when_it_is_too_severe(context, text, expected):
    assert context_kind_topic(knowledge.get(context), text) == expected


@pytest.mark.parametrize("context, text, expected", [
    ("verwijzing", "en voor kindertherapie?", "kindertherapie_aanmelden"),
    ("vergoeding_pst", "en bij kinderen?", "kindertherapie_vergoeding"),
    ("verwijzing", "en voor mijn zoon dan?", "kindertherapie_aanmelden"),
    ("verwijzing", "en voor kindertherapie, wat kost dat?", None),  # a question of its own
    ("kosten", "en voor kinderen?", "kindertherapie_vergoeding"),
    ("eerste_gesprek", "en voor kinderen?", None),  # no child version named
    ("isj_wat", "en voor kindertherapie?", None),  # ISJ is itself for children: read as usual
])
def test_the_same_question_for_a_child(context, text, expected):
    from actions.knowledge import child_topic
    assert child_topic(knowledge.get(context), text) == expected


@pytest.mark.asyncio
async def test_out_of_scope_far_ahead_of_faq_is_logged_for_staff_and_answered_as_out_of_scope(dispatcher, tracker_factory,
                                                                                               db_url):
    from actions.knowledge import ActionClarify
    from sqlalchemy import text as sql
    from wegwijzer import storage
    tracker = tracker_factory(
        text="ik zit diep in de schulden, doen jullie ook schuldhulpverlening?", intent="nlu_fallback",
        extra={"answer_guard": {"reason": knowledge.OUT_OF_SCOPE_LEADS, "topic": None},
               "response_selector": {"faq": {"response": {}, "ranking": [
                   {"intent_response_key": "faq/eigen_risico", "confidence": 0.6}]}}})
    await ActionClarify().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["response"] == "utter_out_of_scope"
    assert not any(m.get("buttons") for m in dispatcher.messages)
    with storage.get_engine(db_url).connect() as connection:
        stored = [r[0] for r in connection.execute(sql("select text from unanswered_questions"))]
    assert any("schuldhulpverlening" in t for t in stored)
