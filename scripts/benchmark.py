"""Benchmark: accuracy, latency and memory of the trained assistant; appends results to docs/benchmarks.md.

Run with `make benchmark`. Starts the real servers on free localhost ports (as the end-to-end tests do).
Add `--cross-validation` to also run Rasa's 3-fold NLU cross-validation (slow: trains 3 models).
"""
import argparse
import json
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import free_port  # noqa: E402
from tests.e2e.assistant import Assistant  # noqa: E402

DATA = ROOT / "tests" / "data"


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB."""
    out = subprocess.run(["ps", "-o", "rss=", "--ppid", str(pid), "-p", str(pid)], capture_output=True, text=True)
    return sum(int(x) for x in out.stdout.split()) / 1024


def machine() -> str:
    cpu = "unknown cpu"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = int(Path("/proc/meminfo").read_text().split()[1]) // 1024 // 1024
    import os

    return f"{platform.node()} ({os.cpu_count()} cores, {cpu}, {mem} GiB RAM, Python {platform.python_version()})"


def measure(bot: Assistant) -> dict:
    questions = yaml.safe_load((DATA / "heldout_questions.yml").read_text(encoding="utf-8"))["questions"]
    crisis = yaml.safe_load((DATA / "crisis_phrases.yml").read_text(encoding="utf-8"))["phrases"]
    not_crisis = yaml.safe_load((DATA / "not_crisis.yml").read_text(encoding="utf-8"))["messages"]
    latencies, correct, topic_correct = [], 0, 0
    for q in questions:
        chat = bot.chat()
        start = time.perf_counter()
        answer = chat.say(q["text"])
        latencies.append((time.perf_counter() - start) * 1000)
        correct += bool(re.search(q["expect"], answer, re.I))
        parsed = bot.parse(q["text"])
        selected = ((parsed.get("response_selector") or {}).get("faq") or {}).get("response") or {}
        topic_correct += selected.get("intent_response_key") == f"faq/{q['topic']}"
    recall = sum(bot.parse(p["text"])["intent"]["name"] == "crisis" for p in crisis)
    normal = [q["text"] for q in questions] + not_crisis
    alarms = sum(bot.parse(t)["intent"]["name"] == "crisis" for t in normal)
    latencies.sort()
    return {
        "heldout_key_fact": f"{correct}/{len(questions)} ({correct / len(questions):.1%})",
        "heldout_topic_top1": f"{topic_correct}/{len(questions)} ({topic_correct / len(questions):.1%})",
        "crisis_recall": f"{recall}/{len(crisis)} ({recall / len(crisis):.1%})",
        "crisis_false_alarms": f"{alarms}/{len(normal)} ({alarms / len(normal):.1%})",
        "latency_ms_p50": round(statistics.median(latencies), 1),
        "latency_ms_p95": round(latencies[int(len(latencies) * 0.95) - 1], 1),
        "rss_mb_rasa_server": round(rss_mb(bot.procs[1].pid)),
        "rss_mb_action_server": round(rss_mb(bot.procs[0].pid)),
    }


def cross_validation() -> str:
    out = Path(tempfile.mkdtemp()) / "cv"
    subprocess.run(
        [str(ROOT / ".venv/bin/rasa"), "test", "nlu", "--nlu", "data/nlu", "--config", "config.yml",
         "--cross-validation", "--folds", "3", "--out", str(out)],
        cwd=ROOT, check=True, capture_output=True,
    )
    report = json.loads((out / "intent_report.json").read_text())
    lines = ["| intent | precision | recall | f1 | support |", "|---|---|---|---|---|"]
    for name, r in sorted(report.items()):
        if isinstance(r, dict) and "precision" in r:
            lines.append(f"| {name} | {r['precision']:.2f} | {r['recall']:.2f} | {r['f1-score']:.2f} | {r['support']} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cross-validation", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    bot = Assistant(work, {"DATABASE_URL": f"sqlite:///{work / 'bench.db'}"}, free_port(), free_port())
    started = time.perf_counter()
    try:
        bot.wait_ready()
        startup = time.perf_counter() - started
        results = {"startup_s": round(startup, 1), **measure(bot)}
    finally:
        bot.stop()
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    section = [f"\n## {stamp} — {machine()}\n", "| measure | value |", "|---|---|"]
    section += [f"| {k} | {v} |" for k, v in results.items()]
    if args.cross_validation:
        section += ["", "NLU 3-fold cross-validation (intents):", "", cross_validation()]
    target = ROOT / "docs" / "benchmarks.md"
    if not target.exists():
        target.write_text("# Benchmarks\n\nWritten by `make benchmark` (scripts/benchmark.py); newest last.\n")
    with target.open("a") as f:
        f.write("\n".join(section) + "\n")
    print("\n".join(section))


if __name__ == "__main__":
    main()
