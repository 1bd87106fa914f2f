"""The crisis lexicon (wegwijzer/crisis.py) on its own: held-out sets, everyday hyperbole, robustness."""
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings, strategies as st

from wegwijzer.crisis import detect

DATA = Path(__file__).resolve().parents[1] / "data"


def load(name, key):
    path = DATA / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))[key] if path.exists() else []


CRISIS = [p["text"] for p in load("crisis_phrases.yml", "phrases") + load("crisis_fresh.yml", "phrases")]
CALM = load("not_crisis.yml", "messages") + load("crisis_fresh.yml", "messages")


def test_every_held_out_crisis_message_is_caught():
    assert len(CRISIS) >= 60
    missed = [t for t in CRISIS if not detect(t)]
    assert not missed, missed


def test_false_alarms_on_calm_messages_stay_below_one_percent():
    alarms = [t for t in CALM if detect(t)]
    assert len(alarms) <= 0.01 * len(CALM), alarms


@pytest.mark.parametrize("text", ["ik lach me dood", "ik ben doodmoe", "ik verveel me dood", "doodnormaal",
                                  "ik ga dood van de zenuwen voor mijn examen", "kan een PST helpen bij rouw?",
                                  "mijn vader is overleden", "ik heb mijn pillen genomen vanochtend", ""])
def test_everyday_language_is_no_crisis(text):
    assert detect(text) is None


@pytest.mark.parametrize("text, kind", [("ZELFMOORD", "suicide"), ("ik wil er nie meer zijn", "suicide"),
                                        ("ik snij mezelf", "self_harm"), ("mijn partner slaat me", "violence"),
                                        ("ik ben bang dat ik mijn baby iets aandoe", "danger")])
def test_kinds(text, kind):
    assert detect(text).kind == kind


@settings(max_examples=150, deadline=2000)
@given(st.text(max_size=3000), st.sampled_from(["ik wil dood", "ik zie het niet meer zitten", "ik snij mezelf"]))
def test_random_text_never_crashes_and_an_inserted_crisis_is_still_found(noise, phrase):
    detect(noise)
    assert detect(f"{noise} . {phrase} . {noise}") is not None


def test_long_message_is_fast():
    import time

    text = "ik heb een vraag over vergoeding " * 300 + " en eigenlijk wil ik niet meer leven"
    start = time.perf_counter()
    assert detect(text)
    assert time.perf_counter() - start < 0.5


def _training_examples():
    root = Path(__file__).resolve().parents[2] / "data" / "nlu"
    by_intent = {}
    for path in root.glob("*.yml"):
        for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
            lines = [l.strip()[2:] for l in block["examples"].splitlines() if l.strip()]
            by_intent.setdefault(block["intent"], []).extend(lines)
    return by_intent


def test_lexicon_covers_every_crisis_phrasing_the_classifier_learns():
    # The classifier's own crisis guess needs a lexicon match (SafetyNet), so the lexicon must know these.
    assert [t for t in _training_examples()["crisis"] if not detect(t)] == []


def test_no_other_training_example_is_a_crisis():
    others = [t for intent, texts in _training_examples().items() if intent != "crisis" for t in texts]
    assert [t for t in others if detect(t)] == []
