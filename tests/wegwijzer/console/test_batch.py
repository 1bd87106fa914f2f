"""Batch check (wegwijzer/console/batch.py): reading the CSV, judging an answer from tracker events, scores,
the results CSV, the example file, and the pages over HTTP with the stand-in agent."""
import csv
import io
import time

import pytest

from wegwijzer.console import audit, batch
from wegwijzer.nlu_data import questions
from wegwijzer.files import project_path


def user(text, intent="faq", confidence=0.9):
    return {"event": "user", "text": text, "parse_data": {"intent": {"name": intent, "confidence": confidence}}}


def bot(text, **metadata):
    return {"event": "bot", "text": text, "metadata": metadata}


def action(name):
    return {"event": "action", "name": name}


# --- reading the file -------------------------------------------------------------------------------------
def test_header_columns_in_any_order_and_alternatives():
    rows = batch.parse("woorden,vraag,onderwerp\n"
                       "huisarts | verwijzing,Heb ik een verwijzing nodig?,faq/verwijzing\n"
                       ",Wat kost het?,kosten|vergoeding_pst\n")
    assert [(r.number, r.question, r.expect, r.words) for r in rows] == [
        (2, "Heb ik een verwijzing nodig?", ("verwijzing",), ("huisarts", "verwijzing")),
        (3, "Wat kost het?", ("kosten", "vergoeding_pst"), ())]


def test_excel_files_semicolons_bom_and_cp1252_without_header():
    rows = batch.parse("Wat kost één sessie?;kosten\n\nHoi;greet\n".encode("cp1252"))
    assert [(r.question, r.expect) for r in rows] == [("Wat kost één sessie?", ("kosten",)), ("Hoi", ("greet",))]
    assert batch.parse("\ufeffvraag\tonderwerp\nHallo\tgreet\n".encode("utf-8"))[0].expect == ("greet",)


def test_earlier_messages_of_the_same_conversation():
    (row,) = batch.parse('vraag,onderwerp,woorden,eerder\nen voor kinderen?,kindertherapie_vergoeding,,"Wat kost het? | Dank je"\n')
    assert row.context == ("Wat kost het?", "Dank je")


@pytest.mark.parametrize("text, message", [
    ("", "geen vragen"),
    ("vraag,onderwerp\n", "alleen een kopregel"),
    ("vraag,onderwerp\n,kosten\n", "Regel 2: de vraag ontbreekt"),
    ("vraag,onderwerp\nWat kost het?,\n", "Regel 2: vul een verwacht onderwerp"),
    ("vraag,onderwerp\nWat kost het?,prijzen\n", "Regel 2: onbekend onderwerp 'prijzen'"),
    ('vraag,onderwerp\n"Wat kost het?,kosten\n', "kon niet als CSV gelezen worden"),
    ("vraag,onderwerp\n" + "x" * 2001 + ",kosten\n", "hoogstens 2000 tekens"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "geen tekstbestand"),
    ("vraag,onderwerp\n" + "Wat kost het?,kosten\n" * 501, "hoogstens 500 vragen; dit bestand heeft er 501"),
    ("vraag,onderwerp\n" + ("Wat kost het? " * 100 + ",kosten\n") * 400, "te groot"),
])
def test_bad_files_get_a_clear_dutch_message(text, message):
    with pytest.raises(batch.BatchError, match=message):
        batch.parse(text)


def test_exactly_the_maximum_is_fine():
    assert len(batch.parse("vraag,onderwerp\n" + "Wat kost het?,kosten\n" * batch.MAX_ROWS)) == batch.MAX_ROWS


# --- judging ----------------------------------------------------------------------------------------------
def test_an_answer_from_the_expected_article_passes_and_words_are_checked():
    (row,) = batch.parse("vraag,onderwerp,woorden\nHeb ik een verwijzing nodig?,verwijzing,huisarts|Zorgverzekeraar\n")
    events = [user("iets eerder"), bot("Hallo"), user(row.question, confidence=0.8), action("action_answer_faq"),
              bot("Je hebt geen verwijzing van de huisarts nodig. Je zorgverzekeraar ...", article="verwijzing")]
    outcome = batch.judge(row, events, "console-batch-1")
    assert (outcome.passed, outcome.label, outcome.intent, outcome.confidence) == (True, "verwijzing", "faq", 0.8)
    wrong = batch.judge(batch.Row(2, "x", ("kosten",), ("113",)), events)
    assert not wrong.passed
    assert wrong.reason == "antwoord: verwijzing, verwacht: kosten; ontbreekt in het antwoord: '113'"


@pytest.mark.parametrize("events, label", [
    ([user("ik wil dood", "crisis"), action("utter_crisis"), bot("Bel 113")], "crisis"),
    ([user("hoi", "greet"), action("utter_greet"), bot("Hallo!")], "greet"),
    ([user("bel me", "request_callback"), action("callback_form"), bot("Wat is je naam?")], "request_callback"),
    ([user("blub"), action("action_answer_faq"), bot("Dat weet ik niet", unanswered=True)], "unanswered"),
    ([user("kosten?"), action("action_clarify"), bot("Bedoel je ...", clarify=True)], "clarify"),
    ([user("hoi"), action("utter_iets")], "anders"),
    ([], "anders"),
])
def test_label_of_the_last_answer(events, label):
    assert batch.answer_of(events)["label"] == label


