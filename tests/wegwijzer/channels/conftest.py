"""Fixtures for the messenger channel tests: fake provider APIs, a stand-in agent, a channel server."""
import pytest

from tests.e2e.channels.providers import FakeProviders
from tests.wegwijzer.channels.server import Agent, Server


@pytest.fixture(scope="session")
def providers():
    return FakeProviders()


@pytest.fixture
def agent():
    return Agent()


@pytest.fixture
async def serve(agent):
    servers = []

    async def start(channel) -> Server:
        server = await Server(channel, agent).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        await server.stop()
