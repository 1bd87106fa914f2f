"""Retrain from the console: `rasa train` in the background on data/ plus the staff examples file, the dev set
asked to the running model and to the new one (each question in a console-retrain-... conversation), and a
switch of the running assistant to the new model only when its dev-set score did not drop; otherwise the
old model stays and the page says which topics got worse. One retrain at a time; the state is in memory.

Settings (environment): CONSOLE_MODELS_DIR (default models/; the switched model is saved there as
wegwijzer.tar.gz, the one before it as wegwijzer-vorige.tar.gz), CONSOLE_RETRAIN_QUESTIONS (default the
dev set, tests/data/dev/questions.yml).
"""
import asyncio
import logging
import os
import re
import secrets
import shutil
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Deque, Dict, List, Optional, Tuple

from wegwijzer.console import batch, inbox
from wegwijzer.files import project_path

logger = logging.getLogger(__name__)

MODEL_NAME = "wegwijzer"
PREVIOUS_NAME = "wegwijzer-vorige"
TRAIN_TIMEOUT = 30 * 60
ANSI = re.compile(r"\x1b\[[0-9;]*m")
COMPONENT = re.compile(r"(Restored|Starting to train|Finished training) component '([A-Za-z0-9_]+)'")
PHASES = {"train": "Het nieuwe model wordt getraind", "old": "De testvragen gaan naar het huidige model",
          "new": "De testvragen gaan naar het nieuwe model", "switch": "De assistent schakelt over",
          "done": "Klaar"}


class RetrainError(Exception):
    """A step that failed (message in Dutch, shown to staff); the running model stays."""


@dataclass
class Retrain:
    id: str
    account: str
    started: float = field(default_factory=time.time)
    phase: str = "train"
    log: Deque[str] = field(default_factory=lambda: deque(maxlen=8))
    components: int = 0
    done: int = 0
    total: int = 0
    old: Tuple[int, int] = (0, 0)
    new: Tuple[int, int] = (0, 0)
    worse: List[Tuple[str, int, int, int]] = field(default_factory=list)  # (topic, old passed, new passed, total)
    better: List[Tuple[str, int, int, int]] = field(default_factory=list)
    switched: Optional[bool] = None
    message: Optional[str] = None
    finished: Optional[float] = None
    task: Any = None

    @property
    def running(self) -> bool:
        return self.finished is None

    @property
    def progress_text(self) -> str:
        if not self.running:
            return self.message or PHASES["done"]
        if self.phase == "train":
            return f"{PHASES['train']} ({self.components} onderdelen klaar)."
        if self.phase in ("old", "new"):
            return f"{PHASES[self.phase]}: {self.done} van {self.total} vragen klaar."
        return PHASES[self.phase] + "."


current: Optional[Retrain] = None


def models_dir() -> Path:
    return Path(os.environ.get("CONSOLE_MODELS_DIR") or project_path("models"))


def questions_file() -> Path:
    return Path(os.environ.get("CONSOLE_RETRAIN_QUESTIONS") or project_path("tests", "data", "dev", "questions.yml"))


def staff_examples() -> int:
    path = inbox.examples_file()
    if not path.exists():
        return 0
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    try:
        return len(RasaYAMLReader().read(str(path)).intent_examples)
    except Exception:  # noqa: BLE001 — a broken file shows as no examples here; training reports the error
        return 0


def train_command(out_dir: Path, name: str) -> List[str]:
    """`rasa train` on data/ (which holds data/nlu/staff_examples.yml by default) plus the staff examples
    file when it lives elsewhere (CONSOLE_EXAMPLES_FILE)."""
    data = [str(project_path("data"))]
    examples = inbox.examples_file()
    if examples.exists() and project_path("data").resolve() not in examples.resolve().parents:
        data.append(str(examples))
    return [sys.executable, "-m", "rasa", "train", "--data", *data, "--config", str(project_path("config.yml")),
            "--domain", str(project_path("domain.yml")), "--out", str(out_dir), "--fixed-model-name", name]


async def train(job: Retrain, out_dir: Path) -> Path:
    name = f"kandidaat-{job.id}"
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    process = await asyncio.create_subprocess_exec(
        *train_command(out_dir, name), cwd=str(project_path()), env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)

    async def read() -> None:
        async for raw in process.stdout:
            line = ANSI.sub("", raw.decode("utf-8", "replace")).strip()
            found = COMPONENT.search(line)
            if found:
                job.components += found.group(1) != "Starting to train"
                job.log.append(f"{found.group(1)} component {found.group(2)}")
            elif "Error" in line or "error" in line:
                job.log.append(line[:300])

    try:
        await asyncio.wait_for(asyncio.gather(read(), process.wait()), timeout=TRAIN_TIMEOUT)
    except asyncio.TimeoutError:
        process.kill()
        raise RetrainError(f"Het trainen duurde langer dan {TRAIN_TIMEOUT // 60} minuten en is gestopt.")
    model = out_dir / f"{name}.tar.gz"
    if process.returncode != 0 or not model.exists():
        raise RetrainError("Het trainen is mislukt. Meestal zit er een fout in de trainingsgegevens; "
                           "de beheerder kan `make validate` draaien om te zien welke.")
    return model


