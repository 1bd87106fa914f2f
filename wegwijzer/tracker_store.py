"""Rasa's SQL tracker store, configured by one DATABASE_URL (SQLite file by default, PostgreSQL by URL),
made safe for a public service:

- A database error becomes a `TrackerStoreError` (the channel answers with an apology); Rasa's own
  session_scope would call sys.exit and stop the whole server.
- Personal data is not kept: phone numbers, e-mail addresses and similar are masked in every stored user
  message; when the callback form ends (stored, declined or stopped) everything typed into it, the slots
  and the bot's summary are replaced by "[verwijderd]" — the request itself lives only in
  `callback_requests`, with consent.
- "Verwijder mijn gegevens" (action_delete_my_data) deletes the whole conversation after the turn.
- SQL errors never log the bound values (hide_parameters).
"""
import json
import logging
from contextlib import contextmanager
from typing import Any, Dict, Generator, List, Optional, Text

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from wegwijzer import privacy
from wegwijzer.files import database_url

logger = logging.getLogger(__name__)

FORM = "callback_form"
FORM_ENDS = {"action_submit_callback", "action_cancel_callback"}
DELETE_ACTION = "action_delete_my_data"
REMOVED = "[verwijderd]"


class TrackerStoreError(Exception):
    """The conversation store cannot be read or written right now."""


def _masked_event(data: Dict[str, Any]) -> Dict[str, Any]:
    """A user event with personal data masked in its text and parse data."""
    if data.get("event") != "user":
        return data
    data = dict(data)
    if data.get("text"):
        data["text"] = privacy.mask(data["text"])
    parse = dict(data.get("parse_data") or {})
    if parse.get("text"):
        parse["text"] = privacy.mask(parse["text"])
        data["parse_data"] = parse
    return data


def scrub_form_events(rows: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Given the stored events of one callback form (activation to end), the same events with everything
    the visitor typed and everything derived from it removed. Pure: used by save() and the purge."""
    values = {str(e.get("value")) for e in rows if e.get("event") == "slot" and str(e.get("name", "")).startswith("callback_")
              and e.get("value") not in (None, "", "yes", "no", "phone", "email")}
    out = []
    for event in rows:
        event = dict(event)
        kind = event.get("event")
        if kind == "user" and not str(event.get("text") or "").startswith("/"):
            event["text"] = REMOVED
            parse = dict(event.get("parse_data") or {})
            parse["text"] = REMOVED
            parse["entities"] = []
            event["parse_data"] = parse
        elif kind == "slot" and str(event.get("name", "")).startswith("callback_") and event.get("value") is not None:
            event["value"] = REMOVED
        elif kind == "bot" and any(v and v in str(event.get("text") or "") for v in values):
            event["text"] = REMOVED
        out.append(event)
    return out


class UrlSQLTrackerStore(SQLTrackerStore):
    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[str] = None,
        event_broker: Optional[EventBroker] = None,
        **kwargs: Any,
    ) -> None:
        # SQLTrackerStore treats a host containing "://" as a complete SQLAlchemy URL.
        super().__init__(domain=domain, host=database_url(), event_broker=event_broker, **kwargs)
        self.engine.hide_parameters = True  # SQL errors must not log names, numbers or messages

    @contextmanager
    def session_scope(self) -> Generator[sa.orm.Session, None, None]:
        session = self.sessionmaker()
        try:
            yield session
        except sa.exc.SQLAlchemyError as error:
            session.rollback()
            raise TrackerStoreError(type(error).__name__) from None
        finally:
            session.close()

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        with self.session_scope() as session:
            new_events = list(self._additional_events(session, tracker))
            for event in new_events:
                data = _masked_event(event.as_dict())
                session.add(self.SQLEvent(
                    sender_id=tracker.sender_id,
                    type_name=event.type_name,
                    timestamp=data.get("timestamp"),
                    intent_name=(data.get("parse_data") or {}).get("intent", {}).get("name"),
                    action_name=data.get("name"),
                    data=json.dumps(data),
                ))
            session.commit()
            actions = {e.as_dict().get("name") for e in new_events if e.type_name == "action"}
            if actions & FORM_ENDS:
                self._scrub_last_form(session, tracker.sender_id)
            if DELETE_ACTION in actions:
                session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == tracker.sender_id).delete()
                session.commit()
                logger.info("Conversation deleted on the visitor's request")

    def _scrub_last_form(self, session: sa.orm.Session, sender_id: Text) -> None:
        rows = session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).order_by(self.SQLEvent.id).all()
        start = max((i for i, r in enumerate(rows) if r.type_name == "active_loop" and json.loads(r.data).get("name") == FORM),
                    default=None)
        if start is None:
            return
        window = rows[start:]
        scrubbed = scrub_form_events([json.loads(r.data) for r in window])
        for row, data in zip(window, scrubbed):
            row.data = json.dumps(data)
        session.commit()

    async def delete(self, sender_id: Text) -> int:
        with self.session_scope() as session:
            count = session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            session.commit()
            return count
