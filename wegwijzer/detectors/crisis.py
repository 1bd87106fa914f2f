"""Crisis detector: the concept lexicon and the crisis classifier, read together.

The score is the higher of the two opinions; the kind (which help comes first in the reply) comes from
the lexicon where it found something. Tiers are decided by the thresholds in config.yml (SafetyNet).
"""
from typing import Optional

from wegwijzer.detectors.crisis_lexicon import find
from wegwijzer.detectors.crisis_model import CrisisModel
from wegwijzer.detectors.signal import Signal
from wegwijzer.detectors.text import Text

NAME = "crisis"


def detect(text: Text, model: Optional[CrisisModel] = None) -> Signal:
    hits = find(text.folded)
    lexicon = hits[0].strength if hits else 0.0
    classifier = model.probability(text) if model is not None and text.words else 0.0
    score = max(lexicon, classifier)
    kind = "unspecified"
    if any(h.kind == "violence" and h.strength >= 0.5 for h in hits):
        kind = "violence"
    elif hits and hits[0].strength >= 0.5:
        kind = hits[0].kind
    if hits and lexicon >= classifier:
        best = hits[0]
        reason = f"lexicon: {best.concept} ('{best.matched}')" + (f", lowered by {best.frame}" if best.frame else "")
    elif classifier > 0:
        reason = f"classifier {classifier:.2f}"
    else:
        reason = "nothing found"
    return Signal(NAME, score, reason, kind, {
        "lexicon": round(lexicon, 3),
        "classifier": round(classifier, 3),
        "hits": [f"{h.concept}:{h.strength}" + (f"({h.frame})" if h.frame else "") for h in hits[:5]],
    })
