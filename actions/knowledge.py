"""Answers from the knowledge articles: topic questions, follow-ups in context, two questions in one
message, and the clarify fallback.

Every answer carries the article's key in the bot message's metadata (`article`), so the tracker, the
staff console and the tests know exactly which article a reply came from.
"""
import logging
import re
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (HANDOFF_LABELS, add_crisis_line, contact_buttons, in_thread, now, renders_markdown,
                            send_handoff_part)
from wegwijzer import knowledge, practice, privacy, storage
from wegwijzer.files import database_url

logger = logging.getLogger(__name__)

# Where a follow-up goes when no topic is in context (or the topic names no follow-up of that kind).
DEFAULT_FOLLOWUPS = {
    "vergoeding": "vergoeding_pst",
    "kind": "kindertherapie_wat",
    "verwijzing": "verwijzing",
    "diagnose": "diagnose",
    "coach": "verschil_coach",
}
CLARIFY_OPTIONS = 3
# A second question in the same message is answered from this confidence on, and offered as a button below it.
SECOND_ANSWER = 0.5
# A short message that points back ("is dat verplicht?", "en voor hoeveel gezinnen is er plek?").
ANAPHORA = re.compile(r"\b(?:dat|dit|het|die|deze|daar\w*|er|zo'?n|zoiets|ook|en|hun|ze|zij|hij|hem|haar|dan)\b", re.I)
MAX_FOLLOWUP_WORDS = 12
# "en bij een psycholoog?", "en voor volwassenen?": the question of the last answer, for something else.
ELLIPSIS = re.compile(r"^\s*(?:en|maar|of|ook|dus)\b", re.I)
CONTEXT_BONUS = {"ellipsis": 0.3, "anaphora": 0.15}
# A question about one's own child, or a teenager's about themself, goes to the child version of a topic
# (an article's `child_version`).
CHILD = re.compile(r"\b(?:mijn|m'?n|mn|ons|onze)\s+(?:(?:stief|pleeg)?(?:kind|kinderen|kindje|zoon|zoontje|dochter|dochtertje)|"
                   r"klein(?:kind|kinderen|zoon|zoontje|dochter|dochtertje)|tiener|puber|peuter|kleuter|kids?)\b"
                   # a child's therapy asked for ("heb ik een verwijzing nodig voor de kindertherapeut?"), a partner's child
                   r"|\b(?:voor|bij|naar) (?:de |een )?(?:kinder|jeugd)(?:therapeut|therapie|psycholoog)\w*"
                   r"|\b(?:zoon|dochter) van mijn (?:partner|vriend|vriendin|man|vrouw)\b",
                   re.I)
# ... but not an adult who asks for themself ("ik had vroeger kindertherapie, nu wil ik als volwassene opnieuw hulp")
ADULT_SELF = re.compile(r"\b(?:volwassen\w*|mezelf|mijzelf|ik werk als|ik ben (?:\w+ )?(?:therapeut|coach|psycholoog))\b", re.I)
AGE = re.compile(r"\b(?:ik ben|van|is|wordt|word|zijn)\s+(\d{1,2})\b(?!\s*(?:jaar geleden|uur|minuten|keer|euro|kilo|%))", re.I)
ADULT = 18
# A follow-up's topic: search similarity of (previous + this message) plus this weight times the message's
# own support; below the floor the message keeps its own reading. Tuned on the dev set's follow-ups.
CONTEXT_OWN_WEIGHT = 0.5
CONTEXT_FLOOR = 0.15
# A follow-up the classifier itself reads as one topic with at least this confidence keeps that reading.
OWN_READING_KEPT = 0.75
# Below this support (classifier + search) for every topic, a not-understood message is out of scope.
TOPIC_FLOOR = 0.35


def _entity(tracker: Tracker, name: Text) -> Optional[Text]:
    return next(tracker.get_latest_entity_values(name), None)


def _selector(message: Dict[Text, Any]) -> Dict[Text, Any]:
    return ((message.get("response_selector") or {}).get("faq") or {})


def faq_key(message: Dict[Text, Any]) -> Optional[Text]:
    """The topic key the NLU chose for this message (classifier or knowledge search)."""
    key = (_selector(message).get("response") or {}).get("intent_response_key") or ""
    return key.split("/", 1)[1] if "/" in key else None


