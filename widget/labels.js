// Every text the widget shows, in one place. Dutch is the default (clear B1, "je"-form); `data-lang="en"`
// picks the English set. Texts with practice details are functions of the settings from config.json.
export const LABELS = {
  nl: {
    launcherOpen: "Stel je vraag",
    launcherClose: "Chat sluiten",
    subtitle: "Chatbot, geen mens",
    close: "Sluit de chat",
    newConversation: "Nieuw gesprek",
    consentTitle: "Voordat je begint",
    consentLines: (s) => [
      `Dit is ${s.assistant}, de chatbot van ${s.practice}. Je praat dus niet met een mens.`,
      "De chatbot stelt geen diagnose en geeft geen medisch advies.",
      `Wat je typt, bewaart de praktijk ${s.retention_days} dagen om je vraag te beantwoorden en de chatbot te verbeteren. ` +
        "Daarna wordt het verwijderd. Typ 'verwijder mijn gegevens' om het gesprek meteen te wissen.",
    ],
    consentCrisis: "In nood of denk je aan zelfmoord? Bel 113 Zelfmoordpreventie: 0800-0113. Bij direct gevaar: bel 112.",
    start: "Start",
    log: "Gesprek",
    you: "Jij",
    inputLabel: "Je bericht",
    inputHint: "Enter verstuurt, Shift+Enter maakt een nieuwe regel.",
    send: "Verstuur",
    replies: "Kies een antwoord",
    typing: (s) => `${s.assistant} typt…`,
    connecting: "Verbinden met de assistent…",
    offline: "De verbinding is weg. Ik probeer opnieuw te verbinden…",
    unreachable: (s) =>
      `De assistent is nu niet bereikbaar. Probeer het later nog eens, of bel de praktijk: ${s.phone}. ` +
      "In nood: bel 113 (0800-0113) of 112.",
    reconnected: "De verbinding is terug. Je kunt verder chatten.",
    queued: "Je bericht wordt verstuurd zodra er weer verbinding is.",
    newStarted: "Nieuw gesprek gestart.",
    callPractice: "Bel de praktijk",
  },
  en: {
    launcherOpen: "Ask your question",
    launcherClose: "Close chat",
    subtitle: "Chatbot, not a person",
    close: "Close the chat",
    newConversation: "New conversation",
    consentTitle: "Before you start",
    consentLines: (s) => [
      `This is ${s.assistant}, the chatbot of ${s.practice}. You are not talking to a person.`,
      "The chatbot gives no diagnosis and no medical advice.",
      `The practice keeps what you type for ${s.retention_days} days to answer your question and improve the chatbot. ` +
        "Then it is deleted. Type 'verwijder mijn gegevens' to delete the conversation at once.",
    ],
    consentCrisis: "In crisis or thinking about suicide? Call 113 Suicide Prevention: 0800-0113. In immediate danger: call 112.",
    start: "Start",
    log: "Conversation",
    you: "You",
    inputLabel: "Your message",
    inputHint: "Enter sends, Shift+Enter adds a new line.",
    send: "Send",
    replies: "Choose an answer",
    typing: (s) => `${s.assistant} is typing…`,
    connecting: "Connecting to the assistant…",
    offline: "The connection is lost. Trying to reconnect…",
    unreachable: (s) =>
      `The assistant cannot be reached right now. Try again later, or call the practice: ${s.phone}. ` +
      "In crisis: call 113 (0800-0113) or 112.",
    reconnected: "The connection is back. You can continue.",
    queued: "Your message will be sent as soon as the connection is back.",
    newStarted: "New conversation started.",
    callPractice: "Call the practice",
  },
};

export function labelsFor(lang) {
  return LABELS[lang] || LABELS.nl;
}
