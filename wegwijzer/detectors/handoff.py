"""Short requests to reach the practice, recognised by words so that the way to a person never depends
on the classifier: "kan iemand me bellen?", "ik wil een mens spreken", "telefoonnummer?"."""
import re
from typing import Optional

from wegwijzer.detectors.signal import Signal
from wegwijzer.detectors.text import Text

NAME = "handoff"
MAX_WORDS = 8  # longer messages are questions about a topic ("heb ik een verwijzing nodig om ...")

_HUMAN = re.compile(r"\b(?:een )?(?:mens|medewerker|echt persoon|echte persoon|iemand van de praktijk|therapeut zelf)\b"
                    r".{0,20}\b(?:spreken|praten|chatten)\b|\bmet een mens\b|\bgeen (?:ro)?bot\b")
_CALLBACK = re.compile(r"\bterug ?bel\w*|\bbel(?:t|len)? (?:me|mij)\b|\b(?:me|mij) (?:\w+ )?(?:bellen|opbellen)\b|"
                       r"\bafspraak (?:maken|inplannen|plannen)\b|\bterugbelverzoek\b")
_DELETE = re.compile(r"\b(?:verwijder|verwijderen|wis|wissen|delete)\b.{0,30}\b(?:mijn|m n|mn|al mijn|de|dit|deze) "
                     r"(?:\w+ )?(?:gegevens|data|gesprek|chat|berichten|info)\b|\bvergeet (?:mij|me|alles)\b")
_CONTACT = re.compile(r"\b(?:telefoon ?nummer|telnr|e ?mail ?adres|mailadres|openingstijden|contactgegevens|"
                      r"adres|bereikbaar|hoe bereik ik|contact opnemen)\b")
# "laat het terugbellen maar zitten", "ik wil het terugbelverzoek annuleren": a stop, not a request.
_CANCEL = re.compile(r"\b(?:annul\w*|stop\w*|laat \w+ (?:\w+ )?(?:maar )?(?:zitten|gaan)|laat maar|toch (?:niet|geen)|"
                     r"hoeft niet|hoef (?:\w+ )?niet|niet meer nodig|geen terugbel\w*|intrekken)\b")


def detect(text: Text) -> Optional[Signal]:
    """A handoff signal labelled delete_my_data, request_human, request_callback or request_contact, or None."""
    folded = text.folded
    if text.word_count > MAX_WORDS:
        return None
    deletion = _DELETE.search(folded)
    if deletion:
        return Signal(NAME, 1.0, f"deletion request ('{deletion.group(0).strip()}')", "delete_my_data")
    if _CANCEL.search(folded):
        return None
    for pattern, intent in ((_HUMAN, "request_human"), (_CALLBACK, "request_callback"), (_CONTACT, "request_contact")):
        match = pattern.search(folded)
        if match:
            return Signal(NAME, 1.0, f"handoff words ('{match.group(0).strip()}')", intent)
    return None
