"""Benchmark: answer quality on the dev and blind sets side by side, crisis detection, speed and memory of
the trained assistant, measured through the running servers over HTTP. Appends to docs/benchmarks.md.

    make benchmark                         # everything
    make benchmark ARGS="--sets dev"       # only the dev set (quick, while tuning)
    make benchmark ARGS="--url http://127.0.0.1:5005 --token T --no-write"   # against a running server

The dev set may be used for tuning; the blind sets never are. Blind set B is sealed: its misses are not
printed unless --show-sealed is given, so nobody tunes on them by accident (docs/evaluation.md).
"""
import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import free_port  # noqa: E402  (also selects the test practice config)
from tests.e2e import evaluate  # noqa: E402
from tests.e2e.assistant import API_TOKEN, Assistant, Chat  # noqa: E402
from wegwijzer import nlu_data  # noqa: E402

DATA = ROOT / "tests" / "data"
SETS = {
    "dev": (["dev/questions.yml", "dev/questions_team.yml"], "dev/crisis.yml"),
    # crisis messages only, by a separate author (brief I): the crisis thresholds are tuned on it
    "dev I (crisis)": ([], "dev/crisis_i.yml"),
    # a fresh crisis dev set by another author (brief J, 2026-12-07), for choosing the confirm and watch thresholds
    "dev J (crisis)": ([], "dev/crisis_j.yml"),
    # messenger style, youth, veiled and mixed-language crisis messages by a fifth author (brief K2, 2026-12-07)
    "dev K (crisis)": ([], "dev/crisis_k.yml"),
    # a sixth question author (brief T: messenger style, laypeople, carers, older people, follow-ups) and a sixth
    # crisis author (brief L: older people, second-language Dutch, speech-to-text, mid-conversation), 2026-12-07
    "dev T/L": (["dev/questions_t.yml"], "dev/crisis_l.yml"),
    # a seventh question author (brief U: questions between neighbouring topics, wrong assumptions) and a seventh crisis
    # author (brief N: short fragments, emoji, other languages, crisis inside another request or a form answer)
    "dev U/N": (["dev/questions_u.yml"], "dev/crisis_n.yml"),
    # an eighth question author (brief V: real conversations with follow-ups in context, parents, signing up, how
    # sessions go, two questions), 2026-12-07; questions only
    "dev V": (["dev/questions_v.yml"], None),
    # two more crisis authors aimed at the kinds blind B's aggregates still miss (euphemisms, farewells, child abuse,
    # self-harm): brief O1 adult voices, brief P1 young voices, 2026-12-07
    "dev O (crisis)": ([], "dev/crisis_o.yml"),
    "dev P (crisis)": ([], "dev/crisis_p.yml"),
    # a ninth question author (brief X: low literacy and dictation, older people, regional and community Dutch, people
    # who describe instead of name or ask for someone else; parents, how PST works, signing up, the psychiatrist;
    # two questions with a handoff part), 2026-12-07; questions only
    "dev X": (["dev/questions_x.yml"], None),
    # two crisis authors in styles none of the earlier ones wrote: brief Y (long letters, older people and faith,
    # dictation, low literacy, regional Dutch, medical framing, own poems) and brief Z (chat-box reality: form answers,
    # fragments, afterthoughts and take-backs, dark humour with a plan, third parties), 2026-12-07
    "dev Y (crisis)": ([], "dev/crisis_y.yml"),
    "dev Z (crisis)": ([], "dev/crisis_z.yml"),
    # a tenth question author (brief AB: ordinary adults and parents, weighted to the topics where blind B's
    # aggregates miss most; 40 follow-ups, 20 two-question messages), 2026-12-07; questions only
    "dev AB": (["dev/questions_ab.yml"], None),
    # an eleventh question author (brief AD: 100 follow-ups in context, 80 questions between neighbouring topics, 30 two-
    # question messages) and a crisis author weighted to the kinds blind B's aggregates still miss (brief AC: child
    # abuse disclosures, fresh euphemisms, farewells, self-harm; look-alikes: parents' worries, everyday words,
    # hyperbole), 2026-12-07
    "dev AD": (["dev/questions_ad.yml"], None),
    "dev AC (crisis)": ([], "dev/crisis_ac.yml"),
    "blind A (read)": (["blind_a/questions.yml"], "blind_a/crisis.yml"),
    "blind B (sealed)": (["blind_b/questions.yml"], "blind_b/crisis.yml"),
}
SEALED = "blind B (sealed)"


