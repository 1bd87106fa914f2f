"""Console sessions: a random cookie (HttpOnly, SameSite=Strict, Secure behind HTTPS) whose hash is stored
with its account, a CSRF token per session, sign-out after inactivity, and login rate limiting.

Settings (environment): CONSOLE_IDLE_MINUTES (default 15), CONSOLE_SECURE_COOKIE=1 to force the Secure
flag when TLS ends at a proxy that does not send X-Forwarded-Proto.
"""
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from wegwijzer.console.tables import StorageError, console_sessions, ensure, login_attempts

COOKIE = "ww_console"
LOGIN_COOKIE = "ww_console_login"  # CSRF for the sign-in form itself (double submit), before any session
MAX_AGE_HOURS = 12  # a session ends after this even when used all the time
# Rate limiting: failed sign-ins in the last WINDOW per name and per address
WINDOW = timedelta(minutes=15)
MAX_FAILED_PER_NAME = 5
MAX_FAILED_PER_ADDRESS = 20


@dataclass
class Session:
    id: int
    account: str
    csrf: str
    try_conversation: Optional[str]


def idle_timeout() -> timedelta:
    try:
        minutes = float(os.environ.get("CONSOLE_IDLE_MINUTES", "15"))
    except ValueError:
        minutes = 15
    return timedelta(minutes=max(minutes, 0.05))


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)  # SQLite returns naive datetimes


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def start(engine: sa.engine.Engine, account: str) -> str:
    """A new session for `account`; returns the cookie value (never stored as such)."""
    token = secrets.token_urlsafe(32)
    now = _now()
    try:
        ensure(engine)
        with engine.begin() as conn:
            conn.execute(console_sessions.insert().values(
                token_hash=_hash(token), account=account, csrf=secrets.token_urlsafe(32), created_at=now, last_seen_at=now))
            # old sessions of everyone are cleaned up here, so the table never grows
            conn.execute(console_sessions.delete().where(console_sessions.c.last_seen_at < now - idle_timeout()))
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error
    return token


def lookup(engine: sa.engine.Engine, token: Optional[str]) -> Optional[Session]:
    """The session for a cookie value, touched (inactivity clock restarted); None when unknown or expired."""
    if not token or len(token) > 100:
        return None
    now = _now()
    try:
        ensure(engine)
        with engine.begin() as conn:
            row = conn.execute(sa.select(console_sessions).where(console_sessions.c.token_hash == _hash(token))).first()
            if row is None:
                return None
            if _aware(row.last_seen_at) < now - idle_timeout() or _aware(row.created_at) < now - timedelta(hours=MAX_AGE_HOURS):
                conn.execute(console_sessions.delete().where(console_sessions.c.id == row.id))
                return None
            conn.execute(console_sessions.update().where(console_sessions.c.id == row.id).values(last_seen_at=now))
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error
    return Session(row.id, row.account, row.csrf, row.try_conversation)


def end(engine: sa.engine.Engine, session_id: int) -> None:
    ensure(engine)
    with engine.begin() as conn:
        conn.execute(console_sessions.delete().where(console_sessions.c.id == session_id))


def set_try_conversation(engine: sa.engine.Engine, session_id: int, conversation_id: str) -> None:
    with engine.begin() as conn:
        conn.execute(console_sessions.update().where(console_sessions.c.id == session_id)
                     .values(try_conversation=conversation_id))


def csrf_ok(expected: Optional[str], given: Optional[str]) -> bool:
    return bool(expected) and isinstance(given, str) and hmac.compare_digest(expected.encode(), given.encode("utf-8", "replace"))


def record_attempt(engine: sa.engine.Engine, name: str, address: str, ok: bool) -> None:
    now = _now()
    ensure(engine)
    with engine.begin() as conn:
        conn.execute(login_attempts.insert().values(at=now, name=(name or "")[:64], address=(address or "")[:64], ok=ok))
        conn.execute(login_attempts.delete().where(login_attempts.c.at < now - WINDOW))


def too_many_attempts(engine: sa.engine.Engine, name: str, address: str) -> bool:
    """True when this name or this address had too many failed sign-ins in the last WINDOW."""
    since = _now() - WINDOW
    try:
        ensure(engine)
        with engine.connect() as conn:
            def failed(column, value) -> int:
                return conn.execute(sa.select(sa.func.count()).select_from(login_attempts).where(
                    (column == value) & (login_attempts.c.at >= since) & (login_attempts.c.ok == sa.false()))).scalar()
            return (failed(login_attempts.c.name, (name or "")[:64]) >= MAX_FAILED_PER_NAME
                    or failed(login_attempts.c.address, (address or "")[:64]) >= MAX_FAILED_PER_ADDRESS)
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error


def secure_request(request) -> bool:
    """Whether the cookie gets the Secure flag: HTTPS here or at the proxy in front, or forced by setting."""
    if os.environ.get("CONSOLE_SECURE_COOKIE", "") == "1":
        return True
    return request.scheme == "https" or request.headers.get("x-forwarded-proto", "").lower() == "https"


def set_cookie(response, name: str, value: str, secure: bool, path: str = "/webhooks/console") -> None:
    response.cookies[name] = value
    cookie = response.cookies[name]
    cookie["httponly"] = True
    cookie["samesite"] = "Strict"
    cookie["path"] = path
    if secure:
        cookie["secure"] = True


def clear_cookie(response, name: str, path: str = "/webhooks/console") -> None:
    response.cookies[name] = ""
    response.cookies[name]["max-age"] = 0
    response.cookies[name]["path"] = path
