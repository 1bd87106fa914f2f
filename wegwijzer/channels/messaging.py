"""What the messenger channels (WhatsApp through Twilio, Facebook Messenger, Telegram) share.

- Switch-on: a channel is on only when all its environment variables are set (logged once when it is off).
- Formatting: Markdown links become plain text with the number or address, options become a numbered
  list, long answers are split within the channel's limit at paragraph, line, sentence or word ends.
- `Inbox` sits between a connector and Rasa: it reuses the REST channel's input checks (clean_text,
  MAX_MESSAGE/too_long, apology), turns a reply "1"/"2"/an option's text into that option's payload (the
  options are the buttons of the bot's last message in the tracker, so the state survives restarts and
  needs no store of its own), and hands Rasa a pseudonym instead of the phone number or account id.
"""
import asyncio
import hashlib
import hmac
import logging
import os
import re
from types import SimpleNamespace
from typing import Any, Awaitable, Callable, Dict, List, Optional, Sequence, Text

from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request

from wegwijzer.channels.rest import MAX_MESSAGE, REPLY_TIMEOUT, apology, clean_text, repair, too_long

logger = logging.getLogger(__name__)

# Longest text one provider message may carry (characters).
LIMITS = {"whatsapp": 1600, "facebook": 2000, "telegram": 4096}
MESSENGERS = set(LIMITS)

MAX_CHOICE = 80  # characters; option titles are shorter
NOT_TEXT = "Ik kan alleen tekstberichten lezen. Typ je vraag gerust in een bericht."
CHOOSE = "Antwoord met het nummer van je keuze."

LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*")
NUMBER = re.compile(r"^\s*(?:optie\s*)?(\d{1,2})\s*[.)]?\s*$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?:][\"')]?\s")


def settings(label: str, names: Sequence[str],
             check: Callable[[Dict[str, str]], Optional[str]] = lambda values: None) -> Optional[Dict[str, str]]:
    """The channel's variables, or None (and one log line naming what is missing) when one is unset.

    The channels read the environment themselves: Rasa's credentials loader stops the server on an unset
    ${VAR}, and a practice that uses only WhatsApp must not need Telegram variables."""
    values = {name: os.environ.get(name, "").strip() for name in names}
    missing = [name for name, value in values.items() if not value]
    if missing:
        logger.info("%s channel is off: set %s to switch it on (docs/channels.md)", label, ", ".join(missing))
        return None
    problem = check(values)
    if problem:
        logger.error("%s channel is off: %s (docs/channels.md)", label, problem)
        return None
    logger.info("%s channel is on", label)
    return values


def off_blueprint(name: str, label: str) -> Blueprint:
    """What a switched-off channel serves: 503 on every route, so a misconfigured webhook is visible."""
    off = Blueprint(name, __name__)

    @off.route("/", methods=["GET"])
    async def health(request: Request) -> response.HTTPResponse:
        return response.json({"status": "off", "error": f"{label} channel is off"}, status=503)

    @off.route("/<path:path>", methods=["GET", "POST"])
    async def anything(request: Request, path: str) -> response.HTTPResponse:
        return response.json({"error": f"{label} channel is off"}, status=503)

    return off


def api_url(variable: str, default: str) -> str:
    """Provider API base URL: the real provider unless the environment points elsewhere (tests)."""
    return (os.environ.get(variable) or default).rstrip("/")


