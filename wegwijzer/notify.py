"""E-mails staff about new callback requests (SMTP settings from the environment).

A failed e-mail never loses a request: it stays stored with notification_status 'failed', and
`python -m wegwijzer.notify resend-pending` (make resend) sends what is left.
"""
import logging
import os
import smtplib
import ssl
import sys
from email.message import EmailMessage
from typing import Dict, Tuple

import phonenumbers

from wegwijzer import storage

logger = logging.getLogger(__name__)


def _settings() -> Dict[str, str]:
    return {
        "host": os.environ.get("SMTP_HOST", ""),
        "port": int(os.environ.get("SMTP_PORT") or 587),
        "tls": (os.environ.get("SMTP_TLS") or "starttls").lower(),
        "user": os.environ.get("SMTP_USER", ""),
        "password": os.environ.get("SMTP_PASSWORD", ""),
        "sender": os.environ.get("SMTP_FROM") or "wegwijzer@localhost",
        "to": os.environ.get("STAFF_EMAIL", ""),
        "timeout": float(os.environ.get("SMTP_TIMEOUT") or 10),
    }


def _reach(row: Dict) -> str:
    if row["contact_method"] == "phone" and row.get("phone"):
        number = phonenumbers.parse(row["phone"], "NL")
        fmt = phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 31 else phonenumbers.PhoneNumberFormat.INTERNATIONAL
        return f"Bellen: {phonenumbers.format_number(number, fmt)}"
    return f"Mailen: {row.get('email')}"


def build_message(row: Dict, sender: str, to: str) -> EmailMessage:
    """Only what staff need to call back; no conversation transcript."""
    message = EmailMessage()
    message["Subject"] = f"Nieuw terugbelverzoek {row['reference']}"
    message["From"] = sender
    message["To"] = to
    created = row["created_at"]
    message.set_content(
        "Er is een nieuw terugbelverzoek via de chatassistent.\n\n"
        f"Nummer: {row['reference']}\n"
        f"Naam: {row['name']}\n"
        f"{_reach(row)}\n"
        f"Voorkeur: {row.get('preferred_moment') or '-'}\n"
        f"Reden: {row.get('reason') or '-'}\n"
        f"Ontvangen: {created:%d-%m-%Y %H:%M} (UTC)\n\n"
        "De persoon gaf toestemming om deze gegevens op te slaan en door te geven.\n"
        "Markeer het verzoek als afgehandeld op de medewerkerspagina.\n"
    )
    return message


def send(message: EmailMessage, settings: Dict) -> None:
    if settings["tls"] == "ssl":
        server = smtplib.SMTP_SSL(settings["host"], settings["port"], timeout=settings["timeout"], context=ssl.create_default_context())
    else:
        server = smtplib.SMTP(settings["host"], settings["port"], timeout=settings["timeout"])
    with server:
        if settings["tls"] == "starttls":
            server.starttls(context=ssl.create_default_context())
        if settings["user"]:
            server.login(settings["user"], settings["password"])
        server.send_message(message)


def notify_callback(engine, row: Dict) -> bool:
    """Send the staff e-mail for one stored request and record the outcome. Never raises."""
    settings = _settings()
    if not settings["host"] or not settings["to"]:
        logger.warning("SMTP_HOST/STAFF_EMAIL not set: callback %s stays pending", row.get("reference"))
        return False
    try:
        send(build_message(row, settings["sender"], settings["to"]), settings)
        ok, error = True, None
    except (OSError, smtplib.SMTPException) as exc:
        ok, error = False, f"{type(exc).__name__}: {exc}"
        logger.warning("Staff e-mail for %s failed: %s", row.get("reference"), error)
    try:
        storage.record_notification(engine, row["reference"], ok, error)
    except storage.StorageError:
        logger.exception("Could not record the notification outcome for %s", row.get("reference"))
    return ok


def resend_pending(engine) -> Tuple[int, int]:
    sent = failed = 0
    for row in storage.pending_notifications(engine):
        if notify_callback(engine, row):
            sent += 1
        else:
            failed += 1
    return sent, failed


def main(argv) -> int:
    if argv[1:] != ["resend-pending"]:
        print("usage: python -m wegwijzer.notify resend-pending", file=sys.stderr)
        return 2
    sent, failed = resend_pending(storage.get_engine())
    print(f"sent {sent}, failed {failed}")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv))
