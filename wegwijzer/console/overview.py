"""Overview: what visitors asked and got, from the tracker store's `events` table within the retention period
(never the console's own conversations), and the callback requests table; drawn as server-rendered SVG bar
charts, each with a table that says the same."""
import json
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from typing import Any, Dict, List, Optional

import sqlalchemy as sa

from wegwijzer import knowledge, practice, storage
from wegwijzer.console import batch, explain
from wegwijzer.console.review import CONSOLE_PREFIX, _cutoff, _events_table

MAX_DAYS = 30
TOP_TOPICS = 10
OUTCOMES = {"answered": "beantwoord met een artikel", "clarify": "verduidelijking gevraagd",
            "weet_niet": "'weet ik niet'", "crisis": "crisisantwoord", "other": "overig (groet, contact, formulier)"}


def _outcome(turn_events: List[Dict]) -> Dict[str, Any]:
    found = batch.answer_of(turn_events)
    if found["label"] == "crisis":
        kind = "crisis"
    elif found["label"] in knowledge.articles():
        kind = "answered"
    elif any((e.get("metadata") or {}).get("unanswered") for e in turn_events if e.get("event") == "bot"):
        kind = "weet_niet"
    elif any((e.get("metadata") or {}).get("clarify") for e in turn_events if e.get("event") == "bot"):
        kind = "clarify"
    else:
        kind = "other"
    return {"kind": kind, "topic": found["label"] if kind == "answered" else None}


def _conversations(engine: sa.engine.Engine, since: float):
    """(sender, [event dicts]) per visitor conversation with events since `since`."""
    events = _events_table(engine)
    if events is None:
        return
    query = (sa.select(events.c.sender_id, events.c.data)
             .where(events.c.timestamp >= since, ~events.c.sender_id.startswith(CONSOLE_PREFIX))
             .order_by(events.c.sender_id, events.c.id))
    current, data = None, []
    with engine.connect() as conn:
        for sender, raw in conn.execute(query):
            if sender != current:
                if current is not None:
                    yield current, data
                current, data = sender, []
            try:
                data.append(json.loads(raw))
            except (TypeError, ValueError):
                continue
    if current is not None:
        yield current, data


def figures(engine: sa.engine.Engine, today: Optional[date] = None) -> Dict[str, Any]:
    since = _cutoff()
    retention = practice.load_practice().retention_days
    today = today or datetime.now(timezone.utc).date()
    shown_days = min(retention, MAX_DAYS)
    per_day = Counter()
    outcomes = Counter()
    topics = Counter()
    flagged = Counter()
    conversations = 0
    for _, data in _conversations(engine, since):
        users = [i for i, e in enumerate(data) if e.get("event") == "user"]
        if not users:
            continue
        conversations += 1
        first = datetime.fromtimestamp(data[users[0]].get("timestamp") or 0, timezone.utc).date()
        per_day[first] += 1
        for start, end in zip(users, users[1:] + [len(data)]):
            result = _outcome(data[start:end])
            outcomes[result["kind"]] += 1
            if result["topic"]:
                topics[result["topic"]] += 1
        for name, on in explain.flags(data).items():
            flagged[name] += on
    days = [today - timedelta(days=n) for n in range(shown_days - 1, -1, -1)]
    callbacks = [r for r in storage.list_callback_requests(engine, None)
                 if not str(r.get("conversation_id") or "").startswith(CONSOLE_PREFIX)
                 and _stamp(r.get("created_at")) >= since]
    articles = knowledge.articles()
    return {
        "retention_days": retention,
        "conversations": conversations,
        "per_day": [(d, per_day.get(d, 0)) for d in days],
        "messages": sum(outcomes.values()),
        "outcomes": [(key, label, outcomes.get(key, 0)) for key, label in OUTCOMES.items()],
        "topics": [(key, articles[key].title if key in articles else key, n) for key, n in topics.most_common(TOP_TOPICS)],
        "handoffs": flagged["handoff"],
        "callback_forms": flagged["callback"],
        "callback_requests": len(callbacks),
        "crisis_conversations": flagged["crisis"],
        "crisis_replies": outcomes.get("crisis", 0),
    }


