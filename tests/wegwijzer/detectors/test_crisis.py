"""The crisis detector (wegwijzer/detectors/crisis*.py): concepts not strings, frames that lower but never
delete, the classifier, and the tiers with the thresholds of config.yml. Dev data only."""
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings, strategies as st

from wegwijzer import nlu_data
from wegwijzer.detectors import crisis, normalise
from wegwijzer.detectors.crisis_lexicon import find
from wegwijzer.detectors.crisis_model import CrisisModel

ROOT = Path(__file__).resolve().parents[3]
CONFIG = next(c for c in yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"] if c["name"].endswith("SafetyNet"))


def strength(text):
    hits = find(normalise(text).folded)
    return hits[0].strength if hits else 0.0


@pytest.fixture(scope="module")
def model():
    examples = nlu_data.crisis_training()
    calm = [e.text for e in examples if e.label == "not_crisis"]
    calm += [e.text for e in nlu_data.training_examples() if e.label not in ("crisis", "distress")]
    positives = [e.text for e in examples if e.label == "crisis"]
    return CrisisModel.train(positives, calm, {"C": 4.0, "lexicon_weight": 1.0})


# --- the lexicon -----------------------------------------------------------------------------------------------
# Every message the issue report found missed, and the forms it asked for: separable and compound verbs,
# inserted words, first/second/third person, past and present.
@pytest.mark.parametrize("text", [
    "ik wil er gewoon niet meer zijn", "mijn vriend zegt dat hij zichzelf iets wil aandoen", "ik wil mezelf iets aandoen",
    "Ik heb net 30 paracetamol ingenomen", "Ik sta bij het spoor en wacht op de trein", "Ik ben een last voor iedereen",
    "morgen ben ik er niet meer", "ik heb weer gekrast", "Mijn man heeft me gisteren weer in elkaar geslagen",
    "ik heb een strop gemaakt", "I don't want to live anymore", "ik zoek manieren om mezelf dood te maken",
    "ik doe mezelf iets aan", "ik denk erover mezelf iets aan te doen", "ze wil zichzelf wat aandoen",
    "ik ga me ophangen", "ik ben van plan om mezelf op te hangen", "hij hing zichzelf bijna op",
    "ik wil er eigenlijk soms echt niet meer zijn", "hij wou er niet meer zijn", "jij wilt jezelf iets aandoen",
    "mijn dochter snijdt zichzelf", "ik heb mezelf gisteren gesneden", "ik kras mezelf", "ik wil mezelf van kant maken",
    "mijn vader slaat mijn moeder", "ik word thuis geslagen", "ik wil zelfmoort plegen", "suïcidale gedachten",
])
def test_clear_crisis_concepts(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "Hoeft het niet meer via de huisarts?", "Hoe maak ik een eind aan het piekeren?", "Waar kan ik mijn jas ophangen?",
    "Bedankt voor de info, vaarwel!", "ik schaam me dood", "die deadline vermoordt me", "ik lach me dood",
    "mijn opa is vorig jaar overleden", "wat doet een psychiater?", "ik heb me in mijn vinger gesneden bij het koken",
    "de trein staat stil op het spoor door een storing", "mijn kind slaat de deuren dicht als hij boos is",
    "maanden moet ik wachten, dat trek ik niet", "mijn kat heeft me gekrast",
])
def test_everyday_language_is_no_clear_crisis(text):
    assert strength(text) < CONFIG["lexicon_threshold"], find(normalise(text).folded)


