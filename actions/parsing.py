"""Parsing and validating what people type into the callback form (one place for all of it)."""
import re
import unicodedata
from typing import Optional

import phonenumbers
from email_validator import EmailNotValidError, validate_email

MAX_NAME = 80
MAX_MOMENT = 100
MAX_REASON = 500

_EMAIL_CANDIDATE = re.compile(r"[^\s<>()\[\],;:\"']+@[^\s<>()\[\],;:\"']+")
_NAME_PREFIX = re.compile(r"^(ik heet|mijn naam is|ik ben|naam is|naam:)\s*", re.I)
_NAME_OK = re.compile(r"^[^\W\d_]+(?:[ '\-.][^\W\d_]+)*\.?$")
_YES = {"ja", "jawel", "ja graag", "ja versturen", "ja, versturen", "akkoord", "ok", "oke", "oké", "okay",
        "prima", "goed", "is goed", "dat is goed", "klopt", "versturen", "verstuur", "yes", "graag", "zeker"}
_NO = {"nee", "nee dank je", "nee bedankt", "niet", "liever niet", "geen toestemming", "no", "nope",
       "nee liever niet", "ik geef geen toestemming"}
_NOTHING = {"nee", "geen", "niets", "niks", "-", "nvt", "n.v.t.", "liever niet", "nee hoor", "geen reden",
            "sla over", "overslaan", "leeg"}


def normalise(text: str) -> str:
    """Lower case, no accents, single spaces, no trailing punctuation: for matching short answers."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", text).strip(" .!?")


def find_phone(text: str) -> Optional[str]:
    """A valid phone number in the text (Dutch by default, +31/0031/06 forms), as E.164."""
    for match in phonenumbers.PhoneNumberMatcher(text or "", "NL", leniency=phonenumbers.Leniency.VALID):
        return phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
    return None


def display_phone(e164: str) -> str:
    number = phonenumbers.parse(e164, "NL")
    fmt = phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 31 else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, fmt)


def find_email(text: str) -> Optional[str]:
    """A syntactically valid e-mail address in the text (no DNS look-ups), normalised."""
    for candidate in _EMAIL_CANDIDATE.findall(text or ""):
        try:
            return validate_email(candidate.strip("."), check_deliverability=False).normalized
        except EmailNotValidError:
            continue
    return None


def clean_name(text: str) -> Optional[str]:
    name = _NAME_PREFIX.sub("", re.sub(r"\s+", " ", (text or "").strip())).strip(" .!")
    if not name or len(name) > MAX_NAME or len(name.split()) > 6 or not _NAME_OK.match(name):
        return None
    return name


def parse_method(text: str) -> Optional[str]:
    t = normalise(text)
    if find_phone(text) or re.search(r"\b(bel|bellen|telefo\w*|phone|sms|gebeld)\b", t):
        return "phone"
    if find_email(text) or re.search(r"\b(e-?mail\w*|mail\w*)\b", t):
        return "email"
    return None


def parse_moment(text: str) -> Optional[str]:
    t = normalise(text)
    for part in ("ochtend", "middag", "avond"):
        if part in t or (part == "ochtend" and re.search(r"\b(s ?morgens|voor twaalf)\b", t)):
            return part
    if re.search(r"\b(maakt niet uit|altijd|wanneer dan ook|geen voorkeur|om het even)\b", t):
        return "geen voorkeur"
    cleaned = re.sub(r"\s+", " ", (text or "").strip())
    if 2 <= len(cleaned) <= MAX_MOMENT and re.search(r"[^\W\d_]", cleaned) and "<" not in cleaned:
        return cleaned
    return None


def parse_reason(text: str) -> str:
    """The optional reason; '-' when the person does not want to give one."""
    if normalise(text) in _NOTHING:
        return "-"
    return re.sub(r"\s+", " ", (text or "").strip())[:MAX_REASON] or "-"


def parse_yes_no(text: str) -> Optional[bool]:
    t = normalise(text).replace(",", "")
    if t in _YES or t.startswith("ja "):
        return True
    if t in _NO or t.startswith("nee "):
        return False
    return None
