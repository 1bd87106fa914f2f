"""Crisis safety net: a lexicon of Dutch (and mixed-in English) crisis expressions, independent of any
classifier. Recall comes first — a false alarm costs one kind message, a miss can cost a life — but
everyday hyperbole ("ik lach me dood", "doodmoe") is kept out.
"""
import re
import unicodedata
from dataclasses import dataclass
from typing import List, Optional, Pattern, Tuple

MAX_CHARS = 10_000


@dataclass(frozen=True)
class CrisisMatch:
    kind: str  # suicide | self_harm | danger | violence
    matched: str


def normalise(text: str) -> str:
    """Lower case, no accents, letters repeated 3+ times folded to 2, punctuation to spaces."""
    text = unicodedata.normalize("NFKD", text[:MAX_CHARS])
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"(\w)\1{2,}", r"\1\1", text)
    text = re.sub(r"[.,;:!?\n]+", " | ", text)  # clause ends stay visible as "|"
    text = re.sub(r"[^\w\s|]", " ", text)
    return " " + re.sub(r"\s+", " ", text).strip() + " | "


# Up to a few words in between, without crossing much text (bounded, so no catastrophic backtracking).
GAP = r"(?:\w+ ){0,4}"
ME = r"(?:me?ze?l?f|mij zelf|mijzelf|me zelf|me|mij|zichzelf|zich|haarzelf|hemzelf|zelf)"
NOT = r"(?:niet|nie|nit)"
BODY = r"(?:arm|armen|pols|polsen|been|benen|huid|buik|dijen|dij)"

