"""Cross-validate the NLU on its training data, per intent and FAQ topic.

Runs the real components: the project's spaCy pipeline (SpacyNLP + SpacyTokenizer, as in config.yml) once
over every example, then per fold the TopicClassifier trained on k-1 folds, the AnswerGuard's decide()
with a knowledge search built from those folds only, and the SafetyNet's detectors (crisis lexicon without
its classifier), exactly in the order of config.yml. `--classifier-only` scores the TopicClassifier alone.
Writes docs/nlu.md with --write.

    .venv/bin/python scripts/cross_validate.py [--folds 5] [--C 8] [--write]
"""
import argparse
import os
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import yaml  # noqa: E402
from rasa.engine.graph import ExecutionContext, GraphSchema  # noqa: E402
from rasa.engine.storage.local_model_storage import LocalModelStorage  # noqa: E402
from rasa.engine.storage.resource import Resource  # noqa: E402
from rasa.nlu.tokenizers.spacy_tokenizer import SpacyTokenizer  # noqa: E402
from rasa.nlu.utils.spacy_utils import SpacyNLP  # noqa: E402
from rasa.shared.importers.importer import TrainingDataImporter  # noqa: E402
from rasa.shared.nlu.constants import INTENT, TEXT  # noqa: E402
from rasa.shared.nlu.training_data.message import Message  # noqa: E402
from rasa.shared.nlu.training_data.training_data import TrainingData  # noqa: E402

from wegwijzer import knowledge  # noqa: E402
from wegwijzer.components.answer_guard import DEFAULTS as GUARD_DEFAULTS, decide, rankings  # noqa: E402
from wegwijzer.components.safety_net import SafetyNet, _intent  # noqa: E402
from wegwijzer.components.set_phrases import set_phrase  # noqa: E402
from wegwijzer.components.topic_classifier import TopicClassifier  # noqa: E402
from wegwijzer.detectors import normalise  # noqa: E402


def pipeline_config(name: str) -> dict:
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    return next((c for c in config["pipeline"] if c["name"].endswith(name)), {})


def load_examples():
    importer = TrainingDataImporter.load_from_dict(training_data_paths=[str(ROOT / "data")])
    data = importer.get_nlu_data()
    context = ExecutionContext(GraphSchema({}), "cv")
    storage = LocalModelStorage(Path(tempfile.mkdtemp()))
    spacy_config = {**SpacyNLP.get_default_config(), **{k: v for k, v in pipeline_config("SpacyNLP").items() if k != "name"}}
    nlp = SpacyNLP.create(spacy_config, storage, Resource("spacy"), context)
    tokenizer = SpacyTokenizer.create(SpacyTokenizer.get_default_config(), storage, Resource("tok"), context)
    nlp.process_training_data(data, nlp.provide())
    tokenizer.process_training_data(data)
    return [m for m in data.intent_examples if m.get(TEXT)], storage, context


def label_of(message: Message) -> str:
    return message.get("intent_response_key") or message.get(INTENT)


def predicted(message: Message) -> str:
    intent = message.get(INTENT) or {}
    return intent.get("full_retrieval_intent_name") or intent.get("name")


def pipeline_decision(message: Message, search: knowledge.KnowledgeSearch, guard: dict, net: SafetyNet) -> str:
    text = message.get(TEXT) or ""
    signal, _ = net.decide(net.signals(normalise(text)), (message.get(INTENT) or {}).get("name"))
    if signal:
        return _intent(signal)[0]
    phrase = set_phrase(text)
    if phrase:
        return phrase
    intents, topics = rankings(message.data, "faq")
    result = decide(intents, topics, dict(search.search(text, top=100)), guard, words=len(text.split()))
    return f"faq/{result.topic}" if result.topic else result.intent


def run(folds: int, overrides: dict, classifier_only: bool = False):
    examples, storage, context = load_examples()
    config = {**{k: v for k, v in pipeline_config("TopicClassifier").items() if k != "name"}, **overrides}
    excluded = set(config.get("exclude_intents") or TopicClassifier.get_default_config()["exclude_intents"])
    examples = [m for m in examples if m.get(INTENT) not in excluded]
    rng = np.random.RandomState(7)
    fold_of = rng.randint(0, folds, len(examples))
    truth, guess = [], []
    guard = {**GUARD_DEFAULTS, **{k: v for k, v in pipeline_config("AnswerGuard").items() if k != "name"}}
    net = SafetyNet({k: v for k, v in pipeline_config("SafetyNet").items() if k != "name"}, None, None, model=None)
    for fold in range(folds):
        train = TrainingData([m for m, f in zip(examples, fold_of) if f != fold])
        questions = {}
        for m in train.intent_examples:
            key = m.get("intent_response_key") or ""
            if key.startswith("faq/"):
                questions.setdefault(key[4:], []).append(m.get(TEXT))
        search = knowledge.KnowledgeSearch(knowledge.articles(), questions)
        test = [m for m, f in zip(examples, fold_of) if f == fold]
        component = TopicClassifier.create(config, storage, Resource(f"topics{fold}"), context)
        component.train(train)
        copies = [Message(data=dict(m.data)) for m in test]
        for m in copies:
            m.data.pop(INTENT, None)
        component.process(copies)
        truth += [label_of(m) for m in test]
        guess += [predicted(m) if classifier_only else pipeline_decision(m, search, guard, net) for m in copies]
    return truth, guess


def report(truth, guess):
    per = defaultdict(lambda: Counter())
    confusions = Counter()
    for t, g in zip(truth, guess):
        per[t]["support"] += 1
        per[t]["right"] += t == g
        per[g]["predicted"] += 1
        if t != g:
            confusions[(t, g)] += 1
    lines = ["| label | recall | precision | examples |", "|---|---|---|---|"]
    for label in sorted(per, key=lambda l: per[l]["right"] / max(per[l]["support"], 1)):
        c = per[label]
        if not c["support"]:
            continue
        lines.append(f"| {label} | {c['right'] / c['support']:.2f} | {c['right'] / max(c['predicted'], 1):.2f} | {c['support']} |")
    accuracy = sum(t == g for t, g in zip(truth, guess)) / len(truth)
    worst = [f"- {t} -> {g}: {n}" for (t, g), n in confusions.most_common(15)]
    return accuracy, lines, worst


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--C", type=float)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--classifier-only", action="store_true")
    args = parser.parse_args()
    overrides = {"C": args.C} if args.C else {}
    truth, guess = run(args.folds, overrides, args.classifier_only)
    accuracy, lines, worst = report(truth, guess)
    what = "the TopicClassifier alone" if args.classifier_only else "the NLU decision (TopicClassifier, AnswerGuard, SafetyNet detectors)"
    text = [f"{args.folds}-fold cross-validation of {what} on {len(truth)} training examples "
            f"(real spaCy pipeline and components; {overrides or 'config.yml settings'}): accuracy {accuracy:.1%}. "
            "A fallback (nlu_fallback) counts as wrong.",
            "", *lines, "", "Most frequent confusions:", "", *worst]
    print("\n".join(text))
    if args.write:
        target = ROOT / "docs" / "nlu.md"
        marker = "<!-- cross-validation: written by scripts/cross_validate.py --write -->"
        old = target.read_text(encoding="utf-8") if target.exists() else ""
        head = old.split(marker)[0] if marker in old else old
        target.write_text(head + marker + "\n" + "\n".join(text) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
