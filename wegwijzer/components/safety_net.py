"""SafetyNet: the detectors that must never depend on the intent classifier, in one decision table.

Every message is normalised once and read by each detector (wegwijzer/detectors). The first row of
DECISION_TABLE that fires decides the intent; its reason is kept in the output (`safety`) for staff,
logs and tests. The crisis tier is decided separately, because a "watch" tier does not replace the
answer: it adds one line with 113 and 112 to it.

  crisis   tier "full" (crisis.tier)                -> intent crisis
  medical  diagnosis / medication request           -> ask_diagnosis / ask_medication
  abuse    insult at the assistant                  -> abuse
  handoff  short request for a person / call / info -> request_human / request_callback / request_contact
  language confidently not Dutch                    -> other_language
  gibberish keyboard mashing                        -> nlu_fallback
  (crisis  tier "watch": intent unchanged, or `distress` instead of small talk or a fixed refusal;
           every other answer adds the 113 line itself, see actions/common.add_crisis_line)

The crisis classifier is trained here, on data/crisis/*.yml plus the NLU examples as ordinary
messages; `fingerprint_addon` makes `rasa train` retrain when those files change.
"""
import hashlib
import logging
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from wegwijzer.detectors import Signal, Text as Normalised, abuse, crisis, handoff, language, medical, normalise
from wegwijzer.detectors import crisis_lexicon, crisis_model, text as folding
from wegwijzer.detectors.crisis_model import CrisisModel, load_data

logger = logging.getLogger(__name__)

EXTRACTOR = "SafetyNet"
OUTPUT = "safety"
REFUSALS = {"diagnosis": "ask_diagnosis", "medication": "ask_medication"}
# Intents a handoff word must not override: answers to the callback form's own questions.
FORM_ANSWERS = ("choose_phone", "choose_email", "stop")
# With a "watch" crisis tier these predictions become `distress`: their fixed small-talk answer would
# ignore what was said ("hoi, ik kan niet meer" must not get "Hoi! Waar kan ik je mee helpen?").
SMALL_TALK = ("greet", "goodbye", "thank", "affirm", "deny", "capabilities", "bot_challenge", "out_of_scope",
              DEFAULT_NLU_FALLBACK_INTENT_NAME, None)
# The same for the medication refusal and the calm answer to an insult: "is 40 oxazepam genoeg om dood te gaan?"
# must not get "Over medicijnen kan ik geen advies geven" (dev J: those answers carried no 113 line at all).
# (The diagnosis refusal is an action that adds the 113 line itself: actions/scope.py.)
FIXED_ANSWERS = ("ask_medication", "abuse")


