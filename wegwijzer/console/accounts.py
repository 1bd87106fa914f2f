"""Named staff accounts with argon2id password hashes (argon2-cffi), and the command that manages them.

    python -m wegwijzer.console.accounts create NAME     (make staff-user NAME=...; asks for the password)
    python -m wegwijzer.console.accounts password NAME   (new password)
    python -m wegwijzer.console.accounts disable NAME    (signs the account out and keeps it out)
    python -m wegwijzer.console.accounts list

The password is read without echo from the terminal, or from stdin when that is not a terminal (scripts).
"""
import argparse
import getpass
import re
import sys
from datetime import datetime, timezone
from typing import Dict, List, Optional

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from wegwijzer.console.tables import StorageError, console_sessions, ensure, get_engine, rows, staff_accounts

NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD = 12
MAX_PASSWORD = 1024  # argon2 takes any length; a cap keeps a huge form field from costing CPU
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# verified against when the name is unknown, so a wrong name costs as much time as a wrong password
_DUMMY = _hasher.hash("not-a-real-password-0000")


class AccountError(ValueError):
    """A name or password that cannot be used (message in Dutch, for the command line)."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


def check_name(name: str) -> str:
    name = (name or "").strip().lower()
    if not NAME.match(name):
        raise AccountError("Gebruik 2-64 tekens: kleine letters, cijfers, punt, streepje of liggend streepje.")
    return name


def check_password(password: str) -> str:
    if not isinstance(password, str) or not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise AccountError(f"Een wachtwoord heeft minstens {MIN_PASSWORD} tekens.")
    return password


def create(engine: sa.engine.Engine, name: str, password: str) -> Dict:
    name, password = check_name(name), check_password(password)
    try:
        ensure(engine)
        with engine.begin() as conn:
            conn.execute(staff_accounts.insert().values(
                name=name, password_hash=_hasher.hash(password), active=True, created_at=_now()))
    except IntegrityError:
        raise AccountError(f"Er is al een account '{name}'.") from None
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error
    return {"name": name}


def set_password(engine: sa.engine.Engine, name: str, password: str) -> bool:
    name, password = check_name(name), check_password(password)
    ensure(engine)
    with engine.begin() as conn:
        done = conn.execute(staff_accounts.update().where(staff_accounts.c.name == name)
                            .values(password_hash=_hasher.hash(password))).rowcount > 0
        conn.execute(console_sessions.delete().where(console_sessions.c.account == name))
    return done


def disable(engine: sa.engine.Engine, name: str) -> bool:
    name = check_name(name)
    ensure(engine)
    with engine.begin() as conn:
        done = conn.execute(staff_accounts.update().where(staff_accounts.c.name == name).values(active=False)).rowcount > 0
        conn.execute(console_sessions.delete().where(console_sessions.c.account == name))
    return done


def list_accounts(engine: sa.engine.Engine) -> List[Dict]:
    ensure(engine)
    with engine.connect() as conn:
        return rows(conn.execute(sa.select(staff_accounts.c.name, staff_accounts.c.active, staff_accounts.c.created_at,
                                           staff_accounts.c.last_login_at).order_by(staff_accounts.c.name)))


def verify(engine: sa.engine.Engine, name: str, password: str) -> Optional[str]:
    """The account name when name and password match an active account, else None."""
    try:
        name = check_name(name)
    except AccountError:
        name = ""
    password = password if isinstance(password, str) and len(password) <= MAX_PASSWORD else ""
    try:
        ensure(engine)
        with engine.connect() as conn:
            row = conn.execute(sa.select(staff_accounts).where(staff_accounts.c.name == name)).first() if name else None
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error
    try:
        _hasher.verify(row.password_hash if row else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None or not row.active:
        return None
    with engine.begin() as conn:
        values = {"last_login_at": _now()}
        if _hasher.check_needs_rehash(row.password_hash):
            values["password_hash"] = _hasher.hash(password)
        conn.execute(staff_accounts.update().where(staff_accounts.c.id == row.id).values(**values))
    return row.name


def _read_password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Wachtwoord: ")
    if getpass.getpass("Nog een keer: ") != first:
        raise AccountError("De twee wachtwoorden zijn niet gelijk.")
    return first


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Staff console accounts")
    parser.add_argument("command", choices=["create", "password", "disable", "list"])
    parser.add_argument("name", nargs="?")
    args = parser.parse_args(argv)
    engine = get_engine()
    try:
        if args.command == "list":
            for row in list_accounts(engine):
                print(f"{row['name']}\t{'actief' if row['active'] else 'uit'}\tlaatst: {row['last_login_at'] or '-'}")
            return 0
        if not args.name:
            parser.error("name is required")
        if args.command == "create":
            create(engine, args.name, _read_password())
            print(f"Account '{check_name(args.name)}' aangemaakt.")
        elif args.command == "password":
            ok = set_password(engine, args.name, _read_password())
            print("Wachtwoord gewijzigd." if ok else "Dat account bestaat niet.")
            return 0 if ok else 1
        else:
            ok = disable(engine, args.name)
            print("Account uitgezet." if ok else "Dat account bestaat niet.")
            return 0 if ok else 1
    except AccountError as error:
        print(error, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
