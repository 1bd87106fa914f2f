"""The practice config (practice.yml): contact details and opening hours, read at run time.

Staff edit practice.yml; every call re-reads it when it changed, so no retraining or restart is needed.
"""
import os
import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple
from zoneinfo import ZoneInfo

import phonenumbers
import yaml

from wegwijzer.files import load_cached, project_path

DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
REQUIRED = ["name", "assistant_name", "phone", "email", "website", "address", "opening_hours"]
_SLOT = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


class PracticeConfigError(ValueError):
    """practice.yml is missing a field or has a value we cannot use."""


@dataclass(frozen=True)
class Practice:
    name: str
    assistant_name: str
    phone: str
    email: str
    website: str
    address: str
    timezone: ZoneInfo
    opening_hours: Dict[int, List[Tuple[time, time]]]  # weekday (0 = Monday) -> [(open, close)]
    callback_response_days: int
    retention_days: int = 90  # conversations, unanswered questions and handled callback requests

    @property
    def phone_e164(self) -> str:
        return phonenumbers.format_number(
            phonenumbers.parse(self.phone, "NL"), phonenumbers.PhoneNumberFormat.E164
        )

    def is_open(self, now: datetime) -> bool:
        local = now.astimezone(self.timezone)
        return any(start <= local.time() < end for start, end in self.opening_hours[local.weekday()])

    def next_opening(self, now: datetime) -> Optional[datetime]:
        """The next moment the practice opens after `now` (None if it never opens)."""
        local = now.astimezone(self.timezone)
        for offset in range(8):
            day = (local + timedelta(days=offset)).date()
            for start, _ in self.opening_hours[day.weekday()]:
                moment = datetime.combine(day, start, tzinfo=self.timezone)
                if moment > local:
                    return moment
        return None

    def hours_text(self) -> str:
        lines = []
        for index, day in enumerate(DAYS):
            slots = self.opening_hours[index]
            when = ", ".join(f"{s:%H:%M}-{e:%H:%M}" for s, e in slots) if slots else "gesloten"
            lines.append(f"- {day}: {when}")
        return "\n".join(lines)


def _parse_hours(raw: dict) -> Dict[int, List[Tuple[time, time]]]:
    if not isinstance(raw, dict):
        raise PracticeConfigError("opening_hours must list the days of the week")
    hours: Dict[int, List[Tuple[time, time]]] = {}
    for index, day in enumerate(DAYS):
        value = raw.get(day) or ""
        slots = []
        for part in filter(None, (p.strip() for p in str(value).split(","))):
            match = _SLOT.match(part)
            if not match:
                raise PracticeConfigError(f"opening_hours.{day}: '{part}' is not like 09:00-17:00")
            h1, m1, h2, m2 = map(int, match.groups())
            start, end = time(h1, m1), time(h2, m2)
            if end <= start:
                raise PracticeConfigError(f"opening_hours.{day}: '{part}' closes before it opens")
            slots.append((start, end))
        hours[index] = sorted(slots)
    return hours


def _load(path: Path) -> Practice:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    missing = [key for key in REQUIRED if not data.get(key)]
    if missing:
        raise PracticeConfigError(f"{path.name} misses: {', '.join(missing)}")
    try:
        number = phonenumbers.parse(str(data["phone"]), "NL")
    except phonenumbers.NumberParseException as error:
        raise PracticeConfigError(f"phone: {error}") from error
    if not phonenumbers.is_possible_number(number):
        raise PracticeConfigError(f"phone: '{data['phone']}' is not a possible phone number")
    return Practice(
        name=str(data["name"]),
        assistant_name=str(data["assistant_name"]),
        phone=str(data["phone"]),
        email=str(data["email"]),
        website=str(data["website"]),
        address=str(data["address"]),
        timezone=ZoneInfo(str(data.get("timezone") or "Europe/Amsterdam")),
        opening_hours=_parse_hours(data["opening_hours"]),
        callback_response_days=int(data.get("callback_response_days") or 2),
        retention_days=_positive(data.get("retention_days", 90), "retention_days"),
    )


def _positive(value: Any, name: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise PracticeConfigError(f"{name}: '{value}' is not a whole number of days") from None
    if number < 1:
        raise PracticeConfigError(f"{name}: must be at least 1 day")
    return number


def config_path() -> Path:
    return Path(os.environ.get("PRACTICE_CONFIG") or project_path("practice.yml"))


def load_practice() -> Practice:
    return load_cached(config_path(), _load)


def _weekday_name(moment: datetime, now: datetime) -> str:
    if moment.date() == now.date():
        return "vandaag"
    if moment.date() == (now + timedelta(days=1)).date():
        return "morgen"
    return DAYS[moment.weekday()]


def availability_text(practice: Practice, now: datetime) -> str:
    """One sentence on whether someone answers the phone now, and if not, when."""
    if practice.is_open(now):
        return "De praktijk is nu open: je kunt direct bellen."
    nxt = practice.next_opening(now)
    if nxt is None:
        return "Er zijn nu geen openingstijden bekend; stuur gerust een e-mail."
    local_now = now.astimezone(practice.timezone)
    return (
        f"De praktijk is nu gesloten. Er wordt weer opgenomen {_weekday_name(nxt, local_now)} "
        f"vanaf {nxt:%H:%M} uur."
    )


def contact_text(practice: Practice, now: datetime, links: bool = True) -> str:
    """Contact details in Dutch; `links` makes phone/e-mail clickable for channels that render Markdown."""
    phone = f"[{practice.phone}](tel:{practice.phone_e164})" if links else practice.phone
    email = f"[{practice.email}](mailto:{practice.email})" if links else practice.email
    return (
        f"Je kunt {practice.name} zo bereiken:\n"
        f"- Telefoon: {phone}\n"
        f"- E-mail: {email}\n"
        f"- Adres: {practice.address}\n"
        f"- Website: {practice.website}\n"
        f"Openingstijden:\n{practice.hours_text()}\n"
        f"{availability_text(practice, now)}"
    )
