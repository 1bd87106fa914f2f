"""Requests the assistant must refuse whatever the classifier thinks: a diagnosis of oneself or
someone else, and advice about medication. A small lexicon, like the crisis safety net."""
import re
from typing import Optional

from wegwijzer.crisis import normalise

CONDITIONS = (
    r"(?:depressie\w*|depressief|adhd|add|autis\w*|ass|asperger|bipolair\w*|manisch\w*|borderline|"
    r"ptss|ocd|dwangstoornis|angststoornis|paniekstoornis|stoornis|psychose|psychotisch|schizofren\w*|"
    r"dyslex\w*|dementie|alzheimer|hoogsensitief|hsp|hechtingsstoornis|eetstoornis|anorexia|boulimia|"
    r"narcis\w*|burn ?out|overspannen|trauma|getraumatiseerd|hoogbegaafd|gilles de la tourette|tourette)"
)
WHO = r"(?:ik|hij|zij|ze|mijn \w+|m n \w+|mn \w+|ons kind|onze \w+|die|dat)"

DIAGNOSIS = re.compile("|".join([
    r"\b(?:heb|heeft|hebben) " + WHO + r" (?:\w+ ){0,3}" + CONDITIONS + r"\b",
    r"\b(?:ben|is|zijn) " + WHO + r" (?:\w+ ){0,3}" + CONDITIONS + r"\b",
    r"\b(?:zijn|is) dit (?:de )?(?:symptomen|signalen|kenmerken) van\b",
    r"\bwat (?:heb|heeft|mankeert) (?:ik|hij|zij|ze|mijn \w+)\b(?! (?:nodig|aan jullie|te doen))",
    r"\bwelke (?:stoornis|aandoening|ziekte|diagnose) (?:heb|heeft|past bij)\b",
    r"\b(?:kun|kan|kunt) (?:je|jij|u) (?:\w+ ){0,3}(?:vaststellen|zeggen|beoordelen|testen|bepalen) of (?:ik|hij|zij|ze|mijn \w+)\b",
    r"\b(?:diagnose|diagnosticeren) (?:\w+ ){0,2}(?:geven|stellen|bij mij|voor mij|van mij)\b.*\b(?:mij|mijn|klachten)\b",
    r"\b(?:mij|me|hem|haar) (?:\w+ ){0,6}(?:een )?diagnose (?:geven|stellen)\b",
    r"\b(?:een )?test (?:\w+ ){0,2}of ik\b|\bdenk (?:je|jij|u) dat (?:ik|hij|zij|ze|mijn \w+) " + r"(?:\w+ ){0,3}" + CONDITIONS,
]))

MEDICINES = (
    r"(?:medicijn\w*|medicatie|medicament\w*|pil|pillen|tablet\w*|antidepressiv\w*|antipsychotic\w*|slaapmiddel\w*|"
    r"slaappil\w*|kalmeringsmiddel\w*|sertraline|paroxetine|citalopram|escitalopram|fluoxetine|venlafaxine|"
    r"oxazepam|diazepam|lorazepam|temazepam|ritalin|methylfenidaat|concerta|dexamfetamine|lithium|quetiapine|"
    r"seroquel|olanzapine|risperidon\w*|aripiprazol\w*|melatonine|sint ?janskruid|benzo\w*|ssri\w*|dosis|dosering|mg)"
)
MEDICATION = re.compile("|".join([
    r"\b(?:welk|welke|wat voor) (?:\w+ ){0,2}" + MEDICINES + r"\b",
    r"\b" + MEDICINES + r"\b.{0,80}\b(?:nemen|slikken|stoppen|afbouwen|bouw|combineren|verhogen|verlagen|"
    r"innemen|gebruiken|voorschrijven|veilig|helpt|helpen|beter|moet|mag|bijwerking\w*|raad)",
    r"\b(?:mag|moet|kan|kun|zal) (?:ik|hij|zij|ze|mijn \w+) (?:\w+ ){0,4}" + MEDICINES + r"\b",
    r"\b(?:schrijf|schrijven|voorschrijven) (?:\w+ ){0,3}" + MEDICINES + r"|" + MEDICINES + r" (?:\w+ ){0,2}voorschrijven\b",
    r"\bbijwerking\w*\b",
    r"\b(?:helpt|werkt|werken|helpen) (?:\w+ ){0,2}" + MEDICINES + r"\b",
    r"\b" + MEDICINES + r" (?:\w+ )?of (?:\w+ )?" + MEDICINES + r"\b|\b(?:sertraline|paroxetine|citalopram|venlafaxine|fluoxetine)\b",
    r"\b(?:bouw|stop|begin|start|verhoog|verlaag) (?:\w+ ){0,3}" + MEDICINES + r"\b",
]))

# Questions about what a professional may do are information, not a request for advice.
PROFESSIONAL = re.compile(r"\b(?:psychosociaal therapeut|pst|psychiater|psycholoog|therapeut|huisarts|kindertherapeut|"
                          r"psychotherapeut)\w*\b")


def detect(text: str) -> Optional[str]:
    """'diagnosis' or 'medication' when the message asks for one, else None."""
    if not text or not text.strip():
        return None
    cleaned = normalise(text)
    if PROFESSIONAL.search(cleaned):
        return None
    if MEDICATION.search(cleaned):
        return "medication"
    if DIAGNOSIS.search(cleaned):
        return "diagnosis"
    return None
