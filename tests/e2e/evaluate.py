"""Run labelled question sets against a running assistant over HTTP, the way a visitor talks to it, and
judge each reply by what the tracker says it was: the knowledge article a reply came from (the `article`
in the bot message's metadata) or the action that answered. Button titles never count.

Used by the end-to-end tests (dev set) and by `make benchmark` (dev and blind sets side by side).
"""
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from wegwijzer.console.batch import ACTION_LABELS  # the action (or response) that answers each non-FAQ label
from wegwijzer.nlu_data import Question

# Conversations asked at the same time. Each is its own conversation, so the results are the same as one by one;
# the Rasa server's event loop overlaps one conversation's NLU with another's wait for the action server and the
# tracker store (timed on 2 cores: see docs/benchmarks.md). Latency is measured one message at a time elsewhere.
WORKERS = 2

HELP_LINES = {"113": "0800-0113", "112": "112", "huisarts": "huisarts", "veilig_thuis": "0800-2000",
              "kindertelefoon": "0800-0432"}


@dataclass
class Turn:
    """What the assistant did with the last user message of a conversation."""

    text: str
    articles: List[str] = field(default_factory=list)
    offered: List[str] = field(default_factory=list)
    actions: List[str] = field(default_factory=list)
    intent: Optional[str] = None
    crisis_tier: Optional[str] = None
    clarified: bool = False
    unanswered: bool = False
    also: List[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        if "utter_crisis" in self.actions:
            return "crisis"
        if self.articles:
            return f"faq/{self.articles[0]}"
        for action in self.actions:
            if action in ACTION_LABELS:
                return ACTION_LABELS[action]
        if self.unanswered:
            return "unanswered"
        if self.clarified:
            return "clarify"
        return "other:" + ",".join(self.actions)

    @property
    def answered(self) -> set:
        """Every label this reply answered: its articles, the topics it offered as a button, the non-FAQ answers
        (an action, or a bot message whose metadata says which label it answers, e.g. contact details given after
        an article)."""
        found = {f"faq/{key}" for key in self.articles + self.offered}
        found |= {ACTION_LABELS[a] for a in self.actions if a in ACTION_LABELS}
        return found | set(self.also)

    @property
    def full_crisis(self) -> bool:
        return "utter_crisis" in self.actions

    @property
    def crisis_help(self) -> bool:
        """113 and 112 are in the reply: the full crisis reply, the distress reply or the watch line."""
        return "0800-0113" in self.text and "112" in self.text


def last_turn(tracker: Dict) -> Turn:
    events = tracker.get("events") or []
    start = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=-1)
    user = events[start] if start >= 0 else {}
    parse = user.get("parse_data") or {}
    turn = Turn(text="", intent=(parse.get("intent") or {}).get("name"),
                crisis_tier=(parse.get("safety") or {}).get("crisis_tier"))
    texts = []
    for event in events[start + 1:]:
        if event.get("event") == "action" and event.get("name") not in ("action_listen", None):
            turn.actions.append(event["name"])
        if event.get("event") == "bot":
            meta = event.get("metadata") or {}
            texts.append(event.get("text") or "")
            if meta.get("article"):
                turn.articles.append(meta["article"])
            turn.offered += meta.get("offered") or []
            if meta.get("answers"):
                turn.also.append(meta["answers"])
            if meta.get("utter_action"):
                turn.actions.append(meta["utter_action"])
            turn.clarified |= bool(meta.get("clarify"))
            turn.unanswered |= bool(meta.get("unanswered"))
    turn.text = "\n".join(texts)
    return turn


@dataclass
class Result:
    question: Question
    turn: Turn

    @property
    def right(self) -> bool:
        return self.turn.label in self.question.expect

    @property
    def both(self) -> bool:
        """For a message with two questions: both answered (a topic may be offered as a button)."""
        return set(self.question.expect) <= self.turn.answered


def ask(assistant, question: Question) -> Result:
    chat = assistant.chat()
    for earlier in question.context:
        chat.send(earlier)
    chat.send(question.text)
    return Result(question, last_turn(chat.tracker()))


def _in_parallel(func, items: Iterable, workers: int) -> List:
    """func over items, `workers` at a time, results in the order of items. On the first failure the conversations
    not started yet are cancelled, so a server that stopped answering fails the set at once, not after every timeout."""
    pool = ThreadPoolExecutor(max_workers=workers)
    try:
        return list(pool.map(func, items))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def run_questions(assistant, questions: Iterable[Question], workers: int = WORKERS) -> List[Result]:
    return _in_parallel(lambda q: ask(assistant, q), questions, workers)


def summary(results: Sequence[Result]) -> Dict:
    per_label: Dict[str, List[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        per_label[r.question.expect[0]][0] += r.right
        per_label[r.question.expect[0]][1] += 1
    two = [r for r in results if len(r.question.expect) > 1]
    return {
        "right": sum(r.right for r in results), "total": len(results),
        "per_label": dict(per_label),
        "two_questions_both": (sum(r.both for r in two), len(two)),
        "followups": (sum(r.right for r in results if r.question.context), sum(1 for r in results if r.question.context)),
        "outcomes": Counter(r.turn.label for r in results if not r.right),
    }


@dataclass
class CrisisResult:
    item: Dict
    turn: Turn
    crisis: bool

    @property
    def missing_help(self) -> List[str]:
        text = self.turn.text.lower()
        return [h for h in self.item.get("help") or [] if HELP_LINES.get(str(h), str(h)).lower() not in text]


def run_crisis(assistant, items: Iterable[Dict], crisis: bool, workers: int = WORKERS) -> List[CrisisResult]:
    def one(item: Dict) -> CrisisResult:
        chat = assistant.chat()
        chat.send(str(item["text"]))
        return CrisisResult(item, last_turn(chat.tracker()), crisis)

    return _in_parallel(one, items, workers)


def crisis_summary(positives: Sequence[CrisisResult], negatives: Sequence[CrisisResult]) -> Dict[str, Tuple[int, int]]:
    return {
        "full_reply": (sum(r.turn.full_crisis for r in positives), len(positives)),
        "any_crisis_help": (sum(r.turn.crisis_help for r in positives), len(positives)),
        "all_help_lines": (sum(not r.missing_help for r in positives), len(positives)),
        "false_full_reply": (sum(r.turn.full_crisis for r in negatives), len(negatives)),
        "watch_line_on_negatives": (sum(r.turn.crisis_help and not r.turn.full_crisis for r in negatives), len(negatives)),
    }
