"""Rasa's socket.io channel (what the website widget talks to), with the REST channel's safety rules.

Same events as Rasa's own `socketio` channel (`session_request` -> `session_confirm`, `user_uttered` ->
`bot_uttered`, with `session_persistence`), but:

- only pages from the practice's origins (WEGWIJZER_ALLOWED_ORIGINS) and from this server itself may open a
  socket: Rasa passes `cors_allowed_origins=[]`, which switches engine.io's origin check off altogether;
- session ids are ours (32 hex characters); anything else gets a new one, and a socket may only send into a
  session it asked for, so it cannot write into someone else's conversation;
- messages get the REST channel's checks: a string, invalid Unicode replaced, over 2,000 characters a friendly
  answer; the client's metadata is ignored;
- when the assistant fails, times out or stays silent the visitor gets the REST channel's apology (practice
  phone, crisis lines for a crisis message) and the conversation is repaired for the next turn.
- `enter_room` is awaited: python-socketio 5.18 made it a coroutine, and Rasa 3.6 does not await it, so
  with Rasa's own channel no reply would ever reach a persistent session.
"""
import asyncio
import logging
import re
import uuid
from types import SimpleNamespace
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from wegwijzer import logsafe, web
from wegwijzer.channels import rest

logsafe.install()
logger = logging.getLogger(__name__)

SESSION_ID = re.compile(r"^[0-9a-f]{32}$")
MAX_PACKET = 65_536  # bytes; larger socket.io packets close the connection (the REST channel's 64 KB)


def own_origins(environ: Dict) -> List[str]:
    """The origin(s) of this server as the browser sees it (behind a proxy: the forwarded host and scheme)."""
    host = environ.get("HTTP_X_FORWARDED_HOST") or environ.get("HTTP_HOST")
    if not host:
        return []
    scheme = environ.get("HTTP_X_FORWARDED_PROTO") or environ.get("wsgi.url_scheme", "http")
    return [f"{scheme.split(',')[0].strip()}://{host.split(',')[0].strip()}"]


def origin_allowed(origin: Optional[str], environ: Dict) -> bool:
    """engine.io asks this for every request that has an Origin header (browsers always send one)."""
    if not origin:
        return False
    origin = origin.rstrip("/")
    return origin in web.allowed_origins() or origin in own_origins(environ)


class CountingOutput(SocketIOOutput):
    """Rasa's socket.io output that remembers whether anything reached the visitor."""

    sent = 0

    async def _send_message(self, socket_id: Text, message: Any) -> None:
        self.sent += 1
        await super()._send_message(socket_id, message)

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        await self._send_message(recipient_id, json_message)  # Rasa's version emits the dict as keyword args


class SafeSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=origin_allowed, cors_credentials=False,
                          max_http_buffer_size=MAX_PACKET)
        self.sio = sio  # Rasa's get_output_channel() uses it
        socket_blueprint = SocketBlueprint(sio, self.socketio_path, "wegwijzer_socketio", __name__)
        web.install(socket_blueprint)

        @socket_blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: Text, environ: Dict, auth: Optional[Dict] = None) -> bool:
            return True

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Any = None) -> None:
            session_id = data.get("session_id") if isinstance(data, dict) else None
            if not isinstance(session_id, str) or not SESSION_ID.match(session_id):
                session_id = uuid.uuid4().hex
            if self.session_persistence:
                await sio.enter_room(sid, session_id, namespace=self.namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Any = None) -> None:
            if not isinstance(data, dict) or not isinstance(data.get("message"), str):
                return
            sender = data.get("session_id") if self.session_persistence else sid
            if self.session_persistence and (
                not isinstance(sender, str) or sender not in sio.rooms(sid, namespace=self.namespace)
            ):
                logger.warning("A socket sent a message without first asking for that session; ignored")
                return
            text = rest.clean_text(data["message"])
            output = CountingOutput(sio, self.bot_message_evt)
            if len(text) > rest.MAX_MESSAGE:
                await output.send_text_message(sender, rest.too_long())
                return
            failed = await self._answer(on_new_message, output, sender, text)
            if failed or not output.sent:
                if not failed:
                    logger.warning("The assistant produced no reply (is the action server down?); apology sent")
                await output.send_text_message(sender, rest.apology(text))
                request = (sio.get_environ(sid, namespace=self.namespace) or {}).get("sanic.request")
                if request is not None:
                    await rest.repair(SimpleNamespace(app=request.app), sender)

        return socket_blueprint

    async def _answer(self, on_new_message: Callable[[UserMessage], Awaitable[Any]], output: CountingOutput,
                      sender: Text, text: Text) -> bool:
        """Hands the message to Rasa; True when that failed (the caller apologises)."""
        message = UserMessage(text, output, sender, input_channel=self.name())
        try:
            await asyncio.wait_for(on_new_message(message), timeout=rest.REPLY_TIMEOUT)
        except asyncio.TimeoutError:
            logger.error("A reply took longer than %s s; the visitor got an apology", rest.REPLY_TIMEOUT)
            return True
        except Exception as error:  # noqa: BLE001 — whatever broke, the visitor gets an answer
            logger.error("Handling a message failed (%s); the visitor got an apology", type(error).__name__)
            return True
        return False
