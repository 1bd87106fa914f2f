"""The practice config: validation, opening hours and the contact text built from it."""
from datetime import datetime, timezone

import pytest

from wegwijzer import practice

CONFIG = """
name: "Testpraktijk"
assistant_name: "Testbot"
phone: "020 123 4567"
email: "info@test.example"
website: "https://test.example"
address: "Straat 1, 1234 AB Plaats"
opening_hours:
  maandag: "09:00-12:00, 13:00-17:00"
  dinsdag: "09:00-17:00"
  woensdag: ""
  donderdag: ""
  vrijdag: ""
  zaterdag: ""
  zondag: ""
callback_response_days: 3
"""


@pytest.fixture
def config(tmp_path, monkeypatch):
    path = tmp_path / "practice.yml"
    path.write_text(CONFIG)
    monkeypatch.setenv("PRACTICE_CONFIG", str(path))
    return path


def utc(*args):
    return datetime(*args, tzinfo=timezone.utc)


def test_shipped_example_practice_is_valid_and_clearly_fictional():
    info = practice._load(practice.project_path("practice.yml"))
    assert "fictief" in info.name
    assert info.email.endswith(".example") and info.website.endswith(".example")


def test_open_and_closed(config):
    info = practice.load_practice()
    assert info.is_open(utc(2026, 11, 23, 9, 30))  # Monday 10:30 in Amsterdam
    assert not info.is_open(utc(2026, 11, 23, 11, 30))  # lunch break 12:30 local
    assert not info.is_open(utc(2026, 11, 25, 10, 0))  # Wednesday closed


def test_closed_text_says_when_someone_answers(config):
    info = practice.load_practice()
    text = practice.availability_text(info, utc(2026, 11, 24, 18, 0))  # Tuesday evening
    assert "gesloten" in text and "maandag" in text and "09:00" in text
    assert "morgen" in practice.availability_text(info, utc(2026, 11, 23, 18, 0))  # Monday -> Tuesday


def test_contact_text_has_tel_link_only_when_links_are_rendered(config):
    info = practice.load_practice()
    with_links = practice.contact_text(info, utc(2026, 11, 23, 9, 30))
    assert "(tel:+31201234567)" in with_links and "info@test.example" in with_links
    assert "tel:" not in practice.contact_text(info, utc(2026, 11, 23, 9, 30), links=False)


def test_edit_is_picked_up_without_restart(config):
    assert practice.load_practice().name == "Testpraktijk"
    config.write_text(CONFIG.replace("Testpraktijk", "Nieuwe naam"))
    import os

    os.utime(config, (1e9, 2e9))  # make sure the mtime differs even on coarse clocks
    assert practice.load_practice().name == "Nieuwe naam"


@pytest.mark.parametrize(
    "broken, message",
    [("phone: \"020 123 4567\"", "misses"), ("dinsdag: \"09:00-17:00\"", "09:00-17:00")],
)
def test_invalid_config_is_reported_clearly(config, broken, message):
    replacement = "" if message == "misses" else 'dinsdag: "9 tot 5"'
    config.write_text(CONFIG.replace(broken, replacement))
    with pytest.raises(practice.PracticeConfigError, match="phone|dinsdag"):
        practice._load(config)
