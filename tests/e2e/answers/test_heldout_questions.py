"""At least 80 held-out questions (not in the training data), asked over HTTP: the key fact must be in the answer."""
import re
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[2] / "data"
NLU = Path(__file__).resolve().parents[3] / "data" / "nlu"
QUESTIONS = yaml.safe_load((DATA / "heldout_questions.yml").read_text(encoding="utf-8"))["questions"]
REQUIRED_SHARE = 0.95


def test_heldout_set_is_large_and_not_training_data():
    nlu_text = "\n".join(p.read_text(encoding="utf-8").lower() for p in NLU.glob("*.yml"))
    assert len(QUESTIONS) >= 80
    leaked = [q["text"] for q in QUESTIONS if f"- {q['text'].lower().strip()}\n" in nlu_text]
    assert not leaked, f"held-out questions found in the training data: {leaked}"


def test_heldout_questions_get_the_key_fact(assistant):
    failures = []
    for question in QUESTIONS:
        answer = assistant.chat().say(question["text"])
        if not re.search(question["expect"], answer, re.I):
            failures.append(f"[{question['topic']}] {question['text']!r}\n    -> {answer[:300]!r}")
    passed = len(QUESTIONS) - len(failures)
    print(f"\nheld-out: {passed}/{len(QUESTIONS)} answered with the key fact")
    for failure in failures:
        print("FAIL", failure)
    assert passed / len(QUESTIONS) >= REQUIRED_SHARE, "\n".join(failures)
