"""Overview figures and the review filters over a known set of conversations, saved with the project's own
tracker store (wegwijzer/tracker_store.py) into the `events` table they are read from."""
import asyncio
import time
from datetime import datetime, timedelta, timezone

import pytest
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from wegwijzer import storage
from wegwijzer.console import overview, review
from wegwijzer.tracker_store import UrlSQLTrackerStore

DAY = 24 * 3600


def ask(text, intent, at, **parse):
    return UserUttered(text, {"name": intent, "confidence": 0.9}, parse_data={"intent": {"name": intent, "confidence": 0.9},
                                                                             "text": text, **parse}, timestamp=at)


def did(name, at):
    return ActionExecuted(name, policy="policy_1_RulePolicy", confidence=1.0, timestamp=at)


def said(text, at, **metadata):
    return BotUttered(text, metadata=metadata, timestamp=at)


def known_conversations(now):
    today, yesterday, earlier = now - 60, now - DAY, now - 2 * DAY
    return {
        "bezoeker-a": [ask("Heb ik een verwijzing nodig?", "faq", today), did("action_answer_faq", today + 1),
                       said("Nee ...", today + 1, article="verwijzing"),
                       ask("Wat kost het?", "faq", today + 5), did("action_answer_faq", today + 6),
                       said("Een sessie ...", today + 6, article="kosten")],
        "bezoeker-b": [ask("hoe zit het met dat ding", "faq", yesterday), did("action_clarify", yesterday + 1),
                       said("Bedoel je ...", yesterday + 1, clarify=True),
                       ask("flibber", "nlu_fallback", yesterday + 5), did("action_answer_faq", yesterday + 6),
                       said("Dat weet ik niet.", yesterday + 6, unanswered=True)],
        "bezoeker-c": [ask("ik wil niet meer leven", "crisis", today + 10, safety={"crisis_tier": "full"}),
                       did("utter_crisis", today + 11), said("Bel 113 ...", today + 11)],
        "bezoeker-d": [ask("bel me terug", "request_callback", earlier), did("callback_form", earlier + 1),
                       ActiveLoop("callback_form", timestamp=earlier + 1), said("Wat is je naam?", earlier + 1),
                       ask("ik wil een mens", "request_human", earlier + 5), did("action_offer_handoff", earlier + 6),
                       said("Je kunt ons bellen ...", earlier + 6)],
        # not counted: older than the retention period, and the console's own test conversations
        "bezoeker-oud": [ask("Wat kost het?", "faq", now - 100 * DAY), did("action_answer_faq", now - 100 * DAY),
                         said("Een sessie ...", now - 100 * DAY, article="kosten")],
        "console-0123456789abcdef": [ask("ik wil dood", "crisis", today), did("utter_crisis", today), said("113", today)],
    }


@pytest.fixture
def conversations(engine, db, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", db)
    store = UrlSQLTrackerStore()
    midnight = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    now = midnight.timestamp() + 12 * 3600  # midday UTC: "today" and "yesterday" do not depend on the hour of the run
    for sender, events in known_conversations(now).items():
        asyncio.run(store.save(DialogueStateTracker.from_events(sender, events)))
    storage.store_callback_request(engine, name="Sanne", contact_method="phone", phone="+31612345678", email=None,
                                   preferred_moment=None, reason=None, conversation_id="bezoeker-d")
    storage.store_callback_request(engine, name="Test", contact_method="phone", phone="+31612345678", email=None,
                                   preferred_moment=None, reason=None, conversation_id="console-0123456789abcdef")
    return datetime.fromtimestamp(now, timezone.utc).date()


def test_overview_figures(engine, conversations):
    today = conversations
    f = overview.figures(engine, today=today)
    assert f["conversations"] == 4 and f["messages"] == 7
    per_day = dict(f["per_day"])
    assert len(f["per_day"]) == 30 and f["per_day"][-1][0] == today
    assert (per_day[today], per_day[today - timedelta(days=1)], per_day[today - timedelta(days=2)]) == (2, 1, 1)
    assert sum(per_day.values()) == 4
    assert {key: n for key, _, n in f["outcomes"]} == {"answered": 2, "clarify": 1, "weet_niet": 1, "crisis": 1, "other": 2}
    assert sorted(key for key, _, _ in f["topics"]) == ["kosten", "verwijzing"]
    assert (f["handoffs"], f["callback_forms"], f["callback_requests"], f["crisis_conversations"], f["crisis_replies"]) == \
        (1, 1, 1, 1, 1)


def test_overview_charts_say_in_words_what_they_draw(engine, conversations):
    charts = overview.charts(overview.figures(engine, today=conversations))
    assert [c["id"] for c in charts] == ["per-dag", "uitkomst", "onderwerpen", "hulp"]
    per_day, outcomes, topics, help_chart = charts
    assert "in totaal 4" in per_day["desc"] and len(per_day["columns"]) == 30
    assert max(c["height"] for c in per_day["columns"]) == 160  # the busiest day is the full height
    assert "beantwoord met een artikel 2 (29%)" in outcomes["desc"]
    assert [b["value"] for b in help_chart["bars"]] == [1, 1, 1, 1, 1]
    assert overview.share(0, 0) == "-"


def test_empty_database_gives_an_empty_overview(engine):
    f = overview.figures(engine)
    assert f["conversations"] == 0 and f["topics"] == [] and all(n == 0 for _, n in f["per_day"])
    assert "nog geen" in overview.charts(f)[2]["desc"]


@pytest.mark.parametrize("wanted, expected", [
    (None, ["bezoeker-c", "bezoeker-a", "bezoeker-b", "bezoeker-d"]),  # newest first
    ("clarify", ["bezoeker-b"]), ("weet_niet", ["bezoeker-b"]), ("crisis", ["bezoeker-c"]),
    ("callback", ["bezoeker-d"]), ("handoff", ["bezoeker-d"]),
])
def test_review_filters(engine, conversations, wanted, expected):
    assert [c["id"] for c in review.recent(engine, wanted)] == expected
    assert set(review.FILTERS) == {"clarify", "weet_niet", "crisis", "callback", "handoff"}


def test_review_never_opens_old_or_console_conversations(engine, conversations):
    assert review.conversation(engine, "bezoeker-oud") is None
    assert review.conversation(engine, "console-0123456789abcdef") is None
    turns = review.conversation(engine, "bezoeker-a")
    assert [(t["intent"], t["confidence"]) for t in turns] == [("faq", 0.9), ("faq", 0.9)]


def test_overview_page(console, browser, account, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", console.db)
    store = UrlSQLTrackerStore()
    for sender, events in known_conversations(time.time()).items():
        asyncio.run(store.save(DialogueStateTracker.from_events(sender + "-pagina", events)))
    browser.login(account)
    status, headers, _, body = browser.get("/overzicht")
    assert status == 200 and headers["cache-control"] == "no-store" and "<script" not in body
    assert body.count('<svg role="img" aria-labelledby=') == 4 and body.count("<title id=") == 4
    assert body.count("<desc id=") == 4 and body.count("<table>") == 4
    assert "Gesprekken per dag" in body and "Meest beantwoorde onderwerpen" in body
    assert "console-" not in body
    status, _, _, _ = browser.get("/logboek")
    from wegwijzer.console import audit
    assert "view_overview" in [r["action"] for r in audit.recent(console.engine, account=account)]
