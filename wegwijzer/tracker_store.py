"""Rasa's SQL tracker store, configured by one DATABASE_URL (SQLite file by default, PostgreSQL by URL)."""
from typing import Any, Optional

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain

from wegwijzer.files import database_url


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