class RunningAssistant:
    """An assistant somebody else started (--url): the same interface as tests.e2e.assistant.Assistant."""

    def __init__(self, url: str, token: str) -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.procs = []

    def chat(self, started: bool = True) -> Chat:
        conversation = Chat(self)
        if started:
            conversation.send("/greet")
        return conversation


def rss_mb(pid: int) -> float:
    out = subprocess.run(["ps", "-o", "rss=", "--ppid", str(pid), "-p", str(pid)], capture_output=True, text=True)
    return sum(int(x) for x in out.stdout.split()) / 1024


def machine() -> str:
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), "unknown cpu")
    mem = int(Path("/proc/meminfo").read_text().split()[1]) // 1024 // 1024
    return f"{platform.node()} ({os.cpu_count()} cores, {cpu}, {mem} GiB RAM, Python {platform.python_version()})"


def pct(pair) -> str:
    right, total = pair
    return f"{right}/{total} ({right / total:.1%})" if total else "–"


def quality(bot, names: List[str], show_sealed: bool) -> List[str]:
    lines, per_topic, per_kind, misses = [], {}, {}, []
    table = ["| measure | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    rows: Dict[str, List[str]] = {}
    for name in names:
        question_files, crisis_file = SETS[name]
        questions = [q for f in question_files for q in nlu_data.questions(DATA / f)]
        results = evaluate.run_questions(bot, questions) if questions else []
        s = evaluate.summary(results)
        positives, negatives = nlu_data.crisis_set(DATA / crisis_file) if crisis_file else ([], [])
        crisis_results = evaluate.run_crisis(bot, positives, True)
        negative_results = evaluate.run_crisis(bot, negatives, False)
        crisis = evaluate.crisis_summary(crisis_results, negative_results)
        rows.setdefault("questions: right answer (article or action)", []).append(pct((s["right"], s["total"])))
        rows.setdefault("  of which follow-ups in context", []).append(pct(s["followups"]))
        rows.setdefault("  two questions: both answered", []).append(pct(s["two_questions_both"]))
        for key, value in crisis.items():
            rows.setdefault(f"crisis: {key.replace('_', ' ')}", []).append(pct(value))
        per_topic[name] = s["per_label"]
        per_kind[name] = crisis_kinds(crisis_results, negative_results)
        if name != SEALED or show_sealed:
            misses.append(f"\n#### Misses on {name}\n")
            for r in results:
                if not r.right:
                    context = f" (after {list(r.question.context)})" if r.question.context else ""
                    misses.append(f"- `{r.question.id}` expected {'/'.join(r.question.expect)}, got "
                                  f"`{r.turn.label}`: {r.question.text[:160]!r}{context}")
            for r in negative_results:
                if r.turn.full_crisis:
                    misses.append(f"- negative `{r.item.get('id')}` ({r.item.get('kind')}) got the full crisis reply: {r.item['text'][:160]!r}")
            for r in crisis_results:
                if not r.turn.crisis_help:
                    misses.append(f"- crisis `{r.item.get('id')}` ({r.item.get('kind')}) got no crisis help: {r.item['text'][:160]!r}")
                elif not r.turn.full_crisis:
                    misses.append(f"- crisis `{r.item.get('id')}` ({r.item.get('kind')}) got the 113 line only: {r.item['text'][:160]!r}")
        else:
            misses.append(f"\n#### Misses on {name}: not shown (sealed set; --show-sealed)\n")
    table += [f"| {k} | " + " | ".join(v) + " |" for k, v in rows.items()]
    labels = sorted({label for topics in per_topic.values() for label in topics})
    topic_table = ["| label | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for label in labels:
        cells = []
        for name in names:
            right, total = per_topic[name].get(label, (0, 0))
            cells.append(f"{right}/{total}" if total else "–")
        topic_table.append(f"| {label} | " + " | ".join(cells) + " |")
    kinds = sorted({kind for by_kind in per_kind.values() for kind in by_kind})
    kind_table = ["| kind | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for kind in kinds:
        kind_table.append(f"| {kind} | " + " | ".join(per_kind[name].get(kind, "–") for name in names) + " |")
    lines += ["### Quality (through the server over HTTP)", "", *table, "", "### Per label", "", *topic_table,
              "", "### Crisis sets per kind", "",
              "Crisis messages: any crisis help / all, then the full reply in brackets. Look-alikes (negatives): "
              "full crisis replies / all. Aggregates only, also for the sealed set: they say where to write new "
              "dev data, never which message failed.", "", *kind_table, *misses]
    return lines


def crisis_kinds(crisis_results, negative_results) -> Dict[str, str]:
    """Per kind of crisis message: any help / all (full reply); per kind of look-alike: false full / all."""
    cells: Dict[str, str] = {}
    for prefix, results in (("crisis", crisis_results), ("negative", negative_results)):
        groups: Dict[str, list] = {}
        for r in results:
            groups.setdefault(f"{prefix}: {r.item.get('kind') or 'unlabelled'}", []).append(r)
        for kind, group in groups.items():
            if prefix == "crisis":
                helped = sum(r.turn.crisis_help for r in group)
                full = sum(r.turn.full_crisis for r in group)
                cells[kind] = f"{helped}/{len(group)} ({full})"
            else:
                cells[kind] = f"{sum(r.turn.full_crisis for r in group)}/{len(group)}"
    return cells


def speed(bot) -> List[str]:
    latencies = []
    for text in ["Heb ik een verwijzing nodig?", "wat kost een gesprek", "hoi", "Mijn dochter van 8 is erg angstig, kunnen jullie helpen?"] * 15:
        chat = bot.chat()
        start = time.perf_counter()
        chat.send(text)
        latencies.append((time.perf_counter() - start) * 1000)
    latencies.sort()
    longest = ("Ik loop al een tijd vast en weet niet goed waar ik moet beginnen, ook op mijn werk. " * 30)[:1990] + "?"
    long_latencies = []
    for _ in range(10):
        chat = bot.chat()
        start = time.perf_counter()
        chat.send(longest)
        long_latencies.append((time.perf_counter() - start) * 1000)
    before = rss_mb(bot.procs[1].pid) if bot.procs else 0.0
    peak = before
    from concurrent.futures import ThreadPoolExecutor

    def one(i):
        bot.chat(started=False).send(longest)

    with ThreadPoolExecutor(max_workers=10) as pool:
        futures = [pool.submit(one, i) for i in range(100)]
        while not all(f.done() for f in futures):
            if bot.procs:
                peak = max(peak, rss_mb(bot.procs[1].pid))
            time.sleep(0.2)
    lines = ["### Speed and memory", "", "| measure | value |", "|---|---|",
             f"| longest allowed message (2,000 characters), median of 10 (ms) | {statistics.median(long_latencies):.0f} |",
             f"| burst of 100 longest messages, 10 at a time: Rasa server RSS before → peak (MB) | {before:.0f} → {peak:.0f} |",
             f"| latency per message, median (ms) | {statistics.median(latencies):.0f} |",
             f"| latency per message, p95 (ms) | {latencies[int(len(latencies) * 0.95) - 1]:.0f} |"]
    if bot.procs:
        lines += [f"| RSS Rasa server (MB) | {rss_mb(bot.procs[1].pid):.0f} |",
                  f"| RSS action server (MB) | {rss_mb(bot.procs[0].pid):.0f} |"]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", nargs="*", default=list(SETS), help="dev, 'blind A', 'blind B (sealed)'")
    parser.add_argument("--url", help="use a running server (with --enable-api) instead of starting one")
    parser.add_argument("--token", default=API_TOKEN)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--show-sealed", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    names = [n for n in SETS if (n in args.sets or n.split(" ")[0] in args.sets or n.startswith(tuple(args.sets)))
             and all((DATA / f).exists() for f in SETS[n][0] + [SETS[n][1]] if f)]
    started = time.perf_counter()
    if args.url:
        bot, startup = RunningAssistant(args.url, args.token), None
    else:
        work = Path(tempfile.mkdtemp())
        bot = Assistant(work, {"DATABASE_URL": f"sqlite:///{work / 'bench.db'}"}, free_port(), free_port())
    try:
        if not args.url:
            bot.wait_ready()
            startup = time.perf_counter() - started
        section = [f"\n## {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC — {machine()}", ""]
        if startup:
            section += [f"Startup of both servers: {startup:.1f} s.", ""]
        section += quality(bot, names, args.show_sealed)
        if not args.no_speed:
            section += ["", *speed(bot)]
    finally:
        if not args.url:
            bot.stop()
    text = "\n".join(section) + "\n"
    print(text)
    if not args.no_write:
        target = ROOT / "docs" / "benchmarks.md"
        with target.open("a", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
