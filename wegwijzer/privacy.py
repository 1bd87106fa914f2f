"""Masks obvious personal data (e-mail, phone, IBAN, BSN-like numbers, postcodes) before text is logged."""
import re

import phonenumbers

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}\s?(?:[A-Z0-9]{4}\s?){2,7}[A-Z0-9]{1,4}\b", re.I)
_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?[A-Z]{2}\b(?:\s*\d{1,5}\s?[a-z]?\b)?", re.I)
_LONG_DIGITS = re.compile(r"(?<!\w)\+?\d[\d\s\-().]{7,}\d(?!\w)")
_NINE_DIGITS = re.compile(r"\b\d{9}\b")


_IP = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){2,3}(?::\d+)?\b")  # IP addresses and version numbers


def mask(text: str) -> str:
    text = text or ""
    # IP addresses (with a port) and dotted version numbers are not phone numbers; keep them readable in logs
    kept = {}
    def keep(match):
        kept[f"\x00{len(kept)}\x00"] = match.group(0)
        return f"\x00{len(kept) - 1}\x00"
    text = _IP.sub(keep, text)
    text = _EMAIL.sub("[e-mail]", text)
    text = _IBAN.sub("[iban]", text)
    text = _NINE_DIGITS.sub("[nummer]", text)
    for match in reversed(list(phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.POSSIBLE))):
        text = text[: match.start] + "[telefoon]" + text[match.end:]
    text = _LONG_DIGITS.sub(lambda m: "[telefoon]" if sum(c.isdigit() for c in m.group(0)) >= 8 else m.group(0), text)
    text = _POSTCODE.sub("[postcode]", text)
    for placeholder, original in kept.items():
        text = text.replace(placeholder, original)
    return text


def has_personal_data(text: str) -> bool:
    """True when masking would change the text: it holds an e-mail address, phone number, IBAN, ..."""
    return mask(text) != (text or "")
