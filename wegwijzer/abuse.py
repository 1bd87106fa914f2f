"""Insults aimed at the assistant: answered calmly (utter_abuse), never mirrored."""
import re

from wegwijzer.crisis import normalise

_INSULT = re.compile(
    r"\b(?:dom|domme|domste|stom|stomme|stomste|sukkel\w*|idioot|idiote|debiel\w*|achterlijk\w*|waardeloos|"
    r"waardeloze|nutteloos|nutteloze|prutser\w*|kut\w*|klote\w*|irritant\w*|onzin|zielig\w*|aap|loser|shit|"
    r"fuck\w*|tering\w*|kanker\w*|mongool|slechtste)\b"
)
_AT_BOT = re.compile(r"\b(?:jij|je|jou|bot|chatbot|robot|computer|ding|programma|assistent|apparaat|software)\w*\b")
_DISMISS = re.compile(r"\b(?:rot op|donder op|hou (?:toch )?je (?:mond|kop|bek)|ga (?:toch )?weg|flikker op)\b")


def detect(text: str) -> bool:
    """True for an insult at the bot ('wat ben jij dom', 'kutbot', 'rot op'), not for frustration in general."""
    cleaned = normalise(text or "")
    if _DISMISS.search(cleaned):
        return True
    return bool(_INSULT.search(cleaned) and _AT_BOT.search(cleaned)) or bool(re.search(r"\b(?:kut|klote|stomme?|domme?)(?:bot|robot|computer|ding)\b", cleaned))
