"""The REST channel for the website and integrations, hardened for the public internet.

Same URL and body as Rasa's own `rest` channel (POST /webhooks/rest/webhook {"sender": ..., "message": ...}),
but every request is checked before Rasa sees it, and no request can stop, stall or silence the service:

- the body must be a JSON object (400 otherwise); `sender` a string of 1-64 safe characters; `message` a
  string. Invalid Unicode (lone surrogates) and control characters are replaced; a message over
  MAX_MESSAGE characters gets a friendly Dutch answer (with the crisis line) instead of reaching the model;
- an error anywhere in Rasa (database down, a bug) and a silent bot (action server down) become a short
  Dutch apology with the practice's phone number — with every crisis number when the message was a
  crisis — and status 200, never a 5xx;
- a reply that takes longer than REPLY_TIMEOUT seconds is answered with the same apology.

The client's `input_channel` and `metadata` are ignored: they are not the client's to choose.
"""
import asyncio
import json
import logging
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from wegwijzer import logsafe, practice, web
from wegwijzer.detectors import crisis, normalise

logsafe.install()
logger = logging.getLogger(__name__)

MAX_MESSAGE = 2000  # characters; documented in the README
MAX_BODY = 65_536  # bytes of JSON, as documented; the Rasa server refuses larger bodies itself (SANIC_REQUEST_MAX_SIZE in run.sh)
REPLY_TIMEOUT = 20.0
SENDER = re.compile(r"^[A-Za-z0-9_.:@-]{1,64}$")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

CRISIS_LINES = (
    "Ben je in nood of denk je aan zelfmoord? Bel 113 Zelfmoordpreventie: 0800-0113, of chat via 113.nl. "
    "Bij direct gevaar: bel 112. Geweld thuis? Veilig Thuis: 0800-2000. Jonger dan 18? De Kindertelefoon: 0800-0432. "
    "Je kunt ook je huisarts of de huisartsenpost bellen."
)


def clean_text(text: str) -> str:
    """Valid Unicode without control characters (lone surrogates become U+FFFD)."""
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return CONTROL.sub(" ", text)


def parse_body(raw: bytes) -> Tuple[Optional[Dict[str, Any]], Optional[str]]:
    """(body, None) for a usable request, (None, reason) for a 4xx."""
    if len(raw) > MAX_BODY:
        return None, "request too large"
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None, "body is not valid JSON"
    if not isinstance(body, dict):
        return None, "body must be a JSON object"
    sender, message = body.get("sender"), body.get("message")
    if not isinstance(sender, str) or not SENDER.match(sender):
        return None, "sender must be 1-64 characters: letters, digits and _ . : @ -"
    if not isinstance(message, str):
        return None, "message must be a string"
    return {"sender": sender, "message": clean_text(message)}, None


def _phone() -> str:
    try:
        return practice.load_practice().phone
    except Exception:  # a broken practice.yml must not break the apology
        return ""


def apology(text: str) -> str:
    phone = _phone()
    reach = f" of bel de praktijk: {phone}" if phone else ""
    message = f"Sorry, er ging bij mij iets mis en ik kan je nu niet goed antwoorden. Probeer het zo nog eens{reach}."
    if crisis.detect(normalise(text)).extra.get("lexicon", 0) >= 0.5:
        message += "\n" + CRISIS_LINES
    return message


def too_long() -> str:
    return (f"Je bericht is te lang voor mij (meer dan {MAX_MESSAGE} tekens). Kun je het korter vertellen, of je "
            f"vraag los sturen?\n{CRISIS_LINES}")


async def repair(request: Request, sender: Text) -> None:
    """After a failed turn (an action that could not run), put the conversation back into "waiting for the
    visitor", so the next message is handled normally once the action server is back — otherwise Rasa keeps
    predicting the failed action until its circuit breaker trips, turn after turn."""
    from rasa.shared.core.constants import ACTION_LISTEN_NAME
    from rasa.shared.core.events import ActionExecuted

    agent = getattr(request.app.ctx, "agent", None)
    if agent is None or agent.tracker_store is None:
        return
    try:
        async with agent.lock_store.lock(sender):
            tracker = await agent.tracker_store.retrieve(sender)
            if tracker is not None and tracker.latest_action_name != ACTION_LISTEN_NAME:
                tracker.update(ActionExecuted(ACTION_LISTEN_NAME))
                await agent.tracker_store.save(tracker)
    except Exception as error:  # noqa: BLE001 — the repair is a courtesy; the apology has been given
        logger.error("Could not repair a conversation after a failed turn (%s)", type(error).__name__)


class SafeRestInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        rest = Blueprint("wegwijzer_rest", __name__)
        web.install(rest)

        @rest.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @rest.route("/webhook", methods=["OPTIONS"])
        async def preflight(request: Request) -> HTTPResponse:
            return response.empty(status=204)

        @rest.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body, problem = parse_body(request.body or b"")
            if problem:
                return response.json({"error": problem}, status=413 if problem == "request too large" else 400)
            sender, text = body["sender"], body["message"]
            if len(text) > MAX_MESSAGE:
                return response.json([{"recipient_id": sender, "text": too_long()}])
            replies = await self.answer(on_new_message, sender, text)
            if replies and replies[-1].get("apology"):
                await repair(request, sender)
            return response.json([{k: v for k, v in r.items() if k != "apology"} for r in replies])

        return rest

    async def answer(self, on_new_message: Callable[[UserMessage], Awaitable[Any]], sender: Text, text: Text) -> List[Dict]:
        collector = CollectingOutputChannel()
        try:
            await asyncio.wait_for(on_new_message(UserMessage(text, collector, sender, input_channel=self.name())),
                                   timeout=REPLY_TIMEOUT)
        except asyncio.TimeoutError:
            logger.error("A reply took longer than %s s; the visitor got an apology", REPLY_TIMEOUT)
            return collector.messages + [{"recipient_id": sender, "text": apology(text), "apology": True}]
        except Exception as error:  # noqa: BLE001 — whatever broke, the visitor gets an answer, not a 500
            logger.error("Handling a message failed (%s); the visitor got an apology", type(error).__name__)
            return [{"recipient_id": sender, "text": apology(text), "apology": True}]
        if not collector.messages:
            logger.warning("The assistant produced no reply (is the action server down?); the visitor got an apology")
            return [{"recipient_id": sender, "text": apology(text), "apology": True}]
        return collector.messages