# Forms added after reading the dev I set and the cross-validation misses (2026-12-04), each in other words.
@pytest.mark.parametrize("text", [
    "vanavond maak ik er een eind aan", "ik heb me opnieuw gesnede en het wil niet ophouden met bloeden",
    "ik eet niks en als ik toch eet kras ik in mijn arm", "ik wou dat ik nooit geboren was", "ze heeft gisteren haar polsen doorgesneden",
    "ik heb een heleboel tabletten geslikt", "hij zegt steeds he wants to kill himself", "ik pakte vannacht weer een scheermesje",
    "morgen rij ik met de auto tegen een boom", "als je dit leest ben ik weg", "ik trek de stekker eruit bij mezelf",
    "zonder mij hebben ze eindelijk rust", "mijn ex stalkt me al weken", "hij zegt dat hij mij vermoordt als ik ga",
    "ik neem morgen een mes mee naar het werk", "ik heb gedachten over het vermoorden van mijn buurman",
    "Keşke hiç doğmasaydım", "Nie chcę już żyć", "k wil gwn ⚰️", "ik druk een sigaret uit op mijn arm",
    "tot ziens wereld", "ik zit in de garage in de auto met de motor aan",
])
def test_wider_crisis_forms(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    # a negation further on, in another clause, does not lower a hit; crisis language is never cut in half
    "ik heb mezelf weer gesneden en ik kan niet slapen", "als ik er niet meer ben hoeft niemand zich meer zorgen te maken",
])
def test_negation_belongs_to_its_own_clause(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "ik wil er een einde aan maken... aan mijn abonnement bij de krant",  # the next sentence goes on
    "als die buurman weer gaat boren spring ik uit het raam 😂",  # a laugh: the 113 line, not the full reply
    "Bieden jullie ook hulp na huiselijk geweld?", "Mogen jullie bij een vermoeden van kindermishandeling melden?",
    "Als een cliënt zegt dat hij zichzelf iets wil aandoen, geldt dan het beroepsgeheim?",
    "In 2012 ben ik opgenomen na een poging, nu wil ik hulp bij mijn relatie",
    "waarom heet het tegenwoordig zelfdoding?", "ik heb het per ongeluk gedaan",
])
def test_professional_questions_jokes_and_the_past_are_no_clear_crisis(text):
    assert strength(text) < CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text, frame", [
    ("ik heb geen gedachten aan zelfmoord", "negation"), ("helpt therapie bij zelfbeschadiging?", "topic question"),
    ("jaren geleden deed ik een zelfmoordpoging, nu gaat het goed", "past"), ("in die film pleegt hij zelfmoord", "fiction or news"),
])
def test_frames_lower_but_keep_the_hit(text, frame):
    hits = find(normalise(text).folded)
    assert hits and hits[0].frame == frame and hits[0].strength < CONFIG["lexicon_threshold"]


def test_hyperbole_does_not_delete_words():
    # the earlier lexicon deleted "dood" from "zoek ... dood" before matching
    assert strength("ik zoek manieren om mezelf dood te maken") == 1.0


@pytest.mark.parametrize("text", ["ik kan niet meer", "ik zie geen uitweg", "ik trek het niet meer"])
def test_distress_is_the_watch_tier(text):
    signal = crisis.detect(normalise(text))
    assert crisis.tier(signal, CONFIG) == "watch"


# --- lexicon and classifier together ----------------------------------------------------------------------------
def test_dev_crisis_set_always_gets_help_and_negatives_rarely_the_full_reply(model):
    positives, negatives = nlu_data.crisis_set(ROOT / "tests" / "data" / "dev" / "crisis.yml")
    tiers = [crisis.tier(crisis.detect(normalise(str(p["text"])), model), CONFIG) for p in positives]
    assert tiers.count(None) == 0
    assert tiers.count("full") >= 0.95 * len(tiers)
    alarms = [n["text"] for n in negatives if crisis.tier(crisis.detect(normalise(str(n["text"])), model), CONFIG) == "full"]
    assert len(alarms) <= 0.02 * len(negatives), alarms


def test_classifier_reads_a_crisis_clause_inside_a_long_message(model):
    text = ("Ik heb een vraag over de vergoeding van psychosociale therapie en of ik een verwijzing nodig heb. "
            "Eigenlijk gaat het heel slecht, ik heb de pillen al klaarliggen. Wat kost een gesprek?")
    assert crisis.tier(crisis.detect(normalise(text), model), CONFIG) == "full"


def test_model_survives_saving_and_loading(model, tmp_path):
    path = tmp_path / "crisis.skops"
    model.save(path)
    loaded = CrisisModel.load(path)
    text = normalise("ik wil niet meer leven")
    assert loaded.probability(text) == pytest.approx(model.probability(text))


@settings(max_examples=150, deadline=3000)
@given(st.text(max_size=2000), st.sampled_from(["ik wil dood", "ik zie het niet meer zitten", "ik snij mezelf"]))
def test_random_text_never_crashes_and_an_inserted_crisis_is_still_found(noise, phrase):
    crisis.detect(normalise(noise))
    assert strength(f"{noise}. {phrase}. {noise}") >= CONFIG["lexicon_threshold"]


