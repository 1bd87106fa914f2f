"""Facebook Messenger: Rasa's Facebook connector, with the webhook verified the way Meta signs it now.

Rasa 3.6 checks the old SHA-1 `X-Hub-Signature` with `==`; here the body must carry a valid
`X-Hub-Signature-256` (HMAC-SHA256 with the app secret, constant-time compare), else 403 before any
conversation is touched. The verify handshake compares its token in constant time too. Rasa's message
parsing (text, quick replies, postbacks) is reused; the replies are plain text split within Messenger's
2,000 characters, options as quick replies, sent without blocking the server (fbmessenger is synchronous).
On only when FACEBOOK_VERIFY_TOKEN, FACEBOOK_APP_SECRET and FACEBOOK_PAGE_ACCESS_TOKEN are set.
Webhook: GET/POST /webhooks/facebook/webhook (docs/channels.md).
"""
import asyncio
import hashlib
import hmac
import json
import logging
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from fbmessenger import MessengerClient
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.facebook import FacebookInput, Messenger, MessengerBot
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from wegwijzer.channels import messaging

logger = logging.getLogger(__name__)

VARIABLES = ("FACEBOOK_VERIFY_TOKEN", "FACEBOOK_APP_SECRET", "FACEBOOK_PAGE_ACCESS_TOKEN")
LIMIT = messaging.LIMITS["facebook"]
QUICK_REPLIES = 13  # Messenger's maximum
QUICK_REPLY_TITLE = 20  # characters


def client(page_access_token: Text, app_secret: Text) -> MessengerClient:
    messenger = MessengerClient(page_access_token, app_secret=app_secret)  # app_secret adds appsecret_proof
    messenger.graph_url = messaging.api_url("FACEBOOK_API_URL", "https://graph.facebook.com/v18.0")
    return messenger


def signature_valid(app_secret: Text, body: bytes, header: Text) -> bool:
    expected = "sha256=" + hmac.new(app_secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode("utf-8"), (header or "").encode("utf-8", "replace"))


def well_formed(body: bytes) -> Optional[Dict]:
    """The webhook body Rasa's parser can read without crashing, or None."""
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("entry"), list):
        return None
    for entry in payload["entry"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("messaging", []), list):
            return None
        if not all(isinstance(m, dict) and isinstance(m.get("sender", {}), dict) for m in entry.get("messaging", [])):
            return None
        entry.setdefault("messaging", [])
    return payload


def without_attachment(text: str) -> str:
    """Rasa's connector passes a photo, voice message or file on as its bare URL: no text to read."""
    return "" if re.match(r"^https?://\S+$", text) else text


class FacebookOutput(MessengerBot):
    async def _post(self, recipient_id: Text, payload: Dict[Text, Any]) -> None:
        result = await asyncio.to_thread(self.messenger_client.send, payload, recipient_id, "RESPONSE")
        if isinstance(result, dict) and result.get("error"):
            logger.error("Messenger did not accept a message (code %s)", result["error"].get("code"))

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        for part in messaging.split(messaging.plain(text), LIMIT):
            await self._post(recipient_id, {"text": part})

    async def send_text_with_buttons(self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]],
                                     **kwargs: Any) -> None:
        """Options as quick replies; long titles would be cut off, so then the text numbers them."""
        buttons = buttons[:QUICK_REPLIES]
        short = all(len(str(b.get("title", ""))) <= QUICK_REPLY_TITLE for b in buttons)
        parts = messaging.split(messaging.plain(text if short else messaging.numbered(text, buttons)), LIMIT)
        for part in parts[:-1]:
            await self._post(recipient_id, {"text": part})
        quick_replies = [
            {"content_type": "text", "title": str(b.get("title")) if short else str(index),
             "payload": str(b.get("payload"))}
            for index, b in enumerate(buttons, 1)
        ]
        await self._post(recipient_id, {"text": parts[-1] if parts else " ", "quick_replies": quick_replies})

    async def send_quick_replies(self, recipient_id: Text, text: Text, quick_replies: List[Dict[Text, Any]],
                                 **kwargs: Any) -> None:
        await self.send_text_with_buttons(recipient_id, text, quick_replies)


class PageMessenger(Messenger):
    """Rasa's webhook parser, answering through FacebookOutput (no blocking 'typing' calls first)."""

    async def handle(self, payload: Dict, metadata: Optional[Dict[Text, Any]]) -> None:
        """Every event of the batch: Rasa's version stops after the first, and Meta batches under load."""
        for entry in payload["entry"]:
            for event in entry["messaging"]:
                self.last_message = event
                if event.get("message"):
                    await self.message(event, metadata)
                elif event.get("postback"):
                    await self.postback(event, metadata)

    async def _handle_user_message(self, text: Text, sender_id: Text, metadata: Optional[Dict[Text, Any]]) -> None:
        out_channel = FacebookOutput(self.client)
        await self.on_new_message(UserMessage(text, out_channel, sender_id, input_channel=self.name()))


class FacebookMessengerInput(FacebookInput):
    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        values = messaging.settings("Facebook Messenger", VARIABLES) or {}
        return cls(*(values.get(name) for name in VARIABLES))

    @property
    def enabled(self) -> bool:
        return bool(self.fb_verify and self.fb_secret and self.fb_access_token)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        if not self.enabled:
            return messaging.off_blueprint("facebook_off", "Facebook Messenger")
        inbox = messaging.Inbox(self.name(), self.fb_secret, on_new_message, rewrite=without_attachment)
        webhook = Blueprint("wegwijzer_facebook", __name__)
        inbox.attach(webhook)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["GET"])
        async def token_verification(request: Request) -> HTTPResponse:
            token = request.args.get("hub.verify_token") or ""
            if request.args.get("hub.mode") == "subscribe" and hmac.compare_digest(
                    token.encode("utf-8"), self.fb_verify.encode("utf-8")):
                return response.text(request.args.get("hub.challenge") or "")
            logger.warning("A Facebook webhook verification with a wrong token was refused")
            return response.text("invalid verify token", status=403)

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = request.body or b""
            if not signature_valid(self.fb_secret, body, request.headers.get("X-Hub-Signature-256", "")):
                logger.warning("A Facebook webhook without a valid X-Hub-Signature-256 was refused")
                return response.json({"error": "invalid signature"}, status=403)
            payload = well_formed(body)
            if payload is None:
                return response.json({"error": "not a Messenger webhook body"}, status=400)
            messenger = PageMessenger(self.fb_access_token, inbox)
            messenger.client = client(self.fb_access_token, self.fb_secret)
            try:
                await messenger.handle(payload, None)
            except Exception as error:  # noqa: BLE001 — an odd event must not make Meta retry for hours
                logger.error("A Facebook webhook event could not be read (%s)", type(error).__name__)
            return response.text("success")

        return webhook

    def get_output_channel(self) -> OutputChannel:
        return FacebookOutput(client(self.fb_access_token, self.fb_secret))
