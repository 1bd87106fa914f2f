"""Audit log: who viewed or exported which conversation or callback request, and every change in the console.
Kept as long as the conversations themselves (purged with them, see purge())."""
from datetime import datetime, timezone
from typing import Dict, List, Optional

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from wegwijzer.console.tables import StorageError, audit_log, ensure, rows

ACTIONS = {
    "login": "aangemeld", "login_failed": "aanmelden mislukt", "logout": "afgemeld",
    "view_callbacks": "terugbelverzoeken bekeken", "export_callbacks": "terugbelverzoeken gedownload (CSV)",
    "callback_handled": "terugbelverzoek afgehandeld", "view_conversation": "gesprek geopend",
    "list_conversations": "gesprekkenlijst bekeken", "try_question": "vraag geprobeerd",
    "question_reviewed": "vraag bekeken", "example_added": "voorbeeldvraag toegevoegd",
    "view_inbox": "inbox bekeken", "export_unanswered": "onbeantwoorde vragen gedownload (CSV)",
    "batch_check": "batchcontrole gestart", "export_batch": "batchcontrole gedownload (CSV)",
    "view_overview": "overzicht bekeken", "retrain_started": "opnieuw trainen gestart",
    "retrain_done": "opnieuw trainen klaar",
}


def record(engine: sa.engine.Engine, account: str, action: str, target: Optional[str] = None,
           address: Optional[str] = None) -> None:
    if action not in ACTIONS:
        raise ValueError(action)
    try:
        ensure(engine)
        with engine.begin() as conn:
            conn.execute(audit_log.insert().values(at=datetime.now(timezone.utc), account=(account or "?")[:64],
                                                   action=action, target=(target or None) and target[:200],
                                                   address=(address or None) and address[:64]))
    except SQLAlchemyError as error:
        raise StorageError(type(error).__name__) from error


def recent(engine: sa.engine.Engine, limit: int = 200, account: Optional[str] = None) -> List[Dict]:
    ensure(engine)
    query = sa.select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
    if account:
        query = query.where(audit_log.c.account == account)
    with engine.connect() as conn:
        return rows(conn.execute(query))


def purge(engine: sa.engine.Engine, before: datetime) -> int:
    ensure(engine)
    with engine.begin() as conn:
        return conn.execute(audit_log.delete().where(audit_log.c.at < before)).rowcount
