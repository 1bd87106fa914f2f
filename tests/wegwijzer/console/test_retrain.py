"""Retrain (wegwijzer/console/retrain.py) over HTTP on a real Sanic server: the switch when the dev-set score
did not drop, the old model kept (and why) when it did, a failed training, one retrain at a time, the audit
log. `rasa train` and model loading are replaced by stand-ins here; tests/e2e/console/test_retrain.py runs
the real ones."""
import json
import time

import pytest

from tests.wegwijzer.console.conftest import RecordingAgent
from wegwijzer.console import audit, retrain

QUESTIONS = "questions:\n  - id: q1\n    text: Wat kost het?\n    expect: faq/kosten\n" \
            "  - id: q2\n    text: Heb ik een verwijzing nodig?\n    expect: faq/verwijzing\n" \
            "  - id: q3\n    context: [\"Wat kost het?\"]\n    text: en voor kinderen?\n    expect: faq/kosten\n"
UNANSWERED = [{"text": "Dat weet ik niet.", "metadata": {"unanswered": True}}]


class BetterAgent(RecordingAgent):
    """Also answers the referral question right."""

    async def handle_message(self, message) -> None:
        topic = "verwijzing" if "verwijzing" in message.text else "kosten"
        self.replies = [{"text": "Antwoord", "metadata": {"article": topic}}]
        await super().handle_message(message)


@pytest.fixture
def setup(console, tmp_path, monkeypatch):
    """Questions, models folder and stand-ins for training and loading; the running agent answers 'kosten'
    (2 of the 3 questions right)."""
    questions = tmp_path / "questions.yml"
    questions.write_text(QUESTIONS, encoding="utf-8")
    monkeypatch.setenv("CONSOLE_RETRAIN_QUESTIONS", str(questions))
    monkeypatch.setenv("CONSOLE_MODELS_DIR", str(tmp_path / "models"))
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "wegwijzer.tar.gz").write_bytes(b"oud model")
    state = {"candidate": RecordingAgent(), "loaded": [], "fail": None}
    running = RecordingAgent()
    console.app.ctx.agent = running

    async def train(job, out_dir):
        job.log.append("Finished training component TopicClassifier")
        job.components += 1
        if state["fail"]:
            raise state["fail"]
        model = out_dir / f"kandidaat-{job.id}.tar.gz"
        model.write_bytes(b"nieuw model")
        return model

    def load_agent(model, like, serving):
        state["loaded"].append((model.name, like, serving))
        return RecordingAgent(state["candidate"].replies) if serving else state["candidate"]

    monkeypatch.setattr(retrain, "train", train)
    monkeypatch.setattr(retrain, "load_agent", load_agent)
    state["running"] = running
    state["models"] = tmp_path / "models"
    return state


def run(browser, account):
    browser.login(account)
    token = browser.csrf("/opnieuw-trainen")
    status, headers, _, _ = browser.post("/opnieuw-trainen", {"csrf": token})
    assert status == 303 and headers["location"] == "/webhooks/console/opnieuw-trainen"
    for _ in range(200):
        state = json.loads(browser.get("/opnieuw-trainen/voortgang")[3])
        if not state["running"]:
            return browser.get("/opnieuw-trainen")[3]
        time.sleep(0.05)
    raise AssertionError("retrain did not finish")


def test_switches_when_the_score_did_not_drop(console, browser, account, setup):
    page = run(browser, account)
    job = retrain.current
    assert (job.switched, job.old, job.new) == (True, (2, 3), (2, 3))
    assert "De assistent gebruikt nu het nieuwe model: 2 van 3 testvragen goed (was 2)" in page
    assert console.app.ctx.agent is not setup["running"]  # the running assistant answers with the new model
    assert [(serving, like is setup["running"]) for _, like, serving in setup["loaded"]] == [(False, True), (True, True)]
    assert (setup["models"] / "wegwijzer.tar.gz").read_bytes() == b"nieuw model"
    assert (setup["models"] / "wegwijzer-vorige.tar.gz").read_bytes() == b"oud model"
    assert not (setup["models"] / "kandidaten").exists()
    # every test question in a conversation of its own, never a visitor's
    conversations = [m.sender_id for m in setup["running"].messages] + [m.sender_id for m in setup["candidate"].messages]
    assert all(c.startswith("console-retrain-") for c in conversations) and len(set(conversations)) == 6
    assert len(setup["candidate"].messages) == 4  # the follow-up question's earlier message came first
    logged = {r["action"]: r["target"] for r in audit.recent(console.engine, account=account)}
    assert "retrain_started" in logged and logged["retrain_done"].endswith("overgeschakeld, 2->2 van 3")


