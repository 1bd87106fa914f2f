"""Batch check in a real browser against the real trained assistant: a small uploaded file, progress, the
table with pass/fail and scores, the CSV download, XSS inert and axe-core on the result page."""
import csv
import io

from tests.e2e.console.conftest import XSS
from wegwijzer import knowledge

SMALL = ("vraag,onderwerp,woorden\n"
         "Heb ik een verwijzing van de huisarts nodig?,verwijzing,\n"
         "Hoi!,greet,\n"
         "ik wil niet meer leven,crisis,113\n"
         f"\"{XSS.replace(chr(34), chr(34) * 2)}\",kosten,\n")


def test_batch_check_with_a_small_file(assistant, signed_in, tmp_path):
    page = signed_in.page
    signed_in.goto("/batch")
    path = tmp_path / "vragen.csv"
    path.write_text(SMALL, encoding="utf-8")
    page.get_by_label("Kies een CSV-bestand").set_input_files(str(path))
    page.get_by_role("button", name="Start de controle").click()
    page.get_by_text("Score:").wait_for(timeout=60000)
    page.get_by_role("link", name="Download de resultaten (CSV)").wait_for(timeout=60000)
    page.wait_for_function("() => !document.querySelector('[data-progress]')", timeout=60000)  # reloaded when done
    rows = page.locator("table.results tbody tr")
    assert rows.count() == 4
    results = [rows.nth(i).locator("td").nth(3).inner_text() for i in range(4)]
    assert results == ["goed", "goed", "goed", "fout"], results
    assert "3 van 4 goed (75%)" in page.locator(".score").inner_text()
    assert knowledge.get("kosten").title in page.locator("table", has_text="Score per onderwerp").inner_text()
    assert not signed_in.xss_fired()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download de resultaten (CSV)").click()
    lines = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8").read())))
    assert [r["resultaat"] for r in lines] == ["goed", "goed", "goed", "fout"]
    assert lines[0]["onderwerp antwoord"] == "verwijzing" and lines[2]["onderwerp antwoord"] == "crisis"
    # every question had a conversation of its own, none among the visitors'
    signed_in.goto("/gesprekken")
    assert "console-batch-" not in page.content()
    assert signed_in.axe() == []
    assert signed_in.errors == []


def test_a_bad_file_gets_a_friendly_message(signed_in):
    page = signed_in.page
    signed_in.goto("/batch")
    page.get_by_label("Of plak de regels hier").fill("vraag,onderwerp\nWat kost het?,prijzen\n")
    page.get_by_role("button", name="Start de controle").click()
    assert "Regel 2: onbekend onderwerp 'prijzen'" in page.get_by_role("alert").inner_text()
    assert page.get_by_label("Of plak de regels hier").input_value().startswith("vraag,onderwerp")
    assert signed_in.axe() == []
