"""Dev-set messages by label, for the detector tests (the dev set may be used for development; the blind
sets are only read by the benchmark and the end-to-end tests)."""
from pathlib import Path

from wegwijzer import nlu_data

DEV = Path(__file__).resolve().parents[2] / "data" / "dev"


def dev_texts(*labels: str):
    questions = [q for f in ("questions.yml", "questions_team.yml") for q in nlu_data.questions(DEV / f)]
    return [q.text for q in questions if set(q.expect) & set(labels) and not q.context]


def dev_topic_questions():
    """Every dev question answered by an article: none of them may trip a refusal, crisis or handoff detector."""
    return dev_texts(*[f"faq/{k}" for k in __import__("wegwijzer.knowledge", fromlist=["articles"]).articles()])
