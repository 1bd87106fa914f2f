"""Replay the follow-ups of the dev sets in process: the real NLU pipeline of the trained model and the real
answer actions (action_answer_faq, action_answer_followup, action_clarify) with a tracker that holds the
conversation so far. Seconds instead of a server run, for reading and tuning the follow-up logic on dev data.
Blind B is never read here (sealed).

    .venv/bin/python scripts/replay_followups.py [--misses] [--all] [FILES...]
"""
import argparse
import asyncio
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/replay.db")

from tests import conftest  # noqa: E402,F401  (selects the test practice config)
from wegwijzer import nlu_data  # noqa: E402

DEV = ["dev/questions.yml", "dev/questions_team.yml", "dev/questions_t.yml", "dev/questions_u.yml",
       "dev/questions_v.yml", "dev/questions_x.yml", "dev/questions_ab.yml", "dev/questions_ad.yml",
       "blind_a/questions.yml"]
ACTIONS = {"faq": "action_answer_faq", "nlu_fallback": "action_clarify"}


async def reply(agent, text, topic, events):
    """(label, article key or None, event) for `text` with `topic` in context."""
    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from actions.knowledge import ActionAnswerFaq, ActionAnswerFollowup, ActionClarify

    parsed = await agent.parse_message(text)
    parsed["text"] = text
    event = {"event": "user", "text": text, "parse_data": parsed}
    intent = (parsed.get("intent") or {}).get("name")
    action = {"faq": ActionAnswerFaq, "nlu_fallback": ActionClarify}.get(intent)
    if action is None and intent and intent.startswith("followup_"):
        action = ActionAnswerFollowup
    if action is None or (parsed.get("safety") or {}).get("decided_by"):
        return intent, [], event, topic
    tracker = Tracker("replay", {"topic": topic}, parsed, [*events, event], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    result = await action().run(dispatcher, tracker, {})
    articles = [m.get("article") or (m.get("custom") or {}).get("article") for m in dispatcher.messages]
    articles += [k for m in dispatcher.messages for k in (m.get("offered") or [])]
    article = next((a for a in articles if a), None)
    new_topic = next((e["value"] for e in result if e.get("name") == "topic"), topic)
    label = f"faq/{article}" if article else ("clarify" if intent == "nlu_fallback" else intent)
    answered = [f"faq/{a}" for a in articles if a] + [m["answers"] for m in dispatcher.messages if m.get("answers")]
    return label, answered, event, new_topic


async def main_async(files, misses, everything):
    from rasa.core.agent import Agent

    agent = Agent.load(str(ROOT / "models" / "wegwijzer.tar.gz"))
    counts, wrong = Counter(), []
    for f in files:
        for q in nlu_data.questions(ROOT / "tests" / "data" / f):
            if not q.context and not everything and len(q.expect) < 2:
                continue
            topic, events = None, []
            for earlier in q.context:
                _, _, event, topic = await reply(agent, earlier, topic, events)
                events.append(event)
            label, answered, _, _ = await reply(agent, q.text, topic, events)
            right = label == q.expect[0]
            if len(q.expect) > 1:
                # two questions: both answered (the second as an answer or as a button offered below the first)
                both = set(q.expect) <= {label, *answered}
                counts[("two", both)] += 1
                if not both:
                    wrong.append(f"{q.id} TWO expected {list(q.expect)} got {label} + {answered}: {q.text!r}")
                continue
            counts[(f, right)] += 1
            if not right:
                wrong.append(f"{q.id} expected {q.expect[0]} got {label}: {q.text!r} after {list(q.context)}")
    for f in files:
        print(f"{f}: {counts[(f, True)]}/{counts[(f, True)] + counts[(f, False)]}")
    print(f"two questions, both answered: {counts[('two', True)]}/{counts[('two', True)] + counts[('two', False)]}")
    print(f"all follow-ups: {sum(v for (f, r), v in counts.items() if r and f != 'two')}/"
          f"{sum(v for (f, r), v in counts.items() if f != 'two')}")
    if misses:
        print("\n".join(wrong))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", default=DEV)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--all", action="store_true", help="also the questions without context")
    args = parser.parse_args()
    files = [f for f in args.files if "blind_b" not in f]
    asyncio.run(main_async(files, args.misses, args.all))


if __name__ == "__main__":
    main()
