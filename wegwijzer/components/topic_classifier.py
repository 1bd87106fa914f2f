"""Intent and FAQ topic in one scikit-learn classifier (word n-grams on spaCy lemmas + character n-grams).

Every label is a full intent name: `greet`, `request_contact`, `faq/verwijzing`, ... One model over all of
them trains in seconds (so every change can be cross-validated) and replaces DIET + ResponseSelector; it
fills Rasa's usual `intent`, `intent_ranking` and `response_selector` output, so policies, rules and the
actions see what they would see with Rasa's own components.

Long messages: a visitor who tells a story and then asks something is answered on the question. The
message is split into sentences; the question sentences are classified on their own and weigh more
than the whole story. A second question about another topic is passed on as `second_question`.
"""
import hashlib
import logging
import re
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Text, Tuple

import numpy as np

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)

RESPONSE_SELECTOR = "response_selector"
SECOND_QUESTION = "second_question"
FOLLOWUP_PREFIX = "followup_"
# "... en aan welke beroepscode houden jullie je?" (dev AB, 2026-12-07): a preposition before the question word; not
# "met wat hulp" (wat = some) nor a relative clause ("een therapeut ... en met wie ik over mijn werk kan praten")
PREPOSITION_QUESTION = (r"(?:met|bij|voor|van|naar|aan|op|in|onder|tot|over) (?:wie|welke?|hoeveel)\b"
                        r"(?! (?:ik|je|jij|we|wij|u|hij|ze|zij|men)\b)")
QUESTION_START = re.compile(
    r"^(?:wat|hoe|wie|waar|waarom|wanneer|welke?|hoeveel|hoelang|kan|kun|kunt|kunnen|mag|mogen|moet|moeten|is|zijn|heb|"
    r"hebben|heeft|wordt|word|worden|doen|doet|werkt|werken|krijg|krijgen|zou|zouden|betaalt|vergoedt|valt|bestaat|"
    r"geldt|weet|klopt|gaat|helpt|helpen|stel|stelt|telt|kost|duurt|zit|is er|zijn er|" + PREPOSITION_QUESTION + r")\b",
    re.I)
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*", re.S)
# "Wat kost het en is er een wachtlijst?": a second question joined by a conjunction.
JOINED_QUESTION = re.compile(r"(?:,\s*|\s+)(?:en|of|maar|plus|ook)\s+(?=" + QUESTION_START.pattern[1:] + ")", re.I)
# Without a question mark (chat style: "wat kost het en hoe lang is de wachtlijst") only an unmistakable
# second question is split off: a question word, or a verb followed by ik/je/jij/u/het/er.
# A finite verb right after the conjunction is Dutch question order ("... en betaalt de verzekering dat", "... en mag
# die wel een diagnose stellen"): a statement goes on with its subject ("... en ik werk fulltime").
STRONG_JOINED = re.compile(r"(?:,\s*|\s+)(?:en|of|maar|plus)\s+(?=(?:wat|hoe|wie|waar|wanneer|welke|hoeveel|hoelang)\b|"
                           + PREPOSITION_QUESTION + r"|"
                           r"(?:is|zijn|kan|kun|kunt|mag|mogen|moet|moeten|wordt|word|worden|krijg|krijgen|heb|hebben|heeft|"
                           r"werkt|werken|doen|doet|betaalt|betalen|vergoedt|telt|tellen|kost|kosten|duurt|zit|gaat|gaan|"
                           r"stelt|valt|helpt|helpen|bestaat|geldt|klopt)\s+\w)", re.I)
# "Wat kindertherapie is weet ik, maar welke opleiding heeft de therapeut?", "Ik vraag niet naar het eerste gesprek,
# maar naar de sessies daarna": the visitor sets a topic aside and asks about another one. Only the part after
# "maar" (or after the colon of "eerst wil ik weten:") is classified (author P, 2026-12-07: 21 of 22 FAQ misses).
SET_ASIDE = re.compile(
    r"(?:\b(?:weet|snap|begrijp|ken|las|lees) ik\b(?! (?:\w+ )?niet)|\bik (?:weet|snap|begrijp|ken) (?:nu |al |wel |inmiddels )?(?:wat|hoe|dat|het)\b(?! niet)|"
    r"\bheb ik (?:\w+ ){0,2}(?:gelezen|gezien|gehoord|begrepen)\b|\bis (?:me|mij) (?:\w+ )?duidelijk\b|"
    r"\bik vraag (?:\w+ )?niet\b|^\s*niet (?:de vraag|over|naar)\b|\bkomt later\b)"
    r"[^.!?]*?(?:[,.;]\s*|\s+)(?:maar|eerst wil ik weten:?)\s+(?:wel\s+|juist\s+|gewoon:?\s+)?", re.I)
