"""Storage of callback requests and unanswered questions, on SQLite and on the local PostgreSQL."""
import pytest
import sqlalchemy as sa

from tests.conftest import POSTGRES_URL, require_postgres
from wegwijzer import storage


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path, unique_id):
    if request.param == "sqlite":
        yield storage.get_engine(f"sqlite:///{tmp_path / 'store.db'}")
        return
    require_postgres()
    schema = f"t_{unique_id}"
    admin = sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    yield storage.get_engine(f"{POSTGRES_URL}?options=-csearch_path%3D{schema}")
    with admin.connect() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))


def store(engine, **overrides):
    values = dict(name="Sanne de Vries", contact_method="phone", phone="+31612345678", email=None,
                  preferred_moment="ochtend", reason="vraag", conversation_id="c1")
    return storage.store_callback_request(engine, **{**values, **overrides})


def test_store_returns_the_committed_row_with_a_readable_reference(engine):
    row = store(engine)
    assert row["reference"].startswith("WW-") and len(row["reference"]) == 8
    assert not set(row["reference"][3:]) & set("01OI")
    assert row["status"] == "new" and row["notification_status"] == "pending" and row["consent_at"]
    assert storage.list_callback_requests(engine)[0]["reference"] == row["reference"]


def test_references_are_unique(engine):
    refs = {store(engine)["reference"] for _ in range(30)}
    assert len(refs) == 30


def test_mark_handled_and_filter(engine):
    first, second = store(engine), store(engine, contact_method="email", phone=None, email="a@b.nl")
    assert storage.mark_handled(engine, first["reference"])
    assert not storage.mark_handled(engine, "WW-XXXXX")
    assert [r["reference"] for r in storage.list_callback_requests(engine, "handled")] == [first["reference"]]
    assert [r["reference"] for r in storage.list_callback_requests(engine, "new")] == [second["reference"]]


def test_notification_bookkeeping(engine):
    row = store(engine)
    storage.record_notification(engine, row["reference"], False, "down")
    pending = storage.pending_notifications(engine)
    assert pending[0]["notification_status"] == "failed" and pending[0]["notification_attempts"] == 1
    storage.record_notification(engine, row["reference"], True)
    assert storage.pending_notifications(engine) == []


def test_huge_values_are_truncated_not_crashing(engine):
    row = store(engine, name="x" * 5000, reason="y" * 5000, preferred_moment="z" * 5000)
    assert len(row["reason"]) == storage.MAX_REASON


def test_unanswered_log_is_masked_and_reviewable(engine):
    storage.store_unanswered(engine, "bel me op 0612345678 of mail a@b.nl", "c1", "clarify")
    [row] = storage.list_unanswered(engine)
    assert "0612345678" not in row["text"] and "a@b.nl" not in row["text"]
    assert storage.mark_reviewed(engine, row["id"])
    assert storage.list_unanswered(engine, "new") == []


def test_unknown_method_and_unreachable_database_raise_storage_error(tmp_path):
    with pytest.raises(storage.StorageError):
        store(storage.get_engine(f"sqlite:///{tmp_path / 'x.db'}"), contact_method="fax")
    with pytest.raises(storage.StorageError):
        store(storage.get_engine("postgresql://nobody@127.0.0.1:9/none"))
