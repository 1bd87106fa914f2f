"""Retention: delete what is older than the practice's retention period (practice.yml `retention_days`).

    python -m wegwijzer.retention purge        (make purge; run it daily from the server's scheduler)

Deleted: whole conversations whose last message is older than the period, unanswered questions older than
it, and callback requests handled longer ago than it (open requests are never deleted). A callback form
that was left unfinished for a day is scrubbed like a finished one, so its data never waits for the period.
"""
import argparse
import json
import logging
import sys
import time
from datetime import datetime, timedelta, timezone
from typing import Dict, Optional

import sqlalchemy as sa

from wegwijzer import practice, storage
from wegwijzer.console import audit
from wegwijzer.files import database_url
from wegwijzer.tracker_store import FORM, FORM_ENDS, scrub_form_events

logger = logging.getLogger(__name__)
ABANDONED_FORM_HOURS = 24


def _events(engine: sa.engine.Engine) -> Optional[sa.Table]:
    inspector = sa.inspect(engine)
    if "events" not in inspector.get_table_names():
        return None
    return sa.Table("events", sa.MetaData(), autoload_with=engine)


def purge_conversations(engine: sa.engine.Engine, before: datetime) -> int:
    events = _events(engine)
    if events is None:
        return 0
    cutoff = before.timestamp()
    with engine.begin() as conn:
        last = sa.select(events.c.sender_id).group_by(events.c.sender_id).having(sa.func.max(events.c.timestamp) < cutoff)
        old = [row[0] for row in conn.execute(last)]
        for start in range(0, len(old), 500):
            conn.execute(events.delete().where(events.c.sender_id.in_(old[start:start + 500])))
    return len(old)


def scrub_abandoned_forms(engine: sa.engine.Engine, now: datetime) -> int:
    events = _events(engine)
    if events is None:
        return 0
    cutoff = (now - timedelta(hours=ABANDONED_FORM_HOURS)).timestamp()
    scrubbed = 0
    with engine.begin() as conn:
        senders = [r[0] for r in conn.execute(
            sa.select(events.c.sender_id).where(events.c.type_name == "active_loop").distinct())]
        for sender in senders:
            rows = list(conn.execute(sa.select(events).where(events.c.sender_id == sender).order_by(events.c.id)))
            start = max((i for i, r in enumerate(rows) if r.type_name == "active_loop"
                         and json.loads(r.data).get("name") == FORM), default=None)
            if start is None or rows[-1].timestamp is None or rows[-1].timestamp >= cutoff:
                continue
            window = rows[start:]
            if any(r.type_name == "action" and r.action_name in FORM_ENDS for r in window):
                continue
            before = [json.loads(r.data) for r in window]
            after = scrub_form_events(before)
            if after == before:
                continue  # scrubbed before
            for row, old, new in zip(window, before, after):
                if old != new:
                    conn.execute(events.update().where(events.c.id == row.id).values(data=json.dumps(new)))
            scrubbed += 1
    return scrubbed


def purge(url: Optional[str] = None, now: Optional[datetime] = None, days: Optional[int] = None) -> Dict[str, int]:
    now = now or datetime.now(timezone.utc)
    days = days or practice.load_practice().retention_days
    before = now - timedelta(days=days)
    engine = storage.get_engine(url or database_url())
    result = {"conversations": purge_conversations(engine, before), "abandoned_forms_scrubbed": scrub_abandoned_forms(engine, now)}
    result.update(storage.purge(engine, before))
    # the console's audit log names conversations: it goes with them (docs/privacy.md)
    result["audit_log_entries"] = audit.purge(engine, before)
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["purge"])
    parser.parse_args(argv)  # "purge" is the only command for now
    started = time.perf_counter()
    result = purge()
    print(f"purged in {time.perf_counter() - started:.1f} s: " + ", ".join(f"{k} {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
