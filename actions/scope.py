"""Messages outside what the assistant does: other languages (answered in that language where we can) and
requests for a diagnosis."""
from typing import Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import add_crisis_line

# Short, fixed notes per language: the assistant only answers in Dutch.
NOT_DUTCH = {
    "en": "Sorry, I can only answer in Dutch. In an emergency in the Netherlands call 112; for suicidal thoughts call 113 (0800-0113).",
    "de": "Entschuldigung, ich kann nur auf Niederländisch antworten. Im Notfall in den Niederlanden: 112; bei Suizidgedanken: 113 (0800-0113).",
    "fr": "Désolé, je ne peux répondre qu'en néerlandais. En cas d'urgence aux Pays-Bas, appelez le 112 ; pensées suicidaires : 113 (0800-0113).",
    "es": "Lo siento, solo puedo responder en neerlandés. En caso de emergencia en los Países Bajos llame al 112; pensamientos suicidas: 113 (0800-0113).",
    "tr": "Üzgünüm, yalnızca Felemenkçe yanıt verebilirim. Hollanda'da acil durumda 112'yi arayın; intihar düşünceleri için 113 (0800-0113).",
    "pl": "Przepraszam, mogę odpowiadać tylko po niderlandzku. W nagłych wypadkach w Holandii dzwoń pod 112; myśli samobójcze: 113 (0800-0113).",
    "ar": "عذرًا، يمكنني الرد باللغة الهولندية فقط. في حالة الطوارئ في هولندا اتصل بالرقم 112؛ وللأفكار الانتحارية 113 (0800-0113).",
}
DUTCH_NOTE = (
    "Ik antwoord alleen in het Nederlands. Stel je vraag gerust in het Nederlands; "
    "wil je liever iemand spreken, vraag dan naar de contactgegevens van de praktijk."
)


class ActionOtherLanguage(Action):
    def name(self) -> Text:
        return "action_other_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        lang = next(tracker.get_latest_entity_values("language"), None)
        foreign = NOT_DUTCH.get(lang or "", NOT_DUTCH["en"])
        dispatcher.utter_message(text=f"{foreign}\n\n{DUTCH_NOTE}")
        return []


class ActionNoDiagnosis(Action):
    """'Heb ik adhd?': the assistant does not diagnose (utter_no_diagnosis), with the 113 line when the SafetyNet
    saw uncertain risk in the same message ("ik ben zo somber dat ik niet meer wil, is dit een depressie?")."""

    def name(self) -> Text:
        return "action_no_diagnosis"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> List:
        dispatcher.utter_message(response="utter_no_diagnosis")
        add_crisis_line(dispatcher, tracker)
        return []
