"""SafetyNet's decision table, with the thresholds of config.yml."""
from pathlib import Path

import pytest
import yaml

from wegwijzer.components.safety_net import SafetyNet
from wegwijzer.detectors import normalise

ROOT = Path(__file__).resolve().parents[3]
CONFIG = next(c for c in yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"] if c["name"].endswith("SafetyNet"))


@pytest.fixture
def net():
    return SafetyNet({k: v for k, v in CONFIG.items() if k != "name"}, None, None, model=None)


def decide(net, text, predicted="faq"):
    signal, tier = net.decide(net.signals(normalise(text)), predicted)
    return (signal.detector if signal else None), tier


@pytest.mark.parametrize("text, expected", [
    ("ik wil mezelf iets aandoen", ("crisis", "full")),
    ("heb ik adhd?", ("medical", None)),
    ("kutbot", ("abuse", None)),
    ("kan iemand me bellen?", ("handoff", None)),
    ("Do you have a waiting list for adults?", ("language", None)),
    ("asdfghjkl", ("gibberish", None)),
    ("ik kan niet meer", (None, "watch")),
    ("wat is psychosociale therapie?", (None, None)),
])
def test_decision_table(net, text, expected):
    assert decide(net, text) == expected


def test_crisis_wins_over_everything(net):
    assert decide(net, "ik wil dood, kan iemand me bellen?") == ("crisis", "full")


def test_handoff_words_do_not_override_a_form_answer(net):
    assert decide(net, "bel me maar", predicted="choose_phone") == (None, None)


def process(net, text, predicted):
    from rasa.shared.nlu.training_data.message import Message

    message = Message(data={"text": text, "intent": {"name": predicted, "confidence": 0.9}})
    net.process([message])
    return message.get("intent")["name"], message.get("safety")["crisis_tier"]


@pytest.mark.parametrize("text, predicted", [
    ("ik kan niet meer", "ask_medication"),               # the classifier says medication
    ("ik kan niet meer, kutbot", "faq"),                  # insult detector decides
    ("ik kan niet meer", "greet"),
])
def test_uncertain_risk_turns_fixed_answers_into_the_distress_reply(net, text, predicted):
    # a refusal or a calm answer to an insult carries no 113 line: with risk in the message it would be all they get
    assert process(net, text, predicted) == ("distress", "watch")


@pytest.mark.parametrize("text, predicted, intent", [
    ("ik kan niet meer, wat is jullie telefoonnummer?", "faq", "request_contact"),
    ("ik kan niet meer, heb ik een verwijzing nodig?", "faq", "faq"),
    ("stop, ik kan niet meer", "stop", "stop"),
    ("ik kan niet meer, heb ik adhd?", "faq", "ask_diagnosis"),
])
def test_uncertain_risk_keeps_answers_that_add_the_113_line_themselves(net, text, predicted, intent):
    # these actions call actions.common.add_crisis_line (tests/actions/test_crisis_line.py)
    assert process(net, text, predicted) == (intent, "watch")
