"""Crisis detector: the concept lexicon and the crisis classifier, read together.

The kind (which help comes first in the reply) comes from the lexicon where it found something. The tier
follows from both opinions and the thresholds in config.yml (SafetyNet), by `tier()`:

  full   a clear concept in the lexicon (not lowered by a frame) that the classifier does not contradict
         (probability >= confirm_threshold), or a very sure classifier
  watch  a lowered or distress concept, or a classifier in the middle band: the answer gets the 113 line
"""
from typing import Dict, Optional

from wegwijzer.detectors.crisis_lexicon import find
from wegwijzer.detectors.crisis_model import CrisisModel
from wegwijzer.detectors.signal import Signal
from wegwijzer.detectors.text import Text

NAME = "crisis"
# One or two words give the classifier almost nothing to go on ("no" scored 0.27, "ik ben weg" 0.44); every
# short crisis message in the training and dev data ("kms", "zelfmoort", "wil verdwijnen") is a lexicon concept.
MIN_CLASSIFIER_WORDS = 3
# Frames that say what the message is instead (a young child hitting a sibling, a child bullied by other children at
# school): the classifier, which reads "slaat" and "geslagen" as violence at home, cannot make such a message a full
# crisis reply; it keeps the 113 line (dev AC: "hoe pak ik het aan als mijn dochter van 10 haar broertje slaat",
# classifier 0.99).
NO_FULL_REPLY_FRAMES = ("child's behaviour", "bullied at school")


def detect(text: Text, model: Optional[CrisisModel] = None) -> Signal:
    hits = find(text.folded)
    lexicon = hits[0].strength if hits else 0.0
    classified = model is not None and text.word_count >= MIN_CLASSIFIER_WORDS
    classifier = model.probability(text) if classified else 0.0
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
        "classified": classified,  # a short message: the lexicon alone decides (no confirmation)
        # the frame every hit was lowered by (None when any hit kept its strength or had another frame)
        "framed_as": hits[0].frame if hits and all(h.frame == hits[0].frame for h in hits) else None,
        "hits": [f"{h.concept}:{h.strength}" + (f"({h.frame})" if h.frame else "") for h in hits[:5]],
    })


def tier(signal: Optional[Signal], thresholds: Dict[str, float]) -> Optional[str]:
    """'full', 'watch' or None for a crisis signal, by the thresholds `lexicon_threshold`,
    `classifier_threshold` (full reply), `confirm_threshold` and `watch_threshold` (the 113 line).

    A clear lexicon hit gets the full reply only when the classifier, which was trained on look-alike messages
    with the same hits, gives it at least `confirm_threshold`; otherwise it still gets the 113 line. Without a
    classifier (a model that failed to load) the lexicon alone decides."""
    if signal is None:
        return None
    lexicon, classifier = signal.extra.get("lexicon", 0.0), signal.extra.get("classifier", 0.0)
    confirm = thresholds.get("confirm_threshold", 0.0) if signal.extra.get("classified") else 0.0
    if (lexicon >= thresholds["lexicon_threshold"] and classifier >= confirm) \
            or (classifier >= thresholds["classifier_threshold"] and signal.extra.get("framed_as") not in NO_FULL_REPLY_FRAMES):
        return "full"
    if max(lexicon, classifier) >= thresholds["watch_threshold"]:
        return "watch"
    return None