TRUSTED_TYPES = {
    "numpy.float64", "numpy.int64", "numpy.int32", "numpy.dtype", "numpy.ndarray", "numpy.str_",
    "scipy.sparse._csr.csr_matrix", "builtins.str", "builtins.float", "builtins.int", "builtins.tuple",
    "sklearn.feature_extraction.text.TfidfVectorizer", "sklearn.linear_model._logistic.LogisticRegression",
}


def sentences(text: str) -> List[Tuple[int, int]]:
    """Character spans of the sentences of `text`, a sentence with two joined questions split in two."""
    spans = []
    for m in SENTENCE.finditer(text):
        if not m.group(0).strip():
            continue
        start = m.start()
        sentence = m.group(0)
        if sentence.rstrip().endswith("?"):
            joints = JOINED_QUESTION.finditer(sentence)
        elif QUESTION_START.match(sentence.strip()):
            joints = STRONG_JOINED.finditer(sentence)
        else:
            joints = ()
        for joint in joints:
            if joint.start() > 0:
                spans.append((start, m.start() + joint.start()))
                start = m.start() + joint.end()
        spans.append((start, m.end()))
    return spans


def focus_span(text: str) -> Optional[Tuple[int, int]]:
    """The span after a set-aside topic ("X weet ik, maar ..."), or None."""
    match = SET_ASIDE.search(text)
    if not match or len(text[match.end():].split()) < 3:
        return None
    return match.end(), len(text)


def is_question(sentence: str) -> bool:
    sentence = re.sub(r"^(?:en|of|maar|plus|ook)\s+", "", sentence.strip(), flags=re.I)
    return sentence.endswith("?") or bool(QUESTION_START.match(sentence))