def pseudonym(channel: str, key: str, address: str) -> str:
    """The conversation id Rasa stores: stable per sender, but no phone number or account id."""
    digest = hmac.new(key.encode("utf-8"), address.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{channel}-{digest[:24]}"


# -- formatting ---------------------------------------------------------------------------------------------

def _link(match: "re.Match") -> str:
    label, target = match.group(1), match.group(2)
    address = re.sub(r"^(tel:|mailto:)", "", target)
    shown = re.sub(r"^https?://(www\.)?", "", address).rstrip("/")
    if shown in label or address in label or (target.startswith("tel:") and len(re.sub(r"\D", "", label)) >= 6):
        return label  # the label already is the number or address
    return f"{label} ({address})"


def plain(text: str, bold: str = "") -> str:
    """Markdown links as text with the number or address; **bold** as `bold` markers (WhatsApp: '*')."""
    text = LINK.sub(_link, text or "")
    return BOLD.sub(lambda m: f"{bold}{m.group(1)}{bold}", text)


def numbered(text: str, buttons: List[Dict[str, Any]]) -> str:
    options = "\n".join(f"{index}. {button.get('title', '')}" for index, button in enumerate(buttons, 1))
    return f"{text}\n\n{options}\n{CHOOSE}" if text else f"{options}\n{CHOOSE}"


def _cut(text: str, limit: int) -> int:
    """Where to end the first part: the last paragraph, line, sentence or word end within the limit."""
    window = text[: limit + 1]
    for pattern in ("\n\n", "\n"):
        at = window.rfind(pattern)
        if at > limit // 3:
            return at
    ends = [m.end() - 1 for m in SENTENCE_END.finditer(window)]
    if ends and ends[-1] > limit // 3:
        return ends[-1]
    at = max(window.rfind(" "), window.rfind("\t"))
    return at if at > 0 else limit  # one "word" longer than the limit: nothing else to do


def split(text: str, limit: int) -> List[str]:
    """Parts of at most `limit` characters, cut only where whitespace is, so words and links stay whole.

    Crisis replies, the apology and the too-long answer are far below every channel's limit, so they always
    go out as one message (tests/wegwijzer/channels/test_messaging.py checks every variant)."""
    text = (text or "").strip()
    parts = []
    while len(text) > limit:
        at = _cut(text, limit)
        parts.append(text[:at].rstrip())
        text = text[at:].strip()
    return parts + ([text] if text else [])


# -- options ------------------------------------------------------------------------------------------------

def last_buttons(events: Sequence[Any]) -> List[Dict[str, Any]]:
    """The options of the bot's latest message with buttons, if the visitor has not spoken since."""
    from rasa.shared.core.events import BotUttered, UserUttered

    for event in reversed(list(events)):
        if isinstance(event, UserUttered):
            return []
        if isinstance(event, BotUttered) and (event.data or {}).get("buttons"):
            return list(event.data["buttons"])
    return []


def _words(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


def choice(text: str, buttons: List[Dict[str, Any]]) -> Optional[str]:
    """The payload the reply selects: "2", "2.", "optie 2" or the option's own text; None otherwise."""
    if not buttons:
        return None
    number = NUMBER.match(text)
    if number:
        index = int(number.group(1))
        return buttons[index - 1].get("payload") if 1 <= index <= len(buttons) else None
    wanted = _words(text)
    for button in buttons:
        if wanted and wanted == _words(str(button.get("title", ""))):
            return button.get("payload")
    return None


# -- between connector and Rasa ----------------------------------------------------------------------------

class Reply(OutputChannel):
    """Sends to the visitor's real address while Rasa only knows the pseudonym, and counts what was sent."""

    def __init__(self, inner: OutputChannel, address: Text) -> None:
        self.inner, self.address, self.sent = inner, address, 0

    def name(self) -> Text:  # type: ignore[override]  # the connector's name, for channel-specific responses
        return self.inner.name()

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        self.sent += 1
        await self.inner.send_response(self.address, message)


class Inbox:
    """The `on_new_message` a connector gets: checks, option replies, pseudonym, apology instead of silence."""

    def __init__(self, channel: str, key: str, on_new_message: Callable[[UserMessage], Awaitable[Any]],
                 rewrite: Callable[[str], str] = lambda text: text) -> None:
        self.channel, self.key, self.on_new_message, self.rewrite = channel, key, on_new_message, rewrite
        self.app = None  # the Sanic app, set when the server starts (see `attach`)

    def attach(self, blueprint: Any) -> None:
        @blueprint.listener("before_server_start")
        async def remember_app(app, _loop) -> None:
            self.app = app

    async def _tracker_events(self, sender: str) -> List[Any]:
        agent = getattr(getattr(self.app, "ctx", None), "agent", None)
        if agent is None or agent.tracker_store is None:
            return []
        tracker = await agent.tracker_store.retrieve(sender)
        return list(tracker.events) if tracker is not None else []

    async def _say(self, reply: Reply, sender: str, text: str) -> None:
        try:
            await reply.send_response(sender, {"text": text})
        except Exception as error:  # noqa: BLE001 — the provider is down: nothing more we can do than log
            logger.error("Could not send a %s message (%s)", self.channel, type(error).__name__)

    async def __call__(self, message: UserMessage) -> None:
        address = str(message.sender_id)
        sender = pseudonym(self.channel, self.key, address)
        reply = Reply(message.output_channel, address)
        text = self.rewrite(clean_text(message.text or "").strip())
        if not text:
            return await self._say(reply, sender, NOT_TEXT)
        if len(text) > MAX_MESSAGE:
            return await self._say(reply, sender, too_long())
        try:
            if len(text) <= MAX_CHOICE:  # longer is no option's text: spare the database read
                text = choice(text, last_buttons(await self._tracker_events(sender))) or text
        except Exception as error:  # noqa: BLE001 — without the options the text still goes to the model
            logger.warning("Could not read the last options of a %s conversation (%s)", self.channel,
                           type(error).__name__)
        user = UserMessage(text, reply, sender, input_channel=self.channel, metadata={"channel": self.channel})
        failed = False
        try:
            await asyncio.wait_for(self.on_new_message(user), timeout=REPLY_TIMEOUT)
        except asyncio.TimeoutError:
            logger.error("A %s reply took longer than %s s; the visitor got an apology", self.channel, REPLY_TIMEOUT)
            failed = True
        except Exception as error:  # noqa: BLE001 — whatever broke, the visitor gets an answer
            logger.error("Handling a %s message failed (%s); the visitor got an apology", self.channel,
                         type(error).__name__)
            failed = True
        if not failed and reply.sent == 0:
            logger.warning("The assistant produced no %s reply (is the action server down?)", self.channel)
            failed = True
        if failed:
            await self._say(reply, sender, apology(text))
            if self.app is not None:
                await repair(SimpleNamespace(app=self.app), sender)