_GROUPS: List[Tuple[str, List[str]]] = [
    ("suicide", [
        # the word itself, with common typos and inflections
        r"\b(?:zelf ?moo?r[dt]\w*|zelfmood\w*|zelmoord\w*|zelfmort\w*|zelfdoding\w*)",
        r"\bsu[iï]?c[iï]?d\w*|\bsuicid\w*|\bsucid\w*|\bsuizid\w*",
        r"\bkill (?:my ?self|me)\b|\bend (?:my|it all)\b|\bwant to die\b|\bdont want to live\b",
        # wanting to be dead / not to live
        r"\b(?:ik )?wil (?:echt |gewoon |liever |het liefst |graag )?dood\b",
        r"\bwil (?:ik )?(?:niet|nie) (?:meer )?leven\b|\bniet meer (?:verder )?(?:willen )?leven\b",
        r"\b(?:wil|wou|zou|ga) (?:\w+ ){0,3}er niet meer (?:zijn|wezen)\b|\ber niet meer (?:willen )?zijn\b",
        r"\bdood (?:willen|wil) (?:zijn|gaan)\b|\bdood zijn is beter\b|\bliever dood\b",
        r"\bzie het (?:echt |allemaal |gewoon |helemaal )?niet meer zitten\b|\bniet meer zitten zie ik\b",
        r"\bhoeft (?:het )?(?:voor mij|van mij)? ?niet meer\b",
        r"\bniet meer wakker (?:te )?worden\b|\bnooit meer wakker\b",
        r"\b(?:iedereen|jullie|de wereld|mijn (?:kinderen|familie|ouders)) (?:is|zijn|zou|zouden) " + GAP + r"beter af zonder (?:mij|me)\b",
        r"\b(?:een )?(?:eind|einde) (?:aan|maken aan) " + GAP + r"(?:leven|alles|mijn bestaan|het)\b",
        r"\b(?:eind|einde) aan (?:te )?maken\b|\ber een eind\w* aan\b|\bmaak er een eind\w* aan\b",
        r"\b(?:van|uit) het leven (?:te )?(?:beroven|stappen)\b|\buit het leven\b",
        r"\bafscheids ?brie[fv]\w*",
        r"\bmezelf (?:op ?(?:te )?hangen|ophangen|verhangen|iets aan (?:te )?doen|van kant)\b",
        r"\b(?:op ?hangen|verhangen|ophangen)\b",
        r"\bpillen (?:\w+ ){0,3}(?:sparen|gespaard|verzamel\w*|innemen|ingenomen|slikken|geslikt)\b.*?\b(?:eind|dood|klaar|niet meer|genoeg|allemaal|alles)\b",
        r"\b(?:alle|al mijn|een hele? (?:strip|doos|pot)) (?:\w+ )?pillen\b",
        r"\b(?:voor|onder) (?:de|een) (?:trein|metro|auto|vrachtwagen) (?:\w+ )?(?:springen|spring|gaan liggen|te springen|stappen)\b",
        r"\b(?:van|vanaf|op) (?:een|de|het) (?:brug|flat|dak|gebouw|balkon)\b" + r".{0,40}?\bspring",
        r"\bspring\w* (?:\w+ ){0,3}(?:van|vanaf|voor) (?:een|de|het) (?:brug|flat|dak|gebouw|trein|balkon)\b",
        r"\bdood ?gaan (?:wil|willen)\b|\bwil (?:\w+ )?dood ?gaan\b|\bwil (?:graag )?sterven\b|\bwil (?:niet meer )?bestaan\b",
        r"\bniet meer (?:willen )?bestaan\b|\bwil verdwijnen voor altijd\b|\bvoor altijd (?:slapen|weg)\b",
        r"\b(?:leven|bestaan) heeft geen (?:zin|nut) (?:meer)?\b|\bgeen zin meer (?:in|om te) (?:het )?leven\b",
        r"\bdoodsgedacht\w*|\bdoodswens\w*",
        r"\bgeen (?:reden|zin) (?:meer )?(?:om|in) (?:te |het )?leven\b|\bhet leven (?:zat|moe)\b|\blevensmoe\b",
        r"\bklaar (?:mee )?(?:met|mee) (?:[\w|]+ ){0,6}(?:het leven|mijn leven|leven)\b",
        r"\bik wil (?:echt |gewoon |het |)" + NOT + r" meer \|",
        r"\b(?:dat|als) (?:ik|hij|ze|zij) (?:\w+ ){0,2}dood (?:was|ben|is|zou zijn)\b|\bwas ik (?:maar )?dood\b",
        r"\b(?:als|dat) (?:ik|hij|ze|zij) er (?:\w+ ){0,2}" + NOT + r" meer (?:ben|was|is|zou zijn)\b",
        r"\ber " + NOT + r" meer (?:wil|wilt|willen|zou willen) (?:zijn|wezen)\b|\b(?:hij|ze|zij) (?:\w+ ){0,2}dood wil\b",
        r"\bvoorgoed (?:verdwijnen|weg|slapen)\b",
        r"\bzie het (?:\w+ ){0,2}" + NOT + r" meer zi?tt?en\b",
        r"\bwil (?:ik )?" + NOT + r" meer lev\w*",
        r"\bwil (?:\w+ ){0,2}er " + NOT + r" meer zijn\b",
        r"\b(?:zichzelf|mezelf|me|zich|haarzelf|hemzelf) iets aan (?:te )?(?:doen|doet)\b",
        r"\bpillen (?:\w+ ){0,3}(?:klaar ?liggen|klaar gelegd|klaargelegd|klaar staan)\b",
        r"\bbeter af (?:\w+ ){0,4}(?:zonder (?:mij|me)|als ik er " + NOT + r" meer)\b",
        # broader wording, added after the training phrasings showed gaps (doden, missen, voor altijd, vaarwel)
        r"\b(?:mezelf|zichzelf|zich|mijzelf) (?:\w+ ){0,2}(?:te )?(?:doden|ombrengen|van kant (?:te )?maken)\b|\bvan kant (?:te )?maken\b",
        r"\bniemand (?:zou|zal) (?:me|mij) (?:\w+ )?missen\b",
        r"\b(?:als|dat) (?:ik|hij|ze|zij) (?:er )?(?:weg|dood|er niet meer) (?:was|ben|is|zou zijn)\b",
        r"\b(?:slaap|slapen|in slaap vallen|in slaap val) (?:\w+ ){0,2}voor altijd\b|\bvoor altijd (?:\w+ )?(?:slapen|in slaap)\b",
        r"\bweg (?:uit|van) (?:deze|de) wereld\b|\b(?:voorgoed|voor altijd) (?:er )?tussenuit\b|\bleven (?:\w+ )?niet meer aan\b",
        r"\bvaarwel\b|\blaatste bericht\b|\bafscheid (?:\w+ ){0,2}(?:genomen|nemen) (?:van (?:iedereen|het leven))\b",
        r"\b(?:aderen|polsen|pols) (?:\w+ ){0,2}(?:open|door)\w*\b",
        r"\b(?:pistool|geweer|vuurwapen|wapen|strop|touw) (?:\w+ ){0,4}(?:gebruiken|thuis|klaar|pakken|ophangen)\b",
        r"\bgeen toekomst meer\b|\bgeen uitweg meer\b",
    ]),
    ("self_harm", [
        r"\b(?:snij|snijd|snijden|sneed|gesneden|kras|krassen|kraste|gekrast|beschadig\w*|brand|verbrand\w*|sla|slaan|bonk\w*) " + GAP + ME + r"\b",
        ME + r" (?:\w+ ){0,3}(?:snijden|snij|snijd|krassen|kras|beschadigen|pijn (?:te )?doen|verwonden|branden)\b",
        r"\b(?:pijn doen|verwonden) " + ME + r"\b|\b" + ME + r" pijn (?:te )?doen\b",
        r"\b(?:doe|doet|deed|gedaan|doen) " + ME + r" (?:\w+ )?pijn\b",
        r"\bautomutil\w*|\bzelf ?beschadig\w*|\bzelf ?verwond\w*|\bself ?harm\w*|\bcutting\b",
        r"\bsnijdt (?:zich|zichzelf|hij zich|ze zich)\b|\bkrast (?:zich|zichzelf)\b",
        ME + r" (?:\w+ ){0,4}(?:gesneden|gekrast|verwond|beschadigd|gebrand|pijn gedaan)\b",
        r"\b(?:kras\w*|snij\w*|sneed|gesneden|brand\w*) (?:\w+ ){0,4}(?:in|op|aan) (?:mijn|haar|zijn|m n|mn|de) " + BODY + r"\b",
        r"\b(?:in|op) (?:mijn|haar|zijn|mn|de) " + BODY + r" (?:\w+ ){0,2}(?:gesneden|gekrast|gebrand|snijden|krassen)\b",
        r"\b(?:bijt|bijten|krab|krabben|kras|krassen|sla|slaan|snij|snijden)\w* " + ME + r" (?:\w+ ){0,3}(?:bloed\w*|kapot|open)\b|\btot (?:het )?bloed\w*\b",
    ]),
    ("violence", [
        r"\b(?:hij|zij|ze|mijn (?:partner|man|vrouw|vriend|vriendin|vader|moeder|ex|broer|zus|stiefvader|stiefmoeder)) (?:\w+ ){0,2}(?:slaat|schopt|mishandelt|wurgt|sloeg|schopte|mishandelde|verkracht\w*|bedreig\w*|misbruik\w*) (?:me|mij|ons|mijn kind\w*|de kinderen)\b",
        r"\b(?:word|wordt|werd|ben|is) (?:\w+ ){0,3}(?:geslagen|mishandeld|misbruikt|verkracht|bedreigd|gewurgd|geschopt)\b",
        r"\bhuiselijk geweld\b|\bmishandel\w*|\bverkracht\w*|\bseksueel misbruik\w*|\bmisbruik(?:t|te) (?:me|mij|haar|hem)\b",
        r"\b(?:niet|nooit) (?:meer )?veilig (?:thuis|in huis)\b|\bthuis (?:niet|nooit) (?:meer )?veilig\b|\bvoel me (?:niet|nooit) veilig\b",
        r"\bbedreigt? (?:me|mij)\b|\bbedreigd met\b|\bmet een (?:mes|wapen|pistool)\b",
        r"\b(?:slaat|schopt|mishandelt|wurgt|sloeg|schopte|mishandelde) (?:me|mij|ons)\b|\bgewurgd\b",
        r"\b(?:dreigt?|dreigde|bedreig\w*) (?:\w+ ){0,3}(?:te )?(?:vermoorden|dood (?:te )?maken|neer (?:te )?steken|slaan|doden)\b",
        r"\bgedreigd (?:\w+ ){0,3}(?:dood|vermoord|neer)\w*\b",
        r"\b(?:geeft|gaf|geven|krijg|kreeg) (?:\w+ ){0,3}(?:klappen|een klap|slaag|een pak slaag)\b",
        r"\b(?:duwt|trapt|schopt|slaat|stompt|knijpt) (?:\w+ ){0,3}(?:me|mij)\b|\b(?:trapt|schopt|stompt) (?:me|mij|haar|hem|ons)\b",
        r"\b(?:gebruikt|gebruiken|pleegt) (?:\w+ ){0,2}geweld\b|\bgeweld (?:\w+ ){0,2}(?:tegen|op) (?:me|mij|ons|mijn \w+)\b",
        r"\b(?:gedwongen|dwingt|dwong) (?:\w+ ){0,4}(?:seks|tot seks)\b|\baanrand\w*",
    ]),
    ("danger", [
        r"\bbang (?:dat|om) (?:ik )?(?:\w+ ){0,3}(?:iemand|hem|haar|mijn (?:kind\w*|baby|partner)) (?:iets )?(?:aan ?(?:te )?doe\w*|pijn (?:te )?doe\w*|vermoord\w*|iets aandoe)\b",
        r"\b(?:iemand|hem|haar) (?:\w+ ){0,2}(?:iets )?(?:aan ?(?:te )?doen|vermoorden|doodmaken|dood maken|dood (?:te )?maken)\b",
        r"\bik (?:ga|wil|kan) (?:\w+ ){0,2}(?:vermoorden|doodmaken|dood maken|neersteken|neerschieten)\b",
        r"\b(?:overdosis|overdose|te veel pillen (?:genomen|ingenomen|geslikt)|alle pillen (?:genomen|ingenomen|geslikt))\b",
        r"\bacuut gevaar\b|\bin (?:levens)?gevaar\b|\blevensgevaar\w*",
        r"\b(?:iemand|hem|haar|mijn \w+) (?:\w+ ){0,2}iets aan (?:te )?doen\b",
        r"\bstemmen (?:\w+ ){0,5}(?:pijn|dood|vermoord\w*|aandoen|aan (?:te )?doen|springen)\b",
        r"\bbang (?:dat|om) (?:\w+ ){0,4}pijn (?:ga |gaan |te )?doe\w*\b",
        r"\b(?:iemand|hem|haar|mensen) (?:\w+ ){0,2}(?:ga |gaan )?(?:aanvallen|neersteken|neerschieten)\b|\bcontrole (?:\w+ ){0,2}verlies\w*\b.*\b(?:iemand|aanvallen|pijn)\b",
        r"\b(?:alle|te veel|veel|een hoop|al mijn|een handvol|gedronken en) (?:\w+ ){0,2}(?:pillen|tabletten|medicijnen) (?:\w+ ){0,2}(?:genomen|ingenomen|geslikt)\b",
    ]),
]

