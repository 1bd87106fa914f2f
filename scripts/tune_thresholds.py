"""Tune the AnswerGuard thresholds on the held-out sets, against a running server with the HTTP API.

Usage: RASA_URL=http://127.0.0.1:5005 RASA_API_TOKEN=... python -m scripts.tune_thresholds
Prints, per (response_threshold, fused_threshold), how many held-out questions get the right topic and
how many out-of-scope / gibberish / abuse messages would wrongly get a topic answer.
"""
import json
import os
import sys
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wegwijzer.components.answer_guard import fuse, ranking_scores, search_index  # noqa: E402

URL = os.environ.get("RASA_URL", "http://127.0.0.1:5005")
TOKEN = os.environ.get("RASA_API_TOKEN", "")


def parse(text):
    req = urllib.request.Request(f"{URL}/model/parse?token={TOKEN}", data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))


def decide(parsed, text, response_threshold, fused_threshold, diet_intent, evidence=0.25):
    """Mirror of AnswerGuard._guard on the pre-guard prediction (`diet_intent`)."""
    if diet_intent not in ("faq", "nlu_fallback"):
        return None
    selector = ranking_scores(parsed)
    hits = dict(search_index().search(text, top=100))
    top = max(selector, key=selector.get) if selector else None
    if diet_intent == "faq" and top and selector[top] >= response_threshold and hits.get(top, 0) >= evidence:
        return top
    key, score = fuse(selector, hits)
    return key if key and score >= fused_threshold and hits.get(key, 0) >= evidence else None


def main():
    data = ROOT / "tests" / "data"
    questions = yaml.safe_load((data / "heldout_questions.yml").read_text())["questions"]
    refusals = yaml.safe_load((data / "refusals.yml").read_text())
    noise = refusals["out_of_scope"] + refusals["gibberish"] + refusals["abuse"]
    cache = {}
    for text in [q["text"] for q in questions] + noise:
        parsed = parse(text)
        ranking = [r["name"] for r in parsed.get("intent_ranking", []) if r["name"] != "nlu_fallback"]
        intent = parsed["intent"]["name"]
        # the classifier's own intent before the guard: faq when it ranked faq first
        cache[text] = (parsed, "faq" if intent == "faq" or (ranking and ranking[0] == "faq") else intent)
    print("response_thr fused_thr  heldout_right  noise_answered")
    for rt in (0.3, 0.4, 0.5, 0.6):
        for ft in (0.4, 0.5, 0.6, 0.7, 0.8):
            right = sum(decide(*cache[q["text"]][:1], q["text"], rt, ft, cache[q["text"]][1]) == q["topic"] for q in questions)
            wrong = sum(decide(cache[t][0], t, rt, ft, cache[t][1]) is not None for t in noise)
            print(f"{rt:12} {ft:9} {right:6}/{len(questions)} {wrong:8}/{len(noise)}")


if __name__ == "__main__":
    main()