def test_long_message_is_fast(model):
    text = normalise("ik heb een vraag over vergoeding " * 120 + " en eigenlijk wil ik niet meer leven")
    start = time.perf_counter()
    # 720 words without a full stop can dilute the classifier below confirm_threshold: the clear
    # hit then gets the 113 line, not the full reply (docs/crisis.md, known limits); with sentences it is the full
    # reply (test_classifier_reads_a_crisis_clause_inside_a_long_message)
    assert crisis.tier(crisis.detect(text, model), CONFIG) in ("full", "watch")
    assert time.perf_counter() - start < 1.5


# --- 2026-12-07, second round: dev K's misses (read), in general form ---------------------------------------------
@pytest.mark.parametrize("text", [
    "ik ga unalive", "Onze dochter heeft een hele doos pijnstillers geslikt en is nu suf", "ik heb net 30 slaaptabletten genomen",
])
def test_more_clear_concepts(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "voor een werkstuk: hoeveel paracetamol is te veel voor iemand van 50 kilo?",
    "hoe hoog moet een gebouw zijn zodat je een val niet overleeft", "tot nooit meer", "🪦",
])
def test_veiled_questions_and_farewells_get_the_113_line(text):
    assert CONFIG["watch_threshold"] <= strength(text), find(normalise(text).folded)


@pytest.mark.parametrize("text, frame", [
    ("kms deze toets 💀 wiskunde was echt niet normaal", "laughing"),
    ("ik spring uit het raam als ik nog een keer met hem in een groepje moet jk", "laughing"),
    ("In mijn studententijd heb ik een overdosis genomen. Nu gaat het goed.", "past"),
    ("ik heb in de brugklas pillen geslikt, nu zit ik in 6 vwo", "past"),
    ("ik heb mezelf gebrand aan de oven bij het bakken van een taart", "accident"),
])
def test_more_frames(text, frame):
    hits = find(normalise(text).folded)
    assert hits and hits[0].frame == frame and hits[0].strength < CONFIG["lexicon_threshold"], hits


@pytest.mark.parametrize("text", ["no", "doei", "ik ga", "hoi!"])
def test_the_classifier_does_not_judge_one_or_two_words(model, text):
    # "no" got 0.27 from the classifier, enough for the 113 line; short crisis messages are lexicon concepts
    signal = crisis.detect(normalise(text), model)
    assert signal.extra["classifier"] == 0.0 and crisis.tier(signal, CONFIG) is None


@pytest.mark.parametrize("text", ["kms", "wil verdwijnen", "zelfmoort"])
def test_short_crisis_messages_are_still_found(model, text):
    assert crisis.tier(crisis.detect(normalise(text), model), CONFIG) is not None


def test_a_short_clear_message_needs_no_confirmation(model):
    # the classifier does not judge two words, so it cannot confirm them either: the lexicon decides
    assert crisis.tier(crisis.detect(normalise("heb zelfmoordgedachten"), model), CONFIG) == "full"


# --- 2026-12-07, third round: dev L's misses (older people, second-language Dutch, regional wording), in general form
@pytest.mark.parametrize("text", [
    "mijn man is overleden en ik wil eigenlijk alleen nog naar hem toe",
    "de lieve heer mag me wat mij betreft vannacht komen halen",
    "ik heb het wel gehad met dit leven",
    "ik wil ze allemaal in een keer innemen",
    "ik heb een strip oxazepam leeggeslikt",
    "vannacht weer gekrast",
    "ik vertrouw mezelf niet meer bij het scheermes",
    "het touw ligt klaar",
    "ik zit op de dakrand, zesde verdieping",
    "ik sta bij het kanaal en ik wil erin",
    "mama doet me pijn",
    "anders schopt hij",
    "thuis is het elke avond ruzie met slaan",
    "mijn zus heeft alweer een blauw oog",
    "de buurman doet vieze dingen met haar",
    "hij schudt de baby door elkaar",
])
def test_dev_l_concepts(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "ik wil elke dag bij haar zijn, ik bedoel bij haar graf",
    "ik heb de uien weer gesneden voor de soep",
    "kan ik mijn vitamines tegelijk innemen?",
    "het touw van de schommel is kapot",
    "mijn knie doet me pijn",
])
def test_dev_l_look_alikes_get_no_full_strength(text):
    assert strength(text) < CONFIG["lexicon_threshold"], find(normalise(text).folded)


