"""Facebook Messenger (wegwijzer/channels/facebook.py): the channel on a real Sanic server, the replies at the
fake Graph API on 127.0.0.1, inbound webhooks signed with X-Hub-Signature-256 like Meta signs them."""
import hashlib
import hmac
import json
import logging

import pytest

from tests.e2e.channels import providers as fake
from tests.e2e.channels.providers import Messenger
from tests.wegwijzer.channels.server import call, post
from wegwijzer.channels import messaging
from wegwijzer.channels.facebook import FacebookMessengerInput, signature_valid

PSID = "24681357924680"


@pytest.fixture
def env(monkeypatch, providers):
    for name, value in providers.env("http://unused").items():
        monkeypatch.setenv(name, value)
    return monkeypatch


@pytest.fixture
async def facebook(env, serve, providers):
    server = await serve(FacebookMessengerInput.from_credentials(None))
    return server, Messenger(providers, server.url, "facebook", PSID)


async def test_a_signed_message_reaches_rasa_under_a_pseudonym_and_the_reply_reaches_the_page(facebook, agent, providers):
    server, person = facebook
    before = len(providers.sent)
    assert (await post(person, "Wat kost therapie?"))[0] == 200
    assert [m.text for m in agent.messages] == ["Wat kost therapie?"]
    assert agent.messages[0].sender_id == messaging.pseudonym("facebook", fake.FB_SECRET, PSID)
    assert [m["raw"] for m in providers.messages("facebook", PSID, before)] == [{"text": "Antwoord"}]


@pytest.mark.parametrize("sign", [None, "wrong"])
async def test_unsigned_or_wrongly_signed_webhooks_get_403_and_reach_nothing(facebook, agent, providers, sign):
    server, person = facebook
    before = len(providers.sent)
    assert (await post(person, "hoi", sign=sign))[0] == 403
    assert agent.messages == [] and providers.sent[before:] == []


async def test_the_old_sha1_signature_alone_is_not_enough(facebook, agent):
    server, person = facebook
    raw, _ = person.request("hoi")
    sha1 = "sha1=" + hmac.new(fake.FB_SECRET.encode(), raw, hashlib.sha1).hexdigest()
    status, _ = await call("POST", person.webhook, raw=raw, headers={"X-Hub-Signature": sha1})
    assert status == 403 and agent.messages == []


def test_signature_check():
    good = "sha256=" + hmac.new(b"s", b"body", hashlib.sha256).hexdigest()
    assert signature_valid("s", b"body", good)
    assert not signature_valid("s", b"body!", good) and not signature_valid("t", b"body", good)
    assert not signature_valid("s", b"body", good.upper()) and not signature_valid("s", b"body", "")
    assert not signature_valid("s", b"body", "sha256=\udcff")


async def test_quick_reply_and_postback_payloads_reach_rasa_as_the_payload(facebook, agent):
    server, person = facebook
    await post(person, "Bel me", button="/choose_phone")
    assert agent.messages[-1].text == "/choose_phone"


