"""Requests the assistant must refuse whatever the classifier thinks: a diagnosis or test of oneself or
someone else, and advice about medication. Questions about what a professional may do in general
("mag een psycholoog een diagnose stellen?") are information, not a request."""
import re
from typing import Optional

from wegwijzer.detectors.signal import Signal
from wegwijzer.detectors.text import Text

NAME = "medical"
CONDITIONS = (
    r"(?:depressie\w*|depressief|adhd|add|autis\w*|ass|asperger|bipolair\w*|manisch\w*|borderline|"
    r"ptss|ocd|dwangstoornis|angststoornis|paniekstoornis|stoornis|psychose|psychotisch|schizofren\w*|"
    r"dyslex\w*|dementie|alzheimer|hoogsensitief|hsp|hechtingsstoornis|eetstoornis|anorexia|boulimia|"
    r"narcis\w*|burn ?out|overspannen|trauma|getraumatiseerd|hoogbegaafd|gilles de la tourette|tourette|"
    r"persoonlijkheidsstoornis|add|dyscalculie|angstig|faalangst)"
)
WHO = r"(?:ik|hij|zij|ze|mijn \w+|ons kind|onze \w+|die|dat|je|jij|u|we|wij)"
PERSON = r"(?:mij|me|mijn \w+|hem|haar|ons kind|onze \w+|ik|hij|zij|ze)"

DIAGNOSIS = re.compile("|".join([
    r"\b(?:heb|heeft|hebben) " + WHO + r" (?:\w+ ){0,3}" + CONDITIONS + r"\b",
    r"\b(?:ben|is|zijn) " + WHO + r" (?:\w+ ){0,3}" + CONDITIONS + r"\b",
    r"\b(?:zijn|is) dit (?:de )?(?:symptomen|signalen|kenmerken) van\b",
    r"\bwat (?:heb|heeft|mankeert) (?:ik|hij|zij|ze|mijn \w+)\b(?! (?:nodig|aan\b|bij\b|te doen|voor))",
    r"\bwelke (?:stoornis|aandoening|ziekte|diagnose) (?:heb|heeft|past bij)\b",
    # "kunt u zeggen of ik ..." asks for a diagnosis only with a condition or state after it (not "... of ik zonder
    # briefje terecht kan")
    r"\b(?:kun|kan|kunt|kunnen) (?:je|jij|u|jullie) (?:\w+ ){0,6}(?:vaststellen|zeggen|beoordelen|testen|bepalen|onderzoeken) "
    r"of (?:ik|hij|zij|ze|mijn \w+) (?:\w+ ){0,4}(?:" + CONDITIONS + r"|iets heb\w*|iets mankeer\w*|ziek|normaal|gek|gestoord)\b",
    r"\bbij (?:mij|me|mijn \w+|hem|haar) (?:\w+ ){0,2}(?:onderzoeken|testen|vaststellen|uitzoeken) of\b",
    r"\b(?:getest|testen|test|onderzocht|onderzoeken|onderzoek) (?:\w+ ){0,4}(?:op|naar|of) (?:\w+ ){0,3}" + CONDITIONS + r"\b",
    r"\b" + CONDITIONS + r" (?:\w+ ){0,3}(?:laten )?(?:testen|vaststellen|onderzoeken|diagnosticeren)\b",
    r"\b(?:mij|me|hem|haar|mijn \w+) (?:\w+ ){0,6}(?:een )?diagnose (?:geven|stellen|krijgen)\b",
    r"\b(?:diagnose|diagnosticeren) (?:\w+ ){0,3}(?:bij mij|voor mij|van mij|bij mijn \w+|voor mijn \w+)\b",
    r"\bdenk (?:je|jij|u) dat " + WHO + r" (?:\w+ ){0,3}" + CONDITIONS,
    r"\b(?:lijkt|klinkt) (?:dit|dat|het) (?:\w+ ){0,2}(?:op|als) (?:een )?" + CONDITIONS,
    r"\b(?:onderzoeken|onderzocht|uitzoeken|vaststellen|testen) (?:\w+ ){0,3}wat er (?:\w+ ){0,3}aan de hand is\b",
    r"\bdiagnostisch onderzoek\b|\bdiagnostiek (?:doen|laten doen)\b|\b(?:laten )?testen op\b",
    r"\b(?:ik|wij|we) (?:wil|willen|zoek|zoeken) (?:graag )?(?:een |de )?(?:\w+ )?diagnose\b",
    r"\b(?:vertellen|zeggen|vaststellen|bepalen|beoordelen|zien) of (?:ik|hij|zij|ze|mijn \w+) (?:\w+ ){0,3}" + CONDITIONS + r"\b",
]))