def test_a_recent_event_keeps_its_strength_inside_a_practical_question():
    text = "hoe zit het met de vergoeding, mijn zoon heeft gisteren geprobeerd zich op te hangen"
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "in die politieserie werd een vrouw door haar man mishandeld, heel goed gespeeld",
    "ik heb krassen op mijn armen van de rozenstruiken",
])
def test_dev_l_frames(text):
    assert strength(text) < CONFIG["lexicon_threshold"], find(normalise(text).folded)


def test_a_goodbye_posted_on_social_media_is_no_fiction():
    text = "Een vriendin heeft op Instagram een afscheidsbericht gezet. Wat moet ik doen?"
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


# --- 2026-12-07, fourth round: dev N's misses (fragments, emoji, other languages, sarcasm, form answers) ----------
@pytest.mark.parametrize("text", [
    "wilnietmeerleven", "ikwilgewoondood", "⚰️⚰️ wil ik", "🩸 op mn armen", "💊💊💊 straks", "🌉⬇️",
    "🏢⬇️ spring ik", "🔪 in mn hand", "weer gekrast. bloedt erg", "bghit nmout", "mi ke muri",
    "06-12345678 bel snel, ik sta op de rand van het gebouw", "nu nog een hoge brug vinden",
])
def test_dev_n_concepts(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", ["niemand mist me", "als ik er morgen nog ben dan", "mijn broer kaydrebni"])
def test_dev_n_watch(text):
    assert CONFIG["watch_threshold"] <= strength(text), find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "🔪 voor de uien, bloed van de biefstuk", "papa slaat de bal ver", "ik heb me gesneden bij het koken, het bloedt",
    "mijn trein naar huis is het einde, 2 uur vertraging 😂", "het is nu of nooit met die vacature",
])
def test_dev_n_look_alikes(text):
    assert strength(text) < CONFIG["lexicon_threshold"], find(normalise(text).folded)


def test_jk_of_niet_takes_the_joke_back():
    assert strength("ik spring van de flat jk. of niet") >= CONFIG["lexicon_threshold"]



# A review of the dev L and N changes (2026-12-07) found frames and concepts that cost real crisis messages their
# strength, and everyday messages that got it: these stay as they are now.
@pytest.mark.parametrize("text", [
    "Nee hoor, ik wil dood", "Gaat het? Nee dus, ik wil dood", "Ik ga er een einde aan maken, met pillen",
    "Ik maak er vanavond een einde aan, onze kinderen redden zich wel",
    "Ik heb met de gedachte gespeeld om mezelf van kant te maken", "In dit seizoen denk ik steeds aan zelfmoord",
    "Ik heb eczeem maar ik kras mezelf ook expres open",
])
def test_review_crisis_keeps_its_strength(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "Als ik moet presenteren dan slaat mijn hart over", "Als ik iets vraag dan slaat ze dicht",
    "Het gedrag van mijn partner doet me veel pijn", "Mijn ex doet me zo pijn",
    "Ik heb steeds blauwe plekken op mijn benen, komt dat door mijn medicatie?", "Mijn zoon van 6 zegt steeds vieze dingen",
    "Ik heb al mijn medicijnen opgehaald, ik wil ze morgen innemen met mijn ontbijt",
    "Ik heb gisteren een hele doos bonbons opgegeten. Hoe kom ik van mijn eetbuien af?", "het licht brand weer.",
    "Het water is lekker warm, mijn dochter wil erin", "Nu mijn opa dood is wil ik graag rouwbegeleiding voor mijn zoon",
    "Ik woon in een flat en bij elk geluid spring ik op van schrik", "Mijn zoon heeft zich gesneden aan een glas en het bloedt erg",
    "Ik vertrek definitief naar Spanje, moet ik mijn behandeling stoppen?",
    "Ik kom met de trein, kan ik aan het einde van de middag langskomen?", "Ik ben bang voor bloedprikken in mijn arm",
    "Oh god, kan mijn vader me komen halen", "Het is nu of nooit, ik moet de trein halen",
])
def test_review_everyday_messages_get_no_full_strength(text):
    assert strength(text) < CONFIG["lexicon_threshold"], find(normalise(text).folded)


