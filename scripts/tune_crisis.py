"""Choose the crisis thresholds: cross-validated crisis-classifier probabilities on its own training data,
combined with the concept lexicon exactly as the SafetyNet combines them (wegwijzer.detectors.crisis.detect),
plus the dev crisis set. Never the blind sets. Writes the recall / false-alarm curve to docs/crisis.md.

    .venv/bin/python scripts/tune_crisis.py [--C 4] [--folds 5]
"""
import argparse
import sys
from pathlib import Path
from typing import List, Sequence, Tuple

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wegwijzer import nlu_data  # noqa: E402
from wegwijzer.detectors import crisis, normalise  # noqa: E402
from wegwijzer.detectors.crisis_model import CrisisModel  # noqa: E402

class _Fixed:
    """A stand-in for the model that returns a precomputed (cross-validated) probability."""

    def __init__(self, probability: float) -> None:
        self.p = probability

    def probability(self, text) -> float:
        return self.p


def training_data() -> Tuple[List[str], List[str], List[str]]:
    """(crisis, hard negatives from data/crisis, ordinary NLU examples), as the SafetyNet trains on them."""
    examples = nlu_data.crisis_training()
    positives = [e.text for e in examples if e.label == "crisis"]
    hard = [e.text for e in examples if e.label == "not_crisis"]
    ordinary = []
    for e in nlu_data.training_examples():
        if e.label == "crisis":
            positives.append(e.text)
        elif e.label != "distress":
            ordinary.append(e.text)
    return positives, hard, ordinary


def out_of_fold(positives: Sequence[str], negatives: Sequence[str], config: dict, folds: int) -> np.ndarray:
    texts = list(positives) + list(negatives)
    labels = np.array([1] * len(positives) + [0] * len(negatives))
    rng = np.random.RandomState(7)
    fold_of = rng.randint(0, folds, len(texts))
    probs = np.zeros(len(texts))
    for fold in range(folds):
        train = [i for i in range(len(texts)) if fold_of[i] != fold]
        test = [i for i in range(len(texts)) if fold_of[i] == fold]
        model = CrisisModel.train([texts[i] for i in train if labels[i]], [texts[i] for i in train if not labels[i]], config)
        probs[test] = model.probabilities([normalise(texts[i]).folded for i in test])
    return probs


def signals(texts: Sequence[str], probabilities: Sequence[float]):
    """The SafetyNet's crisis signals: the real detector with the cross-validated probability plugged in."""
    return [crisis.detect(normalise(t), _Fixed(p)) for t, p in zip(texts, probabilities)]


def rates(sigs, thresholds) -> Tuple[float, float]:
    tiers = [crisis.tier(s, thresholds) for s in sigs]
    return sum(t == "full" for t in tiers) / len(tiers), sum(t is not None for t in tiers) / len(tiers)


THRESHOLD_KEYS = ("lexicon_threshold", "classifier_threshold", "confirm_threshold", "watch_threshold")
# Dev crisis sets by separate authors, written for choosing these thresholds (never the blind sets).
DEV_CRISIS_SETS = (("dev I", "crisis_i.yml"), ("dev J", "crisis_j.yml"), ("dev K", "crisis_k.yml"), ("dev L", "crisis_l.yml"),
                   ("dev N", "crisis_n.yml"), ("dev O", "crisis_o.yml"), ("dev P", "crisis_p.yml"))


