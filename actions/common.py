"""Small helpers shared by the action modules."""
import asyncio
import logging
from datetime import datetime, timezone
from typing import Any, Callable, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from wegwijzer import practice

logger = logging.getLogger(__name__)

# Channels whose front end renders Markdown links (tel:, mailto:).
MARKDOWN_CHANNELS = {"rest", "socketio", "webchat", "cmdline"}


def renders_markdown(tracker: Tracker) -> bool:
    return (tracker.get_latest_input_channel() or "rest") in MARKDOWN_CHANNELS


def now() -> datetime:
    return datetime.now(timezone.utc)


async def in_thread(func: Callable, *args: Any, **kwargs: Any) -> Any:
    """Run blocking I/O (SQLAlchemy, SMTP) without blocking the action server's event loop."""
    return await asyncio.get_running_loop().run_in_executor(None, lambda: func(*args, **kwargs))


def crisis_watch(tracker: Tracker) -> bool:
    """The SafetyNet saw uncertain risk in this message: the answer gets the 113 line."""
    return ((tracker.latest_message or {}).get("safety") or {}).get("crisis_tier") == "watch"


def _line_already_given(tracker: Tracker) -> bool:
    """A bot message since the person's last message already holds 113 (e.g. a question answered inside the
    callback form, after which the form's validation runs again for the same message)."""
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot" and "0800-0113" in (event.get("text") or ""):
            return True
    return False


def add_crisis_line(dispatcher, tracker: Tracker) -> None:
    """The 113 line under whatever this action answers, when the SafetyNet saw uncertain risk ("watch").

    Every action that answers a message calls this; the fixed responses of the Rasa server (small talk,
    refusals) are turned into the distress reply by the SafetyNet instead."""
    if (crisis_watch(tracker) and (tracker.latest_message.get("intent") or {}).get("name") != "distress"
            and not _line_already_given(tracker)):
        dispatcher.utter_message(response="utter_crisis_watch")


def contact_buttons(include_callback: bool = True) -> List[Dict[str, str]]:
    buttons = [{"title": "Contactgegevens", "payload": "/request_contact"}]
    if include_callback:
        buttons.insert(0, {"title": "Laat me terugbellen", "payload": "/request_callback"})
    return buttons


# what a visitor may ask together with a topic question (the TopicClassifier's handoff_intents)
HANDOFF_LABELS = ("request_contact", "request_callback", "request_human")


def send_contact_details(dispatcher: CollectingDispatcher, tracker: Tracker, intro: Optional[Text] = None,
                         **metadata: Any) -> None:
    """The practice's contact details and whether it is open now."""
    info = practice.load_practice()
    text = practice.contact_text(info, now(), links=renders_markdown(tracker))
    dispatcher.utter_message(text=f"{intro}\n{text}" if intro else text, buttons=contact_buttons()[:1], **metadata)


def send_handoff_offer(dispatcher: CollectingDispatcher, tracker: Tracker, **metadata: Any) -> None:
    """Clear that this is a bot, and the ways to reach a person."""
    info = practice.load_practice()
    dispatcher.utter_message(
        text="Ik ben een chatbot, maar je kunt natuurlijk iemand van de praktijk spreken.\n"
        + practice.contact_text(info, now(), links=renders_markdown(tracker))
        + "\nLiever teruggebeld worden? Dan zet ik een terugbelverzoek voor je klaar.",
        buttons=contact_buttons()[:1], **metadata,
    )


def send_handoff_part(dispatcher: CollectingDispatcher, tracker: Tracker, label: Text) -> None:
    """The handoff asked together with a topic question, after its answer: the contact details, a person, or the
    callback request offered as a button (the form starts on it, so nothing is stored without the visitor's yes)."""
    if label == "request_contact":
        send_contact_details(dispatcher, tracker, "Je vroeg ook hoe je de praktijk bereikt:", answers=label)
    elif label == "request_human":
        send_handoff_offer(dispatcher, tracker, answers=label)
    elif label == "request_callback":
        dispatcher.utter_message(text="Je vroeg ook om teruggebeld te worden. Zal ik een terugbelverzoek voor je klaarzetten?",
                                 buttons=contact_buttons(), answers=label)