def test_emoji_cannot_blow_up_a_message():
    start = time.perf_counter()
    find(normalise("\U0001F686me" * 1333).folded)
    find(normalise("\u2B07" * 4000).folded)
    assert time.perf_counter() - start < 2.0


# --- 2026-12-07, fifth round: dev O (adult voices) and dev P (young voices), in general form ------------------------
@pytest.mark.parametrize("text", [
    "Ik druk soms een hete lepel tegen mijn pols", "ik drukte een sigaret uit op mijn arm",
    "hij vroeg hoe het voelt als je van een hoog gebouw valt en of je dan dood bent",
    "Als het iets ernstigs is, dan is dat misschien wel het beste", "als ik hieraan doodga is het ook goed",
    "ik wil rust zoals opa nu heeft onder die steen", "mijn verjaardag maak ik niet meer mee, daar zorg ik zelf wel voor",
    "voelt goed om alles af te ronden voordat ik ga", "lange mouwen in juli, hoe leg je dat uit",
    "of ik nou leef of niet, dat maakt niks uit", "ik zet een streep onder mezelf",
])
def test_dev_o_p_concepts(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "Ik wil er een streep onder zetten. Niet onder de therapie hoor, onder mezelf.",
    "ik ga ergens heen waar geen wifi is en geen terug", "dan voel ik eindelijk iets",
    "gitaar naar jesse, boeken naar mn zus", "ik ben een glitch en glitches moeten gefixt worden",
])
def test_dev_o_p_watch(text):
    assert CONFIG["watch_threshold"] <= strength(text), find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "Mijn zoon heeft krassen op zijn armen van de bramen",
    "Onze dochter van 4 slaat haar kleine zusje als ze jaloers is",
    "Ik hoor leerlingen vaak grappen maken met 'kms'",
    "Ik lees een roman en het raakt me, vooral de stukken over zelfbeschadiging", "heeft iemand suicide squad gezien?",
    "na kickboksen zit ik onder de blauwe plekken, mn moeder schrok ervan",
    "als jullie dit lezen zit ik al in het vliegtuig naar turkije",
])
def test_dev_o_p_look_alikes(text):
    assert strength(text) < CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    # a sport alone lowers nothing; wanting something is still a personal state
    "Mijn teamgenoot bij voetbal zei dat hij 40 pillen heeft verzameld om ze in te nemen",
    "mijn trainer slaat me en ik wil dood", "Ik wil meer dan ooit dood",
    "als jullie dit lezen ben ik er niet meer",
    # found by a second reader of the fifth round: frames that must not lower these
    "maar serieus ik wil niet meer leven", "als ik morgen nog een keer naar school moet hang ik mezelf op",
    "ik las jullie website, vannacht hang ik mezelf op", "ik lees al de hele avond stukken over zelfmoord en ik heb een plan",
    "ik wil meer weten over de wachtlijst want ik heb al weken zelfmoordgedachten",
    "mijn vrienden maken grappen over mijn littekens, ik snij mezelf nog elke dag",
    "mijn moeder heeft in haar jeugd veel meegemaakt en vanavond zei ze dat ze zich gaat ophangen",
    "de vriend van mijn dochter slaat haar als hij boos is", "mijn zoon slaat mij als hij boos is en dreigt mij dood te maken",
    "mijn kind van 6 slaat zijn zusje en zegt dat hij zichzelf dood wil maken",
    "hij slaat me elke avond en ik zeg op school dat de blauwe plekken van hockey zijn",
    "na de wedstrijd heb ik mezelf weer gesneden, de blauwe plekken van voetbal verbergen het niet meer",
])
def test_dev_o_p_frames_keep_real_crisis(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "ik loop met lange mouwen vanwege de blauwe plekken die mijn vrouw me geeft",
    "ik moet al een maand op de gang slapen zonder deken als straf",
])
def test_dev_o_p_violence(text):
    hits = find(normalise(text).folded)
    assert hits and hits[0].kind == "violence" and hits[0].strength >= CONFIG["lexicon_threshold"], hits


