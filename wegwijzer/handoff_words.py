"""Short requests to reach the practice, recognised by lexicon so that the way to a person never
depends on the classifier: "kan iemand me bellen?", "ik wil een mens spreken", "telefoonnummer?"."""
import re
from typing import Optional

from wegwijzer.crisis import normalise

MAX_WORDS = 8  # longer messages are questions about a topic ("heb ik een verwijzing nodig om ...")

_HUMAN = re.compile(r"\b(?:een )?(?:mens|medewerker|echt persoon|echte persoon|iemand van de praktijk|therapeut zelf)\b"
                    r".{0,20}\b(?:spreken|praten|chatten)\b|\bmet een mens\b")
_CALLBACK = re.compile(r"\bterug ?bel\w*|\bbel(?:t|len)? (?:me|mij)\b|\b(?:me|mij) (?:\w+ )?(?:bellen|opbellen)\b|"
                       r"\bafspraak (?:maken|inplannen|plannen)\b|\bterugbelverzoek\b")
_CONTACT = re.compile(r"\b(?:telefoon ?nummer|telnr|e ?mail ?adres|mailadres|openingstijden|contactgegevens|"
                      r"adres|bereikbaar|hoe bereik ik|contact opnemen)\b")


def detect(text: str) -> Optional[str]:
    """'request_human', 'request_callback' or 'request_contact' for a short handoff request, else None."""
    cleaned = normalise(text or "")
    if len(cleaned.replace("|", " ").split()) > MAX_WORDS:
        return None
    if _HUMAN.search(cleaned):
        return "request_human"
    if _CALLBACK.search(cleaned):
        return "request_callback"
    if _CONTACT.search(cleaned):
        return "request_contact"
    return None
