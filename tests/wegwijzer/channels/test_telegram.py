"""Telegram (wegwijzer/channels/telegram.py): the channel on a real Sanic server, the replies at the fake Bot API
on 127.0.0.1, inbound updates carrying Telegram's secret token header."""
import json
import logging

import pytest

from tests.e2e.channels import providers as fake
from tests.e2e.channels.providers import Messenger
from tests.wegwijzer.channels.server import call, post
from wegwijzer.channels import messaging
from wegwijzer.channels.telegram import TelegramBotInput

CHAT = "55501234"
HEADERS = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": fake.TG_SECRET}


@pytest.fixture
def env(monkeypatch, providers):
    for name, value in providers.env("https://wegwijzer.praktijk.example").items():
        monkeypatch.setenv(name, value)
    return monkeypatch


@pytest.fixture
async def telegram(env, serve, providers):
    server = await serve(TelegramBotInput.from_credentials(None))
    return server, Messenger(providers, server.url, "telegram", CHAT)


async def test_webhook_registered_at_start_with_the_secret(env, serve, providers):
    before = len(providers.calls)
    await serve(TelegramBotInput.from_credentials(None))
    registered = [c for c in providers.calls[before:] if c.get("method") == "setWebhook"]
    assert [c["data"]["url"] for c in registered] == ["https://wegwijzer.praktijk.example/webhooks/telegram/webhook"]
    assert registered[0]["data"]["secret_token"] == fake.TG_SECRET


async def test_a_wrong_bot_name_is_logged_at_start(env, serve, caplog):
    env.setenv("TELEGRAM_BOT_NAME", "een_andere_bot")
    with caplog.at_level(logging.ERROR):
        await serve(TelegramBotInput.from_credentials(None))
    assert "TELEGRAM_BOT_NAME is not this bot's username" in caplog.text


async def test_who_the_bot_is_is_asked_once_not_per_message(telegram, providers):
    server, person = telegram
    before = len(providers.calls)
    for text in ("hoi", "nog een vraag"):
        await post(person, text)
    assert [c["method"] for c in providers.calls[before:]].count("getMe") == 0  # asked at start already


async def test_an_update_with_the_secret_reaches_rasa_under_a_pseudonym_and_the_reply_reaches_the_chat(
        telegram, agent, providers):
    server, person = telegram
    before = len(providers.sent)
    assert (await post(person, "Wat kost therapie?"))[0] == 200
    assert [m.text for m in agent.messages] == ["Wat kost therapie?"]
    assert agent.messages[0].sender_id == messaging.pseudonym("telegram", fake.TG_TOKEN, CHAT)
    assert [m["text"] for m in providers.messages("telegram", CHAT, before)] == ["Antwoord"]


@pytest.mark.parametrize("sign", [None, "wrong"])
async def test_updates_without_the_right_secret_get_403_and_reach_nothing(telegram, agent, providers, sign):
    server, person = telegram
    before = len(providers.sent)
    assert (await post(person, "hoi", sign=sign))[0] == 403
    assert agent.messages == [] and providers.sent[before:] == []


async def test_the_public_set_webhook_route_is_closed(telegram, providers):
    server, _ = telegram
    before = len(providers.calls)
    for method in ("GET", "POST"):
        assert (await call(method, f"{server.url}/webhooks/telegram/set_webhook"))[0] == 404
    assert providers.calls[before:] == []


async def test_start_is_a_greeting_and_buttons_send_their_payload(telegram, agent, providers):
    server, person = telegram
    await post(person, "/start")
    before = len(providers.calls)
    await post(person, "Bel me", button="/choose_phone")
    assert [m.text for m in agent.messages] == ["/greet", "/choose_phone"]
    assert [c["method"] for c in providers.calls[before:]][0] == "answerCallbackQuery"  # button spinner stops


async def test_options_as_an_inline_keyboard_with_the_number_for_long_payloads(telegram, agent, providers):
    server, person = telegram
    long_payload = '/faq{"topic":"' + "x" * 70 + '"}'
    agent.replies = [{"text": "Kies [hier](https://praktijk.example/a):",
                      "buttons": [{"title": "Bel me", "payload": "/choose_phone"},
                                  {"title": "Lang", "payload": long_payload}]}]
    before = len(providers.sent)
    await post(person, "hoi")
    [sent] = providers.messages("telegram", CHAT, before)
    assert sent["text"] == "Kies hier (https://praktijk.example/a):"
    keyboard = [(row[0]["text"], row[0]["callback_data"]) for row in sent["raw"]["reply_markup"]["inline_keyboard"]]
    assert keyboard == [("Bel me", "/choose_phone"), ("Lang", "2")]


async def test_long_answers_in_parts_within_4096_characters(telegram, agent, providers):
    server, person = telegram
    answer = "\n\n".join(["Therapie voor kinderen gaat vaak samen met de ouders. " * 12] * 12)
    agent.replies = [{"text": answer}]
    before = len(providers.sent)
    await post(person, "hoi")
    parts = [m["text"] for m in providers.messages("telegram", CHAT, before)]
    assert len(parts) > 1 and all(len(p) <= 4096 for p in parts) and " ".join(parts).split() == answer.split()


async def test_a_sticker_or_photo_gets_a_friendly_answer(telegram, agent, providers):
    server, person = telegram
    before = len(providers.sent)
    raw = json.dumps({"update_id": 1, "message": {"message_id": 1, "date": 1, "chat": {"id": int(CHAT), "type": "private"},
                                                  "sticker": {"file_id": "x"}}}).encode()
    assert (await call("POST", person.webhook, raw=raw, headers=HEADERS))[0] == 200
    assert [m["text"] for m in providers.messages("telegram", CHAT, before)] == [messaging.NOT_TEXT]
    assert agent.messages == []


@pytest.mark.parametrize("raw", [b"", b"{", b"[]", b'"x"', b'{"update_id": 1}', b'{"update_id": 1, "message": {}}',
                                 b'{"update_id": 1, "callback_query": {"id": "1"}}',
                                 b'{"update_id": 1, "message": {"chat": {}}}'])
async def test_odd_updates_with_the_secret_are_ignored_with_200(telegram, agent, raw):
    server, person = telegram
    assert (await call("POST", person.webhook, raw=raw, headers=HEADERS))[0] == 200
    assert agent.messages == []


@pytest.mark.parametrize("missing, secret", [("TELEGRAM_SECRET_TOKEN", None), (None, "kort"), (None, "met spaties erin!!")])
async def test_off_without_a_usable_secret_or_variable_says_so_once_and_answers_503(env, serve, caplog, missing, secret):
    if missing:
        env.delenv(missing)
    if secret:
        env.setenv("TELEGRAM_SECRET_TOKEN", secret)
    with caplog.at_level(logging.INFO):
        channel = TelegramBotInput.from_credentials(None)
    assert not channel.enabled
    lines = [r.getMessage() for r in caplog.records if "Telegram" in r.getMessage()]
    assert len(lines) == 1 and "off" in lines[0] and "TELEGRAM_SECRET_TOKEN" in lines[0]
    assert not secret or secret not in lines[0]
    server = await serve(channel)
    assert (await call("POST", f"{server.url}/webhooks/telegram/webhook", raw=b"{}", headers=HEADERS))[0] == 503