def test_scores_per_topic_worst_first_and_overall():
    rows = [batch.Row(1, "a", ("kosten",)), batch.Row(2, "b", ("kosten",)), batch.Row(3, "c", ("greet",)),
            batch.Row(4, "d", (), ("113",))]
    outcomes = [batch.Outcome(r, "kosten", None, None, "", passed, "", "") for r, passed in
                zip(rows, (True, False, True, True))]
    assert batch.scores(outcomes) == ([("kosten", 1, 2), ("(alleen woorden)", 1, 1), ("greet", 1, 1)], (3, 4))


def test_results_csv_cannot_smuggle_formulas_into_a_spreadsheet():
    row = batch.Row(2, "=HYPERLINK(\"http://evil.example\")", ("kosten",), ("@SUM(A1)",), ("+31 6 1234",))
    outcome = batch.Outcome(row, "kosten", "faq", 0.5, "-2+3\tgoed", True, "", "")
    (header, line) = list(csv.reader(io.StringIO(batch.to_csv([outcome]))))
    assert header == batch.RESULT_COLUMNS
    cells = dict(zip(header, line))
    assert cells["vraag"].startswith("'=") and cells["verwachte woorden"] == "'@SUM(A1)"
    assert cells["eerder"] == "'+31 6 1234" and cells["antwoord"].startswith("'-")
    assert (cells["resultaat"], cells["zekerheid"]) == ("goed", "0.50")
    assert batch.safe_cell("\tx") == "'\tx" and batch.safe_cell(None) == ""


def test_the_shipped_example_file_is_the_dev_set_and_reads_cleanly():
    assert batch.EXAMPLE.read_text(encoding="utf-8") == batch.example_csv(), \
        "regenerate with: python -m wegwijzer.console.batch"
    dev = questions(project_path("tests", "data", "dev", "questions.yml"))
    rows = batch.parse(batch.EXAMPLE.read_bytes())
    assert len(rows) == len(dev) <= batch.MAX_ROWS
    assert [r.question for r in rows] == [q.text for q in dev]
    assert all(r.expect == tuple(e.split("/", 1)[-1] for e in q.expect) for r, q in zip(rows, dev))
    assert any(r.context for r in rows) and any(len(r.expect) == 2 for r in rows)


# --- the pages --------------------------------------------------------------------------------------------
def wait_done(browser, job_path):
    for _ in range(100):
        status, _, _, body = browser.get(job_path + "/voortgang")
        if '"running":false' in body.replace(" ", ""):
            return body
        time.sleep(0.1)
    raise AssertionError("batch check did not finish")


def test_pasted_batch_runs_in_console_conversations_and_downloads(console, browser, account):
    browser.login(account)
    token = browser.csrf("/batch")
    status, headers, _, _ = browser.post("/batch", {"csrf": token, "tekst": "vraag,onderwerp,woorden\n"
                                                    "Wat kost het?,,antwoord\nHoi daar,greet,\n"})
    assert status == 303 and headers["location"].startswith("/webhooks/console/batch/")
    job_path = headers["location"][len("/webhooks/console"):]
    assert '"total":2' in wait_done(browser, job_path).replace(" ", "")
    job = batch.jobs[job_path.rsplit("/", 1)[-1]]
    assert all(o.conversation.startswith("console-batch-") for o in job.outcomes)
    assert len({o.conversation for o in job.outcomes}) == 2  # one conversation per question
    status, headers, _, body = browser.get(job_path)
    assert status == 200 and headers["cache-control"] == "no-store"
    assert "1 van 2 goed (50%)" in body and "antwoord: kosten, verwacht: greet" in body
    status, headers, _, body = browser.get(job_path + "/resultaat.csv")
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert [r["resultaat"] for r in csv.DictReader(io.StringIO(body))] == ["goed", "fout"]
    logged = [r["action"] for r in audit.recent(console.engine, account=account)]
    assert "batch_check" in logged and "export_batch" in logged


def test_uploaded_file_and_bad_files_never_give_a_500(console, browser, account):
    browser.login(account)
    token = browser.csrf("/batch")
    status, headers, _, _ = browser.upload("/batch", {"csrf": token}, "bestand", "vragen.csv",
                                           "vraag;onderwerp\nHallo;greet\n".encode("cp1252"))
    assert status == 303
    wait_done(browser, headers["location"][len("/webhooks/console"):])
    for content in (b"\x00\x01\x02", b"vraag,onderwerp\n" + b"Wat kost het?,kosten\n" * 501, b'"open,kosten\n'):
        status, _, _, body = browser.upload("/batch", {"csrf": token}, "bestand", "vragen.csv", content)
        assert status == 400 and 'role="alert"' in body, content[:20]
    assert browser.post("/batch", {"csrf": token, "tekst": ""})[0] == 400
    assert browser.post("/batch", {"csrf": "fout", "tekst": "Hoi,greet"})[0] == 403
    assert browser.get("/batch/0123456789abcdef")[0] == 404 and browser.get("/batch/../../etc")[0] == 404


def test_one_batch_at_a_time(console, browser, account, monkeypatch):
    browser.login(account)
    token = browser.csrf("/batch")
    monkeypatch.setattr(batch, "running", lambda: object())
    status, _, _, body = browser.post("/batch", {"csrf": token, "tekst": "Hoi,greet"})
    assert status == 409 and "Er loopt al een batchcontrole" in body


def test_the_example_file_is_downloadable(browser, account):
    browser.login(account)
    status, headers, _, body = browser.get("/static/voorbeeld-batch.csv")
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert body == batch.EXAMPLE.read_text(encoding="utf-8")
