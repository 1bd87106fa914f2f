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
