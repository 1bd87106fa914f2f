"""The one module that owns the database: callback requests and the unanswered-question log.

SQLAlchemy 1.4 Core; SQLite file by default, PostgreSQL (or any SQLAlchemy URL) via DATABASE_URL.
"""
import secrets
import threading
from datetime import datetime, timezone
from typing import Dict, List, Optional

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from wegwijzer import privacy
from wegwijzer.files import database_url

MAX_REASON = 500
MAX_TEXT = 1000
MAX_SHORT = 200
REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: easy to read out on the phone

metadata = sa.MetaData()

callback_requests = sa.Table(
    "callback_requests",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("reference", sa.String(16), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("name", sa.String(MAX_SHORT), nullable=False),
    sa.Column("contact_method", sa.String(8), nullable=False),
    sa.Column("phone", sa.String(32)),
    sa.Column("email", sa.String(320)),
    sa.Column("preferred_moment", sa.String(MAX_SHORT)),
    sa.Column("reason", sa.String(MAX_REASON)),
    sa.Column("consent_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("status", sa.String(16), nullable=False, default="new"),
    sa.Column("handled_at", sa.DateTime(timezone=True)),
    sa.Column("notification_status", sa.String(16), nullable=False, default="pending"),
    sa.Column("notification_attempts", sa.Integer, nullable=False, default=0),
    sa.Column("last_notification_error", sa.String(MAX_SHORT)),
    sa.Column("conversation_id", sa.String(MAX_SHORT)),
)

unanswered_questions = sa.Table(
    "unanswered_questions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("text", sa.String(MAX_TEXT), nullable=False),
    sa.Column("conversation_id", sa.String(MAX_SHORT)),
    sa.Column("reason", sa.String(32)),
    sa.Column("status", sa.String(16), nullable=False, default="new"),
)


class StorageError(Exception):
    """The database could not store or read what was asked."""


_engines: Dict[str, sa.engine.Engine] = {}
_lock = threading.Lock()


def _create_engine(url: str) -> sa.engine.Engine:
    kwargs: Dict = {"pool_pre_ping": True, "future": True}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 15}
    elif url.startswith("postgres") and "connect_timeout" not in url:
        kwargs["connect_args"] = {"connect_timeout": 5}
    # hide_parameters: an SQL error never writes names, numbers or messages into a log
    return sa.create_engine(url, hide_parameters=True, **kwargs)


def get_engine(url: Optional[str] = None) -> sa.engine.Engine:
    """One engine per URL; tables are created on first use (idempotent)."""
    url = url or database_url()
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _create_engine(url)
            _engines[url] = engine
    return engine


_created: set = set()


def _ensure_tables(engine: sa.engine.Engine) -> None:
    key = str(engine.url)
    if key not in _created:
        metadata.create_all(engine)
        _created.add(key)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _cut(value: Optional[str], limit: int) -> Optional[str]:
    return None if value is None else str(value)[:limit]


def new_reference() -> str:
    return "WW-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(5))


def _rows(result) -> List[Dict]:
    return [dict(row._mapping) for row in result]


def store_callback_request(
    engine: sa.engine.Engine, *, name: str, contact_method: str, phone: Optional[str], email: Optional[str],
    preferred_moment: Optional[str], reason: Optional[str], conversation_id: Optional[str],
) -> Dict:
    """Insert and commit one request; returns the stored row. Raises StorageError on any failure."""
    if contact_method not in ("phone", "email"):
        raise StorageError(f"unknown contact method {contact_method!r}")
    now = _now()
    values = dict(
        created_at=now, name=_cut(name, MAX_SHORT), contact_method=contact_method, phone=_cut(phone, 32),
        email=_cut(email, 320), preferred_moment=_cut(preferred_moment, MAX_SHORT), reason=_cut(reason, MAX_REASON),
        consent_at=now, status="new", notification_status="pending", notification_attempts=0,
        conversation_id=_cut(conversation_id, MAX_SHORT),
    )
    try:
        _ensure_tables(engine)
        for _ in range(5):
            values["reference"] = new_reference()
            try:
                with engine.begin() as conn:
                    conn.execute(callback_requests.insert().values(**values))
                    row = conn.execute(
                        sa.select(callback_requests).where(callback_requests.c.reference == values["reference"])
                    ).one()
                return dict(row._mapping)
            except IntegrityError:
                continue  # reference collision: draw another
        raise StorageError("could not draw a unique reference")
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error


def list_callback_requests(engine: sa.engine.Engine, status: Optional[str] = None) -> List[Dict]:
    try:
        _ensure_tables(engine)
        query = sa.select(callback_requests).order_by(callback_requests.c.created_at.desc(), callback_requests.c.id.desc())
        if status:
            query = query.where(callback_requests.c.status == status)
        with engine.connect() as conn:
            return _rows(conn.execute(query))
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error


def mark_handled(engine: sa.engine.Engine, reference: str) -> bool:
    try:
        _ensure_tables(engine)
        with engine.begin() as conn:
            result = conn.execute(
                callback_requests.update()
                .where(callback_requests.c.reference == reference)
                .values(status="handled", handled_at=_now())
            )
        return result.rowcount > 0
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error


def pending_notifications(engine: sa.engine.Engine) -> List[Dict]:
    try:
        _ensure_tables(engine)
        query = sa.select(callback_requests).where(callback_requests.c.notification_status != "sent").order_by(callback_requests.c.id)
        with engine.connect() as conn:
            return _rows(conn.execute(query))
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error


def record_notification(engine: sa.engine.Engine, reference: str, ok: bool, error: Optional[str] = None) -> None:
    try:
        with engine.begin() as conn:
            conn.execute(
                callback_requests.update()
                .where(callback_requests.c.reference == reference)
                .values(
                    notification_status="sent" if ok else "failed",
                    notification_attempts=callback_requests.c.notification_attempts + 1,
                    last_notification_error=None if ok else _cut(error, MAX_SHORT),
                )
            )
    except SQLAlchemyError as error_:
        raise StorageError(type(error_).__name__) from error_


def store_unanswered(engine: sa.engine.Engine, text: str, conversation_id: Optional[str], reason: str) -> None:
    try:
        _ensure_tables(engine)
        with engine.begin() as conn:
            conn.execute(
                unanswered_questions.insert().values(
                    created_at=_now(), text=privacy.mask(str(text))[:MAX_TEXT],
                    conversation_id=_cut(conversation_id, MAX_SHORT), reason=_cut(reason, 32), status="new",
                )
            )
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error


def list_unanswered(engine: sa.engine.Engine, status: Optional[str] = None) -> List[Dict]:
    try:
        _ensure_tables(engine)
        query = sa.select(unanswered_questions).order_by(unanswered_questions.c.id.desc())
        if status:
            query = query.where(unanswered_questions.c.status == status)
        with engine.connect() as conn:
            return _rows(conn.execute(query))
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error


def mark_reviewed(engine: sa.engine.Engine, question_id: int) -> bool:
    try:
        _ensure_tables(engine)
        with engine.begin() as conn:
            result = conn.execute(
                unanswered_questions.update().where(unanswered_questions.c.id == question_id).values(status="reviewed")
            )
        return result.rowcount > 0
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error


def delete_conversation_data(engine: sa.engine.Engine, conversation_id: str) -> Dict[str, int]:
    """Everything stored for one conversation ("verwijder mijn gegevens"): its callback requests and
    unanswered questions. The conversation's events are deleted by the tracker store."""
    try:
        _ensure_tables(engine)
        with engine.begin() as conn:
            requests = conn.execute(callback_requests.delete().where(callback_requests.c.conversation_id == conversation_id))
            questions = conn.execute(unanswered_questions.delete().where(unanswered_questions.c.conversation_id == conversation_id))
        return {"callback_requests": requests.rowcount, "unanswered_questions": questions.rowcount}
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error


def purge(engine: sa.engine.Engine, before: datetime) -> Dict[str, int]:
    """Delete unanswered questions and handled callback requests older than `before` (retention period)."""
    try:
        _ensure_tables(engine)
        with engine.begin() as conn:
            questions = conn.execute(unanswered_questions.delete().where(unanswered_questions.c.created_at < before))
            requests = conn.execute(callback_requests.delete().where(
                (callback_requests.c.status == "handled") & (callback_requests.c.handled_at < before)))
        return {"unanswered_questions": questions.rowcount, "handled_callback_requests": requests.rowcount}
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error
