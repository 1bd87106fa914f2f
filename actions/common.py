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


def add_crisis_line(dispatcher, tracker: Tracker) -> None:
    if crisis_watch(tracker) and (tracker.latest_message.get("intent") or {}).get("name") != "distress":
        dispatcher.utter_message(response="utter_crisis_watch")


def contact_buttons(include_callback: bool = True) -> List[Dict[str, str]]:
    buttons = [{"title": "Contactgegevens", "payload": "/request_contact"}]
    if include_callback:
        buttons.insert(0, {"title": "Laat me terugbellen", "payload": "/request_callback"})
    return buttons
