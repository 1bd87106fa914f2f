"""The console's own tables (accounts, sessions, login attempts, audit log), in the same database as
wegwijzer/storage.py and created the same way: on first use, idempotent."""
from typing import Dict, List

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from wegwijzer.storage import StorageError, get_engine  # noqa: F401 (re-exported for the console modules)

metadata = sa.MetaData()

staff_accounts = sa.Table(
    "staff_accounts", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("active", sa.Boolean, nullable=False, default=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_login_at", sa.DateTime(timezone=True)),
)

console_sessions = sa.Table(
    "console_sessions", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    # only a hash of the cookie value is stored: a copy of the database does not sign anyone in
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("account", sa.String(64), nullable=False),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("try_conversation", sa.String(64)),
)

login_attempts = sa.Table(
    "console_login_attempts", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("name", sa.String(64), nullable=False),
    sa.Column("address", sa.String(64), nullable=False),
    sa.Column("ok", sa.Boolean, nullable=False),
)

audit_log = sa.Table(
    "audit_log", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("account", sa.String(64), nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("target", sa.String(200)),
    sa.Column("address", sa.String(64)),
)

_created: set = set()


def ensure(engine: sa.engine.Engine) -> None:
    key = str(engine.url)
    if key not in _created:
        try:
            metadata.create_all(engine)
        except SQLAlchemyError as error:
            raise StorageError(type(error).__name__) from error
        _created.add(key)


def rows(result) -> List[Dict]:
    return [dict(row._mapping) for row in result]
