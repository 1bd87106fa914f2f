"""Handing people off to the practice: contact details and the callback request form.

A callback request is stored (and committed) before it is confirmed; staff are e-mailed afterwards,
and a failed e-mail leaves the request stored with a pending notification.
"""
import logging
import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import parsing
from actions.common import (add_crisis_line, crisis_watch, in_thread, now, renders_markdown, send_contact_details,
                            send_handoff_offer)
from actions.knowledge import send_topic_asked_too
from wegwijzer import notify, practice, storage
from wegwijzer.files import database_url

logger = logging.getLogger(__name__)

FORM_SLOTS = [
    "callback_name",
    "callback_method",
    "callback_phone",
    "callback_email",
    "callback_moment",
    "callback_reason",
    "callback_consent",
]
# Words in a consent answer that say which value the person wants to change.
FIELD_WORDS = {
    "callback_name": r"naam",
    "callback_phone": r"nummer|telefoon",
    "callback_email": r"e-?mail|adres",
    "callback_moment": r"moment|tijd|dagdeel|ochtend|middag|avond",
    "callback_reason": r"reden|onderwerp",
}


def _clear_form() -> List[EventType]:
    return [SlotSet(slot, None) for slot in FORM_SLOTS]


class ActionContactDetails(Action):
    def name(self) -> Text:
        return "action_contact_details"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        send_contact_details(dispatcher, tracker)
        events = send_topic_asked_too(dispatcher, tracker, "request_contact")
        add_crisis_line(dispatcher, tracker)
        return events


class ActionOfferHandoff(Action):
    """'Ik wil een mens spreken': be clear that this is a bot and give the ways to reach a person."""

    def name(self) -> Text:
        return "action_offer_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        send_handoff_offer(dispatcher, tracker)
        events = send_topic_asked_too(dispatcher, tracker, "request_human")
        add_crisis_line(dispatcher, tracker)
        return events


def _corrections(text: Text, slot: Text) -> Dict[Text, Any]:
    """Values typed while answering another question, e.g. a new phone number at the consent step."""
    found: Dict[Text, Any] = {}
    if slot != "callback_phone":
        phone = parsing.find_phone(text)
        if phone:
            found.update(callback_phone=phone, callback_method="phone")
    if slot != "callback_email":
        email = parsing.find_email(text)
        if email:
            found.update(callback_email=email, callback_method="email")
    return found


class ValidateCallbackForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_callback_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        events = await super().run(dispatcher, tracker, domain)
        # Runs for every message inside the form (and when the form starts): a name, a moment or a reason that
        # worries the SafetyNet gets the 113 line before the next question.
        add_crisis_line(dispatcher, tracker)
        return events

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        method = tracker.get_slot("callback_method")
        skip = {"phone": "callback_email", "email": "callback_phone"}.get(method, None)
        return [slot for slot in domain_slots if slot != skip]

    def validate_callback_name(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        name = parsing.clean_name(str(value or ""))
        if not name:
            dispatcher.utter_message(text="Dat lijkt geen naam. Typ alleen je naam, bijvoorbeeld 'Sanne de Vries'.")
            return {"callback_name": None}
        return {"callback_name": name}

    def validate_callback_method(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        text = str(value or "")
        if value in ("phone", "email"):
            return {"callback_method": value}
        slots = _corrections(text, "callback_method")
        method = slots.get("callback_method") or parsing.parse_method(text)
        if not method:
            dispatcher.utter_message(text="Kies 'Bel me' of 'Mail me'.")
            return {"callback_method": None}
        slots["callback_method"] = method
        return slots

    def validate_callback_phone(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        phone = parsing.find_phone(str(value or ""))
        if not phone:
            dispatcher.utter_message(
                text="Dat telefoonnummer klopt niet. Typ een Nederlands nummer, bijvoorbeeld 06 12345678 "
                "of 020 1234567, of een nummer met landcode zoals +31 6 12345678."
            )
            return {"callback_phone": None}
        return {"callback_phone": phone}

    def validate_callback_email(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        email = parsing.find_email(str(value or ""))
        if not email:
            dispatcher.utter_message(text="Dat e-mailadres klopt niet. Typ het zo: naam@voorbeeld.nl")
            return {"callback_email": None}
        return {"callback_email": email}

    def validate_callback_moment(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        text = str(value or "")
        slots = _corrections(text, "callback_moment")
        if slots:
            dispatcher.utter_message(text="Ik heb je gegevens aangepast.")
            return {**slots, "callback_moment": None}
        moment = parsing.parse_moment(text)
        if not moment:
            dispatcher.utter_message(text="Kies ochtend, middag of avond, of typ kort een moment (bijvoorbeeld 'dinsdag na 15 uur').")
        return {"callback_moment": moment}

    def validate_callback_reason(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return {"callback_reason": parsing.parse_reason(str(value or ""))}

    def validate_callback_consent(self, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        text = str(value or "")
        corrections = _corrections(text, "callback_consent")
        if corrections:
            dispatcher.utter_message(text="Ik heb je gegevens aangepast.")
            return {**corrections, "callback_consent": None}
        answer = parsing.parse_yes_no(text)
        if answer is not None:
            return {"callback_consent": "yes" if answer else "no"}
        lowered = parsing.normalise(text)
        to_change = [slot for slot, words in FIELD_WORDS.items() if re.search(words, lowered)]
        if to_change or re.search(r"aanpass|wijzig|verander|fout|klopt niet", lowered):
            if not to_change:
                dispatcher.utter_message(text="Wat wil je aanpassen: je naam, telefoonnummer, e-mailadres, moment of reden?")
                return {"callback_consent": None}
            if "callback_phone" in to_change or "callback_email" in to_change:
                to_change.append("callback_method")
            return {**{slot: None for slot in to_change}, "callback_consent": None}
        dispatcher.utter_message(text="Typ 'ja' om je verzoek te versturen, 'nee' als je dat liever niet doet, of 'aanpassen'.")
        return {"callback_consent": None}


def summary_text(tracker: Tracker) -> str:
    method = tracker.get_slot("callback_method")
    if method == "phone":
        reach = f"telefoon: {parsing.display_phone(tracker.get_slot('callback_phone'))}"
    else:
        reach = f"e-mail: {tracker.get_slot('callback_email')}"
    reason = tracker.get_slot("callback_reason")
    return (
        "Dit geef ik door aan de praktijk:\n"
        f"- naam: {tracker.get_slot('callback_name')}\n"
        f"- {reach}\n"
        f"- voorkeur: {tracker.get_slot('callback_moment')}\n"
        f"- reden: {reason if reason and reason != '-' else '(niet ingevuld)'}\n"
        "We slaan dit veilig op, alleen zodat de praktijk contact met je kan opnemen, en sturen de "
        "medewerkers een bericht. Het gaat om persoonlijke gegevens over je gezondheid, daarom vraag ik "
        "je toestemming. Mag ik dit opslaan en doorgeven?"
    )


class ActionAskCallbackConsent(Action):
    def name(self) -> Text:
        return "action_ask_callback_consent"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        dispatcher.utter_message(
            text=summary_text(tracker),
            buttons=[
                {"title": "Ja, versturen", "payload": "ja"},
                {"title": "Iets aanpassen", "payload": "aanpassen"},
                {"title": "Nee, niet opslaan", "payload": "nee"},
            ],
        )
        return []


class ActionSubmitCallback(Action):
    def name(self) -> Text:
        return "action_submit_callback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        info = practice.load_practice()
        links = renders_markdown(tracker)
        if tracker.get_slot("callback_consent") != "yes":
            dispatcher.utter_message(
                text="Prima, ik heb niets opgeslagen. Je kunt de praktijk ook zelf bereiken:\n"
                + practice.contact_text(info, now(), links=links)
            )
            return _clear_form()
        row = await self._store(tracker)
        if row is None:
            dispatcher.utter_message(
                text="Het is me helaas niet gelukt je verzoek op te slaan, dus het is NIET doorgegeven. "
                f"Bel de praktijk liever zelf op {info.phone} of mail naar {info.email}. Excuses!"
            )
            return _clear_form()
        self._notify_in_background(row)
        how = "je bellen" if row["contact_method"] == "phone" else "je mailen"
        dispatcher.utter_message(
            text=f"Dank je, {row['name']}. Je terugbelverzoek is opgeslagen met nummer {row['reference']}. "
            f"De praktijk gaat {how} binnen {info.callback_response_days} werkdagen. "
            f"{practice.availability_text(info, now())} Noem het nummer als je zelf contact opneemt."
        )
        return _clear_form()

    async def _store(self, tracker: Tracker) -> Optional[Dict[Text, Any]]:
        method = tracker.get_slot("callback_method")
        reason = tracker.get_slot("callback_reason")
        try:
            engine = storage.get_engine(database_url())
            return await in_thread(
                storage.store_callback_request,
                engine,
                name=tracker.get_slot("callback_name"),
                contact_method=method,
                phone=tracker.get_slot("callback_phone") if method == "phone" else None,
                email=tracker.get_slot("callback_email") if method == "email" else None,
                preferred_moment=tracker.get_slot("callback_moment"),
                reason=None if reason in (None, "-") else reason,
                conversation_id=tracker.sender_id,
            )
        except Exception:
            logger.exception("Storing a callback request failed")
            return None

    @staticmethod
    def _notify_in_background(row: Dict[Text, Any]) -> None:
        # The request is safely stored; the e-mail must not delay the confirmation (SMTP can be slow or down).
        import asyncio

        engine = storage.get_engine(database_url())
        asyncio.get_running_loop().run_in_executor(None, notify.notify_callback, engine, row)


class ActionCancelCallback(Action):
    def name(self) -> Text:
        return "action_cancel_callback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        dispatcher.utter_message(response="utter_callback_cancelled")
        add_crisis_line(dispatcher, tracker)
        return _clear_form()


class ActionStop(Action):
    """'Stop' / 'laat maar' outside a form: a short OK, or the distress reply when the SafetyNet saw risk
    ("ik wil niet meer meedoen, niet met het bestaan zelf" reads as 'stop' to the intent classifier)."""

    def name(self) -> Text:
        return "action_stop"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        dispatcher.utter_message(response="utter_distress" if crisis_watch(tracker) else "utter_deny")
        return []
