"""Reading the project's labelled data: NLU training examples, crisis data, and the dev and blind test
sets; and finding near-copies between them (a test question that is a near-copy of a training example
measures memory, not understanding)."""
import re
from pathlib import Path
from typing import Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

import yaml

from wegwijzer.detectors.text import fold
from wegwijzer.files import project_path

# Cosine similarity of character 3-5-grams from which two messages count as near-copies.
NEAR_COPY = 0.9
# Shorter messages ("hoi", "dank je wel") are the same words in any data set: not checked.
MIN_WORDS = 4


class Example(NamedTuple):
    label: str
    text: str
    source: str


def _examples(block: Dict) -> List[str]:
    lines = [l.strip()[2:].strip() for l in str(block.get("examples", "")).splitlines() if l.strip().startswith("- ")]
    return [re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", l) for l in lines if l]


def training_examples(root: Optional[Path] = None) -> List[Example]:
    """Every NLU example under data/nlu (label = intent or faq/<key>)."""
    root = root or project_path("data", "nlu")
    out = []
    for path in sorted(root.rglob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []) or []:
            if "intent" in block:
                out += [Example(str(block["intent"]), t, path.name) for t in _examples(block)]
    return out


def crisis_training(root: Optional[Path] = None) -> List[Example]:
    root = root or project_path("data", "crisis")
    out = []
    for path in sorted(root.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        out += [Example("crisis", str(i["text"]), path.name) for i in data.get("crisis") or []]
        out += [Example("not_crisis", str(i["text"]), path.name) for i in data.get("not_crisis") or []]
    return out


class Question(NamedTuple):
    id: str
    text: str
    expect: Tuple[str, ...]  # one label, or two for a message with two questions
    context: Tuple[str, ...]
    persona: str


def questions(path: Path) -> List[Question]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for q in data.get("questions") or []:
        expect = q["expect"] if isinstance(q["expect"], list) else [q["expect"]]
        out.append(Question(str(q.get("id", "")), str(q["text"]), tuple(expect), tuple(q.get("context") or ()),
                            str(q.get("persona", ""))))
    return out


def crisis_set(path: Path) -> Tuple[List[Dict], List[Dict]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return list(data.get("crisis") or []), list(data.get("negatives") or [])


def test_sets() -> Dict[str, Path]:
    """Every test-question file: the dev set (tuning allowed) and the blind sets (never tuned on)."""
    data = project_path("tests", "data")
    return {f"{p.parent.name}/{p.name}": p for p in sorted(data.glob("*/*.yml"))}


def all_test_texts() -> List[Tuple[str, str]]:
    """(set name, text) of every test message: questions, follow-ups, crisis messages and negatives."""
    out = []
    for name, path in test_sets().items():
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key in ("questions", "crisis", "negatives", "messages"):
            for item in data.get(key) or []:
                out.append((name, str(item["text"] if isinstance(item, dict) else item)))
    return out


def _key(text: str) -> str:
    return " ".join(w for w in fold(text).split() if w not in ("|", ","))


def near_copies(tests: Sequence[str], training: Sequence[str], threshold: float = NEAR_COPY) -> List[Tuple[int, int, float]]:
    """(test index, training index, similarity) for every test text with a near-copy in training."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    test_keys = [_key(t) for t in tests]
    train_keys = [_key(t) for t in training]
    checked = [i for i, k in enumerate(test_keys) if len(k.split()) >= MIN_WORDS]
    if not checked or not train_keys:
        return []
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit(train_keys + [test_keys[i] for i in checked])
    similarity = vectorizer.transform([test_keys[i] for i in checked]) @ vectorizer.transform(train_keys).T
    out = []
    for row, index in enumerate(checked):
        scores = similarity.getrow(row)
        if scores.nnz:
            best = scores.data.argmax()
            if scores.data[best] >= threshold:
                out.append((index, int(scores.indices[best]), float(scores.data[best])))
    return out


def examples_by_label(examples: Iterable[Example]) -> Dict[str, List[str]]:
    out: Dict[str, List[str]] = {}
    for e in examples:
        out.setdefault(e.label, []).append(e.text)
    return out
