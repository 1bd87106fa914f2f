"""Overrides the classifier for messages that must never depend on it: crisis first, then other
languages and keyboard mashing.

Runs last in the NLU pipeline, so its decision wins in every conversation state (the dialogue rules
for `crisis` also hold inside the callback form).
"""
from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from wegwijzer import crisis, language

EXTRACTOR = "SafetyNet"


def _override(message: Message, intent: Text, entity: Text, value: Text) -> None:
    decided = {"name": intent, "confidence": 1.0}
    message.set(INTENT, decided)
    ranking = [r for r in (message.get(INTENT_RANKING_KEY) or []) if r.get("name") != intent]
    message.set(INTENT_RANKING_KEY, [decided, *ranking])
    entities = [e for e in (message.get(ENTITIES) or []) if e.get("entity") != entity]
    entities.append({"entity": entity, "value": value, "extractor": EXTRACTOR})
    message.set(ENTITIES, entities, add_to_output=True)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetyNet(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"crisis_intent": "crisis", "language_intent": "other_language"}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.config = config

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SafetyNet":
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            match = crisis.detect(text)
            if match:
                _override(message, self.config["crisis_intent"], "crisis_kind", match.kind)
                continue
            lang = language.detect_language(text)
            if lang:
                _override(message, self.config["language_intent"], "language", lang)
            elif language.looks_like_gibberish(text):
                # keyboard mashing: no topic guesses, just "I did not understand" (action_clarify)
                message.set(INTENT, {"name": DEFAULT_NLU_FALLBACK_INTENT_NAME, "confidence": 1.0})
                message.set("knowledge_search", [], add_to_output=True)
        return messages
