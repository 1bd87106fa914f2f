"""Inbox of unanswered questions: mark reviewed, or add one as an example question to a topic. Added examples
go to one reviewed data file (data/nlu/staff_examples.yml, or CONSOLE_EXAMPLES_FILE), valid Rasa NLU
YAML that `rasa data validate` and the next training read like every other file in data/nlu/."""
import os
import re
import threading
from pathlib import Path
from typing import Dict, List

import sqlalchemy as sa
from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader
from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import LiteralScalarString
from sqlalchemy.exc import SQLAlchemyError

from wegwijzer import knowledge, storage
from wegwijzer.console.review import CONSOLE_PREFIX
from wegwijzer.files import project_path

MAX_EXAMPLE = 500
HEADER = ("# Example questions added by practice staff in the console (Inbox -> 'Voeg toe als voorbeeld').\n"
          "# Reviewed by staff; used by the next training. Remove a line here to take an example back.\n")
_lock = threading.Lock()


class ExampleError(ValueError):
    """A topic or text that cannot become an example (message in Dutch, shown to staff)."""


def examples_file() -> Path:
    return Path(os.environ.get("CONSOLE_EXAMPLES_FILE") or project_path("data", "nlu", "staff_examples.yml"))


def topics() -> List[Dict]:
    return sorted(({"key": a.key, "title": a.title} for a in knowledge.articles().values()), key=lambda t: t["title"])


def questions(engine: sa.engine.Engine, status: str = "new") -> List[Dict]:
    """Unanswered visitor questions (never the console's own test conversations), newest first."""
    table = storage.unanswered_questions
    try:
        storage.list_unanswered(engine, None)  # creates the tables when they are not there yet
        query = sa.select(table).where(sa.or_(table.c.conversation_id.is_(None),
                                              ~table.c.conversation_id.startswith(CONSOLE_PREFIX)))
        if status != "all":
            query = query.where(table.c.status == status)
        with engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query.order_by(table.c.id.desc()).limit(500))]
    except SQLAlchemyError as error:
        raise storage.StorageError(type(error).__name__) from error


def question(engine: sa.engine.Engine, question_id: int) -> Dict:
    table = storage.unanswered_questions
    with engine.connect() as conn:
        row = conn.execute(sa.select(table).where(table.c.id == question_id)).first()
    return dict(row._mapping) if row else None


def clean_example(text: str) -> str:
    # one line, no entity markup ([..](..) would be read as an annotation), no YAML-looking surprises
    text = re.sub(r"\s+", " ", str(text or "")).strip().replace("[", "").replace("]", "")
    if not text:
        raise ExampleError("Een lege vraag kan geen voorbeeld zijn.")
    if len(text) > MAX_EXAMPLE:
        raise ExampleError(f"Een voorbeeld is hoogstens {MAX_EXAMPLE} tekens.")
    return text


def add_example(topic: str, text: str) -> Path:
    """Append `text` as an example of faq/<topic>; the result is parsed by Rasa's reader before it is written."""
    if topic not in knowledge.articles():
        raise ExampleError("Onbekend onderwerp.")
    text = clean_example(text)
    path = examples_file()
    yaml = YAML()
    yaml.width = 4096
    with _lock:
        data = {"version": "3.1", "nlu": []}
        if path.exists():
            loaded = yaml.load(path.read_text(encoding="utf-8")) or {}
            data["nlu"] = list(loaded.get("nlu") or [])
        intent = f"faq/{topic}"
        block = next((b for b in data["nlu"] if b.get("intent") == intent), None)
        if block is None:
            block = {"intent": intent, "examples": ""}
            data["nlu"].append(block)
        lines = [line for line in str(block.get("examples") or "").splitlines() if line.strip()]
        if f"- {text}" in lines:
            return path
        lines.append(f"- {text}")
        block["examples"] = LiteralScalarString("\n".join(lines) + "\n")
        from io import StringIO

        out = StringIO()
        yaml.dump(data, out)
        content = HEADER + out.getvalue()
        parsed = RasaYAMLReader().reads(content)  # raises on anything Rasa would not train on
        if text not in {m.get("text") for m in parsed.intent_examples}:
            raise ExampleError("Deze vraag kan niet als voorbeeld worden opgeslagen.")
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(content, encoding="utf-8")
        tmp.replace(path)
    return path
