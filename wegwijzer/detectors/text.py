"""One normalisation for every detector: the message is folded once, and each detector reads the result.

Folding: lower case, accents removed, letters repeated 3+ times folded to 2, clause ends kept as " | ",
chat shorthand and common misspellings of the words the detectors look for mapped to one spelling
(a one-letter slip in a long key word is forgiven: "zelfmoort", "suicidaal", "mezlef").
"""
import re
import unicodedata
from dataclasses import dataclass
from typing import Dict, Iterable, Set, Tuple

# Detectors never read more than this; longer messages are cut by the channel layer anyway.
MAX_CHARS = 4000

# Chat shorthand and split spellings, after punctuation became spaces ("m'n" -> "m n").
SHORTHAND = {
    "mn": "mijn", "mijne": "mijn", "zn": "zijn", "mzelf": "mezelf", "mezelve": "mezelf", "mijzelve": "mijzelf",
    "mezelluf": "mezelf", "zichzelluf": "zichzelf", "ff": "even", "nie": "niet", "nit": "niet", "nt": "niet",
    "wl": "wil", "gwn": "gewoon", "gewn": "gewoon", "srry": "sorry", "sry": "sorry", "ns": "eens", "idd": "inderdaad", "ietz": "iets", "wa": "wat",
    "zelfmort": "zelfmoord", "zelfmoort": "zelfmoord", "zelfmord": "zelfmoord", "leve": "leven",
    "k": "ik",
    "kms": "kill myself", "kys": "kill yourself", "unalive": "zelfmoord", "sewerslide": "suicide", "zelfmoorden": "zelfmoord",
}
_PAIRS = {("m", "n"): "mijn", ("z", "n"): "zijn", ("d", "r"): "haar", ("zelf", "moord"): "zelfmoord",
          ("dood", "gaan"): "doodgaan", ("zelf", "beschadiging"): "zelfbeschadiging", ("self", "harm"): "selfharm",
          ("me", "zelf"): "mezelf", ("mij", "zelf"): "mijzelf", ("zich", "zelf"): "zichzelf"}

# Long key words whose one-letter misspellings are mapped back (insertion, deletion, substitution, swap).
KEY_WORDS = (
    "zelfmoord", "zelfdoding", "suicide", "suicidaal", "suicidale", "zelfbeschadiging", "automutilatie",
    "mezelf", "mijzelf", "zichzelf", "jezelf", "ophangen", "vermoorden", "ombrengen", "verhangen", "doodgaan", "overdosis", "paracetamol",
    "slaappillen", "verkracht", "afscheidsbrief", "gesneden", "gekrast", "aandoen",
    "levensmoe", "doodswens", "huiselijk", "medicijnen",
    "antidepressiva", "diagnose", "psycholoog", "psychiater", "huisarts", "verwijzing", "terugbellen",
)
PREFIX_WORDS = ("zelfmoord", "zelfdoding", "doodswens")
COMPOUND_TAILS = {"gedachte", "gedachten", "gedachtes", "poging", "pogingen", "neiging", "neigingen", "plan", "plannen"}


def _deletions(word: str) -> Set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _build_fuzzy_index(words: Iterable[str]) -> Dict[str, str]:
    index: Dict[str, str] = {}
    for word in words:
        for variant in _deletions(word):
            index.setdefault(variant, word)
    for word in words:
        index[word] = word
    return index


_FUZZY = _build_fuzzy_index(KEY_WORDS)
_EXACT = set(KEY_WORDS)


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (a swap of two neighbours counts as one edit)."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


def _lookup(token: str) -> str:
    """The key word within one edit of `token`, or ''. The deletion index proposes, the distance decides."""
    candidates = [_FUZZY.get(token)] + [_FUZZY.get(v) for v in _deletions(token)]
    for hit in candidates:
        if hit and len(hit) >= 6 and edit_distance(token, hit) <= 1:
            return hit
    return ""