def classifier_confidence(message: Dict[Text, Any], key: Text) -> float:
    """The topic classifier's own confidence for `key` (not the knowledge search)."""
    return next((float(item["confidence"]) for item in _selector(message).get("ranking") or []
                 if item["intent_response_key"].split("/", 1)[-1] == key), 0.0)


def topic_support(message: Dict[Text, Any]) -> Dict[Text, float]:
    """Per topic: classifier confidence + knowledge-search similarity."""
    support: Dict[Text, float] = {}
    for item in _selector(message).get("ranking") or []:
        key = item["intent_response_key"].split("/", 1)[-1]
        support[key] = support.get(key, 0.0) + float(item["confidence"])
    for item in message.get("knowledge_search") or []:
        support[item["key"]] = support.get(item["key"], 0.0) + float(item["score"])
    return support


def likely_topics(message: Dict[Text, Any], count: int = CLARIFY_OPTIONS) -> List[Text]:
    support = topic_support(message)
    return [k for k in sorted(support, key=support.get, reverse=True) if knowledge.get(k)][:count]


def about_a_child(text: Text) -> bool:
    """The message is about someone under 18 (a child, or a teenager writing about themself)."""
    ages = [int(a) for a in AGE.findall(text)]
    if ages:
        return min(ages) < ADULT
    return bool(CHILD.search(text)) and not ADULT_SELF.search(text)


def for_a_child(key: Optional[Text], text: Text) -> Optional[Text]:
    article = knowledge.get(key or "")
    if article and article.child_version and about_a_child(text):
        return article.child_version
    return key


# Any word about children at all, not only one's own child ("therapie voor kinderen", "als ouders", "speltherapie",
# "ons kleintje", "mijn neefje", "groep 7", "4 havo"); a superset of the child follow-up cue (FOLLOWUP_CUES["kind"]).
CHILDREN_MENTIONED = re.compile(
    r"kind|kinder|jeugd|jong|tiener|puber|ouder|school|schol|speltherap|zoon|dochter|baby|peuter|kleuter|pleeg|gezin|"
    r"meisje|meid|kleintje|kleine|neef|nicht|tweeling|broer|zus|moeder|vader|mama|papa|leerling|minderjarig|jarig|"
    r"\bkids?\b|\bgroep \d|brugklas|havo|vmbo|vwo|middelbare|\bcjg\b|adolescent|\d{1,2}\s*(?:jaar|jr)\b|"
    r"zestien|zeventien|vijftien|veertien|dertien|twaalf", re.I)
# The classifier is split between an article and its child version when their confidences are this close.
NEAR_TIE = 0.05


def for_an_adult(key: Optional[Text], tracker: Tracker) -> Optional[Text]:
    """The reverse of for_a_child: "Moet ik de therapie helemaal zelf betalen of vergoedt de verzekering iets?" (dev AB,
    2026-12-07) split the classifier between the adult article and its child version (0.37 / 0.36) and the search
    tipped it to the child's. The adult article is chosen only when the NLU chose the child's (not the context), the
    classifier ranked both and does not prefer the child's, and no message of the conversation so far mentions a
    child (the topic in context is not a child topic either)."""
    message = tracker.latest_message or {}
    if not key or key != faq_key(message):
        return key
    adults = knowledge.adult_versions(key)
    child_confidence = classifier_confidence(message, key)
    if not adults or child_confidence <= 0:
        return key
    current = knowledge.get(tracker.get_slot("topic") or "")
    if current is not None and current.key.startswith(CHILD_TOPICS):
        return key
    texts = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"] + [message.get("text") or ""]
    if any(CHILDREN_MENTIONED.search(text) or about_a_child(text) for text in texts):
        return key
    support = topic_support(message)
    adult = max(adults, key=lambda k: (classifier_confidence(message, k), support.get(k, 0.0)))
    adult_confidence = classifier_confidence(message, adult)
    return adult if 0 < adult_confidence and adult_confidence >= child_confidence - NEAR_TIE else key


def is_followup(text: Text) -> bool:
    words = text.split()
    return 0 < len(words) <= MAX_FOLLOWUP_WORDS and bool(ANAPHORA.search(text))


