"""Batch check: a CSV of questions with the expected topic and/or key words, each asked in a conversation of
its own (console-..., never among the visitors'), judged by what the tracker says the answer was: the
knowledge article behind a reply, or the action that answered. Jobs run one at a time in the background
and live in memory only (they hold staff-made questions, no visitor data).

`python -m wegwijzer.console.batch` writes the example file (the project's dev set) to
wegwijzer/console/static/voorbeeld-batch.csv.
"""
import asyncio
import csv
import io
import logging
import re
import secrets
import sys
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Optional, Sequence, Tuple

from wegwijzer import knowledge
from wegwijzer.files import project_path
from wegwijzer.web import safe_cell

logger = logging.getLogger(__name__)

MAX_ROWS = 500
MAX_BYTES = 512 * 1024
MAX_TEXT = 2000
KEEP_JOBS = 20
EXAMPLE = Path(__file__).resolve().parent / "static" / "voorbeeld-batch.csv"
HEADERS = {  # accepted column names (Dutch first), lower case
    "question": ("vraag", "question", "text", "tekst"),
    "expect": ("onderwerp", "verwacht", "verwacht onderwerp", "expect", "topic"),
    "words": ("woorden", "trefwoorden", "verwachte woorden", "keywords", "words"),
    "context": ("eerder", "context"),
}
# The action (or response) that answers each non-FAQ label; the labels are those of tests/data/*/questions.yml.
ACTION_LABELS = {
    "utter_greet": "greet", "utter_goodbye": "goodbye", "utter_thank": "thank", "utter_affirm": "affirm",
    "utter_deny": "deny", "utter_bot_challenge": "bot_challenge", "utter_capabilities": "capabilities",
    "action_contact_details": "request_contact", "callback_form": "request_callback",
    "action_offer_handoff": "request_human", "utter_no_diagnosis": "ask_diagnosis",
    "utter_no_medical_advice": "ask_medication", "utter_out_of_scope": "out_of_scope", "utter_abuse": "abuse",
    "action_other_language": "other_language", "utter_crisis": "crisis", "utter_distress": "distress",
    "action_cancel_callback": "stop",
}
OTHER_LABELS = {"unanswered": "weet ik niet", "clarify": "verduidelijking gevraagd"}
SPLIT = re.compile(r"\s*[|;]\s*")


class BatchError(ValueError):
    """A file that cannot be checked (message in Dutch, shown to staff)."""


@dataclass
class Row:
    number: int  # line in the file
    question: str
    expect: Tuple[str, ...] = ()  # any one of these topics passes
    words: Tuple[str, ...] = ()  # all of these must be in the answer
    context: Tuple[str, ...] = ()  # earlier messages in the same conversation

    @property
    def topic(self) -> str:
        """The topic this row counts for in the score per topic."""
        return self.expect[0] if self.expect else "(alleen woorden)"


@dataclass
class Outcome:
    row: Row
    label: str
    intent: Optional[str]
    confidence: Optional[float]
    answer: str
    passed: bool
    reason: str
    conversation: str


@dataclass
class Job:
    id: str
    account: str
    rows: List[Row]
    started: float = field(default_factory=time.time)
    outcomes: List[Outcome] = field(default_factory=list)
    finished: Optional[float] = None
    error: Optional[str] = None
    task: Any = None

    @property
    def running(self) -> bool:
        return self.finished is None


def known_labels() -> Dict[str, str]:
    labels = {key: article.title for key, article in knowledge.articles().items()}
    labels.update({label: label for label in ACTION_LABELS.values()})
    labels.update(OTHER_LABELS)
    return labels


def _topic(value: str) -> str:
    value = value.strip().lower()
    value = value[4:] if value.startswith("faq/") else value
    return {"weet ik niet": "unanswered", "weet_niet": "unanswered", "verduidelijking": "clarify"}.get(value, value)


def _decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise BatchError(f"Het bestand is te groot: hoogstens {MAX_BYTES // 1024} kB.")
    for encoding in ("utf-8-sig", "cp1252"):  # Excel on Windows saves CSV as cp1252 unless told otherwise
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BatchError("Dit bestand is geen tekstbestand (CSV). Sla het op als CSV (UTF-8) en probeer het opnieuw.")