def test_a_better_model_shows_what_improved(console, browser, account, setup):
    setup["candidate"] = BetterAgent()
    page = run(browser, account)
    job = retrain.current
    assert (job.switched, job.new, job.better, job.worse) == (True, (3, 3), [("verwijzing", 0, 1, 1)], [])
    assert "Beter per onderwerp" in page and "Slechter per onderwerp" not in page


def test_keeps_the_old_model_when_the_score_dropped_and_says_why(console, browser, account, setup):
    setup["candidate"].replies = UNANSWERED
    page = run(browser, account)
    job = retrain.current
    assert (job.switched, job.old, job.new, job.worse) == (False, (2, 3), (0, 3), [("kosten", 2, 0, 2)])
    assert "Het oude model blijft: het nieuwe had 0 van 3 testvragen goed, het huidige 2." in page
    assert "Slechter per onderwerp" in page and "(kosten)" in page
    assert console.app.ctx.agent is setup["running"]
    assert (setup["models"] / "wegwijzer.tar.gz").read_bytes() == b"oud model"
    assert not (setup["models"] / "wegwijzer-vorige.tar.gz").exists()
    assert [serving for _, _, serving in setup["loaded"]] == [False]
    logged = {r["action"]: r["target"] for r in audit.recent(console.engine, account=account)}
    assert logged["retrain_done"].endswith("oude model blijft, 2->0 van 3")


def test_failed_training_keeps_the_old_model(console, browser, account, setup):
    setup["fail"] = retrain.RetrainError("Het trainen is mislukt.")
    page = run(browser, account)
    assert retrain.current.switched is False and "Het trainen is mislukt. Het oude model blijft." in page
    assert console.app.ctx.agent is setup["running"] and setup["loaded"] == []
    setup["fail"] = RuntimeError("boem")
    assert "gestopt door een fout. Het oude model blijft." in run(browser, account)


def test_one_retrain_at_a_time_and_the_form_needs_csrf(console, browser, account, setup, monkeypatch):
    browser.login(account)
    token = browser.csrf("/opnieuw-trainen")
    assert browser.post("/opnieuw-trainen", {"csrf": "fout"})[0] == 403
    monkeypatch.setattr(retrain, "current", retrain.Retrain("0123456789abcdef", "iemand"))
    status, _, _, body = browser.post("/opnieuw-trainen", {"csrf": token})
    assert status == 409 and "Er wordt al opnieuw getraind" in body
    assert 'data-progress="/webhooks/console/opnieuw-trainen/voortgang"' in body and "console.js" in body
    state = json.loads(browser.get("/opnieuw-trainen/voortgang")[3])
    assert state == {"running": True, "done": None, "total": None, "text": "Het nieuwe model wordt getraind (0 onderdelen klaar)."}


def test_train_command_includes_an_examples_file_outside_data(tmp_path, monkeypatch):
    outside = tmp_path / "staff_examples.yml"
    outside.write_text("version: '3.1'\nnlu: []\n", encoding="utf-8")
    monkeypatch.setenv("CONSOLE_EXAMPLES_FILE", str(outside))
    command = retrain.train_command(tmp_path / "out", "kandidaat")
    data = command[command.index("--data") + 1:command.index("--config")]
    assert data[1:] == [str(outside)] and data[0].endswith("/data")
    assert command[command.index("--fixed-model-name") + 1] == "kandidaat" and command[1:4] == ["-m", "rasa", "train"]
    monkeypatch.delenv("CONSOLE_EXAMPLES_FILE")
    command = retrain.train_command(tmp_path / "out", "kandidaat")
    assert len(command[command.index("--data") + 1:command.index("--config")]) == 1  # data/nlu/ has it already


def test_staff_examples_are_counted_by_rasas_reader(tmp_path, monkeypatch):
    path = tmp_path / "staff_examples.yml"
    monkeypatch.setenv("CONSOLE_EXAMPLES_FILE", str(path))
    assert retrain.staff_examples() == 0
    path.write_text("version: '3.1'\nnlu:\n- intent: faq/kosten\n  examples: |\n    - wat kost het\n    - prijs?\n",
                    encoding="utf-8")
    assert retrain.staff_examples() == 2
    path.write_text("nlu: [kapot", encoding="utf-8")
    assert retrain.staff_examples() == 0