MEDICINES = (
    r"(?:medicijn\w*|medicatie|medicament\w*|pil|pillen|tablet\w*|antidepressiv\w*|antipsychotic\w*|slaapmiddel\w*|"
    r"slaappil\w*|kalmeringsmiddel\w*|sertraline|paroxetine|citalopram|escitalopram|fluoxetine|venlafaxine|"
    r"oxazepam|diazepam|lorazepam|temazepam|ritalin|methylfenidaat|concerta|dexamfetamine|lithium|quetiapine|"
    r"seroquel|olanzapine|risperidon\w*|aripiprazol\w*|melatonine|sint ?janskruid|benzo\w*|ssri\w*|dosis|dosering|mg|"
    r"prozac|xanax|valium|mirtazapine|amitriptyline|bupropion|pregabaline)"
)
MEDICATION = re.compile("|".join([
    r"\b(?:welk|welke|wat voor) (?:\w+ ){0,2}" + MEDICINES + r"\b",
    r"\b" + MEDICINES + r"\b.{0,80}\b(?:nemen|slikken|stoppen|afbouwen|bouw|combineren|verhogen|verlagen|"
    r"innemen|gebruiken|veilig|helpt|helpen|beter|moet|mag|bijwerking\w*|raad|verslavend|gevaarlijk|afkicken|"
    r"ophouden|halveren|overslaan|vergeten|samen met|alcohol|normaal|suf|misselijk|duf)",
    r"\b(?:mag|moet|kan|kun|zal) (?:ik|hij|zij|ze|mijn \w+) (?:\w+ ){0,4}" + MEDICINES + r"\b",
    r"\b(?:schrijf|schrijven|voorschrijven) (?:\w+ ){0,3}" + MEDICINES + r"|" + MEDICINES + r" (?:\w+ ){0,2}voorschrijven\b",
    r"\bbijwerking\w*\b",
    r"\b(?:helpt|werkt|werken|helpen) (?:\w+ ){0,2}" + MEDICINES + r"\b",
    r"\b(?:sertraline|paroxetine|citalopram|venlafaxine|fluoxetine|oxazepam|diazepam|ritalin|prozac|xanax)\b",
    r"\b(?:bouw|stop|begin|start|verhoog|verlaag) (?:\w+ ){0,3}" + MEDICINES + r"\b",
]))

# What a profession may do is information ("mag een psychiater medicijnen voorschrijven?", "stelt een
# kindertherapeut een diagnose?") — unless the message names a condition for a person.
PROFESSIONAL = re.compile(r"\b(?:mag|mogen|kan|kunnen|doet|doen|geeft|geven|schrijft|schrijven|stelt|stellen|werkt|werken)\s+"
                          r"(?:een |de |jullie |die |zo n )?(?:\w+ )?(?:psychosociaal therapeut|pst|psychiater|psycholoog|therapeut|"
                          r"huisarts|kindertherapeut|psychotherapeut|gz psycholoog|praktijk)\w*\b"
                          # "wie mag er medicijnen voorschrijven, een psychiater of jullie?"
                          r"|\bwie (?:van \w+ )?(?:mag|mogen|kan|kunnen|schrijft|stelt|geeft|doet)\b"
                          # the professional first: "Een psychiater mag medicijnen voorschrijven, toch?" (dev U), also
                          # after "dus" ("dus de psychiater kan medicijnen voorschrijven en jullie niet?", dev AD)
                          r"|(?:^|\|) ?(?:(?:en|maar|dus|oke?|ok|dan) )?(?:een|de) (?:psychiater|psycholoog|huisarts|therapeut|psychotherapeut|arts|kindertherapeut) "
                          r"(?:mag|mogen|kan|kunnen) (?:ook |wel |dus |toch )?(?:medicijnen|medicatie|een diagnose|diagnoses) "
                          r"(?:voorschrijven|stellen)\b"
                          # a follow-up about the professional just explained: "en die mag wel medicijnen voorschrijven?"
                          r"|^\s*(?:en |maar |dus )?(?:die|hij|zij|ze|deze)\s+(?:mag|mogen|kan|kunnen)\s+(?:wel |ook |dan |dus |niet )*"
                          r"(?:medicijnen|medicatie|een diagnose|diagnoses) (?:voorschrijven|stellen)\b")
# Where to go for medication ("moet ik voor medicijnen naar een psychiater of kan ik bij jullie terecht?", dev X) is a
# question about the professionals: that part is left out before the medication check, the rest is still checked.
WHERE_FOR_MEDICATION = re.compile(r"\b(?:voor|om) (?:\w+ )?(?:medicijnen|medicatie|pillen) (?:\w+ ){0,2}naar (?:een |de )?"
                                  r"(?:psychiater|huisarts|arts|psycholoog|specialist)\b")
NAMES_CONDITION_FOR_PERSON = re.compile(r"\b" + PERSON + r"\b.*\b" + CONDITIONS + r"\b|\b" + CONDITIONS + r"\b.*\b" + PERSON + r"\b")


def detect(text: Text) -> Optional[Signal]:
    """A refusal signal with label 'diagnosis' or 'medication', or None."""
    folded = text.folded
    if not text.words:
        return None
    if PROFESSIONAL.search(folded) and not NAMES_CONDITION_FOR_PERSON.search(folded):
        # what a profession may do is information; the rest of the message is still checked ("oke de huisarts kan
        # medicijnen voorschrijven. mag ik mijn sertraline zelf afbouwen?")
        folded = " | ".join(part for part in re.split(r"[|,]", folded) if not PROFESSIONAL.search(part))
    match = MEDICATION.search(WHERE_FOR_MEDICATION.sub(" ", folded))
    if match:
        return Signal(NAME, 1.0, f"medication request ('{match.group(0).strip()[:60]}')", "medication")
    match = DIAGNOSIS.search(folded)
    if match:
        return Signal(NAME, 1.0, f"diagnosis request ('{match.group(0).strip()[:60]}')", "diagnosis")
    return None
