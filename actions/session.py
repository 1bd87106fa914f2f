"""Session start: the first message says who is talking (a bot), what it can do, and where to go in a crisis."""
from typing import Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, SessionStarted
from rasa_sdk.executor import CollectingDispatcher

from wegwijzer import practice


def intro_text(info: practice.Practice) -> str:
    return (
        f"Hoi, ik ben {info.assistant_name}, de digitale assistent (een chatbot) van {info.name}. "
        "Ik beantwoord vragen over psychosociale therapie, verwijzing en vergoeding, hulp voor kinderen "
        "en kwaliteit, en ik breng je in contact met de praktijk. "
        "Ik stel geen diagnose en geef geen medisch advies.\n"
        "Ben je in nood of denk je aan zelfmoord? Bel 113 Zelfmoordpreventie (0800-0113) of chat via 113.nl. "
        "Bij direct gevaar: bel 112."
    )


# Messenger channels (wegwijzer/channels/): the service's name, for the line on what it keeps itself.
MESSENGERS = {"whatsapp": "WhatsApp", "facebook": "Facebook Messenger", "telegram": "Telegram"}


def messenger_intro(info: practice.Practice, service: str) -> str:
    """First contact on a messenger: no consent screen comes first there, so the intro also says how long
    the conversation is kept and gives every crisis number."""
    return (
        f"Hoi, ik ben {info.assistant_name}, de digitale assistent (een chatbot) van {info.name}. "
        "Ik beantwoord vragen over psychosociale therapie, verwijzing en vergoeding, hulp voor kinderen "
        "en kwaliteit, en ik breng je in contact met de praktijk. "
        "Ik stel geen diagnose en geef geen medisch advies.\n"
        f"We bewaren dit gesprek {info.retention_days} dagen en wissen het daarna. Eerder wissen? "
        f"Typ 'verwijder mijn gegevens'. {service} bewaart je berichten ook zelf, volgens eigen regels.\n"
        "Ben je in nood of denk je aan zelfmoord? Bel 113 Zelfmoordpreventie (0800-0113) of chat via 113.nl. "
        "Bij direct gevaar: bel 112. Geweld thuis? Bel Veilig Thuis: 0800-2000. "
        "Jonger dan 18? Bel De Kindertelefoon: 0800-0432. Je kunt ook je huisarts of de huisartsenpost bellen."
    )


def session_intro(tracker: Tracker, info: practice.Practice) -> str:
    """The intro for this session; on a messenger only the first session gets one (it is one long chat)."""
    channel = (tracker.get_slot("session_started_metadata") or {}).get("channel")
    if channel not in MESSENGERS:
        return intro_text(info)
    if any(event.get("event") == "user" for event in tracker.events):
        return ""  # this sender has talked to us before: the notice was given in this conversation
    return messenger_intro(info, MESSENGERS[channel])


class ActionSessionStart(Action):
    def name(self) -> Text:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        intro = session_intro(tracker, practice.load_practice())
        if intro:
            dispatcher.utter_message(text=intro)
        return [SessionStarted(), ActionExecuted("action_listen")]
