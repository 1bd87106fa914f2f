"""Shared test fixtures: real databases and free localhost ports."""
import os
import socket
import uuid

from pathlib import Path

import pytest

# The suite runs on a practice config of its own, so a practice that edits practice.yml keeps a green suite.
TEST_PRACTICE = Path(__file__).resolve().parent / "fixtures" / "practice.yml"
os.environ["PRACTICE_CONFIG"] = str(TEST_PRACTICE)
TEST_PHONE = "030 765 4321"
TEST_EMAIL = "test@testpraktijk.example"

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_available(url: str = POSTGRES_URL) -> bool:
    import sqlalchemy as sa

    try:
        with sa.create_engine(url).connect() as conn:
            conn.execute(sa.text("select 1"))
        return True
    except Exception:
        return False


def require_postgres() -> str:
    """PostgreSQL runs on every developer and CI machine of this project: only skip (with reason) elsewhere."""
    if postgres_available():
        return POSTGRES_URL
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL at {POSTGRES_URL} is not reachable, but CI must have it")
    pytest.skip(f"PostgreSQL at {POSTGRES_URL} is not reachable (set TEST_POSTGRES_URL)")


@pytest.fixture
def postgres_url() -> str:
    return require_postgres()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def unique_id() -> str:
    return uuid.uuid4().hex[:12]