def parse(data: Any) -> List[Row]:
    """Rows of a CSV (str or bytes), with or without a header line, separated by comma, semicolon or tab."""
    text = _decode(data) if isinstance(data, bytes) else str(data or "")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise BatchError(f"Het bestand is te groot: hoogstens {MAX_BYTES // 1024} kB.")
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise BatchError("Dit bestand is geen tekstbestand (CSV). Sla het op als CSV (UTF-8) en probeer het opnieuw.")
    if not text.strip():
        raise BatchError("Er staan geen vragen in. Plak een CSV of kies een bestand.")
    first = text.strip().splitlines()[0]
    delimiter = max(",;\t", key=first.count) if any(d in first for d in ",;\t") else ","
    try:
        lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as error:
        raise BatchError(f"Dit bestand kon niet als CSV gelezen worden ({error}). Controleer de aanhalingstekens.")
    lines = [(n, [c.strip() for c in cells]) for n, cells in enumerate(lines, 1) if any(c.strip() for c in cells)]
    columns = {"question": 0, "expect": 1, "words": 2, "context": 3}
    if lines and any(c.lower() in HEADERS["question"] for c in lines[0][1]):
        header = [c.lower() for c in lines.pop(0)[1]]
        columns = {}
        for key, names in HEADERS.items():
            columns[key] = next((i for i, name in enumerate(header) if name in names), None)
    if not lines:
        raise BatchError("Er staan geen vragen in, alleen een kopregel.")
    if len(lines) > MAX_ROWS:
        raise BatchError(f"Een batchcontrole heeft hoogstens {MAX_ROWS} vragen; dit bestand heeft er {len(lines)}. "
                         "Splits het bestand in delen.")
    labels = known_labels()
    rows = []
    for number, cells in lines:
        def cell(key: str) -> str:
            index = columns.get(key)
            return cells[index] if index is not None and index < len(cells) else ""

        question = cell("question")
        expect = tuple(_topic(t) for t in SPLIT.split(cell("expect")) if t.strip())
        words = tuple(w for w in SPLIT.split(cell("words")) if w)
        context = tuple(c for c in (x.strip() for x in cell("context").split("|")) if c)
        if not question:
            raise BatchError(f"Regel {number}: de vraag ontbreekt.")
        if len(question) > MAX_TEXT or any(len(c) > MAX_TEXT for c in context):
            raise BatchError(f"Regel {number}: een vraag is hoogstens {MAX_TEXT} tekens.")
        if not expect and not words:
            raise BatchError(f"Regel {number}: vul een verwacht onderwerp of verwachte woorden in.")
        unknown = [t for t in expect if t not in labels]
        if unknown:
            raise BatchError(f"Regel {number}: onbekend onderwerp '{unknown[0][:60]}'. Gebruik de sleutel van een "
                             "artikel (zoals 'verwijzing') of een label uit het voorbeeldbestand.")
        rows.append(Row(number, question, expect, words, context))
    return rows


def answer_of(events: Sequence[Dict]) -> Dict[str, Any]:
    """What the assistant did with the last user message: label, intent, confidence, answer text, and the
    topics it answered or offered as a button (a message with two questions)."""
    start = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=-1)
    parse_data = (events[start].get("parse_data") or {}) if start >= 0 else {}
    intent = parse_data.get("intent") or {}
    articles, offered, actions, texts = [], [], [], []
    clarified = unanswered = False
    for event in events[start + 1:]:
        if event.get("event") == "action" and event.get("name") not in ("action_listen", None):
            actions.append(event["name"])
        if event.get("event") == "bot":
            meta = event.get("metadata") or {}
            texts.append(event.get("text") or "")
            if meta.get("article"):
                articles.append(meta["article"])
            offered += meta.get("offered") or []
            if meta.get("utter_action"):
                actions.append(meta["utter_action"])
            clarified |= bool(meta.get("clarify"))
            unanswered |= bool(meta.get("unanswered"))
    if "utter_crisis" in actions:
        label = "crisis"
    elif articles:
        label = articles[0]
    else:
        label = next((ACTION_LABELS[a] for a in actions if a in ACTION_LABELS), None)
        label = label or ("unanswered" if unanswered else "clarify" if clarified else "anders")
    return {"label": label, "intent": intent.get("name"), "confidence": intent.get("confidence"),
            "answer": "\n".join(texts), "topics": set(articles) | set(offered)}