@pytest.mark.parametrize("text", [
    # everyday messages a second reader found raised by the fifth round's first concepts
    "ik wil mijn administratie op orde hebben voordat ik ga verhuizen", "moet ik de verwijzing geregeld hebben voordat ik ga?",
    "ik heb psoriasis en draag lange mouwen, zelfs als het warm is", "ik zweet zo erg dat ik lange mouwen draag om de vlekken te verbergen",
    "de hete pan viel op mijn been, moet ik naar de huisarts?", "ik heb de hete pan tegen mijn arm gestoten tijdens het koken",
    "ik zet er een punt achter met die baan, ik trek de deur achter mezelf dicht",
    "een streep onder mijn bestaan als zzp'er, ik ga in loondienst",
    "als het iets ernstigs is dan is het goed dat ik er vroeg bij ben", "of ik er ben of niet maakt voor de afspraak niet uit",
    "de nieuwe regels maak ik niet meer mee, de administratie doe ik zelf", "op school moest hij als straf op de gang staan",
    "de blauwe plekken die mijn kleinzoon me geeft als hij op schoot springt",
    "heb je dan ooit aan zelfmoord gedacht, vroeg de huisarts. nee nooit",
])
def test_review_of_the_fifth_round_everyday_messages(text):
    assert strength(text) < CONFIG["lexicon_threshold"], find(normalise(text).folded)


def test_review_of_the_fifth_round_a_website_error_is_no_distress():
    assert strength("ik ben een fout tegengekomen op jullie website, het formulier is weg") < CONFIG["watch_threshold"]


def test_sentence_frames_stay_linear():
    # the sport and child frames are anchored lookaheads: a crafted 4,000-character message stays fast
    start = time.perf_counter()
    find(normalise("ik wil dood en ik snij mezelf. " * 3 + "judo " * 760).folded)
    find(normalise("ik wil dood. " + "kind slaat " * 360).folded)
    assert time.perf_counter() - start < 1.0


# the last crisis messages without any help in dev J, K and N, in general form (2026-12-07)
@pytest.mark.parametrize("text", [
    "ga vanavond weer snijden, maar dieper", "🌉 + ik = eindelijk rust", "hoe makkelijk je aan 100 pillen komt bij de drogist",
    "ik vertrek wel. definitief.", "hoe is je dag? de mijne is de laatste, beloofd.",
    "ik heb een plan om ermee op te houden, met alles", "ik zag een collega een bewoonster betasten",
])
def test_dev_j_k_n_last_misses(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "Ik vertrek definitief naar Spanje", "de mijne is de laatste rij in de zaal", "ik ga weer snijden in de groente",
    "de brug is open, eindelijk rust in het verkeer",
])
def test_dev_j_k_n_look_alikes(text):
    assert strength(text) < CONFIG["lexicon_threshold"], find(normalise(text).folded)


def test_a_farewell_to_the_website_gets_the_113_line():
    assert strength("Ik ga nu. Dank dat deze website er was.") >= CONFIG["watch_threshold"]


# --- 2026-12-07, sixth round: dev Z (the chat box as people type in it), in general form ------------------------------
@pytest.mark.parametrize("text", [
    "ik ga binnenkort naar opa. die is vorig jaar gestorven.", "ik wil naar mijn moeder die is dood",
    "snijden. het gaat weer mis, elke dag", "even alles afsluiten. telefoon, bankrekening, en dan mezelf",
    "dit is een afscheid. niet van deze chat, van alles", "ben bij de overweg. volgende trein over 6 min",
    "last msg. take care of each other ❤️ mijn besluit staat vast", "tot op de styro gegaan vannacht, moet dat gehecht?",
    "hele strip oxy op. word duizelig",
])
def test_dev_z_concepts(text):
    assert strength(text) >= CONFIG["watch_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "snijden. het gaat weer mis, elke dag", "even alles afsluiten. telefoon, bankrekening, en dan mezelf",
    "dit is een afscheid. niet van deze chat, van alles", "ben bij de overweg. volgende trein over 6 min",
    "tot op de styro gegaan vannacht, moet dat gehecht?",
    "het vriendje van mijn dochter (13) is 24, haalt haar op bij school en geeft haar geld",
])
def test_dev_z_clear(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "rip ik vanaf zaterdag", "credits rollen. speler 1 heeft opgegeven, geen continue meer. thx for playing",
])
def test_dev_z_watch(text):
    assert CONFIG["watch_threshold"] <= strength(text), find(normalise(text).folded)


