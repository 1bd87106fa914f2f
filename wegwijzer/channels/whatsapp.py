"""WhatsApp through Twilio: Rasa's Twilio connector, with what it lacks for the public internet.

- every webhook must carry a valid `X-Twilio-Signature` (twilio's RequestValidator), else 403 before any
  conversation is touched;
- WhatsApp has no buttons here: options go out as a numbered list, answers as plain text split within
  Twilio's 1,600 characters, sent without blocking the server (the twilio client is synchronous);
- on only when TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_WHATSAPP_NUMBER are set; off it answers 503.
Webhook: POST /webhooks/whatsapp/webhook (docs/channels.md).
"""
import asyncio
import logging
import os
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text
from urllib.parse import parse_qs

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.twilio import TwilioInput, TwilioOutput
from sanic import Blueprint, response
from sanic.request import Request, RequestParameters
from twilio.base.exceptions import TwilioRestException
from twilio.request_validator import RequestValidator

from wegwijzer.channels import messaging

logger = logging.getLogger(__name__)

VARIABLES = ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_WHATSAPP_NUMBER")
LIMIT = messaging.LIMITS["whatsapp"]


def without_location(text: str) -> str:
    """Rasa's connector turns a shared location into a '/locationData' intent this assistant does not have."""
    return "" if text.startswith("/locationData") else text


def whatsapp_address(number: str) -> str:
    return number if number.startswith("whatsapp:") else f"whatsapp:{number}"


def form(request: Request) -> RequestParameters:
    """The posted form with its empty fields: Twilio signs `Body=` of a photo without text too, and Rasa's
    connector needs the empty Body to answer it. Sanic's own `request.form` drops them, so it is replaced."""
    fields = {}
    if (request.content_type or "").startswith("application/x-www-form-urlencoded"):
        fields = parse_qs((request.body or b"").decode("utf-8", "replace"), keep_blank_values=True)
    request.parsed_form = RequestParameters(fields)
    return request.parsed_form


class WhatsAppOutput(TwilioOutput):
    @classmethod
    def name(cls) -> Text:
        return "whatsapp"

    def __init__(self, account_sid: Text, auth_token: Text, twilio_number: Text) -> None:
        super().__init__(account_sid, auth_token, whatsapp_address(twilio_number))
        self.api.base_url = messaging.api_url("TWILIO_API_URL", "https://api.twilio.com")

    async def _send_message(self, message_data: Dict[Text, Any]) -> Any:
        try:
            return await asyncio.to_thread(self.messages.create, **message_data)
        except TwilioRestException as error:
            logger.error("Twilio did not accept a WhatsApp message (status %s, code %s)", error.status, error.code)
            return None

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        for part in messaging.split(messaging.plain(text, bold="*"), LIMIT):
            await self._send_message({"to": recipient_id, "from_": self.twilio_number, "body": part})

    async def send_text_with_buttons(self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]],
                                     **kwargs: Any) -> None:
        await self.send_text_message(recipient_id, messaging.numbered(text, buttons))

    async def send_quick_replies(self, recipient_id: Text, text: Text, quick_replies: List[Dict[Text, Any]],
                                 **kwargs: Any) -> None:
        await self.send_text_with_buttons(recipient_id, text, quick_replies)


class WhatsAppInput(TwilioInput):
    @classmethod
    def name(cls) -> Text:
        return "whatsapp"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        values = messaging.settings("WhatsApp (Twilio)", VARIABLES) or {}
        return cls(*(values.get(name) for name in VARIABLES), debug_mode=False)

    @property
    def enabled(self) -> bool:
        return bool(self.account_sid and self.auth_token and self.twilio_number)

    def signed(self, request: Request) -> bool:
        # Twilio signs the URL it called; behind a proxy that is the public one, not what Sanic sees.
        url = os.environ.get("TWILIO_WEBHOOK_URL") or request.url
        signature = request.headers.get("X-Twilio-Signature", "")
        return bool(signature) and RequestValidator(self.auth_token).validate(url, form(request), signature)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        if not self.enabled:
            return messaging.off_blueprint("whatsapp_off", "WhatsApp")
        inbox = messaging.Inbox(self.name(), self.auth_token, on_new_message, rewrite=without_location)
        webhook = super().blueprint(inbox)
        inbox.attach(webhook)

        @webhook.middleware("request")
        async def verify(request: Request) -> Optional[response.HTTPResponse]:
            if request.method == "POST" and not self.signed(request):
                logger.warning("A WhatsApp webhook without a valid Twilio signature was refused")
                return response.json({"error": "invalid signature"}, status=403)
            return None

        return webhook

    def get_output_channel(self) -> OutputChannel:
        return WhatsAppOutput(self.account_sid, self.auth_token, self.twilio_number)
