"""The visitor's own data: "verwijder mijn gegevens" deletes this conversation and what it stored."""
import logging
from typing import Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import in_thread
from wegwijzer import storage
from wegwijzer.files import database_url

logger = logging.getLogger(__name__)


class ActionDeleteMyData(Action):
    """Deletes callback requests and unanswered questions of this conversation here; the tracker store
    deletes the conversation itself right after this turn (it sees this action in the new events)."""

    def name(self) -> Text:
        return "action_delete_my_data"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        try:
            await in_thread(storage.delete_conversation_data, storage.get_engine(database_url()), tracker.sender_id)
        except storage.StorageError:
            logger.error("Deleting a visitor's data failed (database unavailable)")
            dispatcher.utter_message(text="Het verwijderen is nu niet gelukt, omdat de opslag even niet bereikbaar is. "
                                          "Probeer het later nog eens, of vraag het de praktijk.")
            return []
        dispatcher.utter_message(text="Ik heb dit gesprek verwijderd, met alles wat je hier hebt achtergelaten "
                                      "(ook een terugbelverzoek uit dit gesprek). Als je verder praat, begint er een nieuw gesprek.")
        return []
