"""Channel-independent messenger code (wegwijzer/channels/messaging.py): formatting, options, switch-on, Inbox."""
import logging
import re
from types import SimpleNamespace

import pytest
import yaml
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.shared.core.events import BotUttered, UserUttered

from actions.session import messenger_intro
from tests.wegwijzer.channels.server import Agent
from wegwijzer import practice
from wegwijzer.channels import messaging
from wegwijzer.channels.rest import CRISIS_LINES, apology, too_long
from wegwijzer.files import project_path

BUTTONS = [{"title": "Ochtend", "payload": "ochtend"}, {"title": "Middag", "payload": "middag"},
           {"title": "Laat me terugbellen", "payload": "/request_callback"}]


@pytest.mark.parametrize("markdown, text", [
    ("Bel [030 765 4321](tel:+31307654321).", "Bel 030 765 4321."),
    ("Of [mail ons](mailto:info@praktijk.example).", "Of mail ons (info@praktijk.example)."),
    ("Chat via [113.nl](https://www.113.nl/).", "Chat via 113.nl."),
    ("Lees [de uitleg](https://praktijk.example/uitleg?a=1).", "Lees de uitleg (https://praktijk.example/uitleg?a=1)."),
    ("Bel [de praktijk](tel:+31307654321)", "Bel de praktijk (+31307654321)"),
    ("geen link [hier] (x)", "geen link [hier] (x)"),
])
def test_markdown_links_become_text_with_the_number_or_address(markdown, text):
    assert messaging.plain(markdown) == text


def test_bold_is_kept_as_whatsapp_marks_or_dropped():
    assert messaging.plain("**let op**: x", bold="*") == "*let op*: x"
    assert messaging.plain("**let op**: x") == "let op: x"


def test_options_become_a_numbered_list():
    assert messaging.numbered("Wanneer?", BUTTONS[:2]) == f"Wanneer?\n\n1. Ochtend\n2. Middag\n{messaging.CHOOSE}"


@pytest.mark.parametrize("reply, payload", [
    ("1", "ochtend"), (" 2. ", "middag"), ("3)", "/request_callback"), ("optie 2", "middag"),
    ("middag", "middag"), ("Laat me terugbellen!", "/request_callback"), ("MIDDAG", "middag"),
    ("4", None), ("0", None), ("12 uur", None), ("ik wil middag", None), ("", None),
])
def test_a_number_or_an_options_text_selects_it(reply, payload):
    assert messaging.choice(reply, BUTTONS) == payload


def test_no_options_no_choice():
    assert messaging.choice("1", []) is None


def test_options_come_from_the_last_bot_message_before_the_visitor_spoke():
    offer = BotUttered("Wanneer?", {"buttons": BUTTONS})
    assert messaging.last_buttons([UserUttered("hoi"), offer, BotUttered("en verder")]) == BUTTONS
    assert messaging.last_buttons([offer, UserUttered("2")]) == []  # already answered
    assert messaging.last_buttons([]) == []


def words(text):
    return text.split()


@pytest.mark.parametrize("limit", [80, 160, 1600])
def test_long_answers_are_split_within_the_limit_without_breaking_words_or_links(limit):
    sentence = "Psychosociale therapie helpt bij stress (zie https://praktijk.example/veel-gestelde-vragen?x=1). "
    text = "\n\n".join(sentence * 7 for _ in range(6)) + "\n- een regel\n- nog een regel"
    parts = messaging.split(text, limit)
    assert len(parts) > 1 and all(0 < len(part) <= limit for part in parts)
    assert words(" ".join(parts)) == words(text)  # nothing lost, no word or link cut in two
    assert all("https://praktijk.example/veel-gestelde-vragen?x=1)." in p for p in parts if "https" in p)


def test_split_prefers_paragraphs_then_sentences():
    text = ("Eerste zin. " * 5).strip() + "\n\n" + ("Tweede alinea. " * 5).strip()
    assert messaging.split(text, 100) == [("Eerste zin. " * 5).strip(), ("Tweede alinea. " * 5).strip()]
    parts = messaging.split("Een zin die eindigt. En nog een zin die doorgaat tot voorbij de grens", 40)
    assert parts[0] == "Een zin die eindigt."


def test_short_text_is_one_part_and_empty_is_none():
    assert messaging.split("  hoi  ", 10) == ["hoi"]
    assert messaging.split("", 10) == []


def crisis_texts():
    domain = yaml.safe_load(project_path("domain.yml").read_text(encoding="utf-8"))
    for name in ("utter_crisis", "utter_crisis_watch", "utter_distress"):
        for variant in domain["responses"][name]:
            yield variant["text"]
    yield CRISIS_LINES
    yield too_long()
    yield apology("ik wil dood")
    yield messenger_intro(practice.load_practice(), "Facebook Messenger")


