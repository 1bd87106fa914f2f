"""Score a new author's data on the current model BEFORE it becomes training data: a fresh check of how the
assistant does on messages it has never seen (docs/evaluation.md, "New authors are scored first").

Runs the trained model's NLU pipeline in-process (the real components: TopicClassifier, AnswerGuard, SafetyNet)
on every message of an NLU file (`nlu:` blocks) or a crisis file (`crisis:` / `not_crisis:` lists) and prints
per label how often the prediction was right, or per crisis kind the tiers. Writes nothing.

    .venv/bin/python scripts/score_new_data.py data/nlu/faq/author_l.yml [--model models/wegwijzer.tar.gz] [--misses]
"""
import argparse
import asyncio
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from wegwijzer import nlu_data  # noqa: E402


def load(path: Path):
    """[(label or crisis kind, text, is_crisis_file)]."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if "nlu" in data:
        return [(block["intent"], text, False) for block in data["nlu"] if "intent" in block
                for text in nlu_data._examples(block)]
    items = [("crisis:" + str(i.get("kind", "?")), str(i["text"]), True) for i in data.get("crisis") or []]
    items += [("calm:" + str(i.get("kind", "?")), str(i["text"]), True)
              for i in (data.get("not_crisis") or data.get("negatives") or [])]
    return items


async def parse_all(model: str, texts):
    from rasa.core.agent import Agent

    agent = Agent.load(model)
    return [await agent.parse_message(t) for t in texts]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--model", default=str(ROOT / "models" / "wegwijzer.tar.gz"))
    parser.add_argument("--misses", action="store_true", help="print the messages that went wrong")
    args = parser.parse_args()
    items = [item for f in args.files for item in load(f)]
    results = asyncio.run(parse_all(args.model, [t for _, t, _ in items]))
    per = defaultdict(Counter)
    misses = []
    for (label, text, crisis_file), parsed in zip(items, results):
        intent = (parsed.get("intent") or {}).get("name")
        tier = (parsed.get("safety") or {}).get("crisis_tier")
        if crisis_file:
            per[label][tier or "none"] += 1
            wrong = (label.startswith("crisis:") and tier != "full") or (label.startswith("calm:") and tier == "full")
            if wrong:
                misses.append(f"{label:32} {tier or 'none':6} {text[:140]}")
        else:
            if intent == "faq":  # the AnswerGuard names the topic it answers
                intent = parsed["intent"].get("full_retrieval_intent_name") or intent
            per[label]["right" if intent == label else "wrong"] += 1
            if intent != label:
                misses.append(f"{label:32} -> {intent:32} {text[:120]}")
    total = Counter()
    for label in sorted(per):
        counts = per[label]
        total.update({(label.split(":")[0] if ":" in label else "questions") + " " + k: v for k, v in counts.items()})
        print(f"{label:36} " + "  ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print()
    for key in sorted(total):
        print(f"  {key}: {total[key]}")
    if args.misses:
        print("\n" + "\n".join(misses))


if __name__ == "__main__":
    main()
