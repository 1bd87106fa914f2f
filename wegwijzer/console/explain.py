"""Why the assistant said what it said: tracker events turned into turns with the NLU components' output
(intent, FAQ topic, AnswerGuard's decision, knowledge search, SafetyNet's flags and crisis tier), the
policy that chose each action and the article behind each answer. Pure functions over event dicts, used
by "Probeer een vraag" and the conversation review."""
from typing import Any, Dict, List

from wegwijzer import privacy

SIGNAL_NAMES = {"crisis": "crisis", "medical": "medisch", "abuse": "scheldwoorden", "handoff": "wil een mens",
                "language": "andere taal", "gibberish": "onleesbaar"}
HIDDEN_ACTIONS = {"action_listen", "action_session_start"}


def _turn(event: Dict[str, Any]) -> Dict[str, Any]:
    parse = event.get("parse_data") or {}
    intent = parse.get("intent") or {}
    guard = parse.get("answer_guard") or {}
    safety = parse.get("safety") or {}
    signals = safety.get("signals") or {}
    return {
        "text": privacy.mask(str(event.get("text") or "")),
        "intent": intent.get("name"),
        "confidence": intent.get("confidence"),
        "topic": guard.get("topic"),
        "guard_reason": guard.get("reason"),
        "search": (parse.get("knowledge_search") or [])[:3],
        "crisis_tier": safety.get("crisis_tier"),
        "decided_by": safety.get("decided_by"),
        "flags": [{"name": SIGNAL_NAMES.get(name, name), "score": s.get("score"), "label": s.get("label"),
                   "reason": s.get("reason")} for name, s in signals.items()],
        "ranking": [(r.get("name"), r.get("confidence")) for r in (parse.get("intent_ranking") or [])[1:4]],
        "actions": [],
        "replies": [],
        "timestamp": event.get("timestamp"),
    }


def turns(events: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """One entry per visitor message, with the actions and bot messages that followed it. Events before
    the first message (the session start) are kept in an opening turn without text."""
    result: List[Dict[str, Any]] = []
    current = None
    for event in events:
        kind = event.get("event")
        if kind == "user":
            current = _turn(event)
            result.append(current)
            continue
        if current is None and kind in ("bot", "action"):
            current = {"text": None, "intent": None, "actions": [], "replies": [], "flags": [], "search": [],
                       "ranking": [], "timestamp": event.get("timestamp")}
            result.append(current)
        if kind == "action" and event.get("name") not in HIDDEN_ACTIONS:
            current["actions"].append({"name": event.get("name"), "policy": _policy(event.get("policy")),
                                       "confidence": event.get("confidence")})
        elif kind == "bot":
            data = event.get("data") or {}
            custom = data.get("custom") or {}
            metadata = event.get("metadata") or {}
            current["replies"].append({
                "text": event.get("text") or "",
                "buttons": [b.get("title", "") for b in (data.get("buttons") or [])],
                "article": metadata.get("article") or custom.get("article"),
                "unanswered": bool(metadata.get("unanswered")), "clarify": bool(metadata.get("clarify")),
            })
    return result


def _policy(name: Any) -> str:
    """'policy_2_RulePolicy' -> 'RulePolicy' (Rasa prefixes the policy's position in config.yml)."""
    text = str(name or "")
    return text.split("_", 2)[-1] if text.startswith("policy_") else text


def flags(events: List[Dict[str, Any]]) -> Dict[str, bool]:
    """What happened in a conversation, for the review filters."""
    out = {"clarify": False, "weet_niet": False, "crisis": False, "callback": False, "handoff": False}
    for event in events:
        kind = event.get("event")
        if kind == "user":
            parse = event.get("parse_data") or {}
            if (parse.get("intent") or {}).get("name") == "crisis" or (parse.get("safety") or {}).get("crisis_tier"):
                out["crisis"] = True
        elif kind == "action":
            name = event.get("name")
            out["clarify"] |= name == "action_clarify"
            out["crisis"] |= str(name).startswith("utter_crisis")
            out["handoff"] |= name in ("action_offer_handoff", "action_contact_details")
        elif kind == "active_loop" and event.get("name") == "callback_form":
            out["callback"] = True
        elif kind == "bot" and (event.get("metadata") or {}).get("unanswered"):
            out["weet_niet"] = True
    return out
