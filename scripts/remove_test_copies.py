"""Remove training examples (NLU and crisis data) that are near-copies of a test message (dev or blind sets).

A test question that is (nearly) a training example measures memory. The blind sets are frozen, so the
training example goes. Run after adding training data; tests/test_data_sets.py fails while a copy remains.
"""
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wegwijzer import nlu_data  # noqa: E402


def copies():
    """(source file name, text) of every training example that is a near-copy of a test message."""
    nlu, crisis = nlu_data.training_examples(), nlu_data.crisis_training()
    examples = nlu + crisis
    tests = nlu_data.all_test_texts()
    found = set()
    for test_index, train_index, score in nlu_data.near_copies([t for _, t in tests], [e.text for e in examples]):
        example = examples[train_index]
        kind = "nlu" if train_index < len(nlu) else "crisis"
        found.add((kind, example.source, example.text))
        print(f"{score:.2f} {tests[test_index][0]}: {tests[test_index][1]!r} ~ {example.source}: {example.text!r}")
    return found


def remove(found) -> int:
    removed = 0
    for path in sorted((ROOT / "data" / "nlu").rglob("*.yml")):
        texts = {t for kind, source, t in found if kind == "nlu" and source == path.name}
        if texts:
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
            kept = [l for l in lines if not (l.strip().startswith("- ") and l.strip()[2:].strip() in texts)]
            path.write_text("".join(kept), encoding="utf-8")
            removed += len(lines) - len(kept)
    for path in sorted((ROOT / "data" / "crisis").glob("*.yml")):
        texts = {t for kind, source, t in found if kind == "crisis" and source == path.name}
        if texts:
            raw = path.read_text(encoding="utf-8")
            data = yaml.safe_load(raw)
            for key in ("crisis", "not_crisis"):
                before = len(data.get(key) or [])
                data[key] = [item for item in data.get(key) or [] if str(item["text"]) not in texts]
                removed += before - len(data[key])
            header = "".join(l + "\n" for l in raw.splitlines() if l.startswith("#"))
            path.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    return removed


def main() -> None:
    # removing one copy can make the next-closest example the best match: repeat until none is left
    for _ in range(5):
        removed = remove(copies())
        print(f"removed {removed}")
        if not removed:
            break


if __name__ == "__main__":
    main()
