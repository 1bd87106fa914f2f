"""Retention (wegwijzer/retention.py): what is older than the period goes, what is newer stays."""
import json
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from wegwijzer import retention, storage
from wegwijzer.console import audit
from wegwijzer.console.tables import audit_log


@pytest.fixture(params=["sqlite", "postgres"])
def url(request, sqlite_url, unique_id):
    if request.param == "sqlite":
        yield sqlite_url
        return
    from tests.conftest import require_postgres

    base = require_postgres()
    schema = f"ret_{unique_id}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    yield base + f"?options=-csearch_path%3D{schema}"
    with admin.connect() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))


def add_events(engine, sender, when, extra=()):
    meta = sa.MetaData()
    events = sa.Table("events", meta, sa.Column("id", sa.Integer, primary_key=True), sa.Column("sender_id", sa.String(255)),
                      sa.Column("type_name", sa.String(255)), sa.Column("timestamp", sa.Float),
                      sa.Column("intent_name", sa.String(255)), sa.Column("action_name", sa.String(255)), sa.Column("data", sa.Text))
    meta.create_all(engine)
    with engine.begin() as conn:
        for type_name, data in [("user", {"event": "user", "text": "hoi"}), *extra]:
            conn.execute(events.insert().values(sender_id=sender, type_name=type_name, timestamp=when.timestamp(),
                                                action_name=data.get("name") if type_name == "action" else None, data=json.dumps(data)))


def test_purge_deletes_only_what_is_older_than_the_period(url):
    now = datetime.now(timezone.utc)
    engine = storage.get_engine(url)
    add_events(engine, "old", now - timedelta(days=100))
    add_events(engine, "new", now - timedelta(days=10))
    add_events(engine, "form", now - timedelta(days=2), extra=[
        ("active_loop", {"event": "active_loop", "name": "callback_form"}),
        ("user", {"event": "user", "text": "Sanne de Vries", "parse_data": {"text": "Sanne de Vries"}}),
        ("slot", {"event": "slot", "name": "callback_name", "value": "Sanne de Vries"})])
    old = storage.store_callback_request(engine, name="A", contact_method="phone", phone="+31612345678", email=None,
                                         preferred_moment="ochtend", reason=None, conversation_id="old")
    fresh = storage.store_callback_request(engine, name="B", contact_method="phone", phone="+31612345678", email=None,
                                           preferred_moment="ochtend", reason=None, conversation_id="new")
    storage.mark_handled(engine, old["reference"])
    with engine.begin() as conn:
        conn.execute(storage.callback_requests.update().where(storage.callback_requests.c.reference == old["reference"])
                     .values(handled_at=now - timedelta(days=200)))
    storage.store_unanswered(engine, "oude vraag", "old", "clarify")
    with engine.begin() as conn:
        conn.execute(storage.unanswered_questions.update().values(created_at=now - timedelta(days=200)))
    storage.store_unanswered(engine, "nieuwe vraag", "new", "clarify")
    audit.record(engine, "anne", "view_conversation", "old")
    with engine.begin() as conn:
        conn.execute(audit_log.update().values(at=now - timedelta(days=200)))
    audit.record(engine, "anne", "view_conversation", "new")

    result = retention.purge(url, now=now, days=90)

    assert result == {"conversations": 1, "abandoned_forms_scrubbed": 1, "unanswered_questions": 1, "handled_callback_requests": 1,
                      "audit_log_entries": 1}
    with engine.connect() as conn:
        senders = {r[0] for r in conn.execute(sa.text("select distinct sender_id from events"))}
        form = " ".join(r[0] for r in conn.execute(sa.text("select data from events where sender_id = 'form'")))
    assert senders == {"new", "form"} and "Sanne" not in form
    assert [r["reference"] for r in storage.list_callback_requests(engine)] == [fresh["reference"]]
    assert [r["text"] for r in storage.list_unanswered(engine)] == ["nieuwe vraag"]
    assert [r["target"] for r in audit.recent(engine)] == ["new"]
    assert retention.purge(url, now=now, days=90) == {"conversations": 0, "abandoned_forms_scrubbed": 0,
                                                      "unanswered_questions": 0, "handled_callback_requests": 0,
                                                      "audit_log_entries": 0}