def _intent(signal: Signal) -> Tuple[str, Optional[Tuple[str, str]]]:
    """(intent, entity) a decisive signal stands for."""
    if signal.detector == "crisis":
        return "crisis", ("crisis_kind", signal.label or "unspecified")
    if signal.detector == "medical":
        return REFUSALS[signal.label], None
    if signal.detector == "abuse":
        return "abuse", None
    if signal.detector == "handoff":
        return signal.label, None
    if signal.detector == "language":
        return "other_language", ("language", signal.label)
    return DEFAULT_NLU_FALLBACK_INTENT_NAME, None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class SafetyNet(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "crisis_data": "data/crisis",
            # full reply: a lexicon concept this strong (unframed) that the classifier gives at least confirm_threshold,
            # or a classifier this sure; the 113 line from watch_threshold on. Chosen on cross-validated training data
            # and the dev sets (scripts/tune_crisis.py).
            "lexicon_threshold": 0.8,
            "classifier_threshold": 0.9,
            "confirm_threshold": 0.0,
            "watch_threshold": 0.3,
            "classifier": {"C": 4.0, "lexicon_weight": 1.0},
        }

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 model: Optional[CrisisModel] = None) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model

    @classmethod
    def create(cls, config, model_storage, resource, execution_context: ExecutionContext) -> "SafetyNet":
        return cls(config, model_storage, resource)

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        folder = Path(config.get("crisis_data", cls.get_default_config()["crisis_data"]))
        digest = hashlib.sha256()
        for path in sorted(folder.glob("*.yml")):
            digest.update(path.name.encode() + path.read_bytes())
        # the classifier reads the lexicon's hits as features: a change in the detectors retrains it too
        for module in (crisis_lexicon, crisis_model, folding):
            digest.update(Path(module.__file__).read_bytes())
        return digest.hexdigest()

    # --- training ---------------------------------------------------------------------------------------------
    def train(self, training_data: TrainingData) -> Resource:
        crisis_texts, calm_texts = load_data(Path(self.config["crisis_data"]))
        for example in training_data.intent_examples:
            text = example.get(TEXT)
            if text and example.get(INTENT) != "distress":  # distress is neither: the lexicon's watch tier
                (crisis_texts if example.get(INTENT) == "crisis" else calm_texts).append(text)
        self.model = CrisisModel.train(crisis_texts, calm_texts, self.config["classifier"])
        with self._model_storage.write_to(self._resource) as directory:
            self.model.save(directory / "crisis.skops")
        logger.info("Crisis classifier trained on %d crisis and %d other messages", len(crisis_texts), len(calm_texts))
        return self._resource

    @classmethod
    def load(cls, config, model_storage, resource, execution_context, **kwargs: Any) -> "SafetyNet":
        try:
            with model_storage.read_from(resource) as directory:
                model = CrisisModel.load(directory / "crisis.skops")
        except ValueError:
            # Without the classifier the lexicon still works; this must never happen silently.
            logger.error("SafetyNet: crisis classifier missing from the model; using the lexicon only")
            model = None
        language.preload()
        return cls(config, model_storage, resource, model)

    # --- the decision table -----------------------------------------------------------------------------------
    def signals(self, text: Normalised) -> Dict[str, Optional[Signal]]:
        """Every detector's opinion on one message."""
        return {
            "crisis": crisis.detect(text, self.model),
            "medical": medical.detect(text),
            "abuse": abuse.detect(text),
            "handoff": handoff.detect(text),
            "language": language.detect(text),
            "gibberish": language.detect_gibberish(text),
        }

    def decide(self, signals: Dict[str, Optional[Signal]], predicted_intent: Optional[str]) -> Tuple[Optional[Signal], Optional[str]]:
        """(the signal that decides the intent or None, crisis tier 'full' / 'watch' / None)."""
        crisis_signal = signals["crisis"]
        tier = crisis.tier(crisis_signal, self.config)
        if tier == "full":
            return crisis_signal, tier
        rows: List[Tuple[str, Callable[[Signal], bool]]] = [
            ("medical", lambda s: True),
            ("abuse", lambda s: True),
            ("handoff", lambda s: predicted_intent not in FORM_ANSWERS),
            ("language", lambda s: True),
            ("gibberish", lambda s: True),
        ]
        for name, applies in rows:
            signal = signals.get(name)
            if signal and applies(signal):
                return signal, tier
        return None, tier

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = normalise(message.get(TEXT) or "")
            signals = self.signals(text)
            predicted = (message.get(INTENT) or {}).get("name")
            decided, tier = self.decide(signals, predicted)
            decided_by = decided.detector if decided else None
            if decided and tier == "watch" and _intent(decided)[0] in FIXED_ANSWERS:
                _override(message, "distress", ("crisis_kind", signals["crisis"].label))
                decided_by, decided = "crisis", signals["crisis"]
            elif decided:
                intent, entity = _intent(decided)
                _override(message, intent, entity)
            elif tier == "watch" and (predicted in SMALL_TALK or predicted in FIXED_ANSWERS):
                _override(message, "distress", ("crisis_kind", signals["crisis"].label))
                decided_by, decided = "crisis", signals["crisis"]
            elif tier == "watch":
                _add_entity(message, "crisis_kind", signals["crisis"].label)
            message.set(OUTPUT, {
                "decided_by": decided_by,
                "reason": decided.reason if decided else None,
                "crisis_tier": tier,
                "signals": {name: s.as_dict() for name, s in signals.items() if s is not None and s.score > 0},
            }, add_to_output=True)
        return messages


def _override(message: Message, intent: Text, entity: Optional[Tuple[str, str]]) -> None:
    decided = {"name": intent, "confidence": 1.0}
    message.set(INTENT, decided, add_to_output=True)
    ranking = [r for r in (message.get(INTENT_RANKING_KEY) or []) if r.get("name") != intent]
    message.set(INTENT_RANKING_KEY, [decided, *ranking], add_to_output=True)
    if entity:
        _add_entity(message, *entity)


def _add_entity(message: Message, name: Text, value: Text) -> None:
    entities = [e for e in (message.get(ENTITIES) or []) if e.get("entity") != name]
    entities.append({"entity": name, "value": value or "unspecified", "extractor": EXTRACTOR})
    message.set(ENTITIES, entities, add_to_output=True)
