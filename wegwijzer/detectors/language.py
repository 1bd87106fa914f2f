"""Is a message written in another language than Dutch, or keyboard mashing? Conservative on both:
when unsure the message is treated as Dutch and goes to the classifier.

The lingua detector (restricted to the languages our visitors are likely to use) is built with its language
models loaded when the SafetyNet loads (`preload`, at server start): loaded lazily instead, the first message
that needed it waited ~2 s for them (measured 2026-12-07).
"""
import re
import threading
from typing import Optional

from lingua import Language, LanguageDetectorBuilder

from wegwijzer.detectors.signal import Signal
from wegwijzer.detectors.text import Text

LANGUAGES = {
    Language.DUTCH: "nl", Language.ENGLISH: "en", Language.GERMAN: "de", Language.FRENCH: "fr",
    Language.TURKISH: "tr", Language.ARABIC: "ar", Language.POLISH: "pl", Language.SPANISH: "es",
    Language.ITALIAN: "it", Language.PORTUGUESE: "pt",
}
MIN_WORDS, MIN_LETTERS = 4, 20
MIN_CONFIDENCE = 0.7  # share of the foreign language; below it we keep the message as Dutch

# Words that are Dutch and not English/German/French: two of them make a message Dutch, whatever
# loanwords it has ("is die burn-out coaching bij jullie evidence based?").
DUTCH_MARKERS = {"het", "een", "ik", "jullie", "bij", "voor", "wat", "hoe", "mijn", "niet", "ook", "naar", "kan",
                 "heb", "wordt", "zijn", "mij", "je", "heeft", "hebben", "deze", "welke", "waar", "wanneer", "graag",
                 "nodig", "mag", "moet", "geen", "maar", "nog", "wel", "als", "bent", "ben", "zo", "dit", "ook",
                 "alleen", "omdat", "zoon", "dochter", "kind", "huisarts", "verzekering", "vergoed", "de", "door", "dat",
                 "van", "met", "te", "op", "om", "er", "dan", "zijn", "mn", "jij", "wij", "ze", "hij", "moet", "eigenlijk",
                 "wordt", "krijg", "therapie", "verwijzing", "wachtlijst", "kosten", "hoeveel", "waarom", "kun", "kunt",
                 # common chat words of Dutch writers who mix in English ("evidence-based protocols, what does that mean precies?")
                 "precies", "nou", "toch", "even", "gewoon", "echt", "ofzo", "iets", "betekent", "betekenen", "vraag",
                 "weet", "wil", "zou", "kunnen", "bedoel", "bedoelen", "uitleggen", "snap", "eigen", "risico"}
_detector = None
_lock = threading.Lock()
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_VOWELS = set("aeiouyàáâäèéêëìíîïòóôöùúûü")
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _get_detector():
    global _detector
    with _lock:
        if _detector is None:
            _detector = (
                LanguageDetectorBuilder.from_languages(*LANGUAGES)
                .with_minimum_relative_distance(0.25)
                .with_preloaded_language_models()
                .build()
            )
    return _detector


def preload() -> None:
    """Build the detector and load its language models now rather than on the first message that needs them."""
    _get_detector()


def detect(text: Text) -> Optional[Signal]:
    """A signal labelled with the ISO 639-1 code when the message is confidently not Dutch, else None."""
    code = language_of(text.raw)
    return Signal("language", 1.0, f"written in '{code}'", code) if code else None


def detect_gibberish(text: Text) -> Optional[Signal]:
    return Signal("gibberish", 1.0, "keyboard mashing") if looks_like_gibberish(text.raw) else None


def language_of(text: str) -> Optional[str]:
    """ISO 639-1 code when the message is confidently not Dutch; None for Dutch or when unsure."""
    text = (text or "").strip()[:2000]
    letters = sum(ch.isalpha() for ch in text)
    if _ARABIC.search(text) and letters >= 8:
        return "ar"  # script alone is decisive; Arabic questions are often short
    if len(text.split()) < MIN_WORDS or letters < MIN_LETTERS:
        return None
    words = set(re.findall(r"[a-zà-ÿ]+", text.lower()))
    markers = len(words & DUTCH_MARKERS)
    if markers >= 2:
        return None
    values = _get_detector().compute_language_confidence_values(text)
    if not values:
        return None
    best = values[0]
    # one Dutch word in an English sentence is often a Dutch writer mixing languages: be surer before answering in English
    if best.language == Language.DUTCH or best.value < (MIN_CONFIDENCE if not markers else 0.95):
        return None
    return LANGUAGES[best.language]


def _mashed(token: str) -> bool:
    if len(token) == 4 and token.isalpha():
        return any(token in row for row in _KEYBOARD_ROWS)  # "asdf", "qwer"
    if len(token) < 5 or not token.isalpha():
        return False
    if len(set(token)) <= 2:
        return True  # "xxxxxx", "hahaha" is 2 letters too but has vowels; see below
    vowels = sum(ch in _VOWELS for ch in token)
    if vowels == 0:
        return True
    return any(token in row or token in row[::-1] for row in _KEYBOARD_ROWS) or any(
        row[i:i + 4] in token for row in _KEYBOARD_ROWS for i in range(len(row) - 3)
    )


def looks_like_gibberish(text: str) -> bool:
    """Keyboard mashing: most words have no vowels, repeat one letter, or run along a keyboard row."""
    tokens = [t for t in re.findall(r"[^\W\d_]+", (text or "").lower())]
    if not tokens or "@" in (text or ""):
        return False
    if len(tokens) == 1 and len(tokens[0]) >= 6 and re.search(r"[^aeiouyàáâäèéêëìíîïòóôöùúûü]{5,}", tokens[0]):
        return True  # one long "word" with five consonants in a row: "hfjdkslaie"
    mashed = sum(_mashed(t) and not (len(set(t)) <= 2 and any(c in _VOWELS for c in t)) for t in tokens)
    letters_only = re.sub(r"[^\w]", "", text or "")
    if letters_only and len(set(letters_only.lower())) == 1 and len(letters_only) >= 4:
        return True
    return mashed >= max(1, (len(tokens) + 1) // 2)