def context_topics(current: Optional[knowledge.Article]) -> List[Text]:
    if current is None:
        return []
    return [current.key, *current.related, *current.followups.values()]


def previous_user_text(tracker: Tracker) -> Text:
    """The user message before the latest one (what a follow-up refers to)."""
    texts = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    return texts[-2] if len(texts) >= 2 else ""


# "en bij een psycholoog?", "en voor de psychiater dan?", "en bij een psycholoog, hoe zit het daar mee": the question
# of the last answer, asked again for another professional. The message itself names only the professional, so its
# own reading (the difference with that professional) says nothing about what is asked.
OTHER_PARTY = re.compile(
    r"^\s*(?:en|maar|of|ook|oke?|ok[eé]?,?\s+en)\s+(?:(?:bij|voor|met|als|via|van|naar)\s+|als\s+(?:ik|je|we|u)\s+naar\s+)?"
    r"(?:een|de|het|die|zo'?n|jullie\s+)?\s*(?:gewone\s+)?"
    r"(?P<who>gz[- ]?psycholoog|psycholoog|psychotherapeut|psychiater|coach|jullie(?:\s+therapie)?|pst|"
    r"psychosocia(?:al|le)\s+therap(?:ie|eut))\s*"
    r"(?:dan|eigenlijk|ook|nou|wel|ga|gaan|wil|willen)?\s*[,?.!]*\s*(?:hoe\s+zit\s+(?:het|dat)(?:\s+(?:daar|dan|daarmee))?(?:\s+mee)?)?"
    r"\s*[?.!]*\s*$",
    re.I)
PST_NAMES = re.compile(r"^(?:jullie|pst|psychosocia(?:al|le)\s*therap)", re.I)
CHILD_TOPICS = ("kindertherapie", "kindertherapeut")
# The professional the previous question was about ("moet ik een verwijskaart hebben voor een psycholoog?"), so
# "wie betaalt dat dan?" gets the article's variant for them.
# ... but not when that question was about PST as well ("mijn psycholoog zei dat ik beter bij jullie kan komen")
PST_MENTIONED = re.compile(r"\b(?:jullie|u|uw|pst|psychosocia(?:al|le)\s*therap\w*)\b", re.I)
NAMED_PROFESSIONAL = re.compile(r"\b(gz[- ]?psycholoog|psycholoog|psychotherapeut|psychiater)\b", re.I)


# "wat zijn die protocollen waar je het over hebt?", "wat betekent DSM?": a word of the last answer, asked to be
# explained (the message points back at the answer or asks what a word means). Its own article (one of the
# "words explained") answers it, not the article in context. "wat houdt dat in?" is no such question.
DEFINITION = re.compile(r"\bwat\s+(?:betekent|betekenen|bedoel\s+je\s+met)\b|\bwaar\s+je\s+het\s+over\s+(?:hebt|had)\b"
                        r"|\b(?:die|dat)\s+je\s+(?:noemt|noemde)\b|\bje\s+(?:noemde|had\s+het\s+over)\b", re.I)
WORD_TOPICS = {"dsm", "evidence_based", "zorglijnen", "intervisie", "hoofdbehandelaar", "gz_psycholoog"}
# "en wat doet die anders dan jullie?" after the article about a professional: the difference with them.
DIFFERENCE = re.compile(r"\b(?:anders dan|verschil\w*|verschilt)\b.*\b(?:jullie|jou|u|jij|pst|psychosocia(?:al|le) therap\w*)\b", re.I)
PROFESSIONAL_NAMED = re.compile(r"\b(?:gz[- ]?)?(?:psycholoog|psychotherapeut|psychiater|coach|huisarts|therapeut)\w*", re.I)
# A follow-up intent needs its own cue: "en werkt dat ook echt?" is no question about children.
FOLLOWUP_CUES = {
    "kind": re.compile(r"\b(?:kind\w*|jongeren|jongere|tieners?|pubers?|zoon\w*|dochter\w*|minderjarig\w*|jeugd\w*|"
                       r"baby|peuters?|kleuters?|kids?|scholieren|leerlingen|meisje|jongetje|\d{1,2}\s*(?:jaar|jr)|\w*jarigen?)\b", re.I),
    "vergoeding": re.compile(r"\b(?:vergoe\w*|betaal\w*|betalen|\w*verzeker\w*|kost\w*|basispakket|eigen zak|eigen risico|gratis|"
                             r"geld|prijs|terug\w*|declar\w*|pgb|polis|aanvullende?|vergoed\w*)\b", re.I),
    "verwijzing": re.compile(r"\b(?:verwij\w*|doorverwij\w*|huisarts\w*|doorsturen|zomaar|aanmelden|briefje|dokter|ha)\b", re.I),
    "diagnose": re.compile(r"\b(?:diagnos\w*|vaststel\w*|stoornis\w*|label|dsm|test\w*)\b", re.I),
    "coach": re.compile(r"\bcoach\w*", re.I),
}


