"""Answers from the knowledge articles: topic questions, follow-ups in context, and the clarify fallback."""
import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import contact_buttons, in_thread, now, renders_markdown
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


def _entity(tracker: Tracker, name: Text) -> Optional[Text]:
    return next(tracker.get_latest_entity_values(name), None)


def faq_key(message: Dict[Text, Any]) -> Optional[Text]:
    """The topic key the NLU chose for this message (ResponseSelector or knowledge search)."""
    response = ((message.get("response_selector") or {}).get("faq") or {}).get("response") or {}
    key = response.get("intent_response_key") or ""
    return key.split("/", 1)[1] if "/" in key else None


def send_article(dispatcher: CollectingDispatcher, article: knowledge.Article, from_search: bool = False) -> List:
    text = article.body
    if from_search:
        text = f"Dit vond ik in het artikel '{article.title}':\n{text}"
    dispatcher.utter_message(text=text)
    if article.offer_contact:
        dispatcher.utter_message(
            text="Wil je dit met de praktijk bespreken? Ik kan een terugbelverzoek klaarzetten of je de contactgegevens geven.",
            buttons=contact_buttons(),
        )
    return [SlotSet("topic", article.key)]


class ActionAnswerFaq(Action):
    def name(self) -> Text:
        return "action_answer_faq"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        message = tracker.latest_message or {}
        key = _entity(tracker, "topic") or faq_key(message)
        article = knowledge.get(key) if key else None
        if article is None:
            logger.warning("No knowledge article for topic %r", key)
            dispatcher.utter_message(response="utter_default")
            return []
        response = ((message.get("response_selector") or {}).get("faq") or {}).get("response") or {}
        return send_article(dispatcher, article, from_search=response.get("source") == "knowledge_search")


class ActionAnswerFollowup(Action):
    """'En wordt dat vergoed?' right after an answer: answer it for the topic in context."""

    def name(self) -> Text:
        return "action_answer_followup"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        kind = (tracker.latest_message.get("intent") or {}).get("name", "").replace("followup_", "")
        current = knowledge.get(tracker.get_slot("topic") or "")
        target = (current.followups.get(kind) if current else None) or DEFAULT_FOLLOWUPS.get(kind)
        article = knowledge.get(target or "")
        if article is None:
            dispatcher.utter_message(response="utter_default")
            return []
        return send_article(dispatcher, article)


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
    """First unclear message: ask which topic is meant. Second in a row: admit it and hand off."""

    def name(self) -> Text:
        return "action_clarify"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        if consecutive_unclear(tracker) >= 2:
            await log_unanswered(tracker, "unanswered")
            info = practice.load_practice()
            dispatcher.utter_message(
                text="Dat weet ik helaas niet, en ik wil je niets verkeerds vertellen. De praktijk helpt je graag verder.\n"
                + practice.contact_text(info, now(), links=renders_markdown(tracker)),
                buttons=contact_buttons(include_callback=True)[:1],
            )
            return []
        await log_unanswered(tracker, "clarify")
        candidates = [c["key"] for c in (tracker.latest_message.get("knowledge_search") or [])]
        articles = [a for a in map(knowledge.get, candidates[:CLARIFY_OPTIONS]) if a]
        if not articles:
            dispatcher.utter_message(
                text="Sorry, dat begreep ik niet goed. Kun je je vraag in andere woorden stellen? "
                "Je kunt ook vragen wat ik allemaal weet."
            )
            return []
        buttons = [
            {"title": a.title, "payload": f'/faq{{"topic":"{a.key}"}}'} for a in articles
        ] + [{"title": "Iets anders", "payload": "/request_human"}]
        dispatcher.utter_message(
            text="Ik weet niet zeker of ik je goed begrijp. Gaat je vraag over een van deze onderwerpen?",
            buttons=buttons,
        )
        return []
