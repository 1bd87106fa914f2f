"""Remove NLU training examples that are near-copies of a test message (dev or blind sets).

A test question that is (nearly) a training example measures memory. The blind sets are frozen, so the
training example goes. Run after adding training data; tests/test_data_sets.py fails while a copy remains.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wegwijzer import nlu_data  # noqa: E402


def main() -> None:
    examples = nlu_data.training_examples()
    tests = nlu_data.all_test_texts()
    copies = nlu_data.near_copies([t for _, t in tests], [e.text for e in examples])
    doomed = {}
    for test_index, train_index, score in copies:
        example = examples[train_index]
        doomed.setdefault(example.source, set()).add(example.text)
        print(f"{score:.2f} {tests[test_index][0]}: {tests[test_index][1]!r} ~ {example.source}: {example.text!r}")
    for path in sorted((ROOT / "data" / "nlu").rglob("*.yml")):
        texts = doomed.get(path.name)
        if not texts:
            continue
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [l for l in lines if not (l.strip().startswith("- ") and l.strip()[2:].strip() in texts)]
        path.write_text("".join(kept), encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: removed {len(lines) - len(kept)}")


if __name__ == "__main__":
    main()
