"""Insults aimed at the assistant: answered calmly (utter_abuse), never mirrored."""
import re
from typing import Optional

from wegwijzer.detectors.signal import Signal
from wegwijzer.detectors.text import Text

NAME = "abuse"
_INSULT = re.compile(
    r"\b(?:dom|domme|domste|stom|stomme|stomste|sukkel\w*|idioot|idiote|debiel\w*|achterlijk\w*|waardeloos|"
    r"waardeloze|nutteloos|nutteloze|prutser\w*|kut\w*|klote\w*|irritant\w*|onzin|zielig\w*|aap|loser|shit|"
    r"fuck\w*|tering\w*|kanker\w*|mongool|slechtste|eikel\w*|lul|klootzak\w*|trut|oen|randdebiel\w*|sukkelbot|"
    r"stupid|useless|aanfluiting)\b"
)
_AT_BOT = re.compile(r"\b(?:jij|je|jou|bot|chatbot|robot|computer|ding|programma|assistent|apparaat|software)\w*\b")
_DISMISS = re.compile(r"\b(?:rot op|donder op|hou (?:toch )?je (?:mond|kop|bek|waffel)|ga (?:toch )?weg|flikker op|"
                      r"kop dicht|bek dicht|shut up|sodemieter op|oprotten)\b")
_COMPOUND = re.compile(r"\b(?:kut|klote|stomme?|domme?|kanker|tering)(?:bot|robot|computer|ding|programma)\b")


# A strong insult on its own in a short message is aimed at whoever reads it: the assistant.
_STRONG = re.compile(r"\b(?:idioot|sukkel|debiel|randdebiel|klootzak|eikel|mongool|kankerlijer|lul|trut|oen|loser)\b")
SHORT = 12
# In a longer message an insult counts only this close (in words) to the word for the assistant: "... jij bent
# echt dom" — but not "is pst ook oke als je echt zware psychische shit hebt of is dat te licht" (a generic "je").
NEAR = 3


def _word_index(folded: str, position: int) -> int:
    return len(folded[:position].split())


def _aimed_at_bot(folded: str, insult, word_count: int) -> bool:
    if word_count <= SHORT:
        return bool(_AT_BOT.search(folded))
    at = _word_index(folded, insult.start())
    return any(abs(_word_index(folded, bot.start()) - at) <= NEAR for bot in _AT_BOT.finditer(folded))


def detect(text: Text) -> Optional[Signal]:
    """An insult at the bot ('wat ben jij dom', 'kutbot', 'rot op'); frustration in general is not."""
    folded = text.folded
    for pattern, reason in ((_DISMISS, "dismissal"), (_COMPOUND, "insulting name")):
        match = pattern.search(folded)
        if match:
            return Signal(NAME, 1.0, f"{reason} ('{match.group(0).strip()}')")
    strong = _STRONG.search(folded)
    if strong and text.word_count <= SHORT:
        return Signal(NAME, 1.0, f"insult ('{strong.group(0)}')")
    for insult in _INSULT.finditer(folded):
        if _aimed_at_bot(folded, insult, text.word_count):
            return Signal(NAME, 1.0, f"insult at the assistant ('{insult.group(0).strip()}')")
    return None