async def test_every_event_of_a_batched_webhook_is_handled(facebook, agent):
    server, person = facebook
    events = [{"sender": {"id": PSID}, "message": {"mid": f"m{i}", "text": text}}
              for i, text in enumerate(["hoi", "ik wil niet meer leven"])]
    raw = json.dumps({"object": "page", "entry": [{"id": "1", "messaging": events[:1]},
                                                   {"id": "1", "messaging": events[1:]}]}).encode()
    signature = "sha256=" + hmac.new(fake.FB_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    assert (await call("POST", person.webhook, raw=raw, headers={"X-Hub-Signature-256": signature}))[0] == 200
    assert [m.text for m in agent.messages] == ["hoi", "ik wil niet meer leven"]


async def test_options_as_quick_replies_numbered_when_titles_are_too_long(facebook, agent, providers):
    server, person = facebook
    agent.replies = [
        {"text": "Kies:", "buttons": [{"title": "Bel me", "payload": "/choose_phone"},
                                      {"title": "Mail me", "payload": "/choose_email"}]},
        {"text": "Gaat je vraag hierover?",
         "buttons": [{"title": "Heb ik een verwijzing van de huisarts nodig?", "payload": "/faq"},
                     {"title": "Iets anders", "payload": "/request_human"}]},
    ]
    before = len(providers.sent)
    await post(person, "hoi")
    short, long = [m["raw"] for m in providers.messages("facebook", PSID, before)]
    assert short["text"] == "Kies:"
    assert [(q["title"], q["payload"]) for q in short["quick_replies"]] == [("Bel me", "/choose_phone"),
                                                                             ("Mail me", "/choose_email")]
    assert "1. Heb ik een verwijzing van de huisarts nodig?\n2. Iets anders" in long["text"]
    assert [(q["title"], q["payload"]) for q in long["quick_replies"]] == [("1", "/faq"), ("2", "/request_human")]


async def test_long_answers_in_parts_within_2000_characters(facebook, agent, providers):
    server, person = facebook
    answer = " ".join(["Een psychosociaal therapeut kijkt naar de hele mens, zie https://praktijk.example/pst."] * 50)
    agent.replies = [{"text": answer}]
    before = len(providers.sent)
    await post(person, "hoi")
    parts = [m["text"] for m in providers.messages("facebook", PSID, before)]
    assert len(parts) > 1 and all(len(p) <= 2000 for p in parts) and " ".join(parts).split() == answer.split()


async def test_a_photo_gets_a_friendly_answer(facebook, agent, providers):
    server, person = facebook
    raw = (b'{"object": "page", "entry": [{"id": "1", "messaging": [{"sender": {"id": "' + PSID.encode()
           + b'"}, "message": {"mid": "m", "attachments": [{"type": "image", "payload": {"url": "https://x.example/p.jpg"}}]}}]}]}')
    signature = "sha256=" + hmac.new(fake.FB_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    before = len(providers.sent)
    assert (await call("POST", person.webhook, raw=raw, headers={"X-Hub-Signature-256": signature}))[0] == 200
    assert [m["text"] for m in providers.messages("facebook", PSID, before)] == [messaging.NOT_TEXT]
    assert agent.messages == []


@pytest.mark.parametrize("raw", [b"", b"{", b"\xff", b"[]", b'{"entry": {}}', b'{"entry": [{"messaging": "x"}]}',
                                 b'{"entry": [{"messaging": [{"sender": 5}]}]}'])
async def test_signed_but_malformed_bodies_get_400(facebook, agent, raw):
    server, person = facebook
    signature = "sha256=" + hmac.new(fake.FB_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    assert (await call("POST", person.webhook, raw=raw, headers={"X-Hub-Signature-256": signature}))[0] == 400
    assert agent.messages == []


async def test_verify_handshake(facebook):
    server, _ = facebook
    url = f"{server.url}/webhooks/facebook/webhook?hub.mode=subscribe&hub.challenge=31337&hub.verify_token="
    assert await call("GET", url + fake.FB_VERIFY) == (200, b"31337")
    assert (await call("GET", url + "fout"))[0] == 403
    assert (await call("GET", url.replace("subscribe", "unsubscribe") + fake.FB_VERIFY))[0] == 403


async def test_off_when_a_variable_is_missing_says_so_once_and_answers_503(env, serve, caplog):
    env.delenv("FACEBOOK_APP_SECRET")
    with caplog.at_level(logging.INFO):
        channel = FacebookMessengerInput.from_credentials(None)
    assert not channel.enabled
    assert [r.getMessage() for r in caplog.records if "Facebook" in r.getMessage()] == [
        "Facebook Messenger channel is off: set FACEBOOK_APP_SECRET to switch it on (docs/channels.md)"]
    server = await serve(channel)
    assert (await call("POST", f"{server.url}/webhooks/facebook/webhook", raw=b"{}"))[0] == 503