def _stamp(value: Any) -> float:
    if not isinstance(value, datetime):
        return 0.0
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).timestamp()


def share(part: int, whole: int) -> str:
    return "-" if not whole else f"{part / whole * 100:.0f}%"


# --- charts ------------------------------------------------------------------------------------------------
def _bars(chart_id: str, title: str, desc: str, items: List[tuple], label_width: int = 240) -> Dict[str, Any]:
    """A horizontal bar chart: items [(label, value)]; geometry for templates/_chart.html."""
    top = max([v for _, v in items] + [1])
    width, row = 420, 28
    bars = [{"label": label, "value": value, "y": i * row, "width": round(value / top * width, 1),
             "text_x": label_width + round(value / top * width, 1) + 6} for i, (label, value) in enumerate(items)]
    return {"id": chart_id, "title": title, "desc": desc, "kind": "bars", "bars": bars, "label_width": label_width,
            "width": label_width + width + 60, "height": max(len(items), 1) * row + 4}


def _columns(chart_id: str, title: str, desc: str, items: List[tuple]) -> Dict[str, Any]:
    """A column chart over days: items [(label, value)], with the first, middle and last day labelled."""
    top = max([v for _, v in items] + [1])
    step, height, base = 22, 160, 180
    columns = []
    for i, (label, value) in enumerate(items):
        h = round(value / top * height, 1)
        columns.append({"label": label, "value": value, "x": 30 + i * step, "y": base - h, "height": h,
                        "tick": i in (0, len(items) // 2, len(items) - 1)})
    return {"id": chart_id, "title": title, "desc": desc, "kind": "columns", "columns": columns, "top": top,
            "width": 30 + len(items) * step + 30, "height": base + 30, "base": base, "step": step}


def charts(f: Dict[str, Any]) -> List[Dict[str, Any]]:
    busiest = max(f["per_day"], key=lambda x: x[1]) if f["per_day"] else None
    per_day = _columns(
        "per-dag", "Gesprekken per dag",
        f"Aantal gesprekken per dag over de laatste {len(f['per_day'])} dagen, in totaal {sum(n for _, n in f['per_day'])}"
        + (f"; de drukste dag was {busiest[0]:%d-%m} met {busiest[1]}." if busiest and busiest[1] else "."),
        [(d.strftime("%d-%m"), n) for d, n in f["per_day"]])
    outcomes = _bars("uitkomst", "Wat de assistent deed met een bericht",
                     f"Van {f['messages']} berichten: " + ", ".join(
                         f"{label} {n} ({share(n, f['messages'])})" for _, label, n in f["outcomes"]) + ".",
                     [(f"{label} ({share(n, f['messages'])})", n) for _, label, n in f["outcomes"]])
    topics = _bars("onderwerpen", "Meest beantwoorde onderwerpen",
                   "De onderwerpen die het vaakst met een artikel zijn beantwoord: "
                   + (", ".join(f"{title} {n}" for _, title, n in f["topics"]) or "nog geen") + ".",
                   [(title, n) for _, title, n in f["topics"]])
    help_items = [("gesprekken met doorverwijzing", f["handoffs"]),
                  ("terugbelformulier gestart", f["callback_forms"]),
                  ("terugbelverzoeken ontvangen", f["callback_requests"]),
                  ("gesprekken met crisis", f["crisis_conversations"]),
                  ("crisisantwoorden", f["crisis_replies"])]
    help_chart = _bars("hulp", "Doorverwijzingen, terugbelverzoeken en crisis",
                       ", ".join(f"{label}: {n}" for label, n in help_items) + ".", help_items)
    return [per_day, outcomes, topics, help_chart]
