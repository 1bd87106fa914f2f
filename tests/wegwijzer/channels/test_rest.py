"""The REST channel's input checks (wegwijzer/channels/rest.py), without a server."""
import json

import pytest

from wegwijzer.channels.rest import MAX_BODY, apology, clean_text, parse_body, too_long


def test_a_good_request():
    assert parse_body(json.dumps({"sender": "web-123", "message": "hoi"}).encode()) == ({"sender": "web-123", "message": "hoi"}, None)


@pytest.mark.parametrize("raw", [b"null", b"[]", b'"x"', b"", b"\xff", b"{", json.dumps({"sender": "\ud800", "message": "x"}).encode(),
                                 json.dumps({"sender": "a b", "message": "x"}).encode(), json.dumps({"sender": "a", "message": None}).encode(),
                                 ("[" * 5000 + "]" * 5000).encode(), b"x" * (MAX_BODY + 1)])
def test_bad_requests(raw):
    body, problem = parse_body(raw)
    assert body is None and problem


def test_text_is_cleaned():
    assert clean_text("a\ud800b\x00c\nd") == "a\ufffdb c\nd"


def test_apology_and_too_long_carry_the_help_lines():
    assert "0800-0113" in apology("ik wil dood") and "0800-0113" not in apology("wat kost het")
    assert "0800-0113" in too_long() and "112" in too_long()