# Questions that go on from the last answer in a known direction; the article names where (`followups`).
CONTEXT_KINDS = {
    "daarna": re.compile(r"^\s*(?:en|oke?,?\s*en|en\s+wat)?\s*(?:daarna|vervolgens|dan|wat\s+gebeurt\s+er\s+(?:dan|daarna|vervolgens))"
                         r"\s*[?.!]*\s*$|\b(?:gesprekken|sessies|afspraken|keren)\s+(?:daarna|erna|die\s+volgen)\b"
                         r"|\bvolgende\s+stap\b|\bhoe\s+gaat\s+het\s+(?:daarna|dan)\s+verder\b", re.I),
    # "klachten" alone are complaints in the sense of symptoms ("bij welke klachten helpt het?")
    "klacht": re.compile(r"\b(?:klacht|klachtencommissie|klachtenregeling|klachtenprocedure|klachtenfunctionaris|klagen|misgaat|mis\s+gaat|fout\s+gaat|ontevreden|geschil\w*|"
                         r"niet\s+aan\s+(?:houdt|houden)|(?:zich|zij|hij|ze)\s+(?:daar|er)\s+niet\s+aan\s+(?:houdt|houden))\b", re.I),
    "ouders": re.compile(r"^\s*en\s+(?:met|voor)?\s*(?:de|wij\s+als)?\s*ouders\b|\bouders?\b.*\b(?:mee(?:doen|komen|gaan|kijken|praten|werken)?|"
                         r"betrokken|erbij|bij\s+zijn|aanwezig|rol|deelnemen|doen|zit)\b", re.I),
    # other ways to pay: pgb or tax, or "other ways" together with a word about money ("zijn er andere opties dan
    # kindertherapie?" is no question about paying)
    "anders_betalen": re.compile(r"\b(?:pgb|persoonsgebonden|belasting\w*|aftrek\w*)\b|^(?=.*\bandere?\s+(?:manier|mogelijkhe|optie|potje)\w*)"
                                 r"(?=.*\b(?:betaal\w*|betalen|verzeker\w*|vergoe\w*|geld|kost\w*)\b)", re.I),
    # dev AD: how the therapist goes about it, and what if it is severe
    "aanpak": re.compile(r"\bhoe\s+(?:pakken|pak|pakt|gaan|ga|gaat|werken|werk|werkt)\s+(?:jullie|je|u|jij|ze|zij|die|de\s+therapeut|een\s+therapeut)\s+"
                         r"(?:(?:dat|het|zoiets|dit|daarmee|daar|daarbij)\s+)?(?:dan\s+|eigenlijk\s+|precies\s+)*(?:aan|te\s+werk|mee\s+om|om)\b"
                         r"|\bwat\s+(?:doen|doet)\s+(?:jullie|je|u|ze|de\s+therapeut|een\s+therapeut)\s+(?:dan\s+)?(?:er|daar)\s+(?:dan\s+|precies\s+|eigenlijk\s+)*(?:aan|mee)\b"
                         r"|\bwat\s+(?:doen|doet)\s+(?:jullie|de\s+therapeut|een\s+therapeut)\s+(?:dan\s+)?(?:precies|eigenlijk|concreet)\s*(?:[?.!]|$)"
                         r"|\bop\s+welke\s+manier\s+(?:dan|helpen|werken|pakken)\b", re.I),
    # a severe form of the problem or a psychiatric condition: when PST is not enough ("is de therapie zwaar?" is not)
    "grenzen": re.compile(r"\b(?:zware|zwaardere|ernstige|ernstigere|heftige)\s+(?:\w+\s+)?(?:depressie\w*|klachten|problemen|problematiek|"
                          r"stoornis\w*|trauma\w*|vorm|gevallen|angst\w*|burn-?out|verslaving\w*|psychische\s+\w+)\b"
                          r"|\b(?:psychiatrisch\w*|persoonlijkheidsstoornis\w*|psychose\w*|psychotisch\w*|schizofren\w*|bipolair\w*|borderline)\b"
                          r"|\b(?:te\s+(?:zwaar|ernstig|heftig)\s+voor)\b|\bals\s+het\s+(?:echt\s+)?(?:ernstig|heel\s+erg|te\s+zwaar)\b", re.I),
}


