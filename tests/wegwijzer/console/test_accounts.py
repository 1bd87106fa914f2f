"""Staff accounts (wegwijzer/console/accounts.py): argon2id hashes, name and password rules, the command."""
import subprocess
import sys

import pytest
import sqlalchemy as sa

from tests.e2e.assistant import ROOT
from wegwijzer.console import accounts
from wegwijzer.console.tables import staff_accounts


def test_password_is_stored_as_an_argon2id_hash_and_verified(engine):
    accounts.create(engine, "Anne", "een-heel-goed-wachtwoord")
    with engine.connect() as conn:
        stored = conn.execute(sa.select(staff_accounts.c.password_hash).where(staff_accounts.c.name == "anne")).scalar()
    assert stored.startswith("$argon2id$") and "een-heel-goed-wachtwoord" not in stored
    assert accounts.verify(engine, "anne", "een-heel-goed-wachtwoord") == "anne"
    assert accounts.verify(engine, "ANNE ", "een-heel-goed-wachtwoord") == "anne"
    assert accounts.verify(engine, "anne", "een-heel-goed-wachtwoorD") is None
    assert accounts.verify(engine, "onbekend", "een-heel-goed-wachtwoord") is None
    assert accounts.verify(engine, "anne", "x" * 100_000) is None
    assert accounts.verify(engine, "<script>", "") is None


@pytest.mark.parametrize("name, password", [("a", "lang-genoeg-wachtwoord"), ("met spatie", "lang-genoeg-wachtwoord"),
                                            ("<b>", "lang-genoeg-wachtwoord"), ("anne", "kort")])
def test_bad_names_and_short_passwords_are_refused(engine, name, password):
    with pytest.raises(accounts.AccountError):
        accounts.create(engine, name, password)


def test_duplicate_disable_and_new_password(engine):
    accounts.create(engine, "bert", "eerste-wachtwoord-123")
    with pytest.raises(accounts.AccountError):
        accounts.create(engine, "bert", "ander-wachtwoord-123")
    assert accounts.set_password(engine, "bert", "tweede-wachtwoord-123")
    assert accounts.verify(engine, "bert", "eerste-wachtwoord-123") is None
    assert accounts.verify(engine, "bert", "tweede-wachtwoord-123") == "bert"
    assert accounts.disable(engine, "bert")
    assert accounts.verify(engine, "bert", "tweede-wachtwoord-123") is None


def test_create_command_reads_the_password_from_stdin(db, engine):
    env = {"DATABASE_URL": db, "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-m", "wegwijzer.console.accounts", "create", "carla"], input="wachtwoord-van-carla\n",
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert accounts.verify(engine, "carla", "wachtwoord-van-carla") == "carla"
    again = subprocess.run([sys.executable, "-m", "wegwijzer.console.accounts", "create", "carla"], input="kort\n",
                           capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert again.returncode == 2 and "12 tekens" in again.stderr
    listed = subprocess.run([sys.executable, "-m", "wegwijzer.console.accounts", "list"], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=120)
    assert "carla" in listed.stdout and "wachtwoord" not in listed.stdout