# Everyday expressions that contain a crisis word but are no crisis: removed before matching.
_HYPERBOLE = [
    r"\b(?:lach|schrik|schrok|verveel|schaam|werk|erger|zoek|pieker|loop|eet|ren|betaal|lachen|schrikken|vervelen|schamen|werken|ergeren|zoeken) (?:\w+ ){0,2}(?:me|mij|mezelf|ons|je|zich) (?:\w+ ){0,2}(?:dood|een ongeluk|rot|suf|te pletter)\b",
    r"\b(?:dood ?moe|dood ?ziek|dood ?normaal|dood ?stil|dood ?eng|dood ?simpel|doodgewoon|doodsbang|doods ?angst\w*|dood ?op)\b",
    r"\bga (?:bijna )?dood van (?:de|het|het lachen|de zenuwen|de honger|de dorst|de hitte|de kou|de stress|verveling|nieuwsgierigheid)\b",
    r"\bdood ?(?:gaan|ga) van (?:het lachen|de zenuwen|de honger|verveling)\b",
    r"\bgesneden (?:bij|tijdens) (?:het )?(?:koken|snijden|scheren)\b|\bin mijn vinger gesneden\b",
    r"\bzelfmoordpreventie\b(?! bellen)",
    r"\bsnij (?:\w+ ){0,2}(?:onderwerp|thema|vraag)\b",
    r"\bslaat (?:de )?(?:deur|deuren|plank)\w*\b|\bsla (?:ik )?(?:de )?plank mis\b",
]

_COMPILED: List[Tuple[str, Pattern]] = [(kind, re.compile("|".join(f"(?:{p})" for p in pats))) for kind, pats in _GROUPS]
_HYPERBOLE_RE = re.compile("|".join(f"(?:{p})" for p in _HYPERBOLE))


def detect(text: str) -> Optional[CrisisMatch]:
    """The first crisis expression in `text`, or None."""
    if not text or not text.strip():
        return None
    cleaned = _HYPERBOLE_RE.sub(" ", normalise(text))
    for kind, pattern in _COMPILED:
        match = pattern.search(cleaned)
        if match:
            return CrisisMatch(kind=kind, matched=match.group(0).strip())
    return None
