"""Telegram: Rasa's Telegram connector, with the webhook verified by Telegram's secret token.

Rasa 3.6 accepts any POST to its webhook; here every update must carry `X-Telegram-Bot-Api-Secret-Token`
equal to TELEGRAM_SECRET_TOKEN (constant-time compare), else 403 before any conversation is touched. The
server registers its webhook with that secret when it starts (Rasa's connector does it without one, and its
public `/set_webhook` route, which would let anyone reset the webhook, is closed). Replies are plain text
split within Telegram's 4,096 characters, options as an inline keyboard.
On only when TELEGRAM_BOT_TOKEN, TELEGRAM_BOT_NAME, TELEGRAM_WEBHOOK_URL and TELEGRAM_SECRET_TOKEN are set.
Webhook: POST /webhooks/telegram/webhook (docs/channels.md).
"""
import hmac
import logging
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from aiogram import Bot
from aiogram.bot.api import TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput
from sanic import Blueprint, response
from sanic.request import Request

from wegwijzer.channels import messaging

logger = logging.getLogger(__name__)

VARIABLES = ("TELEGRAM_BOT_TOKEN", "TELEGRAM_BOT_NAME", "TELEGRAM_WEBHOOK_URL", "TELEGRAM_SECRET_TOKEN")
LIMIT = messaging.LIMITS["telegram"]
CALLBACK_DATA = 64  # bytes Telegram keeps of a button's data
SECRET = re.compile(r"^[A-Za-z0-9_-]{16,256}$")  # what Telegram allows (1-256), and long enough to guess
UPDATE_KINDS = ("message", "edited_message", "callback_query")


def rewrite(text: str) -> str:
    """/start (a new chat) is a greeting here; a shared location is not text the assistant can read."""
    if text.split("@")[0] == "/start":
        return "/greet"
    return "" if text.startswith('{"lng":') else text


def readable(update: Any) -> bool:
    """An update Rasa's parser handles without crashing (a message, an edit or a button press)."""
    if not isinstance(update, dict):
        return False
    kind = next((k for k in UPDATE_KINDS if update.get(k) is not None), None)
    if kind is None:
        return False
    message = update[kind].get("message") if kind == "callback_query" else update[kind]
    return isinstance(message, dict) and isinstance(message.get("chat"), dict) and "id" in message["chat"]


def secret_problem(values: Dict[str, str]) -> Optional[str]:
    if not SECRET.match(values["TELEGRAM_SECRET_TOKEN"]):
        return "TELEGRAM_SECRET_TOKEN must be at least 16 characters (letters, digits, _ or -), at most 256"
    return None


class TelegramBotOutput(TelegramOutput):
    @classmethod
    def name(cls) -> Text:
        return "telegram"

    def __init__(self, access_token: Optional[Text]) -> None:
        base = messaging.api_url("TELEGRAM_API_URL", "https://api.telegram.org")
        Bot.__init__(self, access_token, server=TelegramAPIServer.from_base(base))
        self._me = None

    async def get_me(self) -> Any:
        """Rasa's connector asks Telegram who the bot is on every update; once per process is enough."""
        if self._me is None:
            self._me = await super().get_me()
        return self._me

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        for part in messaging.split(messaging.plain(text), LIMIT):
            await self.send_message(recipient_id, part)

    async def send_text_with_buttons(self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]],
                                     button_type: Optional[Text] = "vertical", **kwargs: Any) -> None:
        parts = messaging.split(messaging.plain(text), LIMIT) or [" "]
        for part in parts[:-1]:
            await self.send_message(recipient_id, part)
        keyboard = InlineKeyboardMarkup()
        for index, button in enumerate(buttons, 1):
            payload = str(button.get("payload", ""))
            # Telegram drops a button whose data is over 64 bytes; the number finds the option instead.
            data = payload if len(payload.encode("utf-8")) <= CALLBACK_DATA else str(index)
            keyboard.row(InlineKeyboardButton(str(button.get("title", "")), callback_data=data))
        await self.send_message(recipient_id, parts[-1], reply_markup=keyboard)

    async def send_quick_replies(self, recipient_id: Text, text: Text, quick_replies: List[Dict[Text, Any]],
                                 **kwargs: Any) -> None:
        await self.send_text_with_buttons(recipient_id, text, quick_replies)