def configured_thresholds() -> dict:
    """The SafetyNet's thresholds as config.yml sets them."""
    import yaml

    pipeline = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))["pipeline"]
    net = next(c for c in pipeline if str(c.get("name", "")).endswith("SafetyNet"))
    return {k: float(net.get(k, 0.0)) for k in THRESHOLD_KEYS}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--C", type=float, default=4.0)
    parser.add_argument("--lexicon-weight", type=float, default=1.0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--full", type=float, nargs="+", default=[0.8, 0.85, 0.9])
    parser.add_argument("--watch", type=float, nargs="+", default=[0.2, 0.25, 0.3])
    parser.add_argument("--confirm", type=float, nargs="+", default=[0.0, 0.5, 0.7])
    parser.add_argument("--write", action="store_true", help="write the table to docs/crisis.md")
    args = parser.parse_args()
    config = {"C": args.C, "lexicon_weight": args.lexicon_weight}
    positives, hard, ordinary = training_data()
    probs = out_of_fold(positives, hard + ordinary, config, args.folds)
    n_pos, n_hard = len(positives), len(hard)
    columns = {"CV crisis": signals(positives, probs[:n_pos]), "CV hard negatives": signals(hard, probs[n_pos:n_pos + n_hard]),
               "CV ordinary": signals(ordinary, probs[n_pos + n_hard:])}
    model = CrisisModel.train(positives, hard + ordinary, config)
    dev_pos, dev_neg = nlu_data.crisis_set(ROOT / "tests" / "data" / "dev" / "crisis.yml")
    dev_questions = [q.text for f in ("questions.yml", "questions_team.yml")
                     for q in nlu_data.questions(ROOT / "tests" / "data" / "dev" / f)]
    texts = {"dev crisis": [str(i["text"]) for i in dev_pos], "dev negatives": [str(i["text"]) for i in dev_neg],
             "dev questions": dev_questions}
    for name, filename in DEV_CRISIS_SETS:
        path = ROOT / "tests" / "data" / "dev" / filename
        if path.exists():
            pos, neg = nlu_data.crisis_set(path)
            texts[f"{name} crisis"] = [str(i["text"]) for i in pos]
            texts[f"{name} negatives"] = [str(i["text"]) for i in neg]
    columns.update({name: [crisis.detect(normalise(t), model) for t in items] for name, items in texts.items()})
    lines = [f"Crisis classifier C={args.C}, lexicon features weight {args.lexicon_weight}; {args.folds}-fold cross-validation on "
             f"{n_pos} crisis messages, {n_hard} hard negatives and {len(ordinary)} ordinary messages (training data; the lexicon "
             "was also developed on it, so these rates are optimistic); the dev sets are scored by a model trained on all of it. "
             "Full = the full crisis reply; any = full reply or the 113 line. Confirm = the classifier probability a clear "
             "lexicon hit needs for the full reply.", "",
             "| classifier full | confirm | watch from | " + " | ".join(f"{c} full / any" for c in columns) + " |",
             "|---|---|---|" + "---|" * len(columns)]
    for full in args.full:
        for confirm in args.confirm:
            for watch in args.watch:
                th = {"lexicon_threshold": 0.8, "classifier_threshold": full, "confirm_threshold": confirm,
                      "watch_threshold": watch}
                cells = [rates(sigs, th) if sigs else (0.0, 0.0) for sigs in columns.values()]
                lines.append(f"| {full} | {confirm} | {watch} | " + " | ".join(f"{a:.1%} / {b:.1%}" for a, b in cells) + " |")
    print("\n".join(lines))
    th = configured_thresholds()
    missed = [t for s, t in zip(columns["CV crisis"], positives) if crisis.tier(s, th) is None]
    print(f"\nCV crisis without any help at the chosen thresholds ({len(missed)}):")
    for t in missed[:60]:
        print("  ", t[:130])
    alarms = [t for s, t in zip(columns["CV hard negatives"] + columns["CV ordinary"], hard + ordinary)
              if crisis.tier(s, th) == "full"]
    print(f"\nCV negatives with the full reply ({len(alarms)}):")
    for t in alarms[:60]:
        print("  ", t[:130])
    if args.write:
        target = ROOT / "docs" / "crisis.md"
        text = target.read_text(encoding="utf-8") if target.exists() else ""
        marker = "<!-- curve: written by scripts/tune_crisis.py --write -->"
        head = text.split(marker)[0] if marker in text else text
        target.write_text(head + marker + "\n" + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
