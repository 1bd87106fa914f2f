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


class ActionSessionStart(Action):
    def name(self) -> Text:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        dispatcher.utter_message(text=intro_text(practice.load_practice()))
        return [SessionStarted(), ActionExecuted("action_listen")]
