"""WhatsApp through Twilio (wegwijzer/channels/whatsapp.py): the channel on a real Sanic server, the replies at
the fake Twilio API on 127.0.0.1, inbound webhooks signed like Twilio signs them."""
import logging

import pytest

from tests.e2e.channels import providers as fake
from tests.e2e.channels.providers import Messenger
from tests.wegwijzer.channels.server import call, post
from wegwijzer.channels import messaging
from wegwijzer.channels.whatsapp import VARIABLES, WhatsAppInput

ADDRESS = "whatsapp:+31612345678"


@pytest.fixture
def env(monkeypatch, providers):
    for name, value in providers.env("http://unused").items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("TWILIO_WEBHOOK_URL", raising=False)
    return monkeypatch


@pytest.fixture
async def whatsapp(env, serve, providers):
    server = await serve(WhatsAppInput.from_credentials(None))
    return server, Messenger(providers, server.url, "whatsapp", ADDRESS)


async def test_a_signed_message_reaches_rasa_under_a_pseudonym_and_the_reply_reaches_twilio(whatsapp, agent, providers):
    server, person = whatsapp
    before = len(providers.sent)
    status, _ = await post(person, "Heb ik een verwijzing nodig?")
    assert status == 204
    assert [m.text for m in agent.messages] == ["Heb ik een verwijzing nodig?"]
    assert agent.messages[0].sender_id == messaging.pseudonym("whatsapp", fake.TWILIO_TOKEN, ADDRESS)
    sent = providers.messages("whatsapp", ADDRESS, before)
    assert [(m["text"], m["from"]) for m in sent] == [("Antwoord", f"whatsapp:{fake.TWILIO_NUMBER}")]


@pytest.mark.parametrize("sign", [None, "wrong"])
async def test_unsigned_or_wrongly_signed_webhooks_get_403_and_reach_nothing(whatsapp, agent, providers, sign):
    server, person = whatsapp
    before = len(providers.sent)
    status, _ = await post(person, "hoi", sign=sign)
    assert status == 403 and agent.messages == [] and providers.sent[before:] == []


async def test_a_signature_for_other_content_or_another_url_gets_403(whatsapp, agent):
    server, person = whatsapp
    raw, headers = person.request("hoi")
    status, _ = await call("POST", person.webhook, raw=raw.replace(b"hoi", b"doei"), headers=headers)
    assert status == 403
    other = Messenger(person.providers, "http://elders.example", "whatsapp", ADDRESS)
    raw, headers = other.request("hoi")
    assert (await call("POST", person.webhook, raw=raw, headers=headers))[0] == 403
    assert agent.messages == []


async def test_behind_a_proxy_the_public_webhook_url_is_what_twilio_signed(env, serve, agent, providers):
    public = "https://wegwijzer.praktijk.example"
    env.setenv("TWILIO_WEBHOOK_URL", f"{public}/webhooks/whatsapp/webhook")
    server = await serve(WhatsAppInput.from_credentials(None))
    raw, headers = Messenger(providers, public, "whatsapp", ADDRESS).request("hoi")
    assert (await call("POST", f"{server.url}/webhooks/whatsapp/webhook", raw=raw, headers=headers))[0] == 204
    assert [m.text for m in agent.messages] == ["hoi"]


async def test_options_go_out_as_a_numbered_list_and_long_answers_in_parts(whatsapp, agent, providers):
    server, person = whatsapp
    long_answer = " ".join(["Psychosociale therapie kan helpen bij stress en somberheid."] * 60)
    agent.replies = [{"text": "Bel [de praktijk](tel:+31307654321) of kies:",
                      "buttons": [{"title": "Bel me", "payload": "/choose_phone"},
                                  {"title": "Mail me", "payload": "/choose_email"}]},
                     {"text": long_answer}]
    before = len(providers.sent)
    await post(person, "hoi")
    sent = [m["text"] for m in providers.messages("whatsapp", ADDRESS, before)]
    assert sent[0] == f"Bel de praktijk (+31307654321) of kies:\n\n1. Bel me\n2. Mail me\n{messaging.CHOOSE}"
    assert len(sent) > 2 and all(len(text) <= 1600 for text in sent)
    assert " ".join(sent[1:]).split() == long_answer.split()


async def test_media_without_text_gets_a_friendly_answer(whatsapp, agent, providers):
    server, person = whatsapp
    before = len(providers.sent)
    await post(person, "")
    assert [m["text"] for m in providers.messages("whatsapp", ADDRESS, before)] == [messaging.NOT_TEXT]
    assert agent.messages == []


async def test_off_when_a_variable_is_missing_says_so_once_and_answers_503(env, serve, caplog):
    env.delenv("TWILIO_AUTH_TOKEN")
    with caplog.at_level(logging.INFO):
        channel = WhatsAppInput.from_credentials(None)
    assert not channel.enabled
    assert [r.getMessage() for r in caplog.records if "WhatsApp" in r.getMessage()] == [
        "WhatsApp (Twilio) channel is off: set TWILIO_AUTH_TOKEN to switch it on (docs/channels.md)"]
    server = await serve(channel)
    for method, path in [("POST", "/webhook"), ("GET", "/")]:
        assert (await call(method, f"{server.url}/webhooks/whatsapp{path}", raw=b"Body=hoi"))[0] == 503


def test_all_variables_are_named_in_credentials_yml():
    from wegwijzer.files import project_path

    text = project_path("credentials.yml").read_text(encoding="utf-8")
    assert "wegwijzer.channels.whatsapp.WhatsAppInput:" in text and all(name in text for name in VARIABLES)
