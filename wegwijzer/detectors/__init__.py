"""Detectors that override the intent classifier: crisis, medical requests (diagnosis, medication),
abuse, handoff words, another language and keyboard mashing.

Each gets the message normalised once (`normalise`) and returns a `Signal` (score, reason, label) or
None; the SafetyNet NLU component orders them in one decision table with the thresholds of config.yml.
"""
from wegwijzer.detectors import abuse, crisis, handoff, language, medical
from wegwijzer.detectors.signal import Signal
from wegwijzer.detectors.text import Text, normalise

__all__ = ["Signal", "Text", "normalise", "abuse", "crisis", "handoff", "language", "medical"]
