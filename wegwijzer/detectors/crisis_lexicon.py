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
TRACKS = any_of("spoor", "rails", "spoorlijn", "spoorbaan", "spoorwegovergang", "perron")
VEHICLE = any_of("trein", "metro", "vrachtwagen", "bus", "auto", "tram")
MEDS = any_of("pillen", "pil", "tabletten", "paracetamol\\w*", "oxazepam", "diazepam", "slaappillen", "slaapmiddel\\w*",
              "medicijnen", "medicatie", "antidepressiva", "pammetjes", "ibuprofen", "lithium", "insuline", "pills")
MANY = any_of("[1-9]\\d+", "twintig", "dertig", "veertig", "vijftig", "honderd", "alle", "al mijn", "al de",
              "een (?:hele )?(?:strip|strips|doos|pot|potje|pak|flesje)", "een handvol", "handvol", "veel te veel",
              "te veel", "een hoop", "heel veel", "hele strips")
CUT = any_of("snij", "snijd", "snijdt", "snijden", "sneed", "sneden", "gesneden", "kras", "krast", "krassen", "kraste",
             "krasten", "gekrast", "brand", "brandt", "branden", "verbrand", "verbranden", "bonk", "bonken", "bonkte",
             "beschadig", "beschadigen", "beschadigd", "verwond", "verwonden", "verwondt", "pijn doen", "pijn gedaan",
             "pijn doe", "pijn te doen", "cut", "cutting", "hurt")
BODY = any_of("arm", "armen", "pols", "polsen", "been", "benen", "huid", "buik", "dij", "dijen", "bovenbeen",
              "bovenbenen", "hand", "handen", "enkels")
VIOLENT = any_of("slaat", "sloeg", "sloegen", "slaan", "schopt", "schopte", "trapt", "trapte", "mishandelt",
                 "mishandelde", "wurgt", "wurgde", "duwt", "duwde", "stompt", "stompte", "bedreigt", "bedreigde",
                 "misbruikt", "misbruikte", "verkracht", "verkrachtte", "knijpt \\w+ keel", "sluit \\w+ op",
                 "sloot \\w+ op", "randt \\w+ aan", "betast", "betastte", "hits", "beats", "bijt", "beet")
VIOLENT_PARTICIPLE = any_of("geslagen", "geschopt", "getrapt", "mishandeld", "gewurgd", "geduwd", "gestompt",
                            "bedreigd", "misbruikt", "verkracht", "aangerand", "opgesloten", "in elkaar geslagen",
                            "in elkaar getrapt", "betast", "gebeten")
VICTIM = any_of("me", "mij", "ons", "mijn (?:moeder|mama|kind|kinderen|zoon|dochter|broer|zus|broertje|zusje|vrouw|man)",
                "de kinderen", "haar", "hem")
