"""WhatsApp (Twilio), Facebook Messenger and Telegram end to end, without the internet: signed webhooks go to
the real Rasa server, the replies arrive at fake provider APIs on 127.0.0.1 (tests/e2e/channels/providers.py)."""
import json
import random

import pytest

from tests.conftest import TEST_PHONE
from tests.e2e.assistant import API_TOKEN, http
from tests.e2e.channels import providers as fake
from tests.e2e.channels.providers import Messenger
from tests.e2e.conftest import STAFF_TOKEN
from wegwijzer.channels import messaging

CHANNELS = ["whatsapp", "facebook", "telegram"]
KEYS = {"whatsapp": fake.TWILIO_TOKEN, "facebook": fake.FB_SECRET, "telegram": fake.TG_TOKEN}
CRISIS_PARTS = ["0800-0113", "113.nl", "112", "huisarts", "0800-2000", "0800-0432"]


def new_address(channel: str) -> str:
    number = random.randrange(10_000_000, 99_999_999)
    return {"whatsapp": f"whatsapp:+316{number}", "facebook": f"2{number}{number}", "telegram": str(number)}[channel]


@pytest.fixture
def person(request, assistant, providers):
    return Messenger(providers, assistant.url, request.param, new_address(request.param))


def options(channel: str, message: dict) -> list:
    """The option titles a person sees in one provider message."""
    if channel == "facebook":
        return [q["title"] for q in message["raw"].get("quick_replies", [])]
    if channel == "telegram":
        markup = message["raw"].get("reply_markup") or {}
        return [row[0]["text"] for row in markup.get("inline_keyboard", [])]
    return []


def tracker_events(assistant, channel: str, address: str) -> list:
    sender = messaging.pseudonym(channel, KEYS[channel], address)
    status, body = http("GET", f"{assistant.url}/conversations/{sender}/tracker?token={API_TOKEN}")
    assert status == 200, body
    return json.loads(body).get("events") or []


@pytest.mark.parametrize("person", CHANNELS, indirect=True)
def test_first_contact_notice_once_then_faq_answer_like_the_website(person, chat, assistant):
    first = person.say("/start" if person.channel == "telegram" else "Hoi")  # Telegram's first message
    for part in ["chatbot", "geen medisch advies", "90 dagen", "0800-0113", "112", "0800-2000", "0800-0432"]:
        assert part in first, person.transcript()
    question = "Heb ik een verwijzing van de huisarts nodig?"
    website = chat.send(question)[0]["text"]
    replies = person.send(question)
    assert replies[0]["text"] == messaging.plain(website, bold="*" if person.channel == "whatsapp" else ""), \
        person.transcript()
    assert "90 dagen" not in person.transcript().split("> " + question)[1]  # the notice came once
    events = tracker_events(assistant, person.channel, person.address)
    assert [e for e in events if e["event"] == "user"]
    assert person.address not in json.dumps(events)  # Rasa keeps a pseudonym, not the number or account id


@pytest.mark.parametrize("person", CHANNELS, indirect=True)
def test_options_numbered_reply_and_callback_request_stored(person, assistant):
    person.say("Hoi")
    replies = person.send("Heb ik een verwijzing van de huisarts nodig?")
    offer = replies[-1]
    if person.channel == "whatsapp":  # no buttons: a numbered list
        assert "1. Laat me terugbellen\n2. Contactgegevens" in offer["text"], person.transcript()
    else:
        assert options(person.channel, offer) == ["Laat me terugbellen", "Contactgegevens"], person.transcript()
    assert TEST_PHONE in person.say("2"), person.transcript()  # "2" chose "Contactgegevens"

    name = {"whatsapp": "Sanne de Vries", "facebook": "Fatma Yilmaz", "telegram": "Kees Jansen"}[person.channel]
    phone = f"06 1{random.randrange(1_000_000, 9_999_999)}"  # 06-1…: a number phonenumbers accepts
    person.say("Heb ik een verwijzing van de huisarts nodig?")
    assert "naam" in person.say("1").lower(), person.transcript()  # "1" chose "Laat me terugbellen"
    assert "contact" in person.say(name).lower(), person.transcript()
    if person.channel == "whatsapp":
        moment = person.say("1")  # "Bel me"
    else:
        moment = person.say("Bel me", button="/choose_phone")  # the channel's own button
    assert "telefoonnummer" in moment, person.transcript()
    assert "wanneer komt" in person.say(phone).lower(), person.transcript()
    person.say("Middag")  # an option's own text selects it too
    summary = person.say("nee")
    assert phone in summary and "toestemming" in summary, person.transcript()
    confirmation = person.say("1")  # "Ja, versturen"
    status, body = http("GET", f"{assistant.url}/webhooks/staff/api/callbacks",
                        headers={"Authorization": f"Bearer {STAFF_TOKEN}"})
    assert status == 200, body
    stored = [r for r in json.loads(body) if r["name"] == name and r["reference"] in confirmation]
    assert len(stored) == 1, person.transcript()
    assert stored[0]["phone"] == "+316" + phone[3:] and stored[0]["preferred_moment"] == "middag"


