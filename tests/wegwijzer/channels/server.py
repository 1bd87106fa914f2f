"""A messenger channel's blueprint on a real Sanic server on 127.0.0.1, registered the way Rasa registers it,
with a stand-in for Rasa's agent (no model needed), for tests of the channel code alone."""
import asyncio
import uuid
from typing import Any, Dict, List

from rasa.core.channels.channel import register
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from sanic import Sanic

from tests.conftest import free_port
from tests.e2e.assistant import http


class Agent:
    """Stands in for Rasa's agent (the model is not needed here): keeps the messages it gets, answers with
    `replies` (or raises `error`), and has Rasa's own in-memory tracker store for the option state."""

    def __init__(self) -> None:
        self.messages: List[Any] = []
        self.replies: List[Dict] = [{"text": "Antwoord"}]
        self.error: Exception = None
        self.tracker_store = InMemoryTrackerStore(Domain.empty())
        self.lock_store = InMemoryLockStore()

    async def handle_message(self, message) -> None:
        self.messages.append(message)
        if self.error:
            raise self.error
        for reply in self.replies:
            await message.output_channel.send_response(message.sender_id, reply)


class Server:
    def __init__(self, channel, agent: Agent) -> None:
        Sanic.test_mode = True  # what sanic-testing sets: lets several apps start in one process
        self.app = Sanic(f"channel-test-{uuid.uuid4().hex[:8]}", configure_logging=False)
        self.app.ctx.agent = agent
        register([channel], self.app, route="/webhooks/")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"

    async def start(self) -> "Server":
        self.server = await self.app.create_server(host="127.0.0.1", port=self.port, return_asyncio_server=True)
        await self.server.startup()
        await self.server.before_start()
        await self.server.after_start()
        return self

    async def stop(self) -> None:
        await self.server.before_stop()
        self.server.close()
        await self.server.wait_closed()
        await self.server.after_stop()



async def post(person, text: str, **kwargs):
    """A signed (or not) webhook from tests/e2e/channels/providers.Messenger, without blocking the server."""
    return await asyncio.to_thread(person.post, text, **kwargs)


async def call(*args, **kwargs):
    return await asyncio.to_thread(http, *args, **kwargs)