# The topics a message with such a cue may read as on its own and still be that follow-up ("mogen ouders daar meedoen?"
# reads as the parents' article; after the Helmond pilot it is the pilot's). Any other clear own reading wins
# ("wat kosten de gesprekken daarna?" is about the costs).
CONTEXT_KIND_READINGS = {"daarna": {"eerste_gesprek", "pst_werkwijze", "aanmelden"}, "klacht": {"klachten_geschillen"},
                         "ouders": {"kindertherapie_ouders"}, "anders_betalen": {"pgb_belasting", "kindertherapie_vergoeding"},
                         "aanpak": {"pst_werkwijze"}, "grenzen": {"pst_grenzen", "verschil_psychiater", "hoofdbehandelaar"}}


def context_kind(current: Optional[knowledge.Article], text: Text) -> Optional[Tuple[Text, Text]]:
    """(kind, topic) for a short message with one of these cues, after an article that names where it leads ("wat is
    de volgende stap?" needs no pronoun to point back: the cue does)."""
    if current is None or not 0 < len(text.split()) <= MAX_FOLLOWUP_WORDS:
        return None
    return next(((kind, current.followups[kind]) for kind, cue in CONTEXT_KINDS.items()
                 if current.followups.get(kind) and cue.search(text)), None)


def context_kind_topic(current: Optional[knowledge.Article], text: Text) -> Optional[Text]:
    found = context_kind(current, text)
    return found[1] if found else None


def professional_key(text: Text) -> Text:
    """"GZ-psycholoog" -> "gzpsycholoog": the form of a professional's name in `followups` kinds."""
    return re.sub(r"[- ]", "", text.lower())


def followup_target(current: Optional[knowledge.Article], kind: Text) -> Optional[Text]:
    """Where a follow-up of this kind leads after `current` (or without a topic in context)."""
    return (current.followups.get(kind) if current else None) or DEFAULT_FOLLOWUPS.get(kind)


def other_party_topic(current: Optional[knowledge.Article], text: Text) -> Optional[Text]:
    """The topic for "the same question, for another professional", or None when `text` is not that."""
    match = OTHER_PARTY.match(text or "")
    if current is None or not match:
        return None
    who = professional_key(match.group("who"))
    if PST_NAMES.match(who):
        return current.followups.get("pst")
    if current.key.startswith("verschil_"):
        # the difference with a psychologist, and then "en met een psychiater?": that difference
        return f"verschil_{who}" if knowledge.get(f"verschil_{who}") else current.key
    if current.followups.get(who):
        return current.followups[who]
    # the same article only when it speaks about that professional too ("en bij een psycholoog?" after the referral);
    # otherwise the message is read as usual
    return current.key if who in professional_key(current.body) else None


# "en voor mezelf als volwassene?", "en mezelf?", "geldt dat ook voor volwassenen?" after an answer about a child: the
# adult article of the same question (the article whose child version was in context)
FOR_ME_INSTEAD = re.compile(r"^\s*(?:en|maar|of|ok\w*,?\s+en)?\s*(?:(?:voor|bij|met)\s+)?"
                            r"(?:mezelf|mijzelf|mij|ikzelf|ik\s+zelf|mij\s+zelf|volwassenen|een\s+volwassene)"
                            r"(?:\s+(?:dan|ook|zelf|eigenlijk|als\s+volwassene|als\s+moeder|als\s+vader|als\s+ouder))*\s*(?:[?.!]|$)"
                            r"|\b(?:geldt|werkt|kan)\s+(?:dat|dit|het)\s+ook\s+(?:voor|bij)\s+(?:volwassenen|mezelf|mij)\s*(?:[?.!]|$)", re.I)


