"""Crisis concepts in Dutch (with the English people mix in), matched on the folded message.

A concept is written once and covers its word forms: separable and compound verbs ("aandoen",
"aan te doen", "doe mezelf iets aan"), words inserted in between ("ik wil er gewoon echt niet meer
zijn"), first/second/third person and past/present. Each hit has a strength:

  1.0  clear risk: the full crisis reply
  0.8  strong risk: the full crisis reply unless a frame below lowers it
  0.5  distress ("ik kan niet meer", "ik zie geen uitweg"): a short line with 113 and 112

Nothing is deleted before matching. Frames lower the strength of the hits in their own clause:
everyday hyperbole ("ik schaam me dood"), a question about the topic without a personal state
("helpt therapie bij zelfbeschadiging?"), negation ("ik heb geen doodsgedachten"), the distant past
("jaren geleden deed ik een poging") and fiction or the news.
"""
import re
from dataclasses import dataclass
from typing import List, Optional, Pattern, Tuple


def any_of(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


def gap(n: int) -> str:
    """Up to n words (or commas) in between, never across a sentence end."""
    return rf"(?:(?:\w+|,) ){{0,{n}}}"


def gap_without_negation(n: int) -> str:
    return rf"(?:(?!niet |geen |nooit |nergens )(?:\w+|,) ){{0,{n}}}"


END = r"(?:\||,)"  # end of a sentence or clause


SELF = any_of("mezelf", "mijzelf", "me", "mij", "zichzelf", "zich", "hemzelf", "haarzelf", "jezelf", "zelf", "myself",
              "himself", "herself")
SELF_STRICT = any_of("mezelf", "mijzelf", "zichzelf", "hemzelf", "haarzelf", "jezelf", "myself", "himself", "herself")
HARM_OBJECT = any_of("iets", "wat", "iets ergs", "wat ergs", "zoiets", "pijn", "geweld", "dit", "dat")
WANT = any_of("wil", "wilt", "wou", "wilde", "willen", "zou willen", "wens", "wenste", "verlang", "verlangde",
              "hoop", "liefst", "liever")
SOMEONE = any_of("iemand", "hem", "haar", "ze", "mijn \\w+", "zijn \\w+", "haar \\w+", "de baby", "de kinderen",
                 "mensen", "die \\w+")
PLACE_HIGH = any_of("brug", "flat", "dak", "balkon", "gebouw", "toren", "viaduct", "parkeergarage", "raam", "rand")
TRACKS = any_of("spoor", "rails", "spoorlijn", "spoorbaan", "spoorwegovergang")
VEHICLE = any_of("trein", "metro", "vrachtwagen", "bus", "auto", "tram")
MEDS = any_of("\\w*pillen", "pil", "\\w*tabletten", "paracetamol\\w*", "pijnstiller\\w*", "temazepam", "lorazepam", "tramadol",
              "oxycodon\\w*", "oxy(?! ?clean)", "morfine", "antidepressivum", "oxazepam", "diazepam", "slaappillen", "slaapmiddel\\w*",
              "medicijnen", "medicatie", "antidepressiva", "pammetjes", "ibuprofen", "lithium", "insuline", "pills")
MANY = any_of("[1-9]\\d+", "twintig", "dertig", "veertig", "vijftig", "honderd", "alle", "al mijn", "al de",
              "een (?:hele )?(?:strip|strips|doos|pot|potje|pak|flesje)", "(?:je|mijn|m n|de|haar|zijn) hele (?:strip|strips|doos|pot|potje|pak|voorraad)",
              "een heleboel", "heleboel", "een handvol", "handvol", "veel te veel",
              "te veel", "een hoop", "heel veel", "hele strips")
CUT = any_of("gebrand", "gestoken", "snij", "snijd", "snijdt", "snijden", "sneed", "sneden", "gesneden", "kras", "krast", "krassen", "kraste",
             "krasten", "gekrast", "brand", "brandt", "branden", "verbrand", "verbranden", "bonk", "bonken", "bonkte",
             "beschadig", "beschadigen", "beschadigd", "verwond", "verwonden", "verwondt", "pijn doen", "pijn gedaan",
             "pijn doe", "pijn te doen", "cut", "cutting", "hurt")
BODY = any_of("arm", "armen", "pols", "polsen", "been", "benen", "huid", "buik", "dij", "dijen", "bovenbeen",
              "bovenbenen", "hand", "handen", "enkels")
VIOLENT = any_of("slaat", "sloeg", "sloegen", "slaan", "schopt", "schopte", "trapt", "trapte", "mishandelt",
                 "mishandelde", "wurgt", "wurgde", "duwt", "duwde", "stompt", "stompte", "bedreigt", "bedreigde",
                 "misbruikt", "misbruikte", "verkracht", "verkrachtte", "knijpt \\w+ keel", "sluit (?:me|mij|ons) op",
                 "sloot (?:me|mij|ons) op", "randt \\w+ aan", "betast", "betastte", "hits", "beats",
                 "opsluit", "opsluiten", "sluiten (?:me|mij|ons) (?:\\w+ ){0,3}op")
VIOLENT_PARTICIPLE = any_of("geslagen", "geschopt", "getrapt", "mishandeld", "gewurgd", "geduwd", "gestompt",
                            "bedreigd", "misbruikt", "verkracht", "aangerand", "opgesloten", "in elkaar geslagen",
                            "in elkaar getrapt", "betast", "gebeten")
VICTIM = any_of("me", "mij", "ons", "mama", "papa", "mams", "(?:mijn|zijn|haar|onze) (?:moeder|mama|kind|kinderen|zoon|zoontje|dochter|dochtertje|broer|zus|broertje|zusje|vrouw|man)",
                "de kinderen", "haar", "hem")
ABUSER = any_of("boyfriend", "girlfriend", "stiefpa", "stiefma", "hij", "zij", "ze", "mijn \\w+", "pa", "ma", "papa", "mama", "vader", "moeder", "stiefvader",
                "stiefmoeder", "vriend", "man", "partner", "ex", "oom", "opa", "broer")


PRIVATE = any_of("piemel\\w*", "plasser\\w*", "vagina", "kruis", "borst\\w*", "billen", "billetjes", "kont", "geslachtsde\\w*",
                 "intieme (?:delen|plekken|plekjes)", "onderkant", "private parts")
TOUCHER = any_of("\\w*leraar", "\\w*lerares", "meester", "juf", "\\w*trainer", "coach", "oom", "opa", "stief\\w*", "vader", "papa",
                 "buurman", "oppas", "neef", "broer", "vriend", "(?:een|die|de|deze|oudere) (?:man|jongen|vent)", "meneer", "iemand", "\\w*leider", "begeleider",
                 "\\w*meester", "ome")


def separable(particle: str, forms: List[str], joined_forms: Tuple[str, ...] = ()) -> str:
    """'aandoen', 'aan doen', 'aan te doen', plus the particle after the verb within one clause."""
    verb = any_of(*forms)
    return any_of(rf"{particle} ?(?:te )?{verb}\b", *joined_forms)


DO = ["doen", "doe", "doet", "deed", "deden"]
AANDOEN = separable("aan", DO, ("aangedaan",))
HANG = ["hangen", "hang", "hangt", "hing", "hingen"]
OPHANGEN = any_of(separable("op", HANG, ("opgehangen",)), "verhang\\w*", "opknopen", "op te knopen", "opgeknoopt")


@dataclass(frozen=True)
class Concept:
    name: str
    kind: str  # suicide | self_harm | danger | violence | distress
    strength: float
    pattern: Pattern


def _c(name: str, kind: str, strength: float, *patterns: str) -> Concept:
    return Concept(name, kind, strength, re.compile(any_of(*patterns)))


CONCEPTS: List[Concept] = [
    # --- suicide: said in words -------------------------------------------------------------------------------
    _c("suicide word", "suicide", 1.0,
       r"\bzelfmoord(?!preventie|lijn)\w*", r"\bzelfdoding(?!\w*preventie)\w*", r"\bsuicid(?!\w*preventie)\w*", r"\bsuizid\w*", r"\bdoodsgedacht\w*",
       r"\bdoodswens\w*", r"\bkill (?:my ?self|me|him ?self|her ?self|them ?selves|them ?self)\b", r"\bkilling myself\b", r"\bend (?:my life|it all)\b",
       r"\b(?:want|wanna|going) (?:to )?die\b", r"\b(?:dont|do not|don t) want to (?:live|be alive|exist)\b",
       r"\bunalive\b", r"\bno reason to live\b", r"\bbetter off without me\b"),
    _c("harm oneself", "suicide", 1.0,
       rf"\b{SELF} {HARM_OBJECT} {gap(3)}{AANDOEN}", rf"\b{SELF_STRICT} {gap(3)}{AANDOEN}",
       rf"\b(?:doe|doet|deed|deden) {SELF} {HARM_OBJECT} {gap(2)}aan\b",
       rf"\b{SELF} {gap(3)}(?:dood|om het leven|van kant|van het leven) {gap(1)}(?:te )?(?:maken|brengen|beroven|maak|breng)\b",
       rf"\b{SELF} {gap(3)}(?:te )?(?:doden|ombrengen|om te brengen|vermoorden|verdrinken|vergiftigen|doodschieten|neerschieten|doodrijden|killen|kill)\b",
       rf"\b(?:dood|vermoord|kill|killen) (?:mezelf|mijzelf|myself)\b", rf"\b{SELF_STRICT} {gap(2)}dood (?:doen|te doen|gedaan)\b",
       rf"\b{SELF} {gap(3)}{OPHANGEN}", rf"\bhang\w* {SELF} {gap(3)}op\b", rf"\b(?:ik|hij|zij|ze) {gap(3)}opknopen\b",
       r"\bvan kant (?:te )?maken\b"),
    _c("end of life", "suicide", 1.0,
       rf"\b(?:een )?(?:eind|einde|punt) {gap(2)}(?:aan|achter) (?:mijn|zijn|haar|het|dit|m n) (?:leven|bestaan)\b",
       rf"\bpunt achter alles\b|\bachter alles\b", rf"\b(?:leven|bestaan) (?:\w+ )?(?:beeindigen|afsluiten)\b",
       rf"\b(?:eind|einde) {gap(2)}aan (?:alles|het allemaal)\b",
       r"\buit het leven (?:stappen|te stappen|gaan|stapte)\b", r"\bmezelf van het leven\b"),
    _c("make an end", "suicide", 0.8,
       r"\ber (?:\w+ ){0,2}een (?:eind|einde) aan (?:te )?(?:ma+ken|maak|make|mak|gemaakt|breien)\b(?! (?:\| )?(?:met|aan (?!(?:mijn|m n|het|dit) leven)))",
       r"\bmaak\w* (?:ik |hij |ze |zij |je )?(?:er|het) (?:\w+ ){0,2}een (?:eind|einde) aan\b(?! (?:met|de relatie|onze|mijn relatie|het piekeren|het gepieker))"),
    # --- wanting to be dead, passive death wish --------------------------------------------------------------------
    _c("want to be dead", "suicide", 1.0,
       rf"\b{WANT} {gap_without_negation(3)}dood\b(?! (?:van|aan|op|moe|ziek|normaal|stil|eng|simpel|gewoon|bang|gaan van))",
       r"\bdood (?:willen|wil|wilt|wou)\b(?! (?:mijn|zijn|haar|niet))", r"\bliever dood\b",
       rf"\b{WANT} {gap_without_negation(3)}(?:sterven|doodgaan|dood gaan|dood zijn)\b",
       rf"\b(?:wil|wilt|willen|wou|zou willen) {gap_without_negation(3)}niet meer (?:leven|bestaan|ademen)\b",
       r"\bniet meer (?:willen|wil) (?:leven|bestaan)\b", r"\bniet (?:langer|meer) (?:wil|willen) leven\b",
       rf"\b(?:wil|wilt|willen|wou|zou|wens|liever|morgen|straks|vannacht|binnenkort|dan|snel|gewoon|wilde) {gap(4)}er {gap(4)}niet meer (?:zijn|wezen|zou zijn)\b",
       rf"\b(?:morgen|straks|vannacht|binnenkort|volgende week|na vandaag|na vanavond|over een week|vanavond) {gap(3)}(?:ben|is|zijn) (?:ik|hij|zij|ze) er {gap(1)}niet meer\b",
       rf"\b(?:als|dat) (?:ik|hij|zij|ze) er {gap(2)}niet meer (?:ben|was|is|zou zijn|zijn)\b",
       rf"\ber {gap(2)}niet meer (?:wil|wilt|willen|zou willen|wou|wilde) (?:zijn|wezen|leven)\b",
       r"\bvoorgoed (?:verdwijnen|weg|slapen|stoppen)\b",
       r"\bniet meer wakker (?:te )?(?:worden|word)\b", r"\bnooit meer wakker\b", r"\bnooit meer (?:op )?(?:te )?(?:staan|ontwaken)\b",
       rf"\bvoor altijd (?:\w+ )?(?:slapen|in slaap|weg|gaan slapen|rust)\b", rf"\b(?:slapen|slaap|inslapen) {gap(2)}voor altijd\b",
       r"\beeuwig (?:slapen|rusten)\b", r"\bzin in de eeuwige rust\b", r"\b(?:slapen|sleep) forever\b|\bforever (?:slapen|sleep)\b",
       r"\bdood\b.*\bverlang\w* (?:er )?(?:\w+ )?naar\b", rf"\bhoop (?:dat )?(?:ik )?(?:\w+ ){{0,3}}niet (?:overleef|overleven|overleeft)\b",
       r"\bmoe van (?:het )?leven\b",
       r"\bwas ik (?:\w+ )?(?:nooit geboren|dood|er niet)\b", r"\bnooit geboren (?:was|zijn|te zijn|ben)\b",
       rf"\b(?:wou|wilde|zou willen|wens) dat ik {gap(2)}(?:dood|nooit geboren|er niet (?:meer )?was)\b",
       rf"\b(?:iedereen|jullie|de wereld|mijn \w+|ze|hij|zij) {gap(2)}(?:is|zijn|zou|zouden|zal|zullen|was|waren) {gap(3)}beter af {gap(2)}(?:zonder (?:mij|me)|als ik er niet)",
       rf"\b(?:ben|voel me|ben gewoon|ben alleen maar) {gap(2)}(?:een )?(?:last|blok aan het been) (?:voor|van) (?:iedereen|mijn \w+|jullie|de mensen|iedereen om me heen)\b",
       r"\bniemand (?:zou|zal) (?:me|mij) (?:\w+ )?missen\b", r"\bniemand (?:\w+ )?mist me als ik\b",
       rf"\bzie het {gap(3)}niet (?:meer|meet) zi?tt?en\b(?! (?:met|op|in|voor) )",
       r"\bhoeft (?:het )?(?:allemaal )?(?:voor mij|van mij|voor hem|voor haar) (?:\w+ )?niet meer\b",
       r"\b(?:leven|bestaan) (?:heeft|is) (?:\w+ )?(?:geen (?:zin|nut)|zinloos)\b",
       r"\bgeen (?:zin|reden) (?:meer )?(?:om|in) (?:te |het )?(?:leven|door te gaan)\b",
       r"\bhet leven (?:zat|moe)\b", r"\blevensmoe\b", r"\bklaar met (?:het |mijn |dit |zijn |haar )?leven\b",
       rf"\b(?:denk|dacht|denkt|denken|fantaseer|fantaseren) {gap(6)}(?:aan|over) (?:de dood|doodgaan|sterven|dood zijn|er niet meer zijn)\b"),
    _c("goodbye", "suicide", 0.8,
       r"\bafscheidsbrie[fv]\w*", rf"\blaatste (?:bericht|berichtje|brief)\b.*\b(?:afscheid|vaarwel|sorry|hou van|vergeef|niet meer|voor altijd)\b",
       rf"\bafscheid {gap(2)}(?:nemen|genomen) van (?:iedereen|het leven|jullie allemaal|de wereld)\b",
       rf"\b(?:spullen|dingen|alles|games|fiets|planten|sieraden|kleren|playstation|ps5|laptop|boeken) {gap(3)}(?:weggegeven|weg ?geven|verdeeld|weg)\b.*\b(?:afscheid|niet meer|nodig)\b",
       rf"\b(?:geeft|gaf|geven) {gap(4)}(?:spullen|dingen|games|fiets|planten|sieraden|kleren|playstation|ps5|laptop) weg\b.*\b(?:afscheid|niet meer|nodig|pensioen)\b",
       rf"\b(?:zeg|zeggen) {gap(2)}(?:dag|gedag|vaarwel) {gap(1)}voor het laatst\b", rf"\bik heb alles klaar ?(?:liggen|staan|gelegd)\b",
       rf"\b(?:ga|gaat) het {gap(1)}(?:vanavond|vannacht|straks|morgen) doen\b.*\b(?:goodbye|vaarwel|doei|dag allemaal)\b|\b(?:goodbye|vaarwel)\b.*\b(?:ga|gaat) het {gap(1)}(?:vanavond|vannacht|straks|morgen) doen\b",
       rf"\bbye world\b", rf"\b(?:briefje|brief|afscheidsbriefje)\b.*\b(?:spijt me|sorry|vergeef|hou van|hield van)\b",
       rf"^(?=.*\bafscheid\b).*\b(?:weggegeven|weg gegeven|verdeeld)\b", rf"\bcuts? (?:himself|herself|themselves|themself)\b",
       rf"\ber {gap(2)}(?:volgende (?:week|maand)|morgen|straks|binnenkort) {gap(1)}niet meer (?:ben|is|zijn)\b",
       rf"\bzeg (?:\w+ ){{0,3}}dat ik (?:van (?:haar|hem|ze|jullie) )?hou\b.*\b(?:niet meer|afscheid|sorry)\b"),
    _c("it need not any more", "suicide", 0.8,
       rf"\bhet hoeft (?:allemaal )?niet meer {END}", rf"(?:\bik |^ )wil (?:gewoon |echt |eigenlijk |het gewoon |echt gewoon )?niet meer {END}",
       r"\bklaar (?:mee |met )?(?:, )?(?:met )?alles\b", rf"\bklaar mee {gap(6)}met (?:het|mijn|dit) leven\b",
       r"\bgeen zin meer in (?:alles|het leven|leven|niks|niets)\b"),
    # --- plans and means ------------------------------------------------------------------------------------------
    _c("pills", "danger", 1.0,
       rf"\b{MANY} {gap(2)}{MEDS} {gap(3)}(?:ingenomen|geslikt|genomen|innemen|slikken|nemen|neem|neemt|slik|slikt|in te nemen|te slikken|opgespaard|gespaard|verzameld|klaarliggen|klaargelegd|klaar|naar binnen)\b",
       rf"\b(?:heb|had|hebben|heeft) {gap(3)}{MANY} {gap(1)}{MEDS} {gap(2)}(?:ingenomen|geslikt|genomen|op)\b",
       rf"\b{MEDS} {gap(3)}(?:gespaard|opgespaard|verzameld|aan het sparen|klaarliggen|klaar liggen|klaargelegd|opgepot)\b",
       rf"\b{MEDS} {gap(6)}bewaard\b.*\b(?:voor later|voor mezelf|voor mij)\b",
       rf"\b(?:overdosis|overdose|od) {gap(2)}(?:genomen|ingenomen|geslikt|nemen|te nemen)\b", r"\bgeprobeerd (?:\w+ ){0,3}overdosis\b",
       r"\b(?:took|taken|swallowed) (?:\w+ )?(?:all|too many|a lot of) (?:my )?(?:pills|meds)\b"),
    _c("heights and trains", "suicide", 1.0,
       rf"\b(?:van|vanaf|vanop|af) (?:een|de|het|dat) {PLACE_HIGH} {gap(3)}(?:springen|spring|springt|sprong|te springen|af|afspringen|naar beneden)\b",
       rf"\bspring\w* {gap(3)}(?:van|vanaf|voor|af|uit) (?:een|de|het|dat|mijn) (?:{PLACE_HIGH}|{VEHICLE}|flat|dak)\b",
       rf"\b(?:voor|onder) (?:de|een|die) {VEHICLE} {gap(2)}(?:springen|spring|gaan liggen|lopen|stappen|gooien|te springen|te gooien)\b",
       rf"\b(?!de |het |trein|tram|metro|sprinter|intercity|goederentrein)\w+ {gap(2)}(?:sta|staat|stond|zit|zat|ben|lig|ligt|loop|wacht) {gap(3)}(?:op|bij|naast|langs|aan) (?:het|de|dat) {TRACKS}\b",
       rf"\b(?:sta|staat|stond|zit|zat|lig|ligt|loop|wacht) (?:ik|hij|zij|ze) {gap(3)}(?:op|bij|naast|langs|aan) (?:het|de|dat) {TRACKS}\b",
       rf"\b(?:op|aan) (?:de )?rand van (?:het|de|een) (?:dak|brug|flat|balkon|klif)\b", r"\bnaar beneden (?:springen|te springen)\b",
       rf"\b(?:jump|jumping) (?:off|in front)\b"),
    _c("rope and weapon", "suicide", 1.0,
       rf"\bstrop {gap(2)}(?:gemaakt|geknoopt|gekocht|klaar|hangt|om|maken|knopen)\b",
       rf"\btouw {gap(4)}(?:nek|balk|zolder|plafond|opknopen|ophangen|trapleuning)\b",
       rf"\b(?:mes|scheermes|mesje|pistool|geweer|wapen|glas|scherven) {gap(5)}(?:mezelf|mijzelf|polsen|pols|aderen|keel|zichzelf|tegen mijn)\b",
       rf"\b(?:polsen|aderen|pols) {gap(2)}(?:doorsnijden|door te snijden|opensnijden|open te snijden|door|open|snijden|gesneden|doorgesneden|opengesneden|opengehaald|openhalen|open te halen|openhaal)\b",
       rf"\b(?:sigaret\w*|peuk\w*) {gap(2)}uit op (?:mijn|m n|haar|zijn) {BODY}\b",
       rf"\b(?:uitlaatgas|koolmonoxide|gas open|gaskraan)\b"),
    _c("attempt", "suicide", 1.0,
       rf"\b(?:geprobeerd|probeerde|gepoogd|poging (?:gedaan|tot)) {gap(4)}(?:dood|eind|einde|zelfmoord|mezelf|zichzelf|leven|op te hangen|te springen|te verdrinken)\b",
       rf"\b(?:poging|pogingen) {gap(2)}gedaan\b"),
    # --- self-harm ------------------------------------------------------------------------------------------------
    _c("self-harm word", "self_harm", 1.0, r"\bzelfbeschadig\w*", r"\bautomutil\w*", r"\bzelfverwond\w*", r"\bselfharm\w*",
       r"\bself injur\w*", r"\bcut(?:ting)? myself\b", r"\bhurt(?:ing)? myself\b"),
    _c("hurting oneself", "self_harm", 1.0,
       rf"\b{CUT} {gap(3)}{SELF_STRICT}\b", rf"\b{SELF_STRICT} {gap(3)}{CUT}\b",
       rf"\b(?:snij|snijd|snijden|kras|krassen|brand|branden) (?:me|mij)\b(?! (?:in (?:mijn|de) vinger|aan (?:het|een) (?:papier|mes)))",
       rf"\b(?:sla|slaan|sloeg|bonk|bonken|bonkte) {gap(2)}{SELF_STRICT}\b",
       rf"\b{CUT} {gap(4)}(?:in|op|aan) (?:mijn|m n|haar|zijn|de) {BODY}\b",
       rf"\b(?:in|op) (?:mijn|haar|zijn|de) {BODY} {gap(2)}(?:gesneden|gekrast|gebrand|snijden|krassen|branden)\b",
       rf"\b(?:ik|hij|zij|ze) {gap(3)}(?:weer|opnieuw|nog steeds|elke dag|vaak|stiekem|vannacht|gisteren|net) {gap(1)}(?:gekrast|gesneden|krassen|snijden|kras|snij|krast|snijdt)\b",
       rf"\b(?:heb|hebben) {gap(2)}(?:gekrast|gesneden) {END}",
       rf"\b(?:doe|doet|deed|deden|gedaan) {SELF_STRICT} {gap(1)}pijn\b"),
    _c("scars hidden", "self_harm", 0.6, rf"\blittekens {gap(4)}(?:verbergen|verstoppen|niemand|lange mouwen)\b",
       rf"\blange mouwen {gap(4)}(?:armen|littekens|wonden|verbergen)\b"),
    # --- violence at home and abuse -----------------------------------------------------------------------------
    _c("violence", "violence", 1.0,
       rf"\b(?!ik )\w+ {gap(3)}{VIOLENT} {gap(2)}{VICTIM}\b(?! (?:met|in|bij) (?:fortnite|fifa|een spel|het spel|tennis|schaken|voetbal|dammen|kaarten|monopoly))",
       rf"\b{VICTIM} {gap(4)}{VIOLENT_PARTICIPLE}\b",
       rf"\b(?:word|wordt|werd|werden|worden|ben|is|was) {gap(5)}{VIOLENT_PARTICIPLE}\b(?! met (?:ontslag|een boete))",
       r"\bhuiselijk geweld\b", r"\bkindermishandeling\b", r"\bseksueel misbruik\w*", r"\bincest\b",
       r"\bverkrachting\w*", r"\baanranding\w*", r"\bmishandeling\b",
       rf"\b(?:gedwongen|dwingt|dwong) {gap(4)}(?:seks|tot seks|dingen (?:te doen )?die ik niet wil|aan te raken)\b",
       rf"\b(?:raakt|raakte|aangeraakt) {gap(3)}(?:me|mij) {gap(2)}(?:aan|op plekken)\b.*\b(?:niet wil|niet mag|vies|eng|geheim)\b"),
    _c("unsafe at home", "violence", 0.8,
       r"\b(?:niet|nooit) (?:meer )?veilig (?:thuis|in huis|bij (?:hem|haar|mijn \w+))\b",
       r"\bthuis (?:\w+ )?(?:niet|nooit) (?:meer )?veilig\b", rf"\bdurf {gap(2)}niet (?:meer )?(?:naar huis|thuis)\b",
       rf"\bbang voor (?:mijn|m n|mn) (?:vader|moeder|man|vriend|partner|stiefvader|stiefmoeder|ex|broer|vriendin)\b",
       rf"\b(?:schreeuwt|schreeuwde|dreigt|dreigde) {gap(4)}(?:vermoorden|dood|kapot|slaan|pijn)\b"),
    # --- acute danger and harm to others -------------------------------------------------------------------------
    _c("threat to life", "danger", 1.0,
       rf"\b(?:dreigt|dreigde|bedreigt|bedreigde|gedreigd) {gap(4)}(?:te )?(?:vermoorden|doden|dood (?:te )?maken|neer (?:te )?steken|neersteken|{AANDOEN})\b",
       rf"\b(?:met|heeft) (?:een )?(?:mes|pistool|geweer|wapen|bijl|hamer) {gap(4)}(?:voor|aan|bij|achter|tegen|op|in) (?:de deur|me|mij|ons|mijn \w+|huis|de kamer)\b",
       rf"\b(?:mes|pistool|geweer|wapen|bijl) {gap(3)}(?:op (?:me|mij|mijn \w+) gericht|tegen mijn keel|gepakt en)\b",
       r"\b(?:acuut|levens) ?gevaar\b", r"\bin levensgevaar\b",
       rf"\bbang (?:dat|om) {gap(4)}{SOMEONE} {gap(3)}(?:iets )?(?:{AANDOEN}|pijn (?:te )?doe\w*|vermoord\w*|te slaan|sla|wurg\w*|verdrinken|iets doe)\b",
       rf"\b(?:ik )?(?:ga|wil|kan|zal|zou) {gap(2)}{SOMEONE} {gap(2)}{HARM_OBJECT} {AANDOEN}\b",
       rf"\b{SOMEONE} {HARM_OBJECT} {gap(2)}{AANDOEN}",
       rf"\b(?:gaat|ga|wil|zal|dreigt|gaan) {gap(2)}(?:me|mij|ons|mijn \w+) {gap(2)}(?:te )?(?:steken|neersteken|doodsteken|vermoorden|doden|doodmaken|neerschieten|afmaken)\b",
       rf"\b(?:me|mij|ons) {gap(2)}(?:gaat|wil|zal|gaan) (?:\w+ )?(?:steken|neersteken|doodsteken|vermoorden|doden|doodmaken|neerschieten|afmaken)\b", rf"\b(?:stemmen|stem) {gap(5)}(?:pijn|dood|vermoord\w*|{AANDOEN}|springen|kapot)\b",
       rf"\bcontrole {gap(2)}(?:kwijt|verlies\w*) {gap(6)}(?:pijn|slaan|iets aandoen|aanvallen)\b"),
    # --- wider wording of the same concepts (added from the crisis training data) -----------------------------------
    _c("wish not to exist", "suicide", 1.0,
       rf"\b(?:wil|wilt|wou|zou|zouden|hoop|bid) {gap(4)}niet (?:meer )?(?:bestaan|hoef te zijn|hoeven te zijn)\b",
       rf"\b(?:hart|leven) {gap(2)}(?:ophoudt|stopt) met (?:kloppen|bestaan)\b",
       rf"\b(?:laat|wil dat|hoop dat) (?:het|alles) {gap(2)}(?:ophoudt|ophouden|stopt|stoppen)\b.*\b(?:voorgoed|voor altijd|leven|alles)\b",
       rf"\b(?:wil|wou|zou willen) {gap(3)}(?:verdwijnen|weg) en (?:\w+ ){{0,2}}nooit (?:meer )?terug",
       rf"\b(?:blijer|gelukkiger|makkelijker|fijner|beter) {gap(3)}(?:als ik er niet (?:meer )?(?:ben|was|zou zijn)|zonder (?:mij|me))\b",
       rf"\bzonder (?:mij|me) {gap(3)}(?:beter|blijer|gelukkiger|gelukkig|rust)\b",
       rf"\bals ik (?:er )?(?:niet meer|weg|dood) (?:ben|zou zijn|was)\b.*\b(?:gelukkig|gelukkiger|beter|rust|blij|blijer|opgelucht)\b", rf"\bmeer aan een dode\b",
       rf"\b(?:ben|is|zijn) {gap(3)}(?:iedereen|anderen|jullie|mijn \w+) (?:alleen maar |vooral )?tot last\b",
       rf"\bsta {gap(2)}iedereen (?:alleen maar )?in de weg\b", rf"\bik ben de reden dat\b.*\bongelukkig\b",
       rf"\b(?:dat ik|ik moet|je moet|jij moet) (?:\w+ )?dood (?:moet|gaan)\b", rf"\bkill yourself\b",
       rf"\b(?:praat|praten|heeft het|hebben het|begint) {gap(3)}over (?:doodgaan|dood willen|zelfmoord|er niet meer zijn|een eind maken)\b",
       rf"\b(?:plan|plannen) {gap(2)}om het te doen\b", rf"\bweet (?:al |precies )?hoe en waar\b", rf"\bop het punt {gap(2)}te springen\b",
       rf"\b(?:hoeveel|welke) (?:\w+ )?(?:pillen|tabletten|paracetamol)\w* {gap(4)}(?:dodelijk|het snelst|genoeg om)\b",
       rf"\bdodelijke dosis\b", rf"\bhoe hoog {gap(4)}springen\b", rf"\bhoog genoeg {gap(3)}(?:springen|jump)\b",
       rf"\b(?:ga|gaat) het {gap(1)}(?:vanavond|vannacht|straks|morgen) doen\b.*\b(?:niemand|bellen|sorry|afscheid)\b",
       r"\bafscheids(?:brie[fv]|bericht)\w*", r"\bna (?:een|mijn|haar|zijn) poging\b", rf"\bpoging {gap(3)}mislukt\b", r"\bmijn poging\b",
       r"\bwat heeft (?:het |mijn )?leven (?:nog )?(?:voor )?zin\b", rf"\b(?:zeggen|schreven|schrijven|roepen) {gap(3)}ga dood\b",
       rf"\bin brand {gap(2)}steken met (?:mij|me|ons) erin\b",
       rf"\bwaarom (?:ben|leef|besta|sta) ik {gap(2)}(?:nog|hier nog)\b", rf"\bwaarom (?:ik|zou ik) {gap(1)}(?:nog )?(?:opsta|leef|besta|blijven|opstaan|doorgaan|leven)\b",
       rf"\b(?:wou|wilde|wens|zou willen) dat ik er {gap(1)}(?:nooit|niet) {gap(1)}(?:was|geweest|meer was|zou zijn)\b",
       rf"\b(?:niet erg|prima|ook goed|best|fijn)\b.*\b(?:als|dat) (?:ik|er) {gap(4)}(?:doodging|dood ga|doodga|sterf|stierf|tegen me aan rijdt|me aanrijdt|overreden|niet meer wakker)\b",
       rf"\b(?:als|dat) {gap(4)}(?:auto|trein|vrachtwagen|bus) {gap(3)}(?:tegen me|over me|me aanrijdt|me raakt)\b.*\b(?:niet erg|prima|ook goed|best|fijn)\b",
       rf"\b(?:nut|zin) (?:van|in) (?:het |mijn )?(?:leven|bestaan|doorgaan|verder gaan) {gap(2)}niet (?:meer)?\b", rf"\bpoint (?:of|in) living\b",
       rf"\b(?:datum|dag|moment) {gap(2)}(?:gekozen|geprikt|bepaald|uitgekozen)\b.*\b(?:stop|stoppen|eind|dood|niet meer|afscheid|ermee)\b",
       rf"\b(?:rij|rijd\w*|knal|knallen|crash\w*) {gap(5)}tegen (?:een|de) (?:boom|muur|vangrail|pilaar|viaduct|brugpijler)\b",
       rf"\b(?:hoeveel|welke) (?:\w+ )?{MEDS} {gap(6)}(?:genoeg|dodelijk|dood|sterven|fataal|overdosis|niet meer wakker)\b",
       rf"\b(?:trein|intercity|sprinter|metro|tram) {gap(3)}(?:is|wordt) voor mij\b", rf"\b(?:andere|verkeerde) kant van (?:de|het) (?:reling|balustrade|hek|railing)\b",
       rf"\bvoor de volgende (?:trein |metro |tram )?(?:springen|spring|te springen|stap|stappen)\b", rf"\bperron\b.*\bspring\w*\b",
       rf"\b(?:als|wanneer|tegen de tijd dat) (?:\w+ ){{0,3}}(?:dit|deze brief|dit bericht|deze tekst) (?:leest|lezen|leest ben)\b"
       # dev P: not a holiday ("als jullie dit lezen zit ik al in het vliegtuig naar turkije")
       rf"(?! (?:\w+ ){{0,3}}(?:in het vliegtuig|op vakantie|onderweg naar|op weg naar|op reis|op schiphol)\b)",
       rf"\bstekker {gap(2)}(?:eruit|uit) {gap(2)}(?:trekken|te trekken|getrokken|trek) bij (?:mezelf|mijzelf|me|mij)\b",
       rf"\btrek\w* (?:\w+ )?stekker {gap(1)}(?:eruit|uit) bij (?:mezelf|mijzelf|me|mij)\b",
       rf"\bstop\w* (?:\w+ )?met (?:leven|ademen|bestaan)\b", rf"\bjaloers (?:\w+ )?op (?:mensen die|de) (?:dood|overleden)\w*\b",
       rf"\bhoe (?:lang duurt|snel gaat|pijnloos) {gap(2)}(?:doodgaan|sterven|dood gaan|verdrinken|verstikken)\b",
       rf"\bwie (?:\w+ ){{0,2}}mist (?:me|mij) (?:\w+ )?als ik (?:dood|er niet meer|weg)\b",
       rf"\bniet (?:meer )?(?:meemaak|meemaken|mee maak|halen|haal)\b.*\b(?:keus|keuze|besloten|besluit|zorg ik zelf|zelf voor)\b",
       rf"\b(?:trein|intercity|sprinter|goederentrein) {gap(4)}(?:voorbij ?komt|langskomt|doorrijdt|voorbijrijdt)\b.*\b(?:zonder te stoppen|niet stopt)\b",
       rf"\b(?:apotheek|dokter|pillen|medicijnen|tabletten)\b.*\bvoorraad (?:op|aan)\b",
       rf"\b(?:was|is) geen ongeluk\b|\bniet altijd per ongeluk\b",
       rf"\bmanieren {gap(2)}om {gap(2)}(?:te sterven|dood te gaan|er een eind|zelfmoord|mezelf|zichzelf|te overlijden)\b",
       rf"\b(?:gezocht|zoeken|googlen|gegoogled|opgezocht) {gap(4)}(?:hoe je (?:doodgaat|sterft)|manieren om te sterven|zelfmoord)\b",
       rf"\b(?:zien|zie) (?:me|mij) {gap(4)}(?:nooit meer|niet meer terug)\b",
       rf"\b(?:jullie|we|wij|je|niemand) {gap(3)}(?:me|mij|hem|haar) {gap(2)}nooit meer (?:zullen |zal |zult )?(?:zien|terugzien)\b",
       rf"\bvan alles verlost\b|\bverlost (?:zijn )?van (?:alles|het leven)\b",
       rf"\breis {gap(4)}(?:niet van terug|nooit meer terug)\b|\bwaar je niet van terugkomt\b",
       rf"\beruit (?:te )?stappen\b.*\b(?:leven|alles)\b", rf"\buit het leven {END}",
       rf"\bstil in (?:mijn|m n) hoofd\b.*\bvoorgoed\b", rf"\bnaar (?:mijn|m n) overleden \w+ (?:toe|gaan)\b",
       rf"\bhoudt (?:niks|niets|niemand) (?:me|mij) {gap(1)}(?:meer|hier)\b",
       rf"\b(?:morgen|straks|vannacht|vanavond) {gap(2)}niet meer (?:leeft|leef|is|ben|zijn|leven)\b",
       rf"\b(?:mijn|zijn|haar|m n) laatste dag\b(?! (?:op|bij|van|in|als|met) )", rf"\bhoop (?:dat )?(?:het )?voor altijd\b",
       rf"\b(?:ga|gaat|stap) er {gap(1)}(?:vanavond|vannacht|straks|morgen|vandaag) uit\b", rf"\bweg (?:uit|van) (?:deze|de) wereld\b",
       rf"\b(?:spijt me|sorry)\b.*\b(?:hield|hou) van (?:jullie|je|jou)\b", rf"\bniet (?:jouw|jullie) schuld\b.*\b(?:vergeef|hou van|sorry)\b",
       rf"\bsorry dat ik (?:zo n |zo een |een )?last was\b", rf"\b(?:hebben|heb) jullie (?:eindelijk )?rust\b",
       rf"\b(?:heb|heeft) (?:ze|het|die) toch niet meer nodig\b", rf"\balles (?:\w+ )?geregeld\b.*\b(?:brieven|testament|afscheid|gaan|nu kan ik)\b",
       rf"\bnu kan ik (?:\w+ )?gaan\b", rf"\b(?:hoeven|hoeft) (?:me|mij) niet te zoeken\b|\bniemand hoeft me te zoeken\b",
       rf"\b(?:doei|vaarwel|dag|bye|tot ziens|adieu) wereld\b",
       rf"\bafscheid (?:\w+ ){{0,2}}(?:nemen|neem) (?:\w+ )?(?:voordat|voor) ik (?:ga|vertrek)\b",
       rf"\boverleden\b.*\b(?:me|mij) (?:\w+ )?bij (?:hem|haar) (?:\w+ )?voegen\b", rf"\benkeltje\b.*\b(?:begrijpt wat ik bedoel|terugreis|terug reis|niet terug)\b", rf"\bhet was mooi geweest\b",
       rf"\bending it\b|\bend it all\b", rf"\b(?:been )?cutting again\b|\bbeen cutting\b", rf"\bgeprobeerd {gap(3)}(?:op te hangen|te verhangen|te springen|te verdrinken)\b"),
    _c("means at hand", "danger", 1.0,
       r"\bbewusteloos\b", rf"\bniet (?:meer )?wakker te krijgen\b", rf"\breageert niet (?:meer)?\b.*\b(?:opgesloten|badkamer|pillen|ingenomen|geslikt|bloed\w*)\b",
       rf"\bgas {gap(1)}open\w*\b",
       rf"\b(?:weer|opnieuw) (?:\w+ ){{0,2}}(?:mesje|mesjes|scheermesje\w*|scheermes)\b", rf"\bmesjes?\b.*\w*bloed\w*\b|\w*bloed\w*\b.*\bmesjes?\b",
       rf"\b(?:heb|had|heeft) (?:\w+ ){{0,2}}(?:weer|opnieuw|vannacht|gisteren|net) (?:\w+ )?(?:gesneden|gekrast|gebrand)\b",
       rf"\b(?:wondjes|wonden|brandwonden|brandplekken|krassen|sneeen|sneetjes) {gap(4)}(?:zelf|zichzelf) {gap(1)}(?:gemaakt|maakt|maak|toebrengt)\b",
       rf"\b(?:krab|kras|snij|bijt|krabben|krassen) {gap(3)}(?:mijn|m n|zijn|haar) (?:huid|armen|arm|benen) {gap(2)}(?:open|kapot)\b", rf"\btot (?:het|ik) (?:\w+ )?bloed\w*\b",
       rf"\b(?:snijden|krassen|mezelf pijn doen|branden) (?:is|zijn) {gap(2)}(?:enige|enigste)\b",
       rf"\btouw {gap(2)}(?:kopen|gekocht|gehaald)\b", rf"\b(?:zegt|zei|denkt|vindt) dat {gap(3)}beter af {gap(2)}zonder (?:hem|haar)\b",
       rf"\b(?:heb|had|heeft) {gap(2)}(?:(?!mijn |mn |m n |haar |zijn |gewoon )\w+ ){{0,2}}(?:pillen|tabletten|slaappillen|medicijnen) {gap(2)}(?:geslikt|ingenomen)\b",
       rf"\b(?:fles|wijn|drank|alcohol|bier|wodka) {gap(6)}{MEDS}\b.*\b(?:op|leeg|gedronken|opgedronken|genomen|ingenomen|geslikt|erbij)\b",
       rf"\b(?:de|mijn|je|die) hele (?:doos|strip|pot|potje) {gap(2)}(?:neem|nemen|slik|slikken|innemen)\b.*\b(?:klaar|voorbij|dood|weg|niet meer|over)\b",
       rf"\bin de (?:auto|garage) {gap(5)}met de motor (?:aan|draaiend|lopend)\b",
       rf"\b(?:doosje|doos|strip|strips|pot|potje|pillenpot) {gap(1)}{MEDS} {gap(1)}(?:op|leeg|ingenomen|geslikt)\b", rf"\biets (?:ingenomen|geslikt)\b",
       rf"\biets (?:heel )?stoms gedaan met (?:pillen|medicijnen|een mes)\b", rf"\bte diep gesneden\b", rf"\bstopt niet met bloeden\b",
       rf"\bniet meer aanspreekbaar\b", rf"\b(?:mes|scheermes|mesje) {gap(3)}klaar\b",
       rf"\b(?:sta|zit|ben|zat|stond) {gap(2)}op (?:het|de) (?:dak|rand|balkon) (?:van|op)\b.*\b(?:hoog|springen|spring|naar beneden|verdieping)\b",
       rf"\b(?:geweer|pistool|jachtgeweer|wapen) {gap(8)}(?:tegen mezelf|op mezelf|mezelf)\b",
       rf"\b(?:tegen|in) (?:een )?(?:boom|vangrail|muur|pilaar) {gap(2)}(?:te )?(?:rijden|reed|gereden|rijd)\b"),
    _c("violence, wider", "violence", 1.0,
       rf"\b(?:gooi|gooide|gooit|duw|duwde|duwt|smeet|smijt) (?:\w+ )?(?:me|mij|ons|haar|hem|mijn \w+) (?:\w+ )?(?:tegen|door|van|op|in) (?:de|het) (?:kast|muur|grond|deur|trap|raam|tafel|vloer)\b",
       rf"\b(?:bij|aan) (?:mijn|m n|de|haar|zijn) keel {gap(1)}(?:gegrepen|gepakt|vastgepakt|geknepen)\b", rf"\bkeel\b.*\bgeen lucht\b",
       rf"\b(?:me|mij|ons|haar|hem) (?:\w+ )?{VIOLENT}\b(?! (?:met|in|bij) (?:fortnite|fifa|een spel|het spel))",
       rf"\b(?:opgesloten|sluiten|sluit) {gap(5)}zonder eten\b", rf"\bbrandplek\w*\b.*\b(?:papa|mama|vader|moeder|boos|stiefvader|omgang)\b|\b(?:papa|mama|vader|moeder|stiefvader|omgang)\b.*\bbrandplek\w*\b",
       rf"\bmag (?:het huis|de deur) niet uit\b", rf"\b(?:word|wordt|werd) (?:\w+ )?(?:gevolgd|achtervolgd)\b.*\bbang\b",
       rf"\b(?:zit|ben|zitten) (?:\w+ )?verstopt\b.*\b(?:vader|moeder|hij|boos|doorgedraaid|agressief|partner|man)\b|\b(?:vader|moeder|hij|man|partner)\b.*\b(?:zit|ben|zitten) (?:\w+ )?verstopt\b",
       rf"\bbij de keel {gap(2)}(?:gepakt|gegrepen)\b", rf"\b(?:hij|zij|ze) knijpt {gap(2)}keel\b",
       rf"\bgooi\w* {gap(4)}naar (?:me|mij|ons|mijn hoofd)\b", rf"\b(?:krijg|kreeg) {gap(3)}(?:klappen|slaag|een pak slaag|een klap)\b",
       rf"\bblauwe plekken\b.*\b(?:vader|moeder|papa|mama|stiefvader|stiefmoeder|partner|man|vriend|thuis|doet het|slaat)\b",
       rf"\blaat (?:me|mij|ons) {gap(2)}niet (?:gaan|weg|naar buiten|uit|de deur uit)\b",
       rf"\b(?:stalkt|stalkte|stalken|gestalkt|belaagt|belaagde|belaagd)\b(?!.*\b(?:haha|lol|insta|instagram|profiel)\b)", rf"\bhoudt (?:me|mij) {gap(2)}(?:vast|binnen)\b",
       rf"\b(?:aanraakt|aanraken|aangeraakt|zit) {gap(3)}tussen (?:haar|zijn|mijn|m n) benen\b",
       rf"\bdwingt (?:me|mij) {gap(2)}(?:om )?dingen\b", rf"\b(?:gedrogeerd|drugs in mijn drankje)\b",
       rf"\b(?:vastgepakt|betast) {gap(8)}(?:mond moet houden|niemand|geheim|niet wil)\b",
       rf"\b(?:aan niemand|niemand) (?:\w+ )?(?:mag|mogen) (?:\w+ )?vertellen\b.*\b(?:foto|fotos|aanraken|ik ben 1[0-7])\b|\bfotos? (?:\w+ ){{0,3}}sturen\b.*\baan niemand\b",
       rf"\bik sla (?:mijn|mn|m n) (?:kinderen|kind|zoon|dochter|vrouw|man|partner)\b",
       rf"\b(?:choked|hits|hit|beats|beat|slapped|kicked) (?:me|us)\b", rf"\bthrows things at me\b"),
    _c("harm to others, wider", "danger", 1.0,
       rf"\b(?:kind|kinderen|baby|zoon|dochter|zoontje|dochtertje) {gap(5)}(?:van de trap geduwd|door elkaar geschud|geslagen|geschud|gewurgd)\b.*\b(?:woede|help|bijna|boos)\b",
       rf"\b(?:haar|hem|iemand) pijn (?:ga |gaan |zal |te )?doe\w*\b.*\bbang\b|\bbang\b.*\b(?:haar|hem|iemand) pijn (?:ga |gaan |zal |te )?doe\w*\b",
       rf"\b(?:wil|ga|zal) (?:\w+ ){{0,2}}(?:neersteken|neerschieten|vermoorden|doodsteken)\b(?!.*\b(?:haha|lol|grapje|fortnite|game)\b)",
       rf"\b(?:mes|knuppel|wapen|pistool|honkbalknuppel) {gap(3)}in (?:mijn|m n) (?:tas|jas|zak|auto)\b", rf"\bmet een (?:mes|knuppel|wapen|pistool) naar\b",
       rf"\b(?:mes|knuppel|honkbalknuppel|wapen|pistool) (?:staat|ligt|ligt al|staat al) (?:al )?klaar\b",
       rf"\bbeelden {gap(5)}(?:neersteek\w*|vermoord\w*|steek|dood\w*|wurg\w*)\b",
       rf"\b(?:gedachten|beelden|bang|steeds) {gap(5)}(?:iemand|hem|haar|mijn \w+) {gap(2)}(?:steek|steken|pijn (?:te )?doe\w*|vermoord\w*|sla|slaan|wurg\w*)\b",
       rf"\b(?:steek|maak) (?:ik )?(?:hem|haar|die \w+) (?:\w+ )?(?:neer|af)\b", rf"\bcould kill (?:my|him|her)\b",
       rf"\bscared of myself\b", rf"\bbang voor mezelf\b",
       rf"\b(?:staat|loopt|zwaait) {gap(3)}met (?:een|het) (?:mes|bijl|hamer|honkbalknuppel|knuppel|wapen|pistool)\b",
       rf"\bbedreigt {gap(3)}met (?:een|het) (?:mes|bijl|hamer|honkbalknuppel|knuppel|wapen|pistool)\b",
       rf"\b(?:dreigt|dreigde) {gap(3)}(?:me|mij|ons) (?:\w+ )?(?:vermoordt|doodmaakt|vermoorden)\b",
       rf"\b(?:zegt|zei|roept|riep|schreeuwt) (?:\w+ ){{0,6}}(?:me|mij|ons) (?:\w+ )?(?:vermoordt|doodmaakt|dood maakt|afmaakt)\b(?!.*\b(?:haha|lol|grapje)\b)",
       rf"\b(?:neem|neemt|nam|meenemen) {gap(1)}(?:een|mijn|het|zijn) (?:mes|wapen|pistool|knuppel|honkbalknuppel) (?:mee|bij me)\b",
       rf"\bopwachten met (?:een|het) (?:mes|wapen|pistool|knuppel|honkbalknuppel)\b",
       rf"\b(?:gedachten|fantasieen|fantasie|plannen|plan) (?:over|aan|om) het (?:vermoorden|doden|neersteken|neerschieten) van\b",
       rf"\b(?:wil|ga|zal) {gap(1)}(?:iemand|mensen) {gap(1)}pijn (?:te )?doen\b"),
    _c("self-harm, wider", "self_harm", 1.0,
       rf"\b(?:krab|krabben|bijt|bijten|bons|bonk|sla|stomp) {gap(3)}(?:mezelf|me|mijn hoofd|m n hoofd|mn hoofd|met mijn vuisten|tegen muren) {gap(5)}(?:open|bloed\w*|wondjes|pijn doet|tegen de (?:muur|deur)|blauw|kapot)\b",
       rf"\b(?:arm|pols|been) (?:\w+ )?opengehaald\b", rf"\bwil (?:\w+ ){{0,2}}(?:stoppen met )?krassen\b", rf"\bweer gekrast\b",
       rf"\bik doe het (?:\w+ )?zelf\b.*\bkrassen\b|\bkrassen\b.*\bik doe het (?:\w+ )?zelf\b",
       rf"\b(?:snijwonden|sneetjes|krassen) {gap(3)}(?:op|in) (?:zn|zijn|haar|mijn|mn) (?:armen|arm|benen)\b",
       rf"\b(?:my )?cuts? (?:are|again|getting)\b", rf"\bscratch my skin\b", rf"\bpunch myself\b", rf"\bcut again\b"),
    _c("english", "suicide", 1.0,
       r"\brather be dead\b", r"\b(?:dont|do not|don t) (?:wanna|want to) (?:exist|live|be here)\b", r"\bdone with life\b",
       r"\btried to (?:hang|kill|end)\b", r"\bend (?:it|everything|my life)\b", r"\bwant everything to end\b",
       r"\b(?:on|at) the (?:roof|bridge|edge)\b.*\bjump\b", r"\bgoing to jump\b", r"\blast message\b",
       r"\boverdos\w*", r"\bno point in living\b", r"\bdont see the point\b", r"\bunaliv\w*", r"\bwant to die\b|\bwanna die\b"),
    _c("other languages", "suicide", 1.0,
       r"\bselbstmord\w*|\bsuizid\w*|\bumbringen\b|\bdas leben (?:zu )?nehmen\b|\bnicht mehr leben\b|\bsterben will\b",
       r"\bme suicider\b|\bme tuer\b|\bveux mourir\b|\benvie de mourir\b|\bplus vivre\b|\ben finir\b|\bfarla finita\b",
       r"\bintihar\w*|\bolmek istiyorum\b|\byasamak istemiyorum\b|\bkendime zarar\b|\bkendimi oldur\w*",
       r"\bsamobojst\w*|\b(?:zabic sie|sie zabic)\b|\bniet? chce (?:juz )?zyc\b|\bpocie\w*|\bich ritze\b|\britze mich\b|\bme corto\b",
       r"\b(?:take|taking|took) my (?:own )?life\b|\bmedicaments pour tout prendre\b",
       r"\bsuicidarme\b|\bmatarme\b|\bquiero morir\b|\bno quiero vivir\b|\bquiero matarme\b|\bse quiere matar\b|\bnao quero (?:mais )?viver\b",
       r"انتحار|الانتحار|(?:أموت|اموت)(?! من الضحك)|أعيش|اعيش|أؤذي نفسي"),
    _c("violence, other languages", "violence", 1.0,
       r"\bmnie bije\b|\bdovuyor\b|\bcouteau\b|\bschlagt mich\b|\bschlagt uns\b|\bme frappe\b|\bnous frappe\b|\bbeni dovuyor\b|\bbije mnie\b|\bme pega\b|\bmi picchia\b|\bme bate\b|يضربني"),
    _c("wider death wish", "suicide", 1.0,
       rf"\bdood zijn {gap(3)}(?:rustiger|beter|fijner|makkelijker|lijkt me)\b", rf"\bbeter dood\b", rf"\bmag ik {gap(2)}dood\b",
       rf"\bteleurgesteld dat ik {gap(2)}wakker\b", rf"\bwil om te leven {gap(3)}(?:weg|verdwenen|kwijt)\b", r"\blevenswil\b",
       rf"\bniet (?:meer )?uit of ik {gap(1)}leef\b", rf"\bhoop dat ik {gap(3)}(?:dood|niet meer wakker|verongeluk\w*)\b",
       rf"\bhoop {gap(3)}dat (?:er )?(?:een )?(?:auto|trein|vrachtwagen) {gap(3)}(?:tegen me|over me|me raakt|aanrijdt|schept)\b",
       rf"\b(?:hang|hing)\w* (?:ik |hij |ze |zij )?{SELF} {gap(3)}op\b", rf"\b(?:meer aan|beter af met) (?:\w+ ){{0,4}}levensverzekering\b",
       rf"\bwat heeft het (?:nog )?(?:voor )?zin dat ik er (?:nog )?ben\b", rf"\b(?:leven|alles)\b.*\bwil er {gap(1)}vanaf\b",
       rf"\b(?:van het spoor|van de brug|van het dak) {gap(2)}(?:weggetrokken|gehaald|getrokken)\b", rf"\btegengehouden\b.*\b(?:brug|spoor|springen)\b",
       rf"\bvaarwel (?:iedereen|allemaal)\b.*\b(?:sorry|spijt|vergeef)\b", rf"\b(?:bye|goodbye) forever\b",
       rf"\bik kras (?:al|weer|soms|elke|nog|sinds|vaak|stiekem)\b", rf"\bsh\b (?:\w+ ){{0,4}}(?:manier|weer|gedaan|doen|relapse)\b",
       rf"\bverberg\w* {gap(2)}littekens\b",
       rf"\bwish i (?:had )?never been born\b", rf"\btired of (?:existing|living|being alive)\b", rf"\bhow many {gap(5)}to die\b", rf"\bdespawn\w*\b",
       rf"\bhigh enough to jump\b", r"\bnicht mehr aufwach\w*", r"\bohne mich besser\b", r"\bletzte nachricht\b", r"\blebt wohl\b",
       r"\bne jamais me reveiller\b", r"\bscarifi\w*", r"\bne serai plus la\b", r"\bdogmasaydim\b", r"\bhap ictim\b", r"\batlayacagim\b",
       r"\bson mesajim\b", r"\bquitarme la vida\b", r"\bno existiera\b", r"\bpastillas preparadas\b", r"\btabletki\b.*\bzrobie to\b",
       r"رسالتي الأخيرة"),
    _c("wider watch", "distress", 0.6,
       rf"\bwil (?:gewoon |echt )?dat (?:het|alles) ophoudt\b", rf"\bsnapt (?:wel )?(?:waarvoor|wat ik bedoel)\b",
       rf"\b(?:daar|dan|morgen|vannacht|vanavond) maak ik het af\b", rf"\b(?:genoeg|voldoende) {gap(2)}voor (?:mij|mezelf)\b",
       rf"\bvaarwel (?:iedereen|allemaal)\b", rf"\bzorg goed voor (?:mijn|mn|m n)\b", rf"\blaatste keer dat ik\b",
       rf"\bneem afscheid {END}",
       rf"\bhoeveel (?:van )?(?:mijn |de |die |je )?{MEDS} {gap(4)}(?:nemen|innemen|slikken)\b", rf"\bzit (?:\w+ )?achter (?:me|mij) aan\b",
       rf"\b(?:hoogste|hoge) (?:flat|gebouw|brug|toren|parkeergarage)\b.*\b(?:dak op|naar boven|springen)\b",
       rf"\b(?:ruzie)\b.*\bga (?:ik )?(?:\w+ )?slaan\b",
       rf"\b(?:wil|ga) (?:\w+ ){{0,2}}bij (?:opa|oma|mama|papa|hem|haar|mijn \w+) (?:\w+ )?(?:zijn )?in de hemel\b", rf"\b(?:neiging|zin|bang) {gap(4)}(?:door elkaar te schudden|te schudden)\b",
       rf"\b(?:buren|buurman|buurvrouw)\b.*\b(?:gevochten|vechten|slaan|geslagen|schreeuwt)\b", rf"\block me in\b",
       # dev K (2026-12-07): veiled questions about a dose or a height ("voor een werkstuk"), a goodbye for ever
       rf"\bhoeveel (?:\w+ )?{MEDS} {gap(4)}(?:te veel|teveel)\b", rf"\bhoe hoog {gap(6)}(?:niet (?:overleeft|overleef|overleven)|dood)\b",
       rf"\b(?:val|sprong) {gap(3)}niet (?:overleeft|overleef|overleven)\b", rf"(?:^|\|) (?:tot nooit meer|doei voor altijd|bye forever)\b",
       r"^ (?:dood |zelfmoord |dood gaan )+\| ?$"),  # a message that is only "dood" (or a gravestone emoji)
    # dev L (2026-12-07, older people, second-language Dutch, regional wording): general forms of what its misses said.
    # Strength 0.8: the full reply only when the classifier agrees, the 113 line otherwise.
    _c("wider, dev L", "suicide", 0.8,
       # joining someone who died ("oma is overleden en ik wil zo snel mogelijk naar haar toe")
       rf"\b(?:overleden|gestorven|kerkhof|begraven|hemel)\b.*\b(?:wil|wou|wilde|zou willen|verlang\w*) {gap(4)}(?:naar (?:haar|hem|ze|hen) toe|bij (?:haar|hem|hen|ons pa|ons ma|ons moeder|onze \w+|mijn \w+|m n \w+) (?:\w+ )?(?:zijn|wezen))\b(?!.*\b(?:graf|bedoel)\b)",
       rf"\b(?:wil|wou|wilde|zou willen|verlang\w*) {gap(4)}bij (?:haar|hem|hen|ons pa|ons ma|ons moeder|onze \w+|mijn \w+|m n \w+) (?:\w+ )?(?:zijn|wezen)\b(?!.*\b(?:graf|bedoel)\b).*\b(?:kerkhof|hemel|overleden|gestorven)\b",
       # "de lieve heer mag mij komen halen", "ze mogen mij komen halen, ik heb het gehad met dit leven"
       rf"\b(?:heer|god|hierboven|magere hein) {gap(3)}(?:me|mij) {gap(2)}(?:komt|komen|kom) halen\b",
       rf"\b(?:mag|mogen) (?:me|mij) (?:\w+ )?(?:komen )?halen\b.*\b(?:leven|gehad|klaar)\b",
       rf"\b(?:wel )?gehad met (?:dit|het|mijn) leven\b", r"\b(?:leven (?:is )?voltooid|voltooid leven)\b",
       # taking it all at once: "ik wil alles tegelijk innemen", "een hele pot pijnstillers ... ik ga ze nu innemen"
       rf"\b(?:wil|ga|gaan|zal) {gap(2)}(?:alles|allemaal|ze allemaal|alle \w+) {gap(1)}(?:tegelijk|in een keer|ineens|tegelijkertijd) {gap(1)}(?:innemen|in te nemen|slikken|te slikken|nemen|opeten)\b",
       rf"\b{MANY} {gap(3)}{MEDS}\b.*\b(?:ga|wil) (?:ze|die|alles) (?:\w+ )?(?:allemaal|tegelijk|in een keer|nu|zo) (?:\w+ )?(?:innemen|slikken|nemen)\b",
       rf"\b{MEDS} {gap(1)}(?:leeggegeten|leeg gegeten|opgegeten|leeggeslikt|opgeslikt)\b",
       # a relapse of self-harm said without a subject or an object ("ik snij weer", "gisteren weer gesneden")
       rf"\bik (?:snij|snijd|kras|brand) (?:mezelf |me )?(?:weer|opnieuw) {END}", rf"(?:^|\| ) ?(?:\w+ )?(?:weer|opnieuw) (?:gesneden|gekrast|gebrand)\b",
       # not trusting oneself with a means ("ik vertrouw mezelf niet meer met de messen")
       rf"\bvertrouw (?:mezelf|mijzelf|me) (?:\w+ )?niet (?:meer )?(?:met|bij|in de buurt van|alleen)\b",
       # a rope or a hook ready ("touw hangt al")
       rf"\b(?:touw|strop) {gap(2)}(?:hangt|hing|ligt klaar|klaar)\b", rf"\bhaak in het plafond\b",
       # sitting at a window or a ledge high up, wanting into the water
       rf"\b(?:zit|sta|zat|stond) {gap(3)}(?:vensterbank|balkonrand|reling|dakrand|raamkozijn)\b.*\b(?:verdieping|hoog|beneden|springen)\b",
       rf"\b(?:water|sluis|kanaal|rivier|gracht|maas)\b.*\bik wil (?:er ?in|het water in)\b"),
    _c("violence, dev L", "violence", 0.8,
       # "papa doet me pijn", "anders slaat hij", "ruzie met slaan", bruises seen again and again, "vieze dingen"
       rf"\b(?:papa|mama|pa|ma|vader|moeder|stiefvader|stiefmoeder|stiefpa|stiefma|hij) doet (?:me|mij|ons|mama|papa|haar) pijn\b",
       rf"\b(?:anders|dan) (?:slaat|schopt|mishandelt|trapt) (?:hij|ze|zij|papa|mama) (?:me|mij|ons|mama|papa )?(?:\||,)",
       r"\bruzie met (?:slaan|schoppen|klappen|geweld|vechten)\b",
       rf"\b(?:hij|zij|ze|haar|zijn|mijn \w+|ons \w+|onze \w+|het kind|de kinderen) (?:heeft|hebben|had|komt|komen) {gap(2)}(?:vaak|steeds|weer|telkens|regelmatig|alweer) {gap(2)}(?:een )?(?:blauw oog|blauwe ogen|blauwe plekken)\b",
       rf"\b(?:vader|moeder|papa|mama|stiefvader|stiefmoeder|opa|oom|omgang|weekend)\b.*\bterug (?:\w+ )?met blauwe plekken\b",
       rf"\bvieze dingen {gap(3)}(?:doet|deed|doen|gedaan|laten doen)\b|\b(?:doet|deed|doen) {gap(3)}vieze dingen\b", rf"\b(?:rare|enge) dingen {gap(4)}(?:bij (?:haar|hem|mij|me) (?:in|onder|aan)|in de douche|onder (?:haar|zijn|mijn) kleren|in bed|geheim)\b",
       rf"\b(?:schudt|schudde|schudden) {gap(3)}(?:baby|kind|kindje|zoontje|dochtertje) {gap(1)}door elkaar\b"),
    # dev N (2026-12-07: fragments, emoji read as words, other languages, sarcasm, crisis in a form answer)
    _c("clear, dev N", "suicide", 1.0,
       # words glued together ("ikwilerniemeerzijn", "ikwildoodd")
       r"\b\w*(?:wil|wilt|wou)(?:er)?(?:niet|nie)(?:meer|langer)(?:leven|zijn|bestaan)\w*\b", r"\bikwil\w*dood\w*\b",
       r"\b\w*wildood\w*\b", r"\bwilniemeer\w*\b",
       rf"\bdood\b (?:\w+ ){{0,2}}is wat ik wil\b|\bdood wil ik\b", rf"\bdood (?:zijn )?(?:\w+ ){{0,1}}beter dan (?:dit|dit leven|leven)\b",
       rf"\b(?:brug|flat|dak|balkon|naar beneden)\b.*\b(?:ik spring|spring ik)\b(?! (?:op|in|over|rond|mee|binnen|even|bij|uit)\b)",
       # Moroccan Arabic and Egyptian Arabic in Latin letters, Papiamento
       r"\bbghit n?mout\b|\bbghit nmot\b|\bn9tel rasi\b|\bnqtel rasi\b|\bma ?bghitch n3ich\b|\bmish 3ayez a3eesh\b|\b3ayez amoot\b|\b3ayza amoot\b",
       r"\bno ke biba\b|\bke muri\b|\bmata mi mes\b|\btuma hopi pastia\b",
       # cut and bleeding, also across a full stop ("net gesneden. veel bloet"); an accident frame lowers it
       rf"\b(?:gesneden|gekrast)\b (?:\w+ |, |\| ){{0,6}}(?:\w+ )?bloe[dt]\w*\b"),
    _c("wider, dev N", "suicide", 0.8,
       rf"\b(?:mes|mesje|scheermes)\b.*\bbloe[dt]\w*\b", rf"\b(?:snij|kras)\b.*\bbloe[dt]\w*\b",
       rf"\bbloe[dt] (?:\w+ ){{0,2}}(?:armen|arm|polsen|pols|benen|dijen)\b",
       rf"\b(?:pistool|geweer)\b.*\b(?:fijn|rust|verlossing|zou (?:wel )?(?:goed|fijn))\b", r"\b(?:pillen ){3,}",
       rf"\bbrug naar beneden\b", rf"\btrein (?:\w+ ){{0,2}}(?:mij|me) (?:\w+ ){{0,2}}einde\b",
       rf"\b(?:mes|mesje|scheermes) {gap(2)}in (?:mijn|mn|m n) hand\b",
       rf"\b(?:op|aan) (?:de )?rand van (?:het|de|een) (?:parkeergarage|gebouw|perron|kade|dak)\b",
       rf"\bnu of nooit\b.*\b(?:water|brug|dak|spoor|rand)\b|\b(?:water|brug|dak|spoor|rand)\b.*\bnu of nooit\b",
       # sarcasm that hides a plan ("nu alleen nog een goede brug uitzoeken xD", "een cocktail van al mn medicijnen")
       rf"\b(?:goede|hoge) brug {gap(1)}(?:uitzoeken|zoeken|vinden)\b", rf"\bcocktail van {gap(2)}(?:medicijnen|pillen|tabletten)\b",
       rf"\b(?:snelle|kortste) (?:route|weg) naar beneden\b"),
    _c("watch, dev N", "distress", 0.6,
       r"\bniemand mist (?:me|mij)\b", rf"\bals ik er morgen (?:nog|dan nog) ben\b", r"\bkaydrebni\b|\bkaydrabni\b|\btaydrebni\b"),
    _c("violence, dev N", "violence", 0.8,
       rf"(?:^|\| ) ?(?:papa|mama|pa|ma|mijn (?:vader|moeder|stiefvader|stiefmoeder|man|vriend|broer)|hij|zij) (?:slaat|schopt|mishandelt)(?: (?:me|mij|ons|weer|steeds|altijd|mama|papa))? \|"),
    _c("threat to kill", "danger", 0.8,
       rf"\b(?:ik )?(?:ga|wil|kan|zal|zou) {gap(2)}{SOMEONE} {gap(2)}(?:vermoorden|doodmaken|dood maken|neersteken|neerschieten|afmaken)\b",
       rf"\b(?:sta|zit|stond|zat) {gap(2)}op (?:de|een) brug\b(?! (?:bij|naar|over|richting|te wachten))"),
    # dev O and P (2026-12-07: adult and young voices; veiled wording, farewells, self-harm, child abuse). General forms
    # of what their first reading missed; 0.8: the full reply when the classifier agrees, the 113 line otherwise.
    _c("clear, dev O/P", "suicide", 1.0,
       # "ik wil er een streep onder zetten. niet onder de therapie hoor, onder mezelf" (also across the full stop)
       rf"\b(?:streep|punt) {gap(1)}(?:onder|achter) (?:mezelf|mijzelf|mijn leven)\b",
       rf"\bstreep (?:er )?onder (?:\w+ |, |\| ){{0,10}}onder (?:mezelf|mijzelf)\b",
       # "ik vertrek wel. definitief." (dev N), also across the full stop; not "ik vertrek definitief naar spanje"
       rf"\bik vertrek (?:wel )?(?:\| |, )?definitief (?:\||,)"),
    _c("wider, dev O/P", "suicide", 0.8,
       # pressing something hot against the body ("de hete lepel tegen mijn pols", "sigaret uitdrukken op mijn arm")
       rf"\b(?:druk|drukte|drukken|drukt|hou|houd|hield|leg|legde) {gap(6)}(?:hete|gloeiende|brandende) (?:\w+ )?(?:lepel|sigaret|aansteker|strijkijzer|metaal|mes|naald|munt|sleutel) {gap(3)}(?:tegen|op) (?:mijn|haar|zijn) {BODY}\b",
       rf"\b(?:sigaret|sigaretten|peuk|aansteker) {gap(3)}(?:uitdrukken|uitgedrukt|uitdruk|uitdrukt|tegen) {gap(2)}(?:mijn|haar|zijn) {BODY}\b",
       # a question about falling from a height and death ("hoe het voelt als je van een hoog gebouw valt en of je dan dood bent")
       rf"\bvan (?:een |het |de )?(?:hoog |hoge )?{PLACE_HIGH} {gap(2)}(?:valt|springt|springen|vallen|afspringt)\b.*\b(?:dood|overleeft|overleef|overleven)\b",
       # a serious illness or death welcomed ("als het iets ernstigs is, dan is dat misschien wel het beste")
       rf"\bals (?:het|ik|dit) {gap(3)}(?:ernstigs|ernstig|kwaadaardig|doodga|dood ga|sterf|overlijd|dood zou gaan)\b {gap(3)}(?:dan )?(?:is|vind ik) (?:dat|het) (?:\w+ ){{0,3}}(?:het beste|goed|prima|best|fijn|een opluchting) (?:\||,)",
       # resting like someone buried ("ik wil rust. echte rust. zoals opa nu heeft onder die steen")
       rf"\bzoals (?:opa|oma|pa|ma|mijn (?:opa|oma|vader|moeder|broer|zus|vriend|vriendin)|hij|zij) (?:\w+ ){{0,3}}(?:onder (?:die|de|een) (?:steen|grond|zoden)|op het kerkhof|in (?:zijn|haar|het) graf)\b",
       # not living to see a day, by one's own hand ("mijn verjaardag in maart maak ik niet meer mee, daar zorg ik zelf wel voor")
       rf"\b(?:maak|haal) ik (?:\w+ )?niet meer (?:mee|)\b.*\b(?:zorg ik zelf (?:wel )?voor|regel ik zelf)\b",
       # everything finished before leaving, or a place without return ("alles af te ronden voordat ik ga", "ergens heen ... geen terug")
       rf"\balles {gap(2)}(?:af te ronden|afronden|afgerond|op orde|geregeld|te regelen) {gap(2)}voordat ik (?:ga|vertrek|weg ben|er niet meer ben) (?:\||,)",
       rf"\bergens (?:heen|naartoe)\b.*\b(?:geen (?:weg )?terug|niet (?:meer )?terug ?(?:kom|kom\w*|keer\w*))\b",
       # hiding marks under long sleeves in summer ("lange mouwen in juli ... hoe je dat uitlegt zonder dat ze doorvragen")
       rf"\blange mouwen\b.*\b(?:uitleg\w*|leg (?:je|ik|ik het|je het|je dat|ik dat) uit|doorvragen|snapt wel waarom|weet wel waarom|niemand mag (?:het )?zien)\b",
       # indifference to living ("of ik nou leef of niet, dat maakt niks uit")
       rf"\bof ik (?:nou |nu )?(?:leef|besta|doodga|dood ga) of (?:niet|dood ben|niet meer)\b"),
    # the last crisis messages without any help in the dev sets J, K and N (2026-12-07), in general form
    _c("wider, dev J/K/N", "suicide", 0.8,
       rf"\b(?:ga|gaan|wil|moet) (?:\w+ ){{0,2}}(?:weer|opnieuw) (?:snijden|krassen|branden)\b", rf"\b(?:snijden|krassen|snij|kras) {gap(2)}dieper\b",
       rf"\b(?:mee|ermee) (?:op te houden|ophouden|stoppen|te stoppen|kappen) , met alles\b",
       rf"\b(?:brug|spoor|trein|flat|dak|rails) (?:\w+ ){{0,2}}(?:ik|mij|me)\b.*\beindelijk rust\b",
       rf"\baan {MANY} {MEDS} (?:\w+ )?(?:komt|kom|komen|te komen)\b",
       rf"\b(?:de mijne?|mijn dag|vandaag) is (?:\w+ )?(?:de|mijn) laatste (?:\||,)"),
    _c("violence, dev J", "violence", 0.8,
       rf"\b(?:bewoonster|bewoner|bewoners|client|clienten|clientes|patient|patienten|patiente|leerling|leerlingen) {gap(4)}(?:betast|betastte|betasten|aanrandt|aanranden|aangerand|misbruikt|misbruiken|misbruikte)\b"),
    _c("watch, dev O/P", "distress", 0.6,
       # a farewell to the website in the past tense ("dank dat deze website er was")
       rf"\bdank (?:je |u )?(?:wel )?dat (?:deze|jullie|je|jij|dit) (?:\w+ )?er (?:was|waren|waart)\b",
       rf"\bdan voel ik (?:tenminste |eindelijk |weer |even )+iets\b", rf"\b(?:maak|haal) ik (?:\w+ )?niet meer mee\b",
       rf"\bik ben (?:een |de )?(?:glitch|vergissing|mistake|fuck ?up|foutje)\b.*\b(?:gefixt|opgelost|verwijderd|weg|fix)\b",
       # long sleeves in summer (the 113 line; with hiding or explaining it, the concept above)
       rf"\blange mouwen\b.*\b(?:zomer|juli|augustus|hitte)\b",
       # possessions given away in a list ("gitaar naar jesse, boeken naar mijn zus")
       rf"\b(?:gitaar|spullen|boeken|kleren|knuffels|playstation|ps5|fiets|telefoon|sieraden|laptop|spaargeld) naar \w+ , (?:\w+ ){{0,2}}naar (?:mijn |\w+ )"),
    _c("violence, dev O/P", "violence", 0.8,
       # bruises someone gives ("de blauwe plekken die mijn vrouw me geeft"), punishment by deprivation ("als straf op de
       # gang slapen zonder deken")
       rf"\b(?:blauwe plekken|blauw oog|blauwe ogen|wonden|littekens|striemen) (?:die|dat) (?:(?:mijn|zijn|haar) (?:man|vrouw|vriend|vriendin|partner|ex|vader|moeder|stiefvader|stiefmoeder|broer|zus)|hij|zij|ze) {gap(1)}(?:me|mij|haar|hem|ons) {gap(1)}(?:geeft|gaf|bezorgt|bezorgde|heeft gegeven|slaat|sloeg)\b",
       rf"\bals straf\b.*\b(?:zonder (?:eten|deken|avondeten|drinken)|op de gang slapen|buiten slapen|opgesloten)\b",
       rf"\b(?:zonder (?:eten|deken|avondeten|drinken)|op de gang slapen|buiten slapen|opgesloten)\b.*\bals straf\b"),
    # dev Z (2026-12-07: the chat box as people type in it: fragments, form answers, afterthoughts, third parties).
    # General forms of what its first reading missed.
    # these run over a full stop, so they are clear concepts (tried on a sentence and the next); the classifier's
    # confirmation still decides between the full reply and the 113 line
    _c("clear, dev Z", "suicide", 1.0,
       # going to a dead person ("ik ga binnenkort naar oma. die is 3 jaar geleden overleden")
       rf"\b(?:(?:wil|wil ook|wil gewoon)|(?:ga|kom|mag) (?:binnenkort|snel|eindelijk|straks|ook|weer)(?: \w+)?) naar (?:mijn |mn |m n )?(?:oma|opa|moeder|mama|vader|papa|broer|zus|man|vrouw|vriend|vriendin|zoon|dochter) (?:\| |, )?(?:die|ze|hij) (?:is )?(?:\w+ ){{0,4}}(?:overleden|dood|gestorven) \|",
       # cutting again ("snijden. het gaat weer mis, elke dag")
       rf"(?<!haar )(?<!de )(?<!het )\b(?:snijden|krassen|snij|kras)\b (?:\w+ |, |\| ){{0,4}}(?:gaat (?:het )?weer mis|terugval|elke dag weer|weer begonnen)\b",
       # closing everything, then oneself ("alles afsluiten. telefoon, bankrekening, en dan mezelf")
       rf"\b(?:afsluiten|opzeggen|opheffen|uitzetten|afronden)\b (?:\w+ |, |\| ){{0,8}}(?:en dan|daarna|dan) (?:mezelf|mijzelf|ik zelf) \|",
       # a farewell to everything ("dit is een afscheid. niet van deze chat, van alles")
       rf"\bafscheid\b (?:\w+ |, |\| ){{0,3}}niet van (?:deze|dit|de|het|jullie) \w+ , (?:maar )?van (?:alles|iedereen|het leven)\b",
       # a last message with a decision ("last msg. take care of each other. mijn besluit staat vast")
       rf"\b(?:last (?:msg|message|bericht)|laatste (?:bericht|berichtje|msg|post|appje))\b (?:\w+ |, |\| ){{0,10}}(?:mijn|m n|mn) (?:besluit|beslissing) (?:staat|is) (?:vast|genomen) \|$",
       # waiting for a train at a crossing ("ben bij de overweg. volgende trein over 6 min")
       rf"\b(?:ben|sta|zit|wacht) (?:\w+ ){{0,2}}(?:bij|op|aan) (?:de|het) (?:overweg|{TRACKS}) (?:\| |, )(?:\w+ ){{0,2}}trein (?:komt )?(?:over|om) \d+\b"),
    _c("wider, dev Z", "suicide", 0.8,
       rf"\b(?:ik neem|ik nam|neem ik|ik wil|dit is (?:mijn|een)) (?:\w+ ){{0,2}}afscheid (?:\w+ |, ){{0,6}}(?:van alles en iedereen|van het leven|van deze wereld)\b",
       # self-harm slang for depth ("tot op de styro", "beans")
       rf"\b(?:styro|styrofoam|beans)\b (?:\w+ |, ){{0,8}}(?:hecht\w*|gehecht|gesneden|gekrast|mesje\w*|bloed\w*)\b",
       rf"\b(?:gesneden|gekrast|snij|kras|sneed|mesje) (?:\w+ |, ){{0,4}}tot (?:op )?(?:de |het )?(?:styro|styrofoam|beans)\b"),
    _c("watch, dev Z", "distress", 0.6,
       # a date for one's own death in chat words ("rip ik vanaf zaterdag"), a game that ends for good
       rf"\brip (?:ik|mij|me) (?:vanaf|per|na|vannacht|vanavond|morgen|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag)\b",
       rf"\bgeen continue meer\b",
       rf"\b(?:mijn |m n |mn )?besluit staat vast\b.*\b(?:take care|zorg goed|vaarwel|bye)\b",
       rf"\b(?:take care|zorg goed|vaarwel|bye)\b.*\b(?:mijn |m n |mn )?besluit staat vast \|$"),
    _c("violence, dev Z", "violence", 0.8,
       # an adult with a young teen ("het vriendje van mijn dochter (13) is 24 ... cadeaus en geld")
       rf"\bvriend\w* van (?:mijn|onze|ons|haar|zijn) (?:dochter|zoon|kind|nichtje|neefje) (?:\w+ )?(?:van )?1[0-5] (?:\w+ ){{0,2}}(?:is|van) (?:1[89]|[2-9]\d) (?:jaar |jr )?(?:\||,|en\b)",
       rf"\b(?:dochter|zoon|nichtje|neefje) (?:van )?1[0-5]\b (?:\w+ |, ){{0,12}}(?:vriend|man|jongen|vent) (?:\w+ ){{0,2}}van (?:1[89]|[2-9]\d) (?:jaar |jr )?(?:\w+ |, ){{0,12}}(?:cadeaus|geld|geheim|haalt (?:haar|hem) op)\b"),
    # dev AC (2026-12-07 night: child-abuse disclosures, fresh euphemisms, farewells, self-harm). General forms of what
    # its first reading missed: the self as a thing that is cleared away or switched off, self-harm hidden or kept up.
    _c("self as a thing that ends", "suicide", 0.8,
       # "ik ruim mezelf zelf wel op", "mezelf uitschakelen", "ik delete mezelf", "mezelf opheffen"
       rf"\b(?:ruim|ruimt|ruimen|schakel|schakelt|schakelen|wis|wist|wissen|delete|deleet|doof|dooft|blaas|hef|doek) {gap(2)}{SELF_STRICT} {gap(3)}(?:op|uit|af) {END}",
       rf"\b{SELF_STRICT} {gap(2)}(?:opruimen|op te ruimen|uitschakelen|uit te schakelen|deleten|te deleten|wissen|uitwissen|uit te wissen|opheffen|op te heffen|uitdoven|uit te doven|uitblazen|afvoeren|af te voeren|opdoeken|op te doeken|uitroeien)\b(?! (?:uit|van|bij|als|uit de|van de|van het|voordat|zodat|net als|en (?:mijn|de|het) (?:kamer|huis|spullen|bureau|hoofd)) )"),
    _c("self-harm kept up or hidden", "self_harm", 1.0,
       # wounds or scars with going on, making new ones or nobody seeing them (also across a full stop: "hoe lang
       # blijven littekens zichtbaar? ... ik maak steeds nieuwe")
       rf"(?<!oude )(?<!emotionele )(?<!innerlijke )(?<!psychische )\b(?:littekens|krassen|wondjes|wonden|sneetjes|snijwonden|brandwonden|brandplekken|korstjes|sneden)\b (?:\w+ |, |\| ){{0,16}}(?:ik blijf het doen|ik doe het nog|ik maak (?:\w+ )?(?:steeds |telkens |weer |elke dag |nog )?nieuwe|(?:ik )?stop er niet mee|kan er niet mee stoppen)\b",
       rf"\b(?:krassen|wondjes|sneetjes|snijwonden|brandwonden|brandplekken|korstjes|littekens)\b (?:\w+ |, ){{0,6}}(?:sneller|snel|weg) (?:\w+ ){{0,2}}(?:helen|genezen|weg)\b (?:\w+ |, |\| ){{0,10}}(?:(?:mogen|mag) (?:\w+ ){{0,3}}niet (?:zien|weten|merken)|niemand mag|zien het niet|zonder dat)\b",
       # blades kept back or hidden ("mn scheermesjes inleveren maar ik heb er nog een paar achtergehouden")
       rf"\b(?:scheermesje\w*|mesjes|snijmesje\w*|blades|blaadjes van (?:een|mijn) puntenslijper)\b (?:\w+ |, ){{0,12}}(?:achtergehouden|achter gehouden|stiekem gehouden|niet ingeleverd|nog een paar (?:gehouden|bewaard|over))\b",
       rf"\b(?:scheermesje\w*|mesjes|snijmesje\w*|blades)\b (?:\w+ |, ){{0,8}}(?:(?:in|onder|achter) (?:mijn|mn|m n) \w+ verstopt|verstopt (?:\w+ )?(?:in|onder|achter) (?:mijn|mn|m n) \w+|verstopt voor als)\b",
       rf"\b(?:achtergehouden|niet ingeleverd) (?:\w+ ){{0,4}}(?:scheermesje\w*|mesjes|snijmesje\w*|blades)\b"),
    _c("watch, dev AC", "distress", 0.6,
       # a relapse after a time ("relapse na 2 jaar", "terugval na 8 maanden"), the own life as a product past its date,
       # switching oneself off or blowing oneself out ("mijn eigen lichtknopje omdraaien", "kaarsje ... zelf uitblazen")
       rf"^(?!.*\b(?:nuchter|alcohol|drank|drinken|roken|rook|sigaret\w*|drugs|gokken|blowen|afvallen|dieet)\b).*\b(?:relapse|relapsed|terugval|teruggevallen) (?:\w+ )?(?:na|after) (?:\w+ )?(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|anderhalf|half) (?:\w+ )?(?:dagen|weken|maanden|maand|jaar|jaren|days|weeks|months|years)\b",
       rf"\b(?:mijn|m n|mn) houdbaarheids?datum (?:is )?(?:\w+ )?(?:verstreken|verlopen|voorbij|bereikt|over)\b",
       rf"\b(?:mijn eigen|zelf|mezelf) {gap(3)}(?:stekker|licht|lichtje|lichtknop\w*|knopje|schakelaar|lampje|kaarsje|kaars) {gap(2)}(?:eruit|uit|omdraaien|omdraai|omzetten|uitblazen|uitdoen|uitzetten)\b",
       rf"\b(?:kaarsje|kaars|lampje|lichtje|vlammetje) (?:\w+ |, ){{0,8}}(?:ik|mezelf) (?:\w+ ){{0,3}}(?:zelf )?(?:uitblazen|uitblaas|uitdoen|uitdoe|doven)\b",
       # closing something for good as the last word of a first-person clause ("en dan sluit ik de zaak voor altijd")
       # (not moving abroad, nor an account, a subscription or a habit given up for good)
       rf"\bik (?!(?:\w+ ){{0,5}}(?:naar|verhuis\w*|klaar|hem|haar|jou|hen|account|instagram|insta|tiktok|snapchat|app|abonnement|lidmaatschap|profiel|roken|drinken|alcohol|suiker|studie|baan)\b){gap(5)}(?:voor altijd|voorgoed|definitief|voor eeuwig) {END}"),
    # touching a child's or one's own private parts by someone else ("de zwemleraar ... aan zijn piemel zit"); a child
    # touching himself is no such thing, so "zijn/haar" needs another person as the one who does it
    _c("touching private parts", "violence", 0.8,
       rf"\b{TOUCHER} (?:\w+ ){{0,2}}(?:zit|zat|zitten|zaten|komt|kwam|voelt|voelde|raakt|raakte) (?:\w+ ){{0,3}}aan (?:me |mij )?(?:mijn|m n|mn) {PRIVATE}\b",
       rf"\b{TOUCHER}\b (?:\w+ ){{0,8}}aan (?:mijn|m n|mn) {PRIVATE} (?:zit|zat|zitten|zaten|komt|kwam|voelt|voelde|heeft gezeten|heeft gevoeld)\b",
       rf"\b{TOUCHER}\b (?:\w+ ){{0,8}}aan (?:zijn|haar|z n|zn) {PRIVATE} (?:zit|zat|zitten|zaten|komt|kwam|voelt|voelde|heeft gezeten|heeft gevoeld)\b",
       rf"\b{TOUCHER} (?:\w+ ){{0,2}}(?:zit|zat|komt|kwam|voelt|voelde|raakt|raakte) (?:\w+ ){{0,3}}aan (?:zijn|haar|z n|zn) {PRIVATE}\b"),
    # --- distress: not a crisis by itself, but worth the 113 line -------------------------------------------------
    _c("distress", "distress", 0.5,
       rf"\bik kan (?:het )?(?:\w+ )?niet meer {END}", r"\bkan (?:het )?(?:\w+ )?niet meer (?:aan|op|verder)\b",
       rf"\btrek (?:het|dit) {gap(2)}niet meer\b", rf"\bhou\w* (?:het|dit) {gap(2)}niet (?:meer )?vol\b",
       r"\bgeen uitweg\b", rf"\bzie {gap(1)}geen (?:toekomst|licht|uitweg|oplossing) meer\b", r"\buitzichtloos\b",
       r"\bwanhopig\b", r"\bzinloos\b", r"\bheeft (?:allemaal )?geen zin meer\b", rf"\bik ben op {END}",
       rf"\bben (?:er )?(?:echt |zo |helemaal )?klaar mee {END}", rf"\bik wil (?:\w+ )?(?:weg|verdwijnen) {END}", r"\bwil verdwijnen\b",
       r"\bik voel me (?:zo |heel |echt )?(?:leeg|waardeloos|hopeloos)\b", r"\bniemand (?:\w+ )?(?:helpt|snapt|begrijpt) me\b",
       r"\bcant (?:do this|take it|go on) anymore\b", r"\bi give up\b", rf"\bhet is (?:allemaal )?te veel {END}",
       r"\biedereen haat me\b", r"\bik haat mezelf\b", rf"\bgeen zin meer {END}"),
]

# --- frames: lower the strength of a hit ------------------------------------------------------------------------
ADULTS = r"(?:vader|moeder|papa|mama|pa|ma|stief\w*|oom|tante|opa|oma|meester|juf|leraar|lerares|docent|trainer|coach|man|vriend|partner|ex|oppas)"
ADULT_HITS = ADULTS + r" (?:\w+ ){0,2}(?:slaat|schopt|sloeg|schopte|mishandelt|duwt|knijpt|bijt|trapt)\b"
# scope "segment": only the comma-separated part that holds the hit; "sentence": its whole sentence.
NEGATION = re.compile(r"\b(?:niet|geen|nooit|niks|niets|nergens|nie|ni|not|never|no)\b")
# Negation words that belong to crisis language itself ("ik wil niet meer", "ik zie geen uitweg").
NOT_A_NEGATION = re.compile(
    r"\b(?:niet|geen|nooit|nie|ni) (?:meer|langer|meet|verder|anders|alleen)\b|\bgeen (?:andere )?(?:uitweg|oplossing|keus|keuze|zin|hoop|reden|toekomst|uitzicht)\b"
    r"|\bnooit geboren\b|\bniet (?:overleeft|overleef|overleven|overleefd)\b|\bniet? chce\b|\bniet altijd per ongeluk\b|\bgeen ongeluk\b|\bnooit meer (?:wakker|terug|zien|opstaan)\b|\bweet (?:het |ik )?(?:\w+ )?niet\b|\bniet (?:dat|weten|te|durf|durven|kan|kunnen)\b|\bvertrouw (?:mezelf|mijzelf|me) (?:\w+ )?niet\b|\bdurf (?:\w+ )?niet\b|\bnog niet\b|\bniemand\b|\bnothing\b|\bno ke\b|\bnu of nooit\b|\b(?:mag|mogen) (?:\w+ ){0,3}niet (?:zien|weten|merken)\b"
    r"|\bgeen (?:weg )?terug\b|\bgeen continue\b|\bniet van (?:deze|dit|de|het|jullie) \w+ , (?:maar )?van (?:alles|iedereen|het leven)\b|\b(?:leef|leven|besta|ben) of (?:niet|dood)\b")
FRAMES: List[Tuple[str, float, str, Pattern]] = [
    ("hyperbole", 0.3, "segment", re.compile(any_of(
        rf"\b(?:lach|schrik|schrok|verveel|schaam|werk|erger|zoek|pieker|loop|eet|ren|betaal|lachen|schrikken|vervelen|schamen|werken|ergeren) (?:me|mij|mezelf|ons|je|zich) (?:\w+ )?(?:dood|rot|suf|te pletter|een ongeluk|kapot|gek|een bult)\b",
        r"\bsterf (?:\w+ )?van (?:het|de)\b",
        r"\bdood ?(?:moe|ziek|normaal|stil|eng|simpel|gewoon|bang|op)\b", r"\bdoods ?(?:bang|angst\w*|benauwd)\b",
        r"\b(?:ga|gaat|gaan) (?:bijna )?dood van (?:de|het|die|dat|deze|verveling|schaamte|nieuwsgierigheid)\b",
        r"\bkan mezelf wel (?:schieten|slaan|voor mijn kop slaan)\b",
        r"\b(?:gaat|gaan|zal|zullen|wil) (?:me|mij|je) (?:\w+ )?(?:vermoorden|afmaken|killen|doodslaan)\b", r"\bvermoordt (?:me|mij)\b",
        r"\b(?:is going to|gonna|will|ll|is gonna) kill me\b", r"\bkill me now\b", r"\balsof\b",
        r"\b(?:level|dark souls|call of duty|controller|tilted|huiswerk|choco|vlek|bleekwater|kapsalon|toetsen)\b",
        r"\b(?:in|bij) (?:fortnite|minecraft|fifa|het spel|de game|een game|cod|valorant|roblox|de 1v1)\b|\b1v1\b|\bpotje\b"))),
    # dev AC: "ik hang mezelf nog op aan al die aftrekposten" (getting hung up on something): only the hit itself, and
    # only with such a thing named, never a rope, a beam or a tree
    ("hung up on details", 0.3, "hit", re.compile(
        r"\b(?:hang|hangt|hangen|hing|hingen|op te hangen|ophangen) (?:(?:me|mij|mezelf|zich|je|jezelf) )?(?:\w+ ){0,2}(?:op )?aan "
        r"(?:al |alle )?(?:die |dat |de |het |zulke |zo n |kleine |van die )?(?:details|detail|kleinigheden|kleinigheid|woorden|woord|"
        r"regels|regeltjes|formulieren|formulier|\w*posten|cijfers|cijfertjes|fouten|foutjes|opmerking\w*|mening\w*|"
        r"wat (?:hij|zij|ze|anderen|mensen|iemand) (?:zegt|zeggen|zei|denkt|denken|vindt|vinden))\b")),
    ("laughing", 0.7, "sentence", re.compile(r"\bhaha\w*|\bhihi\b|\blol\b|\bxd\b|\bjk\b")),
    ("topic question", 0.5, "sentence", re.compile(any_of(
        r"^ (?:wat|hoe|wie|waar|wanneer|welke|helpt|helpen|kan|kun|kunnen|is|zijn|doet|doen|mag|mogen|werkt|bestaat|bestaan|heeft|hebben|geven|moeten|wordt|behandelen|behandelt|bieden|biedt|begeleiden|begeleidt|verwijzen|verwijst|werken|nemen)\b.*\b(?:therapie|pst|psycholoog|psychiater|therapeut|113|kindertelefoon|veilig thuis|hulpverlening|behandeling|traumabehandeling|clienten|jullie|praktijk|huisarts|verzekering|vergoed\w*|verwijzing|signalen|herkennen|betekent|betekenis|emdr|vaktherapie|pmt|scholen|opleiding|apps?|richtlijn|risico\w*|probleem|verslaving|teken)\b",
        r"\b(?:wat is|wat betekent|wat doet|wat doen|hoe herken|hoe help ik|hoe praat (?:je|ik)|hoe leg ik|hoe ga je om met|hoe vaak komt|is het waar|hoe groot is|hoe verwerk je|hoe leer je|hoe maak ik \w+ bespreekbaar)\b",
        r"\b(?:paper|redacteur|berichtgeving|folder|gastles|hulplijn voor|voor mijn studie|analyseren|les over|lesgeven|in de klas|opdracht|pws|profielwerkstuk|werkstuk|spreekbeurt|maatschappijleer|voorlichting|workshop|trainingen|richtlijn|beleid|meldcode|risicofactoren|journalist|intervisiegroep|predikant|beroepsgeheim|meldplicht|als een client|een client die|gaat (?:het )?over|vroeg (?:\w+ ){0,3}naar|waarom heet|heet het|verschil tussen|hr manager|bronnen|preventie|bespreekbaar|statistiek\w*|scriptie)\b",
        r"\b(?:vroeg|vraagt|vragen|vroegen) (?:\w+ ){0,2}of ik\b",
        r"\bvraag (?:voor|van) (?:een|mijn|mn|m n|school|werk)\b",
        # dev O: a teacher about students' jokes with "kms", a reader about how to talk about it
        r"\bgrappen (?:\w+ )?met (?:kill myself|kill yourself|zelfmoord|dood)\b", r"\bhoe je (?:\w+ ){0,3}(?:praat|bespreekt|herkent)\b"))),
    ("negation", 0.4, "segment", None),  # handled by _negated()
    ("past", 0.5, "sentence", re.compile(any_of(
        r"\b(?:\w+ )?(?:jaar|jaren|maanden) (?:geleden|terug)\b|\bvorig jaar\b|\bin (?:19|20)\d\d\b|(?<!meer dan )\booit\b|\been periode gehad\b|\btoen ik \w+ was\b|\bzit nu vast\b",
        r"\bnu gaat het (?:\w+ )?(?:goed|beter|oke)\b|\bis (?:echt )?voorbij\b|\b(?:vrij|clean) (?:van|sinds)\b",
        r"\bin (?:mijn|m n|de) (?:studententijd|studietijd|tienertijd|tienerjaren|puberteit|brugklas|middelbare schooltijd|schooltijd|twintiger ?jaren)\b|\bop de middelbare\b",
        r"\b(?:vroeger|jaren geleden|toen ik (?:\d+|jong|klein|kind|tiener|op school|student)|in het verleden|uit het verleden|lang geleden|destijds|\d+ jaar geleden|als tiener|als kind|in mijn jeugd|jaar terug|verleden tijd|lang voorbij|gelukkig voorbij|vrij van|inmiddels overleden|is (?:inmiddels )?overleden|sinds ik hulp|nu gaat het goed|gaat nu goed)\b"))),
    ("someone else's death", 0.5, "sentence", re.compile(any_of(
        r"\b(?:heeft|hebben|had) (?:\w+ ){0,4}(?:zelfmoord|suicide|zelfdoding) (?:\w+ )?gepleegd\b", r"\bpleegde (?:\w+ ){0,3}(?:zelfmoord|suicide)\b",
        r"\bnabestaande\w*", r"\bis (?:\w+ )?overleden\b.*\b(?:zelfmoord|zelfdoding|suicide)\b",
        r"\b(?:heeft|hebben|had) (?:\w+ ){0,4}een einde aan (?:zijn|haar|hun) leven gemaakt\b", r"\bmaakte een einde aan (?:zijn|haar) leven\b",
        r"\buit het leven (?:stapte|is gestapt|gestapt)\b", r"\bdoor (?:suicide|zelfmoord|zelfdoding) (?:is )?overleden\b",
        r"\blotgenot\w*"))),
    ("denial", 0.4, "sentence", re.compile(any_of(
        r"\b(?:dat|het) (?:is|was) niet (?:zo|waar)\b", r"\bbedoel\w* niet dat\b", r"\b(?:is|was) niet (?:zo )?dat\b", r"^ niet dat ik\b",
        r"\b(?:die|dat) heb ik niet\b", r"\bnee joh\b", r"\bgeen zorgen\b", r"\bal (?:\w+ )?(?:jaar|jaren|maanden|weken) niet meer\b",
        r"\bniet meer (?:suicidaal|gedaan sinds)\b"))),
    ("fiction or news", 0.5, "sentence", re.compile(any_of(
        r"\b(?:boek|film|serie|game|nieuws|artikel|documentaire|netflix|liedje|song|verhaal|personage|hoofdpersoon|aflevering|podcast|krant|toneelstuk|roman|thriller|journaal)\w*\b",
        # dev P: a film title
        r"\bsuicide squad\b",
        # dev L: acting ("in Flikken Maastricht ... heel goed gespeeld"); not "gespeeld" alone ("met de gedachte gespeeld"),
        # not social media as such (a real goodbye is posted there)
        r"\b(?:goed gespeeld|acteur|actrice)\b"))),
    # dev O: a young child's behaviour ("onze dochter van 4 slaat haar kleine zusje als ze jaloers is")
    ("child's behaviour", 0.5, "sentence", re.compile(
        # a young child (an age under 10 or a diminutive) hitting a sibling or another child; never when the sentence
        # also holds crisis words ("mijn kind van 6 slaat zijn zusje en zegt dat hij dood wil")
        r"^(?!.*\b(?:dood|zelfmoord|mes|snij\w*|ophang\w*|pijn doen|bloed\w*|wurg\w*|kill)\b)"
        # nor when an adult hits ("mijn stiefvader slaat mijn zoon van 10 als hij zijn broertje slaat")
        r"(?!.*\b" + ADULT_HITS + r")"
        r"(?=.*\b(?:(?:dochter|zoon|kind)\w* van (?:[1-9]|1[0-2])\b|peuter|kleuter|dochtertje|zoontje|kindje)\b (?:\w+ )?"
        r"(?:slaat|schopt|bijt|duwt|knijpt|krabt|sloeg|schopte|beet) (?:\w+ ){0,2}(?:broertje|zusje|broer|zus|klasgenoot\w*|"
        r"vriendje\w*|vriendinnetje\w*|andere kinderen)\b"
        # dev AC: up to 12, and in a subordinate clause ("als mijn dochter van 10 haar broertje slaat als ze boos is")
        r"|.*\b(?:(?:dochter|zoon|kind)\w* (?:van |is )(?:[1-9]|1[0-2])|peuter|kleuter|dochtertje|zoontje|kindje)\b "
        r"(?:(?!zegt|zei|vertelt|vertelde|dat)\w+ ){0,2}"
        r"(?:haar|zijn|een|de|ons|onze) (?:kleine |jongere |kleinere )?(?:broertje|zusje|broer|zus|klasgenoot\w*|vriendje\w*|vriendinnetje\w*) "
        r"(?:slaat|schopt|bijt|duwt|knijpt|krabt|sloeg|schopte|beet|pijn doet)\b)")),
    # dev AC: a child hit or bullied by another child at school or play, told by a parent ("een jongen op het
    # schoolplein heeft hem geslagen en gepest"); never with an adult as the one who hits, nor with crisis words
    ("bullied at school", 0.5, "sentence", re.compile(
        r"^(?!.*\b(?:vader|moeder|papa|mama|stief\w*|oom|tante|opa|oma|meester|juf|\w*leraar|\w*lerares|docent|\w*trainer|coach|"
        r"conci\w*|mentor|conrector|directeur|broer|zus|man|vriend|partner|ex|dood|zelfmoord|mes|snij\w*|ophang\w*|wurg\w*|bloed\w*|"
        r"thuis|verkracht\w*|aangerand|aanrand\w*|misbruik\w*|betast\w*|seks\w*|naakt\w*|foto\w*)\b)"
        r"(?!.*\b(?:jongen|man|meisje|vrouw) van (?:1[89]|[2-9]\d)\b)"
        r"(?=.*\b(?:mijn|mn|m n|onze|ons) (?:zoon|dochter|kind|zoontje|dochtertje)\b)"
        r"(?=.*\b(?:schoolplein|op school|in de klas|klasgenoot\w*|gepest|pesten|pest|pestkop\w*|speelplaats|in de pauze|"
        r"andere kinderen|een jongen|een meisje|jongens uit|meisjes uit)\b)")),
    ("accident", 0.2, "segment", re.compile(any_of(
        r"\b(?:(?<!niet )(?<!altijd )per ongeluk|bij het (?:koken|bakken|strijken|frituren)|oven|strijkijzer|kookplaat|in (?:mijn|m n|de) vinger|groente|uien|ui snijden|brood|aan (?:het|een|de|mijn|m n|mn) (?:brood|keuken|aardappel|schil|groente|vlees)?mes(?:je)?|snijplank|scheren|papier|met koken|de tomaten|aan het koken|blikje|kat|poes|hond|doorn|braam\w*|bramen|doornen|brandnetels|rozenstruik\w*|klussen|hamer|vertraging|storing|val met|aan (?:een|het) glas)\b"))),
    # dev P: bruises from sport ("na kickboksen zit ik onder de blauwe plekken", "blauwe plekken op mn armen van keepen");
    # a sport alone lowers nothing ("mijn teamgenoot bij voetbal zei dat hij pillen heeft verzameld"), and never a cover
    # story or violence in the same sentence ("ik zeg op school dat de blauwe plekken van hockey zijn")
    ("sport injury", 0.5, "sentence", re.compile(
        r"^(?!.*\b(?:slaat|sloeg|geslagen|schopt|getrapt|gesneden|snij\w*|zeg|zeggen|zei|smoes\w*|verberg\w*|verstop\w*|"
        r"mezelf|zichzelf|expres|dood)\b)"
        r"(?=.*\b(?:kickboks\w*|keepen|keeper|voetbal\w*|hockey\w*|judo|rugby|training|wedstrijd|turnen|skaten|boksen)\b)"
        r"(?=.*\b(?:blauwe plek\w*|blauw oog|schaafwond\w*|bloedneus|builen)\b)")),
]
# A present, personal statement keeps a hit at full strength despite a topic or fiction frame.
PERSONAL_NOW = re.compile(r"\b(?:ik|mijn|m n) (?:\w+ ){0,2}(?:wil|ga|denk|voel|heb net|sta|zit|kan niet meer|zie)\b"
                          # dev L: a recent personal event in a practical question ("... want ik heb gisteren weer
                          # in mijn benen gesneden", "onze zoon heeft namelijk geprobeerd ...", "haar vriend slaat haar")
                          r"|\b(?:ik|mijn|m n|onze|ons) (?:\w+ ){0,2}(?:heb|heeft|hebben) (?:\w+ ){0,2}(?:net|zojuist|gisteren|vannacht|vanochtend|weer|geprobeerd)\b"
                          r"|\b(?:slaat|schopt|mishandelt|misbruikt|bedreigt) (?:haar|hem|me|mij|ons|(?:mijn|mn|m n|onze) \w+)\b")


@dataclass(frozen=True)
class Hit:
    concept: str
    kind: str
    strength: float
    matched: str
    frame: Optional[str] = None


def clauses(folded: str) -> List[str]:
    """The sentences of a folded message, each as " words |"."""
    return [" " + c.strip() + " |" for c in folded.split("|") if c.strip()]


def _segment(sentence: str, start: int, end: int) -> str:
    """The comma-separated parts of `sentence` that overlap [start, end)."""
    parts, offset, chosen = sentence.split(","), 0, []
    for part in parts:
        if offset < end and offset + len(part) > start:
            chosen.append(part)
        offset += len(part) + 1
    return " " + " , ".join(p.strip() for p in chosen) + " "


# Words that start another clause: a negation beyond them belongs to that clause, not to the hit
# ("ik heb me weer gesneden en het wil niet stoppen met bloeden").
CLAUSE_BOUNDARY = {"|", ",", "en", "maar", "want", "omdat", "dus", "als", "toen", "terwijl", "and", "but", "because"}
NEGATION_BEFORE, NEGATION_AFTER = 6, 4  # words around the hit that a negation may stand in


def _negated(sentence: str, start: int, end: int) -> bool:
    """A negation word in the hit or close to it within its clause ("ik heb geen doodsgedachten",
    "zelfmoordgedachten heb ik niet"), that is not part of crisis language itself ("ik wil niet meer")."""
    # crisis language is blanked first, in place, so that the window below cannot cut it in half
    sentence = NOT_A_NEGATION.sub(lambda m: " " * len(m.group(0)), sentence)
    before: List[str] = []
    for word in reversed(sentence[:start].split()):
        if word in CLAUSE_BOUNDARY or len(before) >= NEGATION_BEFORE:
            break
        before.insert(0, word)
    after: List[str] = []
    for word in sentence[end:].split():
        if word in CLAUSE_BOUNDARY or len(after) >= NEGATION_AFTER:
            break
        after.append(word)
    region = " " + " ".join(before + [sentence[start:end].strip()] + after) + " "
    return bool(NEGATION.search(region))


DIED = re.compile(r"\b(?:overleden|gestorven)\b")


# "jk. of niet", "haha of toch niet": the joke taken back (dev N), so laughter lowers nothing in that message
JOKE_TAKEN_BACK = re.compile(r"\b(?:jk|haha\w*|lol|xd|grapje)\b (?:\| )?(?:of niet|of toch niet)\b")


# Frames about children fighting or being bullied lower violence only: "hij wordt gepest en zegt dat hij niet meer wil
# leven" keeps its strength.
VIOLENCE_ONLY = {"bullied at school", "child's behaviour"}
# ... and "bullied at school" only a hit with a hitting verb, never sexual violence
HITTING = re.compile(r"\b(?:slaat|sloeg|slaan|geslagen|schopt|schopte|geschopt|trapt|trapte|getrapt|duwt|duwde|geduwd|stompt|"
                     r"stompte|gestompt|in elkaar geslagen|gepest|pesten|knijpt|bijt|gebeten)\b")


def _frame(sentence: str, start: int, end: int, joke_taken_back: bool = False,
           kind: str = "") -> Tuple[float, Optional[str]]:
    segment = _segment(sentence, start, end)
    factor, frame = 1.0, None
    for name, frame_factor, scope, pattern in FRAMES:
        if name in VIOLENCE_ONLY and kind not in ("violence", "danger"):
            continue
        if name == "bullied at school" and not HITTING.search(sentence[start:end]):
            continue
        where = segment if scope == "segment" else sentence
        if name == "past":
            # a death inside the hit is not the writer's past: "mijn man is overleden en ik wil naar hem toe" is now
            where = sentence[:start] + DIED.sub(lambda m: " " * len(m.group(0)), sentence[start:end]) + sentence[end:]
        if frame_factor >= factor or (name == "laughing" and joke_taken_back):
            continue
        if name == "negation":
            found = _negated(sentence, start, end)
        elif scope == "hit":
            found = any(m.start() < end and m.end() > start for m in pattern.finditer(sentence))
        else:
            found = bool(pattern.search(where))
        if not found:
            continue
        if name in ("topic question", "fiction or news") and PERSONAL_NOW.search(where):
            continue
        factor, frame = frame_factor, name
    return factor, frame


def find(folded: str) -> List[Hit]:
    """Every concept found, sentence by sentence, with its frame-adjusted strength (strongest first)."""
    hits: List[Hit] = []
    sentences = clauses(folded)
    joke_taken_back = bool(JOKE_TAKEN_BACK.search(folded))
    for index, sentence in enumerate(sentences):
        # a concept may run into the next sentence ("ik sta op de brug. ik spring"): tried for clear concepts
        window = sentence + (sentences[index + 1] if index + 1 < len(sentences) else "")
        for concept in CONCEPTS:
            match = concept.pattern.search(sentence)
            where = sentence
            if not match and concept.strength >= 1.0:
                match, where = concept.pattern.search(window), window
            if not match:
                continue
            if where is sentence and index + 1 < len(sentences) and match.end() >= len(sentence) - 2:
                again = concept.pattern.search(window, match.start())
                if not again or again.start() != match.start():
                    continue
            factor, frame = _frame(where, match.start(), match.end(), joke_taken_back, concept.kind)
            hits.append(Hit(concept.name, concept.kind, round(concept.strength * factor, 3), match.group(0).strip(), frame))
    return sorted(hits, key=lambda h: -h.strength)