ABUSER = any_of("boyfriend", "girlfriend", "stiefpa", "stiefma", "hij", "zij", "ze", "mijn \\w+", "pa", "ma", "papa", "mama", "vader", "moeder", "stiefvader",
                "stiefmoeder", "vriend", "man", "partner", "ex", "oom", "opa", "broer")


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
       r"\bzelfmoord(?!preventie|lijn)\w*", r"\bzelfdoding\w*", r"\bsuicid\w*", r"\bsuizid\w*", r"\bdoodsgedacht\w*",
       r"\bdoodswens\w*", r"\bkill (?:my ?self|me)\b", r"\bkilling myself\b", r"\bend (?:my life|it all)\b",
       r"\b(?:want|wanna|going) (?:to )?die\b", r"\b(?:dont|do not|don t) want to (?:live|be alive|exist)\b",
       r"\bunalive\b", r"\bno reason to live\b", r"\bbetter off without me\b"),
    _c("harm oneself", "suicide", 1.0,
       rf"\b{SELF} {HARM_OBJECT} {gap(3)}{AANDOEN}", rf"\b{SELF_STRICT} {gap(3)}{AANDOEN}",
       rf"\b(?:doe|doet|deed|deden) {SELF} {HARM_OBJECT} {gap(2)}aan\b",
       rf"\b{SELF} {gap(3)}(?:dood|om het leven|van kant|van het leven) {gap(1)}(?:te )?(?:maken|brengen|beroven|maak|breng)\b",
       rf"\b{SELF} {gap(3)}(?:te )?(?:doden|ombrengen|om te brengen|vermoorden|verdrinken|vergiftigen|doodschieten|neerschieten|doodrijden)\b",
       rf"\b{SELF} {gap(3)}{OPHANGEN}", rf"\bhang\w* {SELF} {gap(3)}op\b", rf"\b(?:ik|hij|zij|ze) {gap(3)}opknopen\b",
       r"\bvan kant (?:te )?maken\b"),
    _c("end of life", "suicide", 1.0,
       rf"\b(?:een )?(?:eind|einde|punt) {gap(2)}(?:aan|achter) (?:mijn|zijn|haar|het|dit|m n) (?:leven|bestaan)\b",
       rf"\b(?:eind|einde) {gap(2)}aan (?:alles|het allemaal)\b",
       r"\buit het leven (?:stappen|te stappen|gaan|stapte)\b", r"\bmezelf van het leven\b"),
    _c("make an end", "suicide", 0.8, r"\ber (?:\w+ ){0,2}een (?:eind|einde) aan\b(?! (?:met|de relatie|onze|mijn relatie|het piekeren|het gepieker))"),
    # --- wanting to be dead, passive death wish --------------------------------------------------------------------
    _c("want to be dead", "suicide", 1.0,
       rf"\b{WANT} {gap_without_negation(3)}dood\b(?! (?:van|aan|op|moe|ziek|normaal|stil|eng|simpel|gewoon|bang|gaan van))",
       r"\bdood (?:\w+ )?(?:willen|wil|wilt|wou) (?:zijn|gaan)?", r"\bliever dood\b",
       rf"\b{WANT} {gap_without_negation(3)}(?:sterven|doodgaan|dood gaan|dood zijn)\b",
       rf"\b(?:wil|wilt|willen|wou|zou willen) {gap_without_negation(3)}niet meer (?:leven|bestaan|ademen)\b",
       r"\bniet meer (?:willen|wil) (?:leven|bestaan)\b", r"\bniet (?:langer|meer) (?:wil|willen) leven\b",
       rf"\b(?:wil|wilt|willen|wou|zou|wens|liever|morgen|straks|vannacht|binnenkort|dan|snel|gewoon|wilde) {gap(4)}er {gap(2)}niet meer (?:zijn|wezen|zou zijn)\b",
       rf"\b(?:morgen|straks|vannacht|binnenkort|volgende week|na vandaag|na vanavond|over een week|vanavond) {gap(3)}(?:ben|is|zijn) (?:ik|hij|zij|ze) er {gap(1)}niet meer\b",
       rf"\b(?:als|dat) (?:ik|hij|zij|ze) er {gap(2)}niet meer (?:ben|was|is|zou zijn|zijn)\b",
       rf"\ber {gap(2)}niet meer (?:wil|wilt|willen|zou willen|wou|wilde) (?:zijn|wezen|leven)\b",
       r"\bvoorgoed (?:verdwijnen|weg|slapen|stoppen)\b",
       r"\bniet meer wakker (?:te )?(?:worden|word)\b", r"\bnooit meer wakker\b", r"\bnooit meer (?:op )?(?:te )?(?:staan|ontwaken)\b",
       rf"\bvoor altijd (?:\w+ )?(?:slapen|in slaap|weg|gaan slapen|rust)\b", rf"\b(?:slapen|slaap|inslapen) {gap(2)}voor altijd\b",
       r"\beeuwig (?:slapen|rusten)\b",
       r"\bwas ik (?:\w+ )?(?:nooit geboren|dood|er niet)\b", r"\bnooit geboren (?:was|zijn|te zijn|ben)\b",
       rf"\b(?:wou|wilde|zou willen|wens) dat ik {gap(2)}(?:dood|nooit geboren|er niet (?:meer )?was)\b",
       rf"\b(?:iedereen|jullie|de wereld|mijn \w+|ze|hij|zij) {gap(2)}(?:is|zijn|zou|zouden|zal|zullen|was|waren) {gap(3)}beter af {gap(2)}(?:zonder (?:mij|me)|als ik er niet)",
       rf"\b(?:ben|voel me|ben gewoon|ben alleen maar) {gap(2)}(?:een )?(?:last|blok aan het been) (?:voor|van) (?:iedereen|mijn \w+|jullie|de mensen|iedereen om me heen)\b",
       r"\bniemand (?:zou|zal) (?:me|mij) (?:\w+ )?missen\b", r"\bniemand (?:\w+ )?mist me als ik\b",
       rf"\bzie het {gap(3)}niet (?:meer|meet) zi?tt?en\b",
       r"\bhoeft (?:het )?(?:allemaal )?(?:voor mij|van mij|voor hem|voor haar) (?:\w+ )?niet meer\b",
       r"\b(?:leven|bestaan) (?:heeft|is) (?:\w+ )?(?:geen (?:zin|nut)|zinloos)\b",
       r"\bgeen (?:zin|reden) (?:meer )?(?:om|in) (?:te |het )?(?:leven|door te gaan)\b",
       r"\bhet leven (?:zat|moe)\b", r"\blevensmoe\b", r"\bklaar met (?:het|mijn|dit|zijn|haar) leven\b",
       rf"\b(?:denk|dacht|denkt|denken|fantaseer|fantaseren) {gap(3)}(?:aan|over) (?:de dood|doodgaan|sterven|dood zijn|er niet meer zijn)\b"),
    _c("goodbye", "suicide", 0.8,
       r"\bafscheidsbrie[fv]\w*", r"\blaatste (?:bericht|berichtje|brief)\b",
       rf"\bafscheid {gap(2)}(?:nemen|genomen) van (?:iedereen|het leven|jullie allemaal|de wereld)\b",
       rf"\b(?:spullen|dingen|alles) {gap(2)}(?:weggegeven|weg ?geven|verdeeld)\b.*\b(?:afscheid|niet meer|nodig)\b",
       rf"\bzeg (?:\w+ ){{0,3}}dat ik (?:van (?:haar|hem|ze|jullie) )?hou\b.*\b(?:niet meer|afscheid|sorry)\b"),
    _c("it need not any more", "suicide", 0.8,
       rf"\bhet hoeft (?:allemaal )?niet meer {END}", rf"\b(?:ik )?wil (?:\w+ ){{0,2}}niet meer {END}",
       r"\bklaar (?:mee |met )?(?:, )?(?:met )?alles\b", rf"\bklaar mee {gap(6)}met (?:het|mijn|dit) leven\b",
       r"\bgeen zin meer in (?:alles|het leven|leven|niks|niets)\b"),
    # --- plans and means ------------------------------------------------------------------------------------------
    _c("pills", "danger", 1.0,
       rf"\b{MANY} {gap(2)}{MEDS} {gap(3)}(?:ingenomen|geslikt|genomen|innemen|slikken|nemen|in te nemen|te slikken|opgespaard|gespaard|verzameld|klaarliggen|klaargelegd|klaar|naar binnen)\b",
       rf"\b(?:heb|had|hebben|heeft) {gap(3)}{MANY} {gap(1)}{MEDS} {gap(2)}(?:ingenomen|geslikt|genomen|op)\b",
       rf"\b{MEDS} {gap(3)}(?:gespaard|opgespaard|verzameld|aan het sparen|klaarliggen|klaar liggen|klaargelegd|opgepot)\b",
       rf"\b(?:overdosis|overdose|od) {gap(2)}(?:genomen|ingenomen|geslikt|nemen|te nemen)\b", r"\bgeprobeerd (?:\w+ ){0,3}overdosis\b",
       r"\b(?:took|taken|swallowed) (?:\w+ )?(?:all|too many|a lot of) (?:my )?(?:pills|meds)\b"),
    _c("heights and trains", "suicide", 1.0,
       rf"\b(?:van|vanaf|vanop|af) (?:een|de|het|dat) {PLACE_HIGH} {gap(3)}(?:springen|spring|te springen|af|afspringen|naar beneden)\b",
       rf"\bspring\w* {gap(3)}(?:van|vanaf|voor|af|uit) (?:een|de|het|dat|mijn) (?:{PLACE_HIGH}|{VEHICLE}|flat|dak)\b",
       rf"\b(?:voor|onder) (?:de|een|die) {VEHICLE} {gap(2)}(?:springen|spring|gaan liggen|lopen|stappen|gooien|te springen|te gooien)\b",
       rf"\b(?:sta|staat|stond|zit|zat|ben|lig|ligt|loop|wacht) {gap(3)}(?:op|bij|naast|langs|aan) (?:het|de|dat) {TRACKS}\b",
       rf"\b(?:op|aan) (?:de )?rand van (?:het|de|een) (?:dak|brug|flat|balkon|klif)\b", r"\bnaar beneden (?:springen|te springen)\b",
       rf"\b(?:jump|jumping) (?:off|in front)\b"),
    _c("rope and weapon", "suicide", 1.0,
       rf"\bstrop {gap(2)}(?:gemaakt|geknoopt|gekocht|klaar|hangt|om|maken|knopen)\b",
       rf"\btouw {gap(4)}(?:nek|balk|zolder|plafond|opknopen|ophangen|trapleuning)\b",
       rf"\b(?:mes|scheermes|mesje|pistool|geweer|wapen|glas|scherven) {gap(5)}(?:mezelf|mijzelf|polsen|pols|aderen|keel|zichzelf|tegen mijn)\b",
       rf"\b(?:polsen|aderen|pols) {gap(2)}(?:doorsnijden|door te snijden|opensnijden|open te snijden|door|open|snijden)\b",
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
       rf"\b(?:heb|heeft|hebben) {gap(2)}(?:gekrast|gesneden) {END}",
       rf"\b(?:doe|doet|deed|deden|gedaan) {SELF_STRICT} {gap(1)}pijn\b"),
    _c("scars hidden", "self_harm", 0.6, rf"\blittekens {gap(4)}(?:verbergen|verstoppen|niemand|lange mouwen)\b",
       rf"\blange mouwen {gap(4)}(?:armen|littekens|wonden|verbergen)\b"),
    # --- violence at home and abuse -----------------------------------------------------------------------------
    _c("violence", "violence", 1.0,
       rf"\b(?!ik )\w+ {gap(3)}{VIOLENT} {gap(2)}{VICTIM}\b(?! (?:met|in|bij) (?:fortnite|fifa|een spel|het spel|tennis|schaken|voetbal|dammen|kaarten|monopoly))",
       rf"\b{VICTIM} {gap(4)}{VIOLENT_PARTICIPLE}\b",
       rf"\b(?:word|wordt|werd|werden|worden|ben|is|zijn|was) {gap(3)}{VIOLENT_PARTICIPLE}\b(?! met (?:ontslag|een boete))",
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
       rf"\b(?:ik )?(?:ga|wil|kan|zal|zou) {gap(2)}{SOMEONE} {gap(2)}(?:vermoorden|doodmaken|dood maken|neersteken|neerschieten|afmaken|{HARM_OBJECT} {AANDOEN})\b",
       rf"\b{SOMEONE} {HARM_OBJECT} {gap(2)}{AANDOEN}",
       rf"\b(?:gaat|ga|wil|zal|dreigt|gaan) {gap(2)}(?:me|mij|ons|mijn \w+) {gap(2)}(?:te )?(?:steken|neersteken|doodsteken|vermoorden|doden|doodmaken|neerschieten|afmaken)\b",
       rf"\b(?:me|mij|ons) {gap(2)}(?:gaat|wil|zal|gaan) (?:\w+ )?(?:steken|neersteken|doodsteken|vermoorden|doden|doodmaken|neerschieten|afmaken)\b", rf"\b(?:stemmen|stem) {gap(5)}(?:pijn|dood|vermoord\w*|{AANDOEN}|springen|kapot)\b",
       rf"\bcontrole {gap(2)}(?:kwijt|verlies\w*) {gap(6)}(?:pijn|slaan|iets aandoen|aanvallen)\b"),
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