# "en voor kindertherapie?", "en bij kinderen?", "en voor mijn zoon dan?": the last question, asked for a child; the
# article names where (`followups: kind`). The message's own reading (what child therapy is) says nothing about what
# is asked.
CHILD_INSTEAD = re.compile(r"^\s*(?:en|maar|of|ook|ok\w*,?\s+en)\s+(?:(?:voor|bij|met)\s+)?(?:een\s+|mijn\s+|m'?n\s+|ons\s+|onze\s+|de\s+)?"
                           r"(?:kind|kinderen|kindje|kindertherapie|jeugdtherapie|jongerentherapie|jongeren|tieners?|pubers?|zoon|dochter)"
                           r"\s*(?:dan|ook|eigenlijk)?\s*[?.!]*\s*$", re.I)


def child_topic(current: Optional[knowledge.Article], text: Text) -> Optional[Text]:
    """The `kind` follow-up for "the same question, for a child"; None when that is the article itself (ISJ is about
    children already: "en voor kindertherapie?" after it is read as usual)."""
    if current is None or not CHILD_INSTEAD.match(text or ""):
        return None
    target = current.followups.get("kind")
    return target if target != current.key else None


def adult_topic(current: Optional[knowledge.Article], text: Text, previous: Text, chosen: Optional[Text]) -> Optional[Text]:
    """The adult article for a question asked again for oneself after an answer about a child, else None."""
    if current is None or not current.key.startswith(CHILD_TOPICS) or not 0 < len(text.split()) <= MAX_FOLLOWUP_WORDS \
            or not FOR_ME_INSTEAD.search(text):
        return None
    adults = knowledge.adult_versions(current.key)
    if not adults:
        return None
    if chosen in adults:
        return chosen
    found = dict(knowledge.search_index().search(previous, top=60))
    return max(adults, key=lambda k: found.get(k, 0.0))


def resolve_in_context(tracker: Tracker, chosen: Optional[Text]) -> Optional[Text]:
    """A short follow-up ("is dat verplicht?", "en voor hoeveel gezinnen is er plek?") is read together with
    the previous question: among the topic in context, its related topics and the topic the message got on
    its own, the one that best fits both messages wins."""
    message = tracker.latest_message or {}
    text = message.get("text") or ""
    current = knowledge.get(tracker.get_slot("topic") or "")
    same_question = other_party_topic(current, text) or child_topic(current, text) \
        or adult_topic(current, text, previous_user_text(tracker), chosen)
    if same_question:
        return same_question
    own_clear = bool(chosen) and classifier_confidence(message, chosen) >= OWN_READING_KEPT
    direction = context_kind(current, text)
    if direction and (not own_clear or chosen in {current.key, direction[1], *CONTEXT_KIND_READINGS[direction[0]]}):
        return direction[1]
    if chosen in WORD_TOPICS and DEFINITION.search(text):
        return chosen
    if current is not None and current.followups.get("verschil") and DIFFERENCE.search(text) and is_followup(text) \
            and not PROFESSIONAL_NAMED.search(text):
        return current.followups["verschil"]
    family = context_topics(current)
    if not family or not is_followup(text):
        return chosen
    if own_clear:
        # "hoe meld ik me dan aan?" after the referral: a clear question of its own, whatever came before; after an
        # answer about a child it is the child's version ("hoe meld ik dat aan?" after child therapy)
        own = knowledge.get(chosen)
        if own is not None and own.child_version and current.key.startswith(CHILD_TOPICS):
            return own.child_version
        return chosen
    candidates = list(dict.fromkeys(family + ([chosen] if chosen else [])))
    together = dict(knowledge.search_index().search(f"{previous_user_text(tracker)} {text}", top=60))
    own = topic_support(message)
    bonus = CONTEXT_BONUS["ellipsis" if ELLIPSIS.match(text) else "anaphora"]
    score = {k: together.get(k, 0.0) + CONTEXT_OWN_WEIGHT * own.get(k, 0.0) + (bonus if k == family[0] else 0.0)
             for k in candidates}
    best = max(candidates, key=score.get)
    return best if score[best] >= CONTEXT_FLOOR else chosen