def load_agent(model: Path, like: Any, serving: bool):
    """A Rasa agent for `model` with the running agent's action server. `serving`: with the running agent's
    tracker and lock store (to replace it); otherwise in-memory ones (for the test questions)."""
    from rasa.core.agent import Agent
    from rasa.core.lock_store import InMemoryLockStore
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator
    from rasa.core.tracker_store import InMemoryTrackerStore
    from rasa.shared.core.domain import Domain

    generator = None if isinstance(like.nlg, TemplatedNaturalLanguageGenerator) else like.nlg
    if serving:
        # domain=like.domain: the shared tracker store keeps a domain while the new model loads
        agent = Agent(domain=like.domain, generator=generator, tracker_store=like.tracker_store,
                      lock_store=like.lock_store, action_endpoint=like.action_endpoint,
                      model_server=like.model_server, remote_storage=like.remote_storage,
                      http_interpreter=like.http_interpreter)
    else:
        agent = Agent(generator=generator, tracker_store=InMemoryTrackerStore(Domain.empty()),
                      lock_store=InMemoryLockStore(), action_endpoint=like.action_endpoint,
                      http_interpreter=like.http_interpreter)
    agent.load_model(str(model))
    return agent


Ask = Callable[[Any, Callable, str, List[str]], Any]  # (agent, on_new_message, conversation, texts) -> events


async def score(job: Retrain, rows: List[batch.Row], agent: Any, handle: Callable, ask: Ask) -> List[batch.Outcome]:
    job.done, job.total = 0, len(rows)
    outcomes = []
    for row in rows:
        conversation = "console-retrain-" + secrets.token_hex(8)
        events = await ask(agent, handle, conversation, list(row.context) + [row.question])
        outcomes.append(batch.judge(row, events, conversation))
        job.done += 1
    return outcomes


def compare(job: Retrain, old: List[batch.Outcome], new: List[batch.Outcome]) -> None:
    old_topics, job.old = batch.scores(old)
    new_topics, job.new = batch.scores(new)
    before = {t: p for t, p, _ in old_topics}
    job.worse = sorted((t, before.get(t, 0), p, n) for t, p, n in new_topics if p < before.get(t, 0))
    job.better = sorted((t, before.get(t, 0), p, n) for t, p, n in new_topics if p > before.get(t, 0))


def keep_model(model: Path) -> Path:
    """Saves the switched model as models/wegwijzer.tar.gz (the one before it as wegwijzer-vorige.tar.gz),
    so that a restart (make run: the newest file in models/) starts with it too."""
    target = models_dir() / f"{MODEL_NAME}.tar.gz"
    if target.exists():
        shutil.copy2(target, models_dir() / f"{PREVIOUS_NAME}.tar.gz")
    tmp = models_dir() / f".{MODEL_NAME}.tar.gz.tmp"
    shutil.copyfile(model, tmp)
    tmp.replace(target)
    return target


class Busy(Exception):
    """A retrain is running already."""


def start(account: str, app: Any, handle: Callable, ask: Ask, report: Callable[[Retrain], Any]) -> Retrain:
    global current
    if current is not None and current.running:
        raise Busy()
    current = Retrain(secrets.token_hex(8), account)
    current.task = asyncio.get_running_loop().create_task(_run(current, app, handle, ask, report))
    return current


async def _run(job: Retrain, app: Any, handle: Callable, ask: Ask, report: Callable[[Retrain], Any]) -> None:
    loop = asyncio.get_running_loop()
    out_dir = models_dir() / "kandidaten"
    try:
        from wegwijzer.nlu_data import questions

        rows = batch.rows_from(questions(questions_file()))
        out_dir.mkdir(parents=True, exist_ok=True)
        model = await train(job, out_dir)
        job.phase = "old"
        old = await score(job, rows, app.ctx.agent, handle, ask)
        job.phase = "new"
        candidate = await loop.run_in_executor(None, load_agent, model, app.ctx.agent, False)
        new = await score(job, rows, candidate, candidate.handle_message, ask)
        del candidate
        compare(job, old, new)
        if job.new[0] < job.old[0]:
            job.switched = False
            job.message = (f"Het oude model blijft: het nieuwe had {job.new[0]} van {job.new[1]} testvragen goed, "
                           f"het huidige {job.old[0]}.")
        else:
            job.phase = "switch"
            serving = await loop.run_in_executor(None, load_agent, model, app.ctx.agent, True)
            await loop.run_in_executor(None, keep_model, model)
            app.ctx.agent = serving
            job.switched = True
            job.message = (f"De assistent gebruikt nu het nieuwe model: {job.new[0]} van {job.new[1]} testvragen "
                           f"goed (was {job.old[0]}).")
    except RetrainError as error:
        job.switched, job.message = False, f"{error} Het oude model blijft."
    except Exception as error:  # noqa: BLE001 — the page shows that it stopped; the old model stays
        logger.error("Retrain %s stopped (%s)", job.id, type(error).__name__)
        job.switched, job.message = False, "Het opnieuw trainen is gestopt door een fout. Het oude model blijft."
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
        job.phase, job.finished = "done", time.time()
        try:
            await report(job)
        except Exception as error:  # noqa: BLE001 — the audit log is best effort here, the job is over
            logger.error("Could not log the retrain result (%s)", type(error).__name__)