def fix_spelling(token: str) -> str:
    """Map a token within one edit of a key word to that word; leave everything else alone."""
    if len(token) < 5 or token in _EXACT or not token.isalpha():
        return token
    hit = _lookup(token)
    if hit:
        return hit
    for prefix in PREFIX_WORDS:  # compounds with a misspelt head: "zelfmoortgedachten"
        for size in (len(prefix) - 1, len(prefix), len(prefix) + 1):
            if token[size:] in COMPOUND_TAILS and _lookup(token[:size]) == prefix:
                return prefix + token[size:]
    return token


DEATH_EMOJI = re.compile("[\u26B0\U0001FAA6\u2620]")
# Emoji that carry the meaning in a crisis message ("🔪🩸 weer gedaan", "🌉⬇️ vanavond", "💊💊💊 vannacht"): read as
# words, so that the lexicon and the classifier see them (dev N, 2026-12-07)
EMOJI_WORDS = {
    "\U0001F52A": " mes ", "\U0001F5E1": " mes ", "\U0001FA78": " bloed ", "\U0001F52B": " pistool ",
    "\U0001F48A": " pillen ", "\U0001F309": " brug ", "\U0001F682": " trein ", "\U0001F686": " trein ",
    "\U0001F684": " trein ", "\U0001F685": " trein ", "\U0001F683": " trein ", "\U0001F3E2": " flat ",
    "\U0001F3EC": " flat ", "\u2B07": " naar beneden ", "\U0001FAA2": " touw ",
}
EMOJI = re.compile("|".join(EMOJI_WORDS))
LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "đ": "d", "æ": "ae", "œ": "oe"})
# the skull is chat for "I'm dead (laughing)": in training data it is mostly in look-alikes (29 of 40)
LAUGHING = re.compile("[\U0001F480\U0001F602\U0001F923\U0001F606\U0001F605\U0001F639\U0001F61C\U0001F61D]")


@dataclass(frozen=True)
class Text:
    """A message as every detector sees it."""

    raw: str
    folded: str  # " word , word | word | " — single spaces, sentence ends "|", commas ",", spaces around
    words: Tuple[str, ...]

    @property
    def word_count(self) -> int:
        return len(self.words)


def fold(raw: str) -> str:
    text = unicodedata.normalize("NFKD", raw[:MAX_CHARS])
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"(\w)\1{2,}", r"\1\1", text)
    text = LAUGHING.sub(" haha ", text)
    text = DEATH_EMOJI.sub(" dood ", text)  # coffin, headstone, skull and bones: "k wil gwn ⚰️"
    text = EMOJI.sub(lambda m: EMOJI_WORDS[m.group(0)], text)[:MAX_CHARS]  # an emoji becomes up to 14 characters
    text = text.translate(LETTERS)  # letters that Unicode does not decompose: Turkish dotless i, Polish l, ...  # a laughing emoji is read like "haha" (a frame lowers the hit, see crisis_lexicon)
    text = re.sub(r"[.;:!?\n]+", " | ", text)  # sentence ends stay visible as "|", commas as ","
    text = re.sub(r"(?<!\d),|,(?!\d)", " , ", text)
    text = re.sub(r"[^\w\s|,]", " ", text)
    text = text.replace("_", " ")
    tokens = text.split()
    out = []
    i = 0
    while i < len(tokens):
        pair = tuple(tokens[i:i + 2])
        if pair in _PAIRS:
            out.append(_PAIRS[pair])
            i += 2
            continue
        token = tokens[i]
        out.append(SHORTHAND.get(token, fix_spelling(token)))
        i += 1
    joined = re.sub(r"(?:, )*\| (?:[|,] )*", "| ", " ".join(out) + " | ")
    return " " + re.sub(r"(?:, )+", ", ", joined).strip() + " "


def normalise(raw: str) -> Text:
    raw = raw or ""
    folded = fold(raw)
    return Text(raw=raw, folded=folded, words=tuple(w for w in folded.split() if w not in ("|", ",")))
