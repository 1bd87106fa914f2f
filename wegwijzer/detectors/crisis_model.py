"""The crisis classifier: logistic regression on word and character n-grams of the folded message,
trained on its own data set (data/crisis/*.yml plus the NLU examples as ordinary messages).

A crisis clause inside a long ordinary message is diluted in the whole-message features, so the
probability of a message is the highest of the whole message and each window of two clauses. Because the
model is asked about windows, it is also trained on them: every window of a not-crisis message is one more
not-crisis example (without them a fragment of an ordinary story, "... aan het einde echt niet serieus genomen",
could outscore the whole question it came from).
"""
import logging
from pathlib import Path
from typing import Dict, Iterable, List, Sequence, Tuple

import yaml

from wegwijzer.detectors.crisis_lexicon import CONCEPTS, FRAMES, clauses, find
from wegwijzer.detectors.text import Text, fold

logger = logging.getLogger(__name__)

DEFAULTS = {"C": 4.0, "char_ngrams": (2, 5), "word_ngrams": (1, 2), "min_df": 1, "lexicon_weight": 1.0}
# Types skops may load from our own model file (checked against skops' list of untrusted types).
TRUSTED_TYPES = {
    "numpy.float64", "numpy.int64", "numpy.dtype", "numpy.ndarray", "scipy.sparse._csr.csr_matrix",
    "builtins.str", "builtins.float", "builtins.int", "builtins.tuple",
    "sklearn.feature_extraction.text.TfidfVectorizer", "sklearn.pipeline.FeatureUnion", "sklearn.pipeline.Pipeline",
    "sklearn.linear_model._logistic.LogisticRegression", "wegwijzer.detectors.crisis_model._plain",
    "wegwijzer.detectors.crisis_model.LexiconFeatures",
}


def _plain(folded: str) -> str:
    return folded.replace("|", " ")


class LexiconFeatures:
    """The concept lexicon as features: per concept a clear and a framed hit, per frame whether it lowered one.
    The classifier learns from data how much a hit in a topic question or after a negation still means."""

    def __init__(self, weight: float = 1.0) -> None:
        self.weight = weight

    def fit(self, texts, labels=None):
        return self

    def transform(self, texts):
        from scipy.sparse import lil_matrix

        names = [c.name for c in CONCEPTS]
        frames = [f[0] for f in FRAMES]
        width = 2 * len(names) + len(frames)
        matrix = lil_matrix((len(texts), width))
        for row, folded in enumerate(texts):
            for hit in find(folded):
                column = names.index(hit.concept) * 2 + (1 if hit.frame else 0)
                matrix[row, column] = self.weight * max(matrix[row, column], hit.strength if not hit.frame else 1.0)
                if hit.frame:
                    matrix[row, 2 * len(names) + frames.index(hit.frame)] = self.weight
        return matrix.tocsr()

    def fit_transform(self, texts, labels=None):
        return self.transform(texts)

    def get_params(self, deep=True):
        return {"weight": self.weight}

    def set_params(self, **params):
        self.weight = params.get("weight", self.weight)
        return self


def load_data(folder: Path) -> Tuple[List[str], List[str]]:
    """Crisis and not-crisis messages from every YAML file in `folder`."""
    crisis, calm = [], []
    for path in sorted(Path(folder).glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        crisis += [str(item["text"]) for item in data.get("crisis") or []]
        calm += [str(item["text"]) for item in data.get("not_crisis") or []]
    return crisis, calm


def build_pipeline(config: Dict):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion([
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(config["char_ngrams"]), sublinear_tf=True,
                                  min_df=config["min_df"], preprocessor=_plain)),
        ("words", TfidfVectorizer(analyzer="word", ngram_range=tuple(config["word_ngrams"]), sublinear_tf=True,
                                  min_df=config["min_df"], token_pattern=r"(?u)\b\w+\b", preprocessor=_plain)),
        ("lexicon", LexiconFeatures(config["lexicon_weight"])),
    ])
    classifier = LogisticRegression(C=config["C"], class_weight="balanced", max_iter=2000, random_state=7)
    return Pipeline([("features", features), ("classifier", classifier)])


class CrisisModel:
    def __init__(self, pipeline) -> None:
        self.pipeline = pipeline

    @classmethod
    def train(cls, crisis: Sequence[str], calm: Sequence[str], config: Dict = None) -> "CrisisModel":
        config = {**DEFAULTS, **(config or {})}
        texts = [fold(t) for t in crisis] + [fold(t) for t in calm]
        calm_windows = sorted({w for t in texts[len(crisis):] for w in cls.windows(t)[1:]} - set(texts))
        texts += calm_windows
        labels = [1] * len(crisis) + [0] * (len(calm) + len(calm_windows))
        pipeline = build_pipeline(config)
        pipeline.fit(texts, labels)
        return cls(pipeline)

    @staticmethod
    def windows(folded: str) -> List[str]:
        parts = clauses(folded)
        if len(parts) <= 1:
            return [folded]
        return [folded] + [" " + " ".join(parts[i:i + 2]) + " " for i in range(len(parts))]

    def probability(self, text: Text) -> float:
        return self.probabilities([text.folded])[0]

    def probabilities(self, folded_texts: Iterable[str]) -> List[float]:
        batches = [self.windows(f) for f in folded_texts]
        flat = [w for batch in batches for w in batch]
        if not flat:
            return []
        probs = self.pipeline.predict_proba(flat)[:, 1]
        out, start = [], 0
        for batch in batches:
            out.append(float(max(probs[start:start + len(batch)])))
            start += len(batch)
        return out

    def save(self, path: Path) -> None:
        import skops.io as sio

        sio.dump(self.pipeline, path)

    @classmethod
    def load(cls, path: Path) -> "CrisisModel":
        import skops.io as sio

        untrusted = set(sio.get_untrusted_types(file=path))
        unexpected = untrusted - TRUSTED_TYPES
        if unexpected:
            raise ValueError(f"crisis model {path} holds unexpected types: {sorted(unexpected)}")
        return cls(sio.load(path, trusted=sorted(untrusted)))
