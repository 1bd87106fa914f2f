"""What happens when the parts behind the assistant fail: PostgreSQL storage, database down, SMTP down.

A second assistant runs with its action server on the local PostgreSQL (own role and schema, so the
test can take the database away) and an SMTP port where nothing listens.
"""
import subprocess
import time

import pytest
import sqlalchemy as sa

from tests.conftest import POSTGRES_URL, free_port, require_postgres, TEST_PHONE, TEST_EMAIL
from tests.e2e.assistant import ROOT, Assistant

ROLE = "wegwijzer_e2e"


def admin():
    return sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="module")
def pg_assistant(tmp_path_factory, assistant):  # `assistant` first: the shared model is trained and loadable
    require_postgres()
    schema = f"e2e_{int(time.time())}"
    with admin().connect() as conn:
        exists = conn.execute(sa.text("select 1 from pg_roles where rolname = :r"), {"r": ROLE}).first()
        if not exists:
            conn.execute(sa.text(f"CREATE ROLE {ROLE} LOGIN"))
        conn.execute(sa.text(f"ALTER ROLE {ROLE} LOGIN"))
        conn.execute(sa.text(f"CREATE SCHEMA {schema} AUTHORIZATION {ROLE}"))
    url = POSTGRES_URL.replace("postgres@", f"{ROLE}@") + f"?options=-csearch_path%3D{schema}"
    workdir = tmp_path_factory.mktemp("pg_assistant")
    dead_smtp = free_port()
    actions_env = {
        "DATABASE_URL": url,
        "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(dead_smtp), "SMTP_TLS": "none", "SMTP_TIMEOUT": "2",
        "SMTP_FROM": "wegwijzer@voorbeeldpraktijk.example", "STAFF_EMAIL": "team@voorbeeldpraktijk.example",
    }
    # The Rasa server keeps its conversations in SQLite; only the action server (callback requests) uses
    # PostgreSQL, so the test can take that database away while the conversation goes on.
    bot = Assistant(workdir, {"DATABASE_URL": f"sqlite:///{workdir / 'trackers.db'}"}, free_port(), free_port(),
                    actions_env=actions_env)
    bot.env, bot.schema = actions_env, schema
    try:
        bot.wait_ready()
        yield bot
    finally:
        bot.stop()
        with admin().connect() as conn:
            conn.execute(sa.text(f"ALTER ROLE {ROLE} LOGIN"))
            conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))


def request_callback(chat):
    for message in ["kan iemand me terugbellen?", "Sanne de Vries", "/choose_phone", "0612345678", "avond", "nee"]:
        chat.say(message)
    return chat.say("ja")


def stored(bot, sender):
    with sa.create_engine(bot.env["DATABASE_URL"]).connect() as conn:
        rows = conn.execute(sa.text("select * from callback_requests where conversation_id = :c"), {"c": sender})
        return [dict(r._mapping) for r in rows]


def test_postgres_storage_and_smtp_down_keeps_the_request_pending_then_resends(pg_assistant, mailbox):
    chat = pg_assistant.chat()
    confirmation = request_callback(chat)
    rows = stored(pg_assistant, chat.sender)
    assert len(rows) == 1 and rows[0]["reference"] in confirmation, chat.transcript()
    deadline = time.time() + 20
    while time.time() < deadline and stored(pg_assistant, chat.sender)[0]["notification_status"] == "pending":
        time.sleep(0.5)
    row = stored(pg_assistant, chat.sender)[0]
    assert row["notification_status"] in ("failed", "pending") and row["status"] == "new"
    # SMTP is back (the session's mailbox): the re-send command delivers what was left
    env = {**pg_assistant.env, "SMTP_PORT": str(mailbox.port)}
    result = subprocess.run([str(ROOT / ".venv/bin/python"), "-m", "wegwijzer.notify", "resend-pending"],
                            cwd=ROOT, env={**__import__("os").environ, **env}, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert stored(pg_assistant, chat.sender)[0]["notification_status"] == "sent"
    assert any(row["reference"] in (m.get("Subject") or "") for m in mailbox.messages)


def test_database_down_gives_no_false_confirmation(pg_assistant):
    with admin().connect() as conn:
        conn.execute(sa.text(f"ALTER ROLE {ROLE} NOLOGIN"))
        conn.execute(sa.text("select pg_terminate_backend(pid) from pg_stat_activity where usename = :r"), {"r": ROLE})
    try:
        chat = pg_assistant.chat()
        answer = request_callback(chat)
        assert "NIET doorgegeven" in answer and TEST_PHONE in answer, chat.transcript()
        assert "opgeslagen met nummer" not in answer
    finally:
        with admin().connect() as conn:
            conn.execute(sa.text(f"ALTER ROLE {ROLE} LOGIN"))
