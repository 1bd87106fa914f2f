"""Callback requests end to end: form over HTTP, stored in the database, e-mailed to staff, listed for staff."""
from tests.conftest import TEST_PHONE, TEST_EMAIL
import json
import time

import sqlalchemy as sa

from wegwijzer import storage

from tests.e2e.assistant import http
from tests.e2e.conftest import STAFF_TOKEN


def rows(assistant, sender):
    # the storage module creates the tables on first use: a test that runs before anything was stored (e.g. this
    # file alone) reads an empty table instead of failing on a missing one
    engine = storage.get_engine(assistant.env["DATABASE_URL"])
    storage.list_callback_requests(engine)  # creates the tables if nothing was stored yet
    with engine.connect() as conn:
        result = conn.execute(sa.text("select * from callback_requests where conversation_id = :c"), {"c": sender})
        return [dict(r._mapping) for r in result]


def wait_for_mail(mailbox, reference, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        for message in mailbox.messages:
            if reference in message.get("Subject", "") or reference in message.get_payload(decode=False).__str__():
                return message
        time.sleep(0.2)
    return None


def fill_until_consent(chat, method="phone", contact="06 12345678"):
    assert "naam" in chat.say("Kan iemand van de praktijk mij terugbellen?").lower(), chat.transcript()
    assert "contact" in chat.say("Sanne de Vries").lower(), chat.transcript()
    chat.say("/choose_phone" if method == "phone" else "/choose_email")
    assert "wanneer komt" in chat.say(contact).lower(), chat.transcript()
    chat.say("ochtend")
    return chat.say("Ik heb een vraag over therapie voor mijn zoon")


def test_happy_path_by_phone_stores_confirms_and_mails(assistant, chat, mailbox):
    summary = fill_until_consent(chat)
    assert "06 12345678" in summary and "toestemming" in summary, chat.transcript()
    assert rows(assistant, chat.sender) == []  # nothing stored before consent
    confirmation = chat.say("ja")
    stored = rows(assistant, chat.sender)
    assert len(stored) == 1, chat.transcript()
    row = stored[0]
    assert row["phone"] == "+31612345678" and row["name"] == "Sanne de Vries" and row["preferred_moment"] == "ochtend"
    assert row["reference"] in confirmation
    mail = wait_for_mail(mailbox, row["reference"])
    assert mail is not None, "staff e-mail did not arrive"
    body = mail.get_payload(decode=True).decode() if not mail.is_multipart() else mail.get_body().get_content()
    assert "Sanne de Vries" in body and "06" in body


def test_happy_path_by_email(assistant, chat):
    fill_until_consent(chat, method="email", contact="sanne@voorbeeld.nl")
    confirmation = chat.say("ja, versturen")
    row = rows(assistant, chat.sender)[0]
    assert row["contact_method"] == "email" and row["email"] == "sanne@voorbeeld.nl" and row["phone"] is None
    assert row["reference"] in confirmation


def test_wrong_number_then_right(assistant, chat):
    chat.say("ik wil een afspraak maken")
    chat.say("Fatma Yilmaz")
    chat.say("/choose_phone")
    assert "klopt niet" in chat.say("0612"), chat.transcript()
    assert "wanneer komt" in chat.say("+31 6 87654321").lower(), chat.transcript()
    chat.say("middag")
    chat.say("nee")
    chat.say("ja")
    assert rows(assistant, chat.sender)[0]["phone"] == "+31687654321"


def test_correction_before_consent(assistant, chat):
    fill_until_consent(chat)
    summary = chat.say("mijn nummer klopt niet, het is 06 11223344")
    assert "06 11223344" in summary, chat.transcript()
    chat.say("ja")
    assert rows(assistant, chat.sender)[0]["phone"] == "+31611223344"


def test_question_in_the_middle_of_the_form_then_back(assistant, chat):
    chat.say("bel me terug alsjeblieft")
    answer = chat.say("Heb ik eigenlijk een verwijzing van de huisarts nodig voor psychosociale therapie?")
    assert "zelf aanmelden" in answer.lower() or "geen verwijzing" in answer.lower(), chat.transcript()
    assert "naam" in answer.lower(), chat.transcript()  # the form asks its question again
    chat.say("Sanne de Vries")
    tracker = chat.tracker()
    assert tracker["slots"]["callback_name"] == "Sanne de Vries", chat.transcript()


def test_stop_stores_nothing(assistant, chat):
    chat.say("kan iemand me bellen?")
    chat.say("Sanne de Vries")
    assert "niets opgeslagen" in chat.say("laat maar").lower(), chat.transcript()
    assert rows(assistant, chat.sender) == []
    assert chat.tracker()["active_loop"].get("name") is None


def test_no_consent_stores_nothing_and_gives_contact(assistant, chat):
    fill_until_consent(chat)
    answer = chat.say("nee")
    assert "niets opgeslagen" in answer.lower() and TEST_PHONE in answer, chat.transcript()
    assert rows(assistant, chat.sender) == []


def test_staff_api_needs_the_token(assistant, chat):
    fill_until_consent(chat)
    chat.say("ja")
    reference = rows(assistant, chat.sender)[0]["reference"]
    base = f"{assistant.url}/webhooks/staff"
    assert http("GET", f"{base}/api/callbacks")[0] == 401
    assert http("GET", f"{base}/api/callbacks", headers={"Authorization": "Bearer wrong"})[0] == 401
    status, body = http("GET", f"{base}/api/callbacks", headers={"Authorization": f"Bearer {STAFF_TOKEN}"})
    assert status == 200 and reference in body.decode()
    status, _ = http("POST", f"{base}/api/callbacks/{reference}/handled", headers={"Authorization": f"Bearer {STAFF_TOKEN}"})
    assert status == 200
    status, body = http("GET", f"{base}/api/callbacks?status=handled", headers={"Authorization": f"Bearer {STAFF_TOKEN}"})
    assert reference in body.decode()
    status, body = http("GET", f"{base}/api/callbacks.csv", headers={"Authorization": f"Bearer {STAFF_TOKEN}"})
    assert status == 200 and reference in body.decode()
    # the old token page is gone: it leads to the console's sign-in, and the token opens nothing there
    status, body = http("GET", f"{base}/?token={STAFF_TOKEN}")
    assert status == 200 and reference not in body.decode() and 'name="password"' in body.decode()
