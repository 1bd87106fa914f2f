"""Small helpers shared by the action modules."""
import asyncio
import logging
from datetime import datetime, timezone
from typing import Any, Callable, Dict, List

from rasa_sdk import Tracker

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