def _ready_for_prediction(classifier) -> None:
    """LogisticRegression scores a message as X @ coef_.T. With coef_ (classes x features) in C order that transpose
    is not contiguous, and scipy's sparse product copies the whole matrix for every message: ~10 of the 33 ms the
    NLU pipeline took per message (cProfile, 2026-12-07). In Fortran order the transpose is contiguous; the
    arithmetic and the results are the same."""
    classifier.coef_ = np.asfortranarray(classifier.coef_)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class TopicClassifier(IntentClassifier, GraphComponent):
    @classmethod
    def required_components(cls) -> List[type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "C": 8.0,  # inverse regularisation of the logistic regression (cross-validated: docs/nlu.md)
            "char_ngrams": [2, 5],
            "word_ngrams": [1, 2],
            "exclude_intents": ["crisis", "distress", "delete_my_data"],  # decided by the SafetyNet, never by this classifier
            "retrieval_intent": "faq",
            "ranking_length": 10,
            # long messages (at least this many words and two sentences): weight of the question sentence(s)
            "long_message_words": 18,
            "question_weight": 0.6,
            # two questions that each reach this for a different topic are read apart (the first answered first)
            "own_reading_threshold": 0.5,
            # a second question is passed on when its own best topic is this sure and differs from the first
            # (answered from 0.5 on, offered as a button below that: actions/knowledge.py)
            "second_question_threshold": 0.25,
            # a question to reach the practice asked together with a topic question ("wat is jullie nummer en hoe
            # lang is de wachtlijst"): the topic is answered first, then the handoff (actions/knowledge.py)
            "handoff_intents": ["request_contact", "request_callback", "request_human"],
            # "yes" and "no" answer a question; a real question of this many words never is one
            # ("... moeten wij een verwijsbrief schrijven, of is dat niet nodig?" is not a "no")
            "answer_intents": ["affirm", "deny"],
            "answer_max_question_words": 6,
        }

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.words = None
        self.chars = None
        self.classifier = None

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        # how messages are cut into views (sentences, a topic set aside) is learned from: a change retrains
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()

    @classmethod
    def create(cls, config, model_storage, resource, execution_context: ExecutionContext) -> "TopicClassifier":
        return cls(config, model_storage, resource)

    # --- features ---------------------------------------------------------------------------------------------
    @staticmethod
    def _views(message: Message, span: Optional[Tuple[int, int]] = None) -> Tuple[str, str]:
        """(lemmas, lower-case text) of the message or of a character span of it."""
        text = message.get(TEXT) or ""
        start, end = span or (0, len(text))
        tokens = message.get(TOKENS_NAMES[TEXT]) or []
        lemmas = [(t.lemma or t.text).lower() for t in tokens if t.start >= start and t.end <= end]
        return " ".join(lemmas), text[start:end].lower()

    def _matrix(self, views: Sequence[Tuple[str, str]]):
        from scipy.sparse import hstack

        return hstack([self.words.transform([v[0] for v in views]), self.chars.transform([v[1] for v in views])]).tocsr()

    # --- training ---------------------------------------------------------------------------------------------
    def _label(self, message: Message) -> Optional[str]:
        intent = message.get(INTENT)
        if not intent or intent in self.config["exclude_intents"] or not message.get(TEXT):
            return None
        response = message.get("intent_response_key")
        return response or intent

    def train(self, training_data: TrainingData) -> Resource:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        examples = [(m, self._label(m)) for m in training_data.intent_examples]
        examples = [(m, label) for m, label in examples if label]
        if not examples:
            logger.warning("TopicClassifier: no training examples")
            return self._resource
        views = [self._views(m, focus_span(m.get(TEXT) or "")) for m, _ in examples]
        labels = [label for _, label in examples]
        self.words = TfidfVectorizer(analyzer="word", ngram_range=tuple(self.config["word_ngrams"]), sublinear_tf=True,
                                     token_pattern=r"(?u)\b\w+\b")
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(self.config["char_ngrams"]), sublinear_tf=True)
        self.words.fit([v[0] for v in views])
        self.chars.fit([v[1] for v in views])
        self.classifier = LogisticRegression(C=self.config["C"], class_weight="balanced", max_iter=3000, random_state=7)
        self.classifier.fit(self._matrix(views), labels)
        _ready_for_prediction(self.classifier)
        self.persist()
        return self._resource

    # --- prediction ---------------------------------------------------------------------------------------------
    def _probabilities(self, views: Sequence[Tuple[str, str]]) -> np.ndarray:
        return self.classifier.predict_proba(self._matrix(views))

    def predict(self, message: Message) -> Tuple[np.ndarray, Optional[Tuple[str, float]]]:
        """Class probabilities for the message, and a second question (label, probability) if there is one."""
        text = message.get(TEXT) or ""
        focus = focus_span(text)
        if focus:  # a topic set aside: only what is asked after it counts
            return self._probabilities([self._views(message, focus)])[0], None
        whole = self._probabilities([self._views(message)])[0]
        spans = sentences(text)
        if len(spans) < 2:
            return whole, None
        questions = [s for s in spans if is_question(text[s[0]:s[1]])]
        long_message = len(text.split()) >= self.config["long_message_words"]
        if not long_message and len(questions) < 2:
            return whole, None
        focus = questions or [spans[-1]]
        per_question = self._probabilities([self._views(message, s) for s in focus])
        weight = self.config["question_weight"]
        combined = (1 - weight) * whole + weight * per_question[0]
        classes = self.classifier.classes_
        if len(per_question) >= 2:
            # Two clear questions about two topics ("kan het uit een pgb en hoeveel kost een sessie"): the whole
            # message leans to the one with more words, so each question keeps its own reading, in the order asked.
            first, second = int(np.argmax(per_question[0])), int(np.argmax(per_question[1]))
            clear = self.config["own_reading_threshold"]
            if first != second and per_question[0][first] >= clear and per_question[1][second] >= clear:
                kinds = (self._answerable(classes[first]), self._answerable(classes[second]))
                if kinds == ("faq", "faq") or kinds == ("faq", "handoff"):
                    return per_question[0], (classes[second], float(per_question[1][second]))
                if kinds == ("handoff", "faq"):  # the topic first, then how to reach the practice
                    return per_question[1], (classes[first], float(per_question[0][first]))
        first_label = classes[int(np.argmax(combined))]
        faq_prefix = self.config["retrieval_intent"] + "/"
        clear = self.config["own_reading_threshold"]
        for probs in per_question[1:]:
            best = int(np.argmax(probs))
            if first_label in self.config["handoff_intents"] and classes[best].startswith(faq_prefix) \
                    and probs[best] >= clear and float(np.max(combined)) >= clear \
                    and classes[int(np.argmax(per_question[0]))] == first_label:
                # "kan ik jullie bellen, want ik wil weten of er een wachtlijst is": the topic, then the handoff
                return probs, (first_label, float(combined[int(np.argmax(combined))]))
            if classes[best] in self.config["handoff_intents"] and classes[best] != first_label \
                    and first_label.startswith(faq_prefix) and probs[best] >= clear:
                return combined, (classes[best], float(probs[best]))
            # the best topic of a later question, if it is not the first question's
            order = [i for i in np.argsort(-probs) if classes[i] != first_label]
            if not order:
                continue
            label, confidence = classes[order[0]], float(probs[order[0]])
            # a follow-up intent is a question about the first topic ("Heb ik een verwijzing nodig en wordt het
            # vergoed?"): the answer action reads it in the light of the first answer
            if label.startswith((faq_prefix, FOLLOWUP_PREFIX)) and confidence >= self.config["second_question_threshold"] \
                    and int(np.argmax(probs)) == order[0]:
                return combined, (label, confidence)
        return combined, None

    def _answerable(self, label: str) -> Optional[str]:
        """'faq' for a topic, 'handoff' for a question to reach the practice, else None."""
        if label.startswith(self.config["retrieval_intent"] + "/"):
            return "faq"
        return "handoff" if label in self.config["handoff_intents"] else None

    def process(self, messages: List[Message]) -> List[Message]:
        if self.classifier is None:
            return messages
        retrieval = self.config["retrieval_intent"]
        for message in messages:
            probs, second = self.predict(message)
            probs = self._without_answers_to_questions(message.get(TEXT) or "", probs)
            order = np.argsort(-probs)
            labels = [self.classifier.classes_[i] for i in order]
            ranked = [(label, float(probs[i])) for label, i in zip(labels, order)]
            best_label, best_conf = ranked[0]
            # Intent level: FAQ counts with its best topic (the sum over 40 topics would outweigh every other
            # intent, because each topic has the prior of a whole intent); the topic itself is the AnswerGuard's.
            intent_ranking: Dict[str, float] = {}
            for label, conf in ranked:
                name = label.split("/", 1)[0]
                intent_ranking[name] = max(intent_ranking.get(name, 0.0), conf)
            top_name = next(iter(intent_ranking))
            intent = {"name": top_name, "confidence": intent_ranking[top_name]}
            if top_name == retrieval:
                intent["full_retrieval_intent_name"] = next(l for l, _ in ranked if l.startswith(retrieval + "/"))
            message.set(INTENT, intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [{"name": n, "confidence": c} for n, c in
                                             list(intent_ranking.items())[: self.config["ranking_length"]]], add_to_output=True)
            faq_ranked = [(label, conf) for label, conf in ranked if label.startswith(retrieval + "/")]
            if faq_ranked:
                top_label, top_conf = faq_ranked[0]
                selector = {
                    "response": {"intent_response_key": top_label, "utter_action": f"utter_{top_label}",
                                 "confidence": top_conf, "responses": [], "source": "topic_classifier"},
                    "ranking": [{"intent_response_key": label, "confidence": conf}
                                for label, conf in faq_ranked[: self.config["ranking_length"]]],
                }
                message.set(RESPONSE_SELECTOR, {"all_retrieval_intents": [retrieval], retrieval: selector}, add_to_output=True)
            if second:
                message.set(SECOND_QUESTION, {"key": second[0].split("/", 1)[-1], "confidence": round(second[1], 3)},
                            add_to_output=True)
        return messages

    def _without_answers_to_questions(self, text: str, probs: np.ndarray) -> np.ndarray:
        """A question of more than a few words is never a plain yes or no: drop those intents and renormalise."""
        if "?" not in text or len(text.split()) <= self.config["answer_max_question_words"]:
            return probs
        keep = np.array([c not in self.config["answer_intents"] for c in self.classifier.classes_])
        if not keep.any() or probs[keep].sum() <= 0:
            return probs
        return np.where(keep, probs, 0.0) / probs[keep].sum()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    # --- persistence ------------------------------------------------------------------------------------------
    def persist(self) -> None:
        import skops.io as sio

        with self._model_storage.write_to(self._resource) as directory:
            sio.dump({"words": self.words, "chars": self.chars, "classifier": self.classifier}, directory / "topics.skops")

    @classmethod
    def load(cls, config, model_storage, resource, execution_context, **kwargs: Any) -> "TopicClassifier":
        import skops.io as sio

        component = cls(config, model_storage, resource)
        try:
            with model_storage.read_from(resource) as directory:
                path = directory / "topics.skops"
                untrusted = set(sio.get_untrusted_types(file=path))
                if untrusted - TRUSTED_TYPES:
                    raise ValueError(f"unexpected types in {path}: {sorted(untrusted - TRUSTED_TYPES)}")
                parts = sio.load(path, trusted=sorted(untrusted))
        except ValueError:
            logger.warning("TopicClassifier: no trained model found; every message will fall back")
            return component
        component.words, component.chars, component.classifier = parts["words"], parts["chars"], parts["classifier"]
        _ready_for_prediction(component.classifier)
        return component
