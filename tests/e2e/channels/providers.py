"""Fake Twilio, Facebook Graph and Telegram Bot APIs on 127.0.0.1: record what the assistant sends, answer
the way the real APIs do (the fields the client libraries read), and sign inbound webhooks like them."""
import base64
import hashlib
import hmac
import json
import threading
import time
import urllib.parse
from typing import Dict, List, Optional

from aiohttp import web
from twilio.request_validator import RequestValidator

from tests.conftest import free_port
from tests.e2e.assistant import http

TWILIO_SID = "AC" + "0" * 32
TWILIO_TOKEN = "twilio-test-auth-token"
TWILIO_NUMBER = "+14155238886"
FB_VERIFY = "fb-test-verify-token"
FB_SECRET = "fb-test-app-secret"
FB_PAGE_TOKEN = "fb-test-page-access-token"
TG_TOKEN = "123456789:TEST-telegram-token_abc"
TG_NAME = "wegwijzer_test_bot"
TG_SECRET = "telegram-test-secret-0123456789"


class FakeProviders:
    """One aiohttp app serving all three APIs under /twilio, /facebook and /telegram, in its own thread."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.sent: List[Dict] = []  # {"provider", "to", "text", "raw"}
        self.calls: List[Dict] = []  # every request: {"provider", "path", "data"}
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fake provider API did not start")

    def env(self, rasa_url: str) -> Dict[str, str]:
        return {
            "TWILIO_ACCOUNT_SID": TWILIO_SID, "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
            "TWILIO_WHATSAPP_NUMBER": TWILIO_NUMBER, "TWILIO_API_URL": f"{self.url}/twilio",
            "FACEBOOK_VERIFY_TOKEN": FB_VERIFY, "FACEBOOK_APP_SECRET": FB_SECRET,
            "FACEBOOK_PAGE_ACCESS_TOKEN": FB_PAGE_TOKEN, "FACEBOOK_API_URL": f"{self.url}/facebook",
            "TELEGRAM_BOT_TOKEN": TG_TOKEN, "TELEGRAM_BOT_NAME": TG_NAME, "TELEGRAM_SECRET_TOKEN": TG_SECRET,
            "TELEGRAM_WEBHOOK_URL": f"{rasa_url}/webhooks/telegram/webhook", "TELEGRAM_API_URL": f"{self.url}/telegram",
        }

    # -- the fake APIs ------------------------------------------------------------------------------------

    def _serve(self) -> None:
        import asyncio

        loop = asyncio.new_event_loop()
        app = web.Application()
        app.router.add_post("/twilio/2010-04-01/Accounts/{sid}/Messages.json", self._twilio)
        app.router.add_post("/facebook/me/messages", self._facebook)
        app.router.add_post("/telegram/bot{token}/{method}", self._telegram)
        runner = web.AppRunner(app)
        loop.run_until_complete(runner.setup())
        loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", self.port).start())
        self._ready.set()
        loop.run_forever()

    async def _twilio(self, request: web.Request) -> web.Response:
        form = dict(await request.post())
        expected = "Basic " + base64.b64encode(f"{TWILIO_SID}:{TWILIO_TOKEN}".encode()).decode()
        self.calls.append({"provider": "whatsapp", "path": request.path, "data": form})
        if request.headers.get("Authorization") != expected or request.match_info["sid"] != TWILIO_SID:
            return web.json_response({"code": 20003, "message": "Authenticate", "status": 401}, status=401)
        self.sent.append({"provider": "whatsapp", "to": form.get("To"), "from": form.get("From"),
                          "text": form.get("Body", ""), "raw": form})
        return web.json_response({"sid": f"SM{len(self.sent):032d}", "status": "queued", "to": form.get("To"),
                                  "from": form.get("From"), "body": form.get("Body"), "account_sid": TWILIO_SID},
                                 status=201)

    async def _facebook(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.calls.append({"provider": "facebook", "path": request.path, "data": body, "query": dict(request.query)})
        proof = hmac.new(FB_SECRET.encode(), FB_PAGE_TOKEN.encode(), hashlib.sha256).hexdigest()
        if request.query.get("access_token") != FB_PAGE_TOKEN or request.query.get("appsecret_proof") != proof:
            return web.json_response({"error": {"message": "Invalid OAuth access token", "code": 190}}, status=400)
        recipient = body["recipient"]["id"]
        if "message" in body:
            message = body["message"]
            self.sent.append({"provider": "facebook", "to": recipient, "text": message.get("text", ""),
                              "raw": message})
        return web.json_response({"recipient_id": recipient, "message_id": f"m_{len(self.calls)}"})

    async def _telegram(self, request: web.Request) -> web.Response:
        data = dict(await request.post())
        method = request.match_info["method"]
        self.calls.append({"provider": "telegram", "path": request.path, "method": method, "data": data})
        if request.match_info["token"] != TG_TOKEN:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        if method == "getMe":
            return web.json_response({"ok": True, "result": {"id": 123456789, "is_bot": True,
                                                             "first_name": "Wegwijzer", "username": TG_NAME}})
        if method == "answerCallbackQuery":
            return web.json_response({"ok": True, "result": True})
        if method == "setWebhook":
            return web.json_response({"ok": True, "result": True, "description": "Webhook was set"})
        if method == "sendMessage":
            markup = json.loads(data["reply_markup"]) if data.get("reply_markup") else None
            self.sent.append({"provider": "telegram", "to": data.get("chat_id"), "text": data.get("text", ""),
                              "raw": {**data, "reply_markup": markup}})
            return web.json_response({"ok": True, "result": {
                "message_id": len(self.sent), "date": int(time.time()), "text": data.get("text", ""),
                "chat": {"id": int(data["chat_id"]), "type": "private"}}})
        return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)

    # -- reading what arrived ----------------------------------------------------------------------------

    def messages(self, provider: str, to: str, after: int = 0) -> List[Dict]:
        return [m for m in self.sent[after:] if m["provider"] == provider and str(m["to"]) == str(to)]


class Messenger:
    """One person writing to the practice on one channel: signed webhooks in, what the fake API got out."""

    def __init__(self, providers: FakeProviders, rasa_url: str, channel: str, address: str) -> None:
        self.providers, self.rasa_url, self.channel, self.address = providers, rasa_url, channel, address
        self.webhook = f"{rasa_url}/webhooks/{channel}/webhook"
        self.history: List[str] = []
        self._update = 1000

    def request(self, text: str, sign: Optional[str] = "right", button: Optional[str] = None):
        """(method, url, raw body, headers) of the webhook the provider would send."""
        if self.channel == "whatsapp":
            form = {"From": self.address, "To": f"whatsapp:{TWILIO_NUMBER}", "Body": text,
                    "MessageSid": f"SM{self._update:032d}", "AccountSid": TWILIO_SID, "NumMedia": "0"}
            raw = urllib.parse.urlencode(form).encode()
            key = TWILIO_TOKEN if sign == "right" else "wrong-token"
            headers = {"Content-Type": "application/x-www-form-urlencoded",
                       "X-Twilio-Signature": RequestValidator(key).compute_signature(self.webhook, form)}
        elif self.channel == "facebook":
            event = {"sender": {"id": self.address}, "recipient": {"id": "page-1"}, "timestamp": 1700000000000}
            event["message"] = ({"mid": f"m{self._update}", "text": text, "quick_reply": {"payload": button}}
                                if button else {"mid": f"m{self._update}", "text": text})
            raw = json.dumps({"object": "page", "entry": [{"id": "page-1", "time": 1, "messaging": [event]}]}).encode()
            key = FB_SECRET if sign == "right" else "wrong-secret"
            headers = {"Content-Type": "application/json",
                       "X-Hub-Signature-256": "sha256=" + hmac.new(key.encode(), raw, hashlib.sha256).hexdigest()}
        else:
            chat = {"id": int(self.address), "type": "private", "first_name": "Sanne"}
            message = {"message_id": self._update, "date": 1700000000, "chat": chat, "text": text,
                       "from": {"id": int(self.address), "is_bot": False, "first_name": "Sanne"}}
            update = {"update_id": self._update, "message": message}
            if button:
                update = {"update_id": self._update, "callback_query": {
                    "id": str(self._update), "from": message["from"], "chat_instance": "1", "data": button,
                    "message": {**message, "from": {"id": 123456789, "is_bot": True, "first_name": "Wegwijzer"}}}}
            raw = json.dumps(update).encode()
            headers = {"Content-Type": "application/json",
                       "X-Telegram-Bot-Api-Secret-Token": TG_SECRET if sign == "right" else "wrong-secret-0123456789"}
        if sign is None:
            headers = {k: v for k, v in headers.items() if k == "Content-Type"}
        self._update += 1
        return raw, headers

    def post(self, text: str, sign: Optional[str] = "right", button: Optional[str] = None):
        raw, headers = self.request(text, sign, button)
        return http("POST", self.webhook, raw=raw, headers=headers)

    def send(self, text: str, button: Optional[str] = None) -> List[Dict]:
        """Send a message and return the provider messages that the assistant sent back to this person."""
        before = len(self.providers.sent)
        status, body = self.post(text, button=button)
        assert status in (200, 204), f"{status}: {body[:300]!r}"
        replies = self.providers.messages(self.channel, self.recipient, before)
        self.history.append(f"> {text}")
        self.history += [f"< {m['text']}" for m in replies]
        return replies

    def say(self, text: str, button: Optional[str] = None) -> str:
        return "\n".join(m["text"] for m in self.send(text, button))

    @property
    def recipient(self) -> str:
        return self.address  # the fake API sees the real address: Rasa itself only knows a pseudonym

    def transcript(self) -> str:
        return "\n".join(self.history)