class TelegramBotInput(TelegramInput):
    def __init__(self, access_token: Optional[Text], verify: Optional[Text], webhook_url: Optional[Text],
                 secret_token: Optional[Text] = None) -> None:
        super().__init__(access_token, verify, webhook_url, debug_mode=False)
        self.secret_token = secret_token
        self._bot: Optional[TelegramBotOutput] = None

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        values = messaging.settings("Telegram", VARIABLES, check=secret_problem) or {}
        return cls(*(values.get(name) for name in VARIABLES))

    @property
    def enabled(self) -> bool:
        return bool(self.access_token and self.verify and self.webhook_url and self.secret_token)

    def signed(self, request: Request) -> bool:
        header = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        return hmac.compare_digest(header.encode("utf-8", "replace"), self.secret_token.encode("utf-8"))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        if not self.enabled:
            return messaging.off_blueprint("telegram_off", "Telegram")
        inbox = messaging.Inbox(self.name(), self.access_token, on_new_message, rewrite=rewrite)
        webhook = super().blueprint(inbox)
        inbox.attach(webhook)

        @webhook.listener("after_server_start")
        async def register_webhook(app, _loop) -> None:
            await self.register_webhook()

        @webhook.listener("after_server_stop")
        async def close_session(app, _loop) -> None:
            await self.get_output_channel().session.close()

        @webhook.middleware("request")
        async def verify(request: Request) -> Optional[response.HTTPResponse]:
            return await self.screen(request, inbox)

        return webhook

    async def screen(self, request: Request, inbox: messaging.Inbox) -> Optional[response.HTTPResponse]:
        """Before Rasa's handler: the answer for a request it must not see, or None to let it through."""
        path = request.path.rstrip("/")
        if path.endswith("/set_webhook"):
            return response.json({"error": "not found"}, status=404)
        if not path.endswith("/webhook"):
            return None  # the health route
        if request.method != "POST":
            return response.json({"error": "use POST"}, status=405)
        if not self.signed(request):
            logger.warning("A Telegram webhook without the right secret token was refused")
            return response.json({"error": "invalid secret token"}, status=403)
        try:
            update = request.json
        except Exception:  # noqa: BLE001 — Sanic's own error for a body that is no JSON
            update = None
        if not readable(update):
            return response.text("ignored")  # 200: Telegram would resend anything else
        if update.get("callback_query"):
            await self.answer_button(update["callback_query"])
        message = update.get("message") or {}
        if message and message.get("text") is None and message.get("location") is None:
            # A photo, sticker or voice message: Rasa's connector would stay silent.
            await inbox(UserMessage("", self.get_output_channel(), message["chat"]["id"], input_channel=self.name()))
            return response.text("success")
        return None

    async def answer_button(self, query: Dict[str, Any]) -> None:
        """Stops the spinner on the pressed button (the reply itself comes as a message)."""
        try:
            await self.get_output_channel().answer_callback_query(str(query.get("id", "")))
        except Exception as error:  # noqa: BLE001 — cosmetic; the message is handled anyway
            logger.warning("Could not acknowledge a Telegram button (%s)", type(error).__name__)

    async def register_webhook(self) -> None:
        """Tell Telegram where to deliver updates, and with which secret (aiogram 2.15 predates the field)."""
        try:
            await self.get_output_channel().request(
                "setWebhook", {"url": self.webhook_url, "secret_token": self.secret_token,
                               "allowed_updates": '["message","edited_message","callback_query"]'})
            logger.info("Telegram webhook registered")
            if (await self.get_output_channel().get_me()).username != self.verify:
                # Rasa's connector drops every update then, with only a debug line; say it loudly once.
                logger.error("TELEGRAM_BOT_NAME is not this bot's username: Telegram messages will be ignored")
        except Exception as error:  # noqa: BLE001 — the server keeps running; the log says what to fix
            logger.error("Could not register the Telegram webhook (%s)", type(error).__name__)

    def get_output_channel(self) -> TelegramBotOutput:
        """One bot (one HTTP session) for the whole server; Rasa's connector also keeps one."""
        if self._bot is None:
            self._bot = TelegramBotOutput(self.access_token)
        return self._bot