def judge(row: Row, events: Sequence[Dict], conversation: str = "") -> Outcome:
    found = answer_of(events)
    reasons = []
    if row.expect and found["label"] not in row.expect:
        reasons.append(f"antwoord: {found['label']}, verwacht: {' of '.join(row.expect)}")
    answer = found["answer"].lower()
    missing = [w for w in row.words if w.lower() not in answer]
    if missing:
        reasons.append("ontbreekt in het antwoord: " + ", ".join(f"'{w}'" for w in missing))
    return Outcome(row, found["label"], found["intent"], found["confidence"], found["answer"], not reasons,
                   "; ".join(reasons), conversation)


def scores(outcomes: Sequence[Outcome]) -> Tuple[List[Tuple[str, int, int]], Tuple[int, int]]:
    """[(topic, passed, total)] worst first, and (passed, total) overall."""
    per: "OrderedDict[str, List[int]]" = OrderedDict()
    for outcome in outcomes:
        counts = per.setdefault(outcome.row.topic, [0, 0])
        counts[0] += outcome.passed
        counts[1] += 1
    table = sorted(((topic, p, t) for topic, (p, t) in per.items()), key=lambda x: (x[1] / x[2], x[0]))
    return table, (sum(o.passed for o in outcomes), len(outcomes))


RESULT_COLUMNS = ["regel", "vraag", "eerder", "verwacht onderwerp", "verwachte woorden", "resultaat",
                  "onderwerp antwoord", "intentie", "zekerheid", "reden", "antwoord"]


def to_csv(outcomes: Sequence[Outcome]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(RESULT_COLUMNS)
    for o in outcomes:
        confidence = "" if o.confidence is None else f"{o.confidence:.2f}"
        writer.writerow([safe_cell(v) for v in (
            o.row.number, o.row.question, " | ".join(o.row.context), " | ".join(o.row.expect), " | ".join(o.row.words),
            "goed" if o.passed else "fout", o.label, o.intent, confidence, o.reason, o.answer)])
    return out.getvalue()


def rows_from(questions: Sequence[Any]) -> List[Row]:
    """Rows from a labelled question set (wegwijzer.nlu_data.questions: the dev and blind sets)."""
    return [Row(n, q.text, tuple(_topic(e) for e in q.expect), (), tuple(q.context)) for n, q in enumerate(questions, 1)]


def example_csv(path: Optional[Path] = None) -> str:
    """The project's dev set as a batch file: vraag, onderwerp (alternatives with |), woorden, eerder."""
    from wegwijzer.nlu_data import questions

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["vraag", "onderwerp", "woorden", "eerder"])
    for row in rows_from(questions(path or project_path("tests", "data", "dev", "questions.yml"))):
        writer.writerow([row.question, " | ".join(row.expect), "", " | ".join(row.context)])
    return out.getvalue()


# --- background jobs -------------------------------------------------------------------------------------
Ask = Callable[[str, Sequence[str]], Awaitable[List[Dict]]]  # (conversation id, messages) -> tracker events
jobs: "OrderedDict[str, Job]" = OrderedDict()


class Busy(Exception):
    """Another batch check is running (one at a time: the machine also answers visitors)."""


def running() -> Optional[Job]:
    return next((j for j in jobs.values() if j.running), None)


def start(account: str, rows: List[Row], ask: Ask, conversation_prefix: str) -> Job:
    if running():
        raise Busy()
    job = Job(secrets.token_hex(8), account, rows)
    jobs[job.id] = job
    while len(jobs) > KEEP_JOBS:
        oldest = next(iter(jobs))
        if jobs[oldest].running:
            break
        jobs.pop(oldest)
    job.task = asyncio.get_running_loop().create_task(_run(job, ask, conversation_prefix))
    return job


async def _run(job: Job, ask: Ask, conversation_prefix: str) -> None:
    try:
        for row in job.rows:
            conversation = conversation_prefix + secrets.token_hex(8)
            events = await ask(conversation, list(row.context) + [row.question])
            job.outcomes.append(judge(row, events, conversation))
    except Exception as error:  # noqa: BLE001 — the page shows that the check stopped, never a 500
        logger.error("Batch check %s stopped (%s)", job.id, type(error).__name__)
        job.error = "De controle is halverwege gestopt door een fout in de assistent. Probeer het opnieuw."
    finally:
        job.finished = time.time()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else EXAMPLE
    target.write_text(example_csv(), encoding="utf-8")
    print(f"{target}: {example_csv().count(chr(10)) - 1} vragen")