@pytest.mark.parametrize("text", ["Dag allemaal, mijn besluit staat vast: ik ga verhuizen", "thanks for playing! was leuk toernooi"])
def test_dev_z_everyday_farewells_get_no_113_line(text):
    assert strength(text) < CONFIG["watch_threshold"], find(normalise(text).folded)


def test_dev_z_patterns_stay_linear():
    start = time.perf_counter()
    find(normalise("mijn dochter 13 heeft een man van 20 , " * 100).folded)
    find(normalise("alles afsluiten , " * 200 + "en dan mezelf").folded)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("text", [
    "ik ga morgen naar oma, die is ziek", "ik ga naar mijn moeder, die is overleden vorig jaar en ik zet bloemen op haar graf",
    "ik moet mijn abonnement opzeggen en dan mezelf inschrijven bij een nieuwe sportschool",
    "ik sta bij de overweg want de trein heeft vertraging", "dit is een afscheid van mijn collega's, ik ga met pensioen",
    "ik heb styro nodig voor mijn knutselwerk", "mijn besluit staat vast: ik stop met mijn studie",
    "de vriend van mijn dochter van 16 is 17",
    # found by a second reader of the sixth round
    "Ik ga vanmiddag naar mijn moeder, ze is gisteren overleden. Ik weet niet of ik donderdag kan komen.",
    "ik wil even naar mijn broer. hij is dood. hoe praat ik met mijn kinderen hierover?",
    "Laatste berichtje van mij vandaag, mijn besluit staat vast: ik meld me aan bij jullie",
    "Ik sta aan de overweg, de bomen zijn dicht, trein komt eraan, ik ben er zo",
    "Is het normaal dat ik nog steeds boos ben over het afscheid van mijn oma van deze wereld?",
    "haar snijden ging weer mis bij de kapper", "Ik maak een kerststukje tot op de styro",
    "Het vriendje van mijn zoon van 14 is 20 minuten te laat opgehaald", "De vriendin van mijn dochter van 12 is 18 maart jarig",
    "Ik heb al mijn oxy clean op, maar de vlekken gaan er niet uit",
])
def test_dev_z_look_alikes(text):
    assert strength(text) < CONFIG["lexicon_threshold"], find(normalise(text).folded)


# --- 2026-12-07, eighth round: dev AC (child abuse, fresh euphemisms, farewells, self-harm), in general form ----------
@pytest.mark.parametrize("text", [
    "ik ga mezelf gewoon opruimen", "ik schakel mezelf uit, klaar", "ik wis mezelf uit",
    "mn wondjes moeten snel helen want mijn moeder mag het niet zien", "ik heb nog een scheermesje verstopt in mn kamer",
    "die littekens, ja. ik doe het nog elke week",
])
def test_dev_ac_clear(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "terugval na drie maanden. weer gedaan", "mijn houdbaarheidsdatum is wel voorbij denk ik",
    "ik trek zelf de stekker eruit", "en dan doe ik het licht uit, voor altijd",
])
def test_dev_ac_watch(text):
    assert strength(text) >= CONFIG["watch_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "ik zet mezelf altijd weg in gesprekken", "ik sluit mezelf af van mijn gevoelens", "ik wil mezelf verwijderen uit de mailinglijst",
    "ik stop voorgoed met roken", "Ik ga terug naar Marokko, voorgoed", "ik zeg mijn abonnement op, definitief.",
    "ik heb me gesneden aan het keukenmes bij het koken", "ik hang me altijd op aan kleine details",
    "onze dochter van 11 slaat haar zusje als ze moe is, is dat normaal?",
    "een jongen in de klas heeft mijn zoon geslagen, wat kunnen we doen?",
])
def test_dev_ac_look_alikes(text):
    assert strength(text) < CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "ik hang mezelf op aan de balk", "mijn zoon wordt gepest op school en zegt dat hij niet meer wil leven",
    "de juf slaat mijn zoon in de klas", "mijn stiefvader slaat mijn zoon van 10 als hij zijn broertje slaat",
    "ik snij me expres in mijn arm, mijn ouders mogen het niet weten",
])
def test_dev_ac_frames_keep_real_crisis(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


def test_a_child_hitting_a_sibling_never_gets_the_full_reply_from_the_classifier_alone():
    from wegwijzer.detectors.signal import Signal
    framed = Signal("crisis", 0.99, "classifier 0.99", "violence",
                    {"lexicon": 0.5, "classifier": 0.99, "classified": True, "framed_as": "child's behaviour"})
    assert crisis.tier(framed, CONFIG) == "watch"
    other = Signal("crisis", 0.99, "classifier 0.99", "violence",
                   {"lexicon": 0.5, "classifier": 0.99, "classified": True, "framed_as": "negation"})
    assert crisis.tier(other, CONFIG) == "full"


@pytest.mark.parametrize("text", [
    "de trainer zit in de kleedkamer aan haar billen", "mijn stiefvader zit 's nachts aan mijn piemel",
    "onze dochter vertelde dat de buurman aan haar vagina heeft gezeten",
])
def test_someone_touching_private_parts_is_violence(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", ["mijn zoontje van 3 zit steeds aan zijn piemel, is dat normaal?",
                                  "de huisarts voelde aan haar borst voor een knobbeltje"])