@pytest.mark.parametrize("text", list(crisis_texts()))
def test_crisis_replies_always_go_out_as_one_message_on_every_channel(text):
    for limit in messaging.LIMITS.values():
        assert messaging.split(messaging.plain(text), limit) == [text.strip()]


def test_pseudonym_is_stable_per_key_and_hides_the_address():
    one = messaging.pseudonym("whatsapp", "key", "whatsapp:+31612345678")
    assert one == messaging.pseudonym("whatsapp", "key", "whatsapp:+31612345678")
    assert one != messaging.pseudonym("whatsapp", "other", "whatsapp:+31612345678")
    assert re.fullmatch(r"whatsapp-[0-9a-f]{24}", one) and "612345678" not in one


def test_settings_off_names_the_missing_variables_once_and_never_values(monkeypatch, caplog):
    monkeypatch.setenv("WW_TEST_A", "geheim-a")
    monkeypatch.delenv("WW_TEST_B", raising=False)
    with caplog.at_level(logging.INFO, logger="wegwijzer.channels.messaging"):
        assert messaging.settings("Test", ["WW_TEST_A", "WW_TEST_B"]) is None
    assert len(caplog.records) == 1 and "WW_TEST_B" in caplog.text and "off" in caplog.text
    assert "geheim-a" not in caplog.text and "WW_TEST_A" not in caplog.text
    monkeypatch.setenv("WW_TEST_B", "  ")
    assert messaging.settings("Test", ["WW_TEST_A", "WW_TEST_B"]) is None  # blank is unset
    monkeypatch.setenv("WW_TEST_B", "b")
    assert messaging.settings("Test", ["WW_TEST_A", "WW_TEST_B"]) == {"WW_TEST_A": "geheim-a", "WW_TEST_B": "b"}


def test_api_url_defaults_to_the_provider(monkeypatch):
    monkeypatch.delenv("WW_TEST_URL", raising=False)
    assert messaging.api_url("WW_TEST_URL", "https://api.example") == "https://api.example"
    monkeypatch.setenv("WW_TEST_URL", "http://127.0.0.1:9/fake/")
    assert messaging.api_url("WW_TEST_URL", "https://api.example") == "http://127.0.0.1:9/fake"


# -- Inbox -------------------------------------------------------------------------------------------------

def inbox_with(agent):
    inbox = messaging.Inbox("whatsapp", "key", agent.handle_message)
    inbox.app = SimpleNamespace(ctx=SimpleNamespace(agent=agent))
    return inbox


async def say(inbox, text):
    out = CollectingOutputChannel()
    await inbox(UserMessage(text, out, "whatsapp:+31612345678", input_channel="whatsapp"))
    return [m["text"] for m in out.messages]


async def test_inbox_hands_rasa_a_pseudonym_the_channel_and_clean_text():
    agent = Agent()
    assert await say(inbox_with(agent), "hoi\x00daar") == ["Antwoord"]
    message = agent.messages[0]
    assert message.text == "hoi daar" and message.input_channel == "whatsapp"
    assert message.sender_id == messaging.pseudonym("whatsapp", "key", "whatsapp:+31612345678")
    assert message.metadata == {"channel": "whatsapp"}


async def test_inbox_turns_a_number_into_the_option_from_the_tracker():
    agent = Agent()
    sender = messaging.pseudonym("whatsapp", "key", "whatsapp:+31612345678")
    tracker = await agent.tracker_store.get_or_create_tracker(sender)
    tracker.update(BotUttered("Wanneer?", {"buttons": BUTTONS}))
    await agent.tracker_store.save(tracker)
    await say(inbox_with(agent), "2")
    assert agent.messages[-1].text == "middag"


@pytest.mark.parametrize("text, expected", [("", messaging.NOT_TEXT), ("   ", messaging.NOT_TEXT),
                                            ("x" * 2001, too_long())])
async def test_inbox_answers_empty_and_too_long_messages_itself(text, expected):
    agent = Agent()
    assert await say(inbox_with(agent), text) == [expected]
    assert agent.messages == []


async def test_inbox_apologises_when_rasa_fails_or_stays_silent():
    agent = Agent()
    agent.error = RuntimeError("database down")
    replies = await say(inbox_with(agent), "ik wil dood")
    assert replies == [apology("ik wil dood")] and "0800-0113" in replies[0]
    agent.error, agent.replies = None, []
    assert await say(inbox_with(agent), "wat kost het") == [apology("wat kost het")]
