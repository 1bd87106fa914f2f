"""Conversation review: recent visitor conversations straight from the tracker store's `events` table,
newest first, only within the retention period, never the console's own test conversations."""
import json
from datetime import datetime, timedelta, timezone
from typing import Dict, List, Optional

import sqlalchemy as sa

from wegwijzer import practice
from wegwijzer.console import explain

CONSOLE_PREFIX = "console-"
FILTERS = {"clarify": "viel terug op verduidelijken", "weet_niet": "zei 'weet ik niet'", "crisis": "crisis",
           "callback": "terugbelverzoek", "handoff": "doorverwezen naar de praktijk"}
MAX_LIST = 50
SCAN = 500  # conversations looked at for the filters (the newest)


def _events_table(engine: sa.engine.Engine) -> Optional[sa.Table]:
    if "events" not in sa.inspect(engine).get_table_names():
        return None
    return sa.Table("events", sa.MetaData(), autoload_with=engine)


def _cutoff() -> float:
    days = practice.load_practice().retention_days
    return (datetime.now(timezone.utc) - timedelta(days=days)).timestamp()


def _load(conn, events: sa.Table, sender: str) -> List[Dict]:
    query = sa.select(events.c.data).where(events.c.sender_id == sender).order_by(events.c.id)
    out = []
    for (data,) in conn.execute(query):
        try:
            out.append(json.loads(data))
        except (TypeError, ValueError):
            continue
    return out


def recent(engine: sa.engine.Engine, wanted: Optional[str] = None) -> List[Dict]:
    """[{id, last, turns, flags}] newest first; `wanted` one of FILTERS keeps only those conversations."""
    events = _events_table(engine)
    if events is None:
        return []
    last = sa.func.max(events.c.timestamp).label("last")
    query = (sa.select(events.c.sender_id, last).where(~events.c.sender_id.startswith(CONSOLE_PREFIX))
             .group_by(events.c.sender_id).having(last >= _cutoff()).order_by(last.desc()).limit(SCAN))
    out = []
    with engine.connect() as conn:
        for sender, stamp in conn.execute(query).fetchall():
            data = _load(conn, events, sender)
            flags = explain.flags(data)
            if wanted and not flags.get(wanted):
                continue
            out.append({"id": sender, "last": datetime.fromtimestamp(stamp or 0, timezone.utc),
                        "turns": sum(1 for e in data if e.get("event") == "user"), "flags": flags})
            if len(out) >= MAX_LIST:
                break
    return out


def conversation(engine: sa.engine.Engine, sender: str) -> Optional[List[Dict]]:
    """The turns of one visitor conversation, or None when it is unknown, a console conversation or older
    than the retention period."""
    if sender.startswith(CONSOLE_PREFIX):
        return None
    events = _events_table(engine)
    if events is None:
        return None
    with engine.connect() as conn:
        data = _load(conn, events, sender)
    stamps = [e.get("timestamp") or 0 for e in data]
    if not data or max(stamps) < _cutoff():
        return None
    return explain.turns(data)