# --- frames: lower the strength of a hit in the same clause ---------------------------------------------------------
# scope "segment": only the comma-separated part that holds the hit; "sentence": its whole sentence.
FRAMES: List[Tuple[str, float, str, Pattern]] = [
    ("hyperbole", 0.3, "segment", re.compile(any_of(
        rf"\b(?:lach|schrik|schrok|verveel|schaam|werk|erger|zoek|pieker|loop|eet|ren|betaal|lachen|schrikken|vervelen|schamen|werken|ergeren) (?:me|mij|mezelf|ons|je|zich) (?:\w+ )?(?:dood|rot|suf|te pletter|een ongeluk|kapot|gek|een bult)\b",
        r"\bsterf (?:\w+ )?van (?:het|de)\b",
        r"\bdood ?(?:moe|ziek|normaal|stil|eng|simpel|gewoon|bang|op)\b", r"\bdoods ?(?:bang|angst\w*|benauwd)\b",
        r"\b(?:ga|gaat|gaan) (?:bijna )?dood van (?:de|het|die|dat|deze|verveling|schaamte|nieuwsgierigheid)\b",
        r"\bkan mezelf wel (?:schieten|slaan|voor mijn kop slaan)\b",
        r"\b(?:in (?:fortnite|minecraft|fifa|het spel|de game|een game))\b"))),
    ("laughing", 0.5, "sentence", re.compile(r"\bhaha\w*|\bhihi\b|\blol\b|\bxd\b|\bgrapje\b")),
    ("topic question", 0.5, "sentence", re.compile(any_of(
        r"^ (?:wat|hoe|wie|waar|wanneer|welke|helpt|helpen|kan|kun|kunnen|is|zijn|doet|doen|mag|werkt|bestaat|heeft|hebben)\b.*\b(?:therapie|pst|psycholoog|psychiater|therapeut|113|kindertelefoon|veilig thuis|hulpverlening|behandeling|jullie|praktijk|huisarts|verzekering|vergoed\w*|verwijzing|signalen|herkennen|betekent|betekenis)\b",
        r"\b(?:wat is|wat betekent|wat doet|wat doen|hoe herken|hoe help ik|hoe praat ik|hoe ga je om met)\b"))),
    ("negation", 0.3, "segment", re.compile(any_of(
        r"\b(?:geen|niet|nooit|nergens) (?:\w+ ){0,2}(?:zelfmoord\w*|suicid\w*|doodsgedacht\w*|doodswens|gedachten aan|dood (?:wil|willen)|van plan)\b",
        r"\b(?:ben|is|was) (?:\w+ )?niet (?:suicidaal|in gevaar|depressief)\b", r"\bgelukkig (?:geen|niet|nooit)\b",
        r"\bdenk (?:\w+ )?niet aan\b", r"\bnot suicidal\b"))),
    ("past", 0.5, "sentence", re.compile(any_of(
        r"\b(?:vroeger|jaren geleden|toen ik (?:\d+|jong|klein|kind|tiener|op school|student)|in het verleden|uit het verleden|lang geleden|destijds|\d+ jaar geleden|als tiener|als kind|in mijn jeugd|vorig decennium)\b"))),
    ("fiction or news", 0.5, "sentence", re.compile(any_of(
        r"\b(?:boek|film|serie|game|nieuws|artikel|documentaire|netflix|liedje|song|verhaal|personage|hoofdpersoon|aflevering|podcast|krant|spreekbeurt|werkstuk|presentatie|scriptie|toneelstuk|roman|thriller|journaal)\w*\b"))),
    ("accident", 0.2, "segment", re.compile(any_of(
        r"\b(?:per ongeluk|bij het koken|in (?:mijn|m n|de) vinger|groente|uien|ui snijden|brood|scheren|papier|met koken|de tomaten|aan het koken)\b"))),
]

# A present, personal statement keeps a hit at full strength despite a topic or fiction frame.
PERSONAL_NOW = re.compile(r"\b(?:ik|mijn|m n) (?:\w+ ){0,2}(?:wil|ga|denk|voel|heb net|sta|zit|kan niet meer|zie)\b")


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


def _frame(sentence: str, start: int, end: int) -> Tuple[float, Optional[str]]:
    segment = _segment(sentence, start, end)
    factor, frame = 1.0, None
    for name, frame_factor, scope, pattern in FRAMES:
        where = segment if scope == "segment" else sentence
        if frame_factor < factor and pattern.search(where):
            if name in ("topic question", "fiction or news") and PERSONAL_NOW.search(where):
                continue
            factor, frame = frame_factor, name
    return factor, frame


def find(folded: str) -> List[Hit]:
    """Every concept found, sentence by sentence, with its frame-adjusted strength (strongest first)."""
    hits: List[Hit] = []
    sentences = clauses(folded)
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
            factor, frame = _frame(where, match.start(), match.end())
            hits.append(Hit(concept.name, concept.kind, round(concept.strength * factor, 3), match.group(0).strip(), frame))
    return sorted(hits, key=lambda h: -h.strength)