def test_a_child_touching_himself_or_a_doctor_is_not(text):
    assert strength(text) < CONFIG["watch_threshold"], find(normalise(text).folded)


# --- a second reader of the eighth round: real crises the new frames must not lower, everyday words the new concepts
# must not raise (each checked against the lexicon at HEAD before the change)
@pytest.mark.parametrize("text", [
    "ik snij mezelf elke avond met een keukenmes", "ik heb hulp broodnodig want ik wil niet meer leven",
    "mijn stiefvader bedreigde mijn moeder met een keukenmes", "mijn moeder slaat me als ik mijn broodje niet opeet",
    "ik ben van plan mezelf op te hangen aan een touw in de schuur", "ik hang mezelf op aan de verwarming",
    "mijn vader heeft een jachtgeweer, ik zou mezelf kunnen schieten", "ik zou mezelf kunnen slaan tot het bloedt",
    "mijn man slaat me en ik zou mezelf kunnen schoppen dat ik nog bij hem ben",
    "mijn dochter van 11 slaat haar zusje en zegt dat ze niet meer wil leven",
    "onze dochter van 12 zegt dat haar broer haar slaat als papa en mama weg zijn",
    "een jongen uit de klas heeft mijn dochter van 13 verkracht", "mijn dochter wordt op school door de gymleraar betast",
    "mijn zoon wordt gepest op school en zijn broer slaat hem ook",
])
def test_second_reader_crises_keep_their_strength(text):
    assert strength(text) >= CONFIG["lexicon_threshold"], find(normalise(text).folded)


@pytest.mark.parametrize("text", [
    "ik wil mezelf niet langer weggooien voor een man die me niet respecteert", "in relaties gooi ik mezelf altijd weg",
    "als het thuis te druk wordt haal ik mezelf even weg, dan ga ik wandelen",
    "de sessies halen oude wonden naar boven, het is zwaar maar ik ga door",
    "mijn littekens van de keizersnede jeuken nog, ik ga door met smeren",
    "mijn zoon van 4 pakte een scheermesje van zijn vader, ik heb ze nu verstopt",
    "mijn baby zit de hele nacht aan mijn borst, ik ben uitgeput", "de huisarts voelde aan mijn borst voor een knobbeltje",
    "onze kleine man van 4 zit steeds aan zijn piemel, is dat normaal?",
    "ik ben een chaoot, ik moet eerst mezelf opruimen voordat ik de kamer doe",
    "mijn man heeft een terugval na 3 jaar nuchter, hoe kan ik hem steunen?",
])
def test_second_reader_everyday_messages_stay_below_full(text):
    assert strength(text) < CONFIG["lexicon_threshold"], find(normalise(text).folded)


def test_the_cap_needs_every_hit_framed_as_a_childs_behaviour():
    signal = crisis.detect(normalise("mijn dochter van 11 slaat haar zusje en zegt dat ze niet meer wil leven"))
    assert signal.extra["framed_as"] is None and crisis.tier(signal, CONFIG) == "full"
