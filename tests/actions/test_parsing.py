"""Parsing of what people type into the callback form."""
import pytest
from hypothesis import given, settings, strategies as st

from actions import parsing


@pytest.mark.parametrize(
    "text, expected",
    [
        ("0612345678", "+31612345678"),
        ("06-12 34 56 78", "+31612345678"),
        ("+31 6 12345678", "+31612345678"),
        ("0031 6 12345678", "+31612345678"),
        ("bel me op 020-1234567 graag", "+31201234567"),
        ("+32 470 12 34 56", "+32470123456"),
    ],
)
def test_valid_phone_numbers_are_normalised(text, expected):
    assert parsing.find_phone(text) == expected


@pytest.mark.parametrize("text", ["12345", "0612", "06-1234567890123", "abc", "", "0000000000"])
def test_invalid_phone_numbers_are_rejected(text):
    assert parsing.find_phone(text) is None


def test_display_phone_is_dutch_national_format():
    assert parsing.display_phone("+31612345678") == "06 12345678"


@pytest.mark.parametrize("text, expected", [("Sanne@Voorbeeld.nl", "Sanne@voorbeeld.nl"), ("mail me: a.b@test.nl.", "a.b@test.nl")])
def test_email_found_without_dns(text, expected):
    assert parsing.find_email(text) == expected


@pytest.mark.parametrize("text", ["foo@", "@bar.nl", "a@b", "geen mail", "a@@b.nl"])
def test_invalid_email_rejected(text):
    assert parsing.find_email(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [("Sanne de Vries", "Sanne de Vries"), ("ik heet Mohammed el Amrani", "Mohammed el Amrani"),
     ("Anne-Marie", "Anne-Marie"), ("Zoë", "Zoë")],
)
def test_names(text, expected):
    assert parsing.clean_name(text) == expected


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "0612345678", "", "a" * 200, "jan@x.nl"])
def test_not_names(text):
    assert parsing.clean_name(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [("ochtend", "ochtend"), ("liefst 's middags", "middag"), ("Avond", "avond"),
     ("dinsdag na 15 uur", "dinsdag na 15 uur"), ("maakt niet uit", "geen voorkeur")],
)
def test_moments(text, expected):
    assert parsing.parse_moment(text) == expected


def test_moment_too_long_is_rejected():
    assert parsing.parse_moment("x" * 500) is None


@pytest.mark.parametrize("text, expected", [("ja", True), ("Ja, versturen", True), ("akkoord", True),
                                            ("nee", False), ("Nee, liever niet", False), ("misschien", None)])
def test_yes_no(text, expected):
    assert parsing.parse_yes_no(text) is expected


def test_reason_optional_and_truncated():
    assert parsing.parse_reason("nee") == "-"
    assert len(parsing.parse_reason("a" * 2000)) == parsing.MAX_REASON


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_parsers_never_crash(text):
    parsing.find_phone(text)
    parsing.find_email(text)
    parsing.clean_name(text)
    parsing.parse_moment(text)
    parsing.parse_reason(text)
    parsing.parse_yes_no(text)
    parsing.parse_method(text)