def send_article(dispatcher: CollectingDispatcher, article: knowledge.Article, intro: Optional[Text] = None,
                 offer_contact: bool = True) -> None:
    text = f"{intro}\n{article.body}" if intro else article.body
    dispatcher.utter_message(text=text, article=article.key)
    if offer_contact and article.offer_contact:
        dispatcher.utter_message(
            text="Wil je dit met de praktijk bespreken? Ik kan een terugbelverzoek klaarzetten of je de contactgegevens geven.",
            buttons=contact_buttons(),
        )


def answer(dispatcher: CollectingDispatcher, tracker: Tracker, article: knowledge.Article,
           from_search: bool = False) -> List:
    """The article, a second question of the same message, the crisis line if needed; sets `topic`."""
    message = tracker.latest_message or {}
    asked = message.get("second_question") or {}
    key = asked.get("key") or ""
    if key.startswith("followup_"):
        # "Heb ik een verwijzing nodig en wordt het vergoed?": the second question asks about the first answer's topic
        kind = key[len("followup_"):]
        key = followup_target(article, kind) or ""
    intro = f"Dit vond ik in het artikel '{article.title}':" if from_search else None
    if key in HANDOFF_LABELS:  # "hoe lang is de wachtlijst en wat is jullie nummer?"
        send_article(dispatcher, article, intro, offer_contact=False)
        send_handoff_part(dispatcher, tracker, key)
        add_crisis_line(dispatcher, tracker)
        return [SlotSet("topic", article.key)]
    second = knowledge.get(for_a_child(key, message.get("text") or "") or "")
    if second and second.key == article.key:
        second = None
    send_article(dispatcher, article, intro, offer_contact=second is None)
    if second and asked.get("confidence", 0.0) >= SECOND_ANSWER:
        send_article(dispatcher, second, f"Je vroeg ook: {second.title[0].lower()}{second.title[1:]}")
    elif second:
        dispatcher.utter_message(text="Je vroeg misschien ook dit:", offered=[second.key],
                                 buttons=[{"title": second.title, "payload": f'/faq{{"topic":"{second.key}"}}'}])
    add_crisis_line(dispatcher, tracker)
    return [SlotSet("topic", article.key)]


def send_topic_asked_too(dispatcher: CollectingDispatcher, tracker: Tracker, label: Text) -> List[EventType]:
    """'Telefoonnummer aub? Hoe lang duurt de wachtlijst?': a short message that the handoff words decide, with a
    clear topic question in it too (the TopicClassifier read the topic and passed this handoff on): its article."""
    message = tracker.latest_message or {}
    if (message.get("second_question") or {}).get("key") != label:
        return []
    key = faq_key(message)
    if not key or classifier_confidence(message, key) < SECOND_ANSWER:
        return []
    article = knowledge.get(for_a_child(key, message.get("text") or "") or "")
    if article is None:
        return []
    send_article(dispatcher, article, f"Je vroeg ook: {article.title[0].lower()}{article.title[1:]}",
                 offer_contact=False)
    return [SlotSet("topic", article.key)]


class ActionAnswerFaq(Action):
    def name(self) -> Text:
        return "action_answer_faq"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        message = tracker.latest_message or {}
        key = _entity(tracker, "topic")  # a clarify button names its topic
        if not key:
            key = for_a_child(resolve_in_context(tracker, faq_key(message)), message.get("text") or "")
            key = for_an_adult(key, tracker)
        article = knowledge.get(key) if key else None
        if article is None:
            logger.warning("No knowledge article for topic %r", key)
            dispatcher.utter_message(response="utter_default")
            return []
        source = (_selector(message).get("response") or {}).get("source")
        return answer(dispatcher, tracker, article, from_search=source == "knowledge_search" and key == faq_key(message))


