"""The labelled data: enough varied training data per label, test sets that are really held out, and blind
sets that still match the brief they were written to (docs/evaluation.md)."""
import re
from collections import Counter
from pathlib import Path

import pytest

from wegwijzer import knowledge, nlu_data

ROOT = Path(__file__).resolve().parents[1]
TOPICS = (ROOT / "docs" / "topics.md").read_text(encoding="utf-8")
FAQ_LABELS = {f"faq/{k}" for k in re.findall(r"^\| `([a-z_]+)` \|", TOPICS.split("## Other labels")[0], re.M)}
OTHER_LABELS = set(re.findall(r"^\| `([a-z_]+)`(?: / `([a-z_]+)`)? \|", TOPICS.split("## Other labels")[1], re.M))
OTHER_LABELS = {l for pair in OTHER_LABELS for l in pair if l}
# Labels of the test sets that are outcomes rather than intents.
OUTCOMES = {"clarify"}
# Intents decided by the SafetyNet (detectors), not learnt by the classifier: only a few examples for Rasa's validation.
DETECTOR_INTENTS = {"crisis", "distress", "other_language", "delete_my_data"}
TRAINING = nlu_data.training_examples()


def test_every_label_has_at_least_40_training_examples():
    counts = Counter(e.label for e in TRAINING)
    thin = {label: n for label, n in counts.items() if n < 40 and label not in DETECTOR_INTENTS}
    assert not thin, thin
    assert FAQ_LABELS <= set(counts)


def test_no_example_has_two_labels():
    labels = {}
    for e in TRAINING:
        labels.setdefault(e.text.strip().lower(), set()).add(e.label)
    assert [t for t, l in labels.items() if len(l) > 1] == []


def test_no_test_message_is_a_near_copy_of_a_training_example():
    tests = nlu_data.all_test_texts()
    copies = nlu_data.near_copies([t for _, t in tests], [e.text for e in TRAINING] + [e.text for e in nlu_data.crisis_training()])
    found = [(tests[i][0], tests[i][1], TRAINING[j].text if j < len(TRAINING) else "(crisis data)", round(s, 2)) for i, j, s in copies]
    assert not found, f"{len(found)} near-copies (run scripts/remove_test_copies.py): {found[:10]}"


def test_near_copy_check_can_fail():
    assert nlu_data.near_copies(["Heb ik een verwijzing nodig van mijn huisarts?"], ["heb ik een verwijzing nodig van mijn huisarts"])
    assert not nlu_data.near_copies(["Wordt psychosociale therapie vergoed?"], ["heb ik een verwijzing nodig van mijn huisarts"])


@pytest.mark.parametrize("name", sorted(n for n in nlu_data.test_sets() if "questions" in n))
def test_question_sets_use_known_labels(name):
    for q in nlu_data.questions(nlu_data.test_sets()[name]):
        assert set(q.expect) <= FAQ_LABELS | OTHER_LABELS | OUTCOMES, (q.id, q.expect)


@pytest.mark.parametrize("folder", ["blind_a", "blind_b"])
def test_blind_sets_match_their_brief(folder):
    questions = nlu_data.questions(ROOT / "tests" / "data" / folder / "questions.yml")
    crisis, negatives = nlu_data.crisis_set(ROOT / "tests" / "data" / folder / "crisis.yml")
    assert len(questions) >= 300 and len(crisis) >= 150 and len(negatives) >= 300
    assert len({c["kind"] for c in crisis}) >= 12
    per_topic = Counter(l for q in questions for l in q.expect)
    assert all(per_topic[label] >= 6 for label in FAQ_LABELS), {l: per_topic[l] for l in FAQ_LABELS if per_topic[l] < 6}


def test_every_training_topic_has_an_article():
    assert {e.label for e in TRAINING if e.label.startswith("faq/")} == {f"faq/{k}" for k in knowledge.articles()}