@pytest.mark.parametrize("person", CHANNELS, indirect=True)
def test_crisis_reply_arrives_whole_in_one_message(person):
    person.say("Hoi")  # the first-contact notice has every number too: get it out of the way
    replies = person.send("ik wil niet meer leven")
    whole = [m for m in replies if "Praat er nu over met een mens" in m["text"]]
    assert len(whole) == 1 and all(part in whole[0]["text"] for part in CRISIS_PARTS), person.transcript()
    assert replies[0] is whole[0]  # first, not after anything else


@pytest.mark.parametrize("person", CHANNELS, indirect=True)
def test_unsigned_and_wrongly_signed_webhooks_get_403_and_reach_no_conversation(person, assistant):
    before = len(person.providers.sent)
    for sign in (None, "wrong"):
        status, _ = person.post("ik wil niet meer leven", sign=sign)
        assert status == 403
    assert person.providers.messages(person.channel, person.address, before) == []
    assert not [e for e in tracker_events(assistant, person.channel, person.address) if e["event"] == "user"]


@pytest.mark.parametrize("person", CHANNELS, indirect=True)
def test_bad_bodies_get_4xx_or_a_friendly_answer_never_5xx(person, assistant):
    for raw in (b"", b"{", b"\xff\xfe", b"[1, 2]", json.dumps({"entry": "x", "message": 1}).encode()):
        status, _ = http("POST", person.webhook, raw=raw, headers={"Content-Type": "application/json"})
        assert status == 403  # unsigned: refused before anything reads the body
    assert "korter" in person.say("a" * 3000)  # too long: the REST channel's answer, with the crisis line
    assert "0800-0113" in person.say("a" * 3000)


def test_telegram_webhook_registered_with_secret_and_set_webhook_closed(assistant, providers):
    registered = [c for c in providers.calls if c["provider"] == "telegram" and c["method"] == "setWebhook"]
    assert registered and registered[0]["data"]["secret_token"] == fake.TG_SECRET
    assert registered[0]["data"]["url"] == f"{assistant.url}/webhooks/telegram/webhook"
    assert http("GET", f"{assistant.url}/webhooks/telegram/set_webhook")[0] == 404


def test_telegram_signed_but_odd_updates_are_ignored_with_200(assistant, providers):
    headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": fake.TG_SECRET}
    for raw in (b"{", b"[]", b'{"update_id": 1}', b'{"update_id": 2, "message": {"text": "hoi"}}'):
        status, _ = http("POST", f"{assistant.url}/webhooks/telegram/webhook", raw=raw, headers=headers)
        assert status == 200


def test_facebook_signed_but_malformed_body_gets_400(assistant):
    import hashlib
    import hmac

    for raw in (b"{", b"[]", b'{"entry": "x"}', b'{"entry": [{"messaging": [1]}]}'):
        signature = "sha256=" + hmac.new(fake.FB_SECRET.encode(), raw, hashlib.sha256).hexdigest()
        status, _ = http("POST", f"{assistant.url}/webhooks/facebook/webhook", raw=raw,
                         headers={"Content-Type": "application/json", "X-Hub-Signature-256": signature})
        assert status == 400


def test_facebook_verify_handshake_needs_the_right_token(assistant):
    url = f"{assistant.url}/webhooks/facebook/webhook?hub.mode=subscribe&hub.challenge=4242&hub.verify_token="
    assert http("GET", url + fake.FB_VERIFY) == (200, b"4242")
    assert http("GET", url + "wrong")[0] == 403