class ActionAnswerFollowup(Action):
    """'En wordt dat vergoed?' right after an answer: answer it for the topic in context."""

    def name(self) -> Text:
        return "action_answer_followup"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        kind = (tracker.latest_message.get("intent") or {}).get("name", "").replace("followup_", "")
        cue = FOLLOWUP_CUES.get(kind)
        text = tracker.latest_message.get("text") or ""
        if cue is not None and not text.startswith("/") and not cue.search(text):
            # the classifier heard a follow-up of this kind in a message that never names it: read it as a question
            return await ActionAnswerFaq().run(dispatcher, tracker, domain)
        current = knowledge.get(tracker.get_slot("topic") or "")
        target = followup_target(current, kind)
        article = knowledge.get(target or "")
        previous = previous_user_text(tracker)
        named = NAMED_PROFESSIONAL.findall(previous)
        if article is not None and len(set(named)) == 1 and not PROFESSIONAL_NAMED.search(text) \
                and not PST_MENTIONED.search(previous):
            # "moet ik een verwijskaart hebben voor een psycholoog?" - "wie betaalt dat dan?": the psychologist's variant
            who = professional_key(named[0])
            article = knowledge.get(article.followups.get(who, "")) or article
        if article is None:
            dispatcher.utter_message(response="utter_default")
            return []
        return answer(dispatcher, tracker, article)


def consecutive_unclear(tracker: Tracker) -> int:
    """How many of the latest user messages in a row were not understood (including this one)."""
    count = 0
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        if ((event.get("parse_data") or {}).get("intent") or {}).get("name") != "nlu_fallback":
            break
        count += 1
    return count


async def log_unanswered(tracker: Tracker, reason: Text) -> None:
    text = tracker.latest_message.get("text") or ""
    if not text.strip():
        return
    try:
        engine = storage.get_engine(database_url())
        await in_thread(storage.store_unanswered, engine, privacy.mask(text), tracker.sender_id, reason)
    except Exception:  # the log is a help for staff; it must never break the conversation
        logger.exception("Could not store an unanswered question")


class ActionClarify(Action):
    """Not understood. A short follow-up is first read in the context of the last answer; otherwise the
    first unclear message gets the likely topics as buttons, the second in a row an honest "weet ik niet"."""

    def name(self) -> Text:
        return "action_clarify"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        message = tracker.latest_message or {}
        gibberish = ((message.get("safety") or {}).get("decided_by")) == "gibberish"
        if not gibberish:
            in_context = knowledge.get(resolve_in_context(tracker, None) or "")
            if in_context:
                return answer(dispatcher, tracker, in_context)
        if consecutive_unclear(tracker) >= 2:
            await log_unanswered(tracker, "unanswered")
            info = practice.load_practice()
            dispatcher.utter_message(
                text="Dat weet ik helaas niet, en ik wil je niets verkeerds vertellen. De praktijk helpt je graag verder.\n"
                + practice.contact_text(info, now(), links=renders_markdown(tracker)),
                buttons=contact_buttons(include_callback=True)[:1],
                unanswered=True,
            )
            add_crisis_line(dispatcher, tracker)
            return []
        await log_unanswered(tracker, "clarify")
        support = topic_support(message)
        # out of scope far more likely than any FAQ topic (the AnswerGuard's "out of scope leads FAQ"), or no topic
        # with support at all: say what the assistant cannot help with, without topic buttons
        out_of_scope = (message.get("answer_guard") or {}).get("reason") == knowledge.OUT_OF_SCOPE_LEADS
        if not gibberish and (out_of_scope or len((message.get("text") or "").split()) >= 3
                              and max(support.values(), default=0.0) < TOPIC_FLOOR):
            dispatcher.utter_message(response="utter_out_of_scope")
            add_crisis_line(dispatcher, tracker)
            return []
        articles = [] if gibberish else [knowledge.get(k) for k in likely_topics(message)]
        if not articles:
            dispatcher.utter_message(
                text="Sorry, dat begreep ik niet goed. Kun je je vraag in andere woorden stellen? "
                "Je kunt ook vragen wat ik allemaal weet.",
                clarify=True,
            )
            add_crisis_line(dispatcher, tracker)
            return []
        buttons = [
            {"title": a.title, "payload": f'/faq{{"topic":"{a.key}"}}'} for a in articles
        ] + [{"title": "Iets anders", "payload": "/request_human"}]
        dispatcher.utter_message(
            text="Ik weet niet zeker of ik je goed begrijp. Gaat je vraag over een van deze onderwerpen?",
            buttons=buttons,
            clarify=True,
        )
        add_crisis_line(dispatcher, tracker)
        return []
