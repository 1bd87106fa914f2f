"""Tune the AnswerGuard thresholds on the DEV set only (never the blind sets).

Parses every dev question once through a running server (the real pipeline), then replays the
AnswerGuard's own `decide()` with each candidate setting. Messages a SafetyNet detector decided are
scored as the server decided them; a fallback counts as right where the dev label is out_of_scope or
clarify (the clarify action tells those apart).

    .venv/bin/python scripts/tune_thresholds.py --url http://127.0.0.1:5005 --token T
"""
import argparse
import itertools
import json
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wegwijzer import nlu_data  # noqa: E402
from wegwijzer.components.answer_guard import DEFAULTS, decide, rankings  # noqa: E402

GRID = {
    "intent_threshold": [0.3, 0.4, 0.5],
    "response_threshold": [0.2, 0.3, 0.4],
    "agreement_threshold": [0.2, 0.3, 0.4],
    "fused_threshold": [0.4, 0.5, 0.6],
    "min_search_score": [0.15, 0.2, 0.25],
}
FALLBACK_OK = {"out_of_scope", "clarify"}


def parse(url: str, token: str, text: str) -> dict:
    request = urllib.request.Request(f"{url}/model/parse?token={token}", data=json.dumps({"text": text}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def outcome(parsed: dict, config: dict) -> str:
    if (parsed.get("safety") or {}).get("decided_by"):
        intent = parsed["intent"]["name"]
        return intent
    intents, topics = rankings(parsed, "faq")
    search = {h["key"]: h["score"] for h in parsed.get("knowledge_search") or []}
    decision = decide(intents, topics, search, config, words=len((parsed.get("text") or "").split()))
    return f"faq/{decision.topic}" if decision.topic else decision.intent


def score(items, config) -> int:
    right = 0
    for expect, parsed in items:
        got = outcome(parsed, config)
        right += bool(got in expect or (got == "nlu_fallback" and FALLBACK_OK & set(expect)))
    return right


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:5005")
    parser.add_argument("--token", required=True)
    args = parser.parse_args()
    dev = ROOT / "tests" / "data" / "dev"
    questions = [q for f in ("questions.yml", "questions_team.yml") for q in nlu_data.questions(dev / f) if not q.context]
    items = [(q.expect, parse(args.url, args.token, q.text)) for q in questions]
    base = {**DEFAULTS}
    print(f"current defaults: {score(items, base)}/{len(items)}")
    results = []
    for values in itertools.product(*GRID.values()):
        config = {**base, **dict(zip(GRID, values))}
        results.append((score(items, config), values))
    results.sort(key=lambda r: -r[0])
    for right, values in results[:15]:
        print(f"{right}/{len(items)}", dict(zip(GRID, values)))


if __name__ == "__main__":
    main()
