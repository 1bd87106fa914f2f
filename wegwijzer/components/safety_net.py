"""Overrides the classifier for messages that must never depend on it, in this order: crisis,
requests for a diagnosis or medication advice, insults, short requests for the practice, other
languages, keyboard mashing.

Runs after the classifiers (AnswerGuard only refines faq/fallback after it), so its decision wins in
every conversation state (the dialogue rules for `crisis` also hold inside the callback form). The crisis decision belongs to the lexicon: the
classifier's own `crisis` guess fires on everyday distress ("ik schaam me dood"), so without a
lexicon match it is replaced by the classifier's next guess.
"""
from typing import Any, Dict, List, Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from wegwijzer.components.base import ConfiguredComponent
from wegwijzer import abuse, crisis, handoff_words, language, medical

EXTRACTOR = "SafetyNet"
DECIDED = "safety_net"  # message key: set when this component's decision must not be second-guessed
REFUSALS = {"diagnosis": "ask_diagnosis", "medication": "ask_medication"}


def _override(message: Message, intent: Text, entity: Text = None, value: Text = None) -> None:
    decided = {"name": intent, "confidence": 1.0}
    message.set(INTENT, decided)
    ranking = [r for r in (message.get(INTENT_RANKING_KEY) or []) if r.get("name") != intent]
    message.set(INTENT_RANKING_KEY, [decided, *ranking])
    if entity:
        entities = [e for e in (message.get(ENTITIES) or []) if e.get("entity") != entity]
        entities.append({"entity": entity, "value": value, "extractor": EXTRACTOR})
        message.set(ENTITIES, entities, add_to_output=True)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetyNet(ConfiguredComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"crisis_intent": "crisis", "language_intent": "other_language", "fallback_threshold": 0.55}

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._decide(message, message.get(TEXT) or "")
        return messages

    def _decide(self, message: Message, text: Text) -> None:
        match = crisis.detect(text)
        if match:
            _override(message, self.config["crisis_intent"], "crisis_kind", match.kind)
            return
        if (message.get(INTENT) or {}).get("name") == self.config["crisis_intent"]:
            self._demote_classifier_crisis(message)
        refusal = medical.detect(text)
        if refusal:
            _override(message, REFUSALS[refusal])
            return
        if abuse.detect(text):
            _override(message, "abuse")
            return
        handoff = handoff_words.detect(text)
        if handoff and (message.get(INTENT) or {}).get("name") not in ("choose_phone", "choose_email"):
            _override(message, handoff)
            return
        lang = language.detect_language(text)
        if lang:
            _override(message, self.config["language_intent"], "language", lang)
        elif language.looks_like_gibberish(text):
            # keyboard mashing: no topic guesses, just "I did not understand" (action_clarify)
            _override(message, DEFAULT_NLU_FALLBACK_INTENT_NAME)
            message.set(DECIDED, "gibberish", add_to_output=True)

    def _demote_classifier_crisis(self, message: Message) -> None:
        ranking = [r for r in (message.get(INTENT_RANKING_KEY) or [])
                   if r.get("name") not in (self.config["crisis_intent"], DEFAULT_NLU_FALLBACK_INTENT_NAME)]
        best = ranking[0] if ranking else None
        if best and best["confidence"] >= self.config["fallback_threshold"]:
            message.set(INTENT, dict(best))
        else:
            message.set(INTENT, {"name": DEFAULT_NLU_FALLBACK_INTENT_NAME, "confidence": best["confidence"] if best else 0.0})
        message.set(INTENT_RANKING_KEY, [message.get(INTENT), *ranking])
