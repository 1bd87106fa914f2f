"""Retrain in a real browser against the real assistant: a real `rasa train` on data/ plus the staff examples
file, a few dev-set questions to the old and the new model, the switch, and the assistant answering with
the new model afterwards. The examples file holds only a copy of an existing training example, so the new
model answers like the old one and later tests in the session see the same assistant."""
from pathlib import Path

from tests.e2e.assistant import ROOT
from tests.e2e.evaluate import last_turn

EXAMPLES = ("version: \"3.1\"\nnlu:\n- intent: faq/kosten\n  examples: |\n"
            "    - hoe vaak moet je komen voor het beter gaat, en wat kost het per keer?\n")


def test_retrain_switches_to_the_new_model(assistant, signed_in):
    assert "hoe vaak moet je komen voor het beter gaat" in (ROOT / "data/nlu/faq/laypeople_carers.yml").read_text(encoding="utf-8")
    Path(assistant.env["CONSOLE_EXAMPLES_FILE"]).write_text(EXAMPLES, encoding="utf-8")
    page = signed_in.page
    signed_in.goto("/opnieuw-trainen")
    intro = page.locator("main p").first.inner_text()
    assert "Er staan nu 1 voorbeeldvragen" in intro, intro
    page.get_by_role("button", name="Train opnieuw").click()
    assert page.get_by_role("status").first.inner_text().startswith("Het nieuwe model wordt getraind")
    assert signed_in.axe() == []
    # the page reloads itself when the job is done (console.js)
    page.get_by_role("button", name="Train opnieuw").wait_for(timeout=600_000)
    result = page.locator("p[role=status]").inner_text()
    assert result.startswith("De assistent gebruikt nu het nieuwe model"), result
    rows = page.locator("table", has_text="Testvragen goed").locator("tbody tr")
    old, new = (int(rows.nth(i).locator("td").nth(1).inner_text()) for i in (0, 1))
    assert new >= old >= 6  # of 8
    assert (Path(assistant.env["CONSOLE_MODELS_DIR"]) / "wegwijzer.tar.gz").stat().st_size > 1_000_000
    assert not (Path(assistant.env["CONSOLE_MODELS_DIR"]) / "kandidaten").exists()
    # the running assistant answers with the new model, through the action server as before
    chat = assistant.chat()
    chat.say("Heb ik een verwijzing van de huisarts nodig?")
    assert last_turn(chat.tracker()).articles[:1] == ["verwijzing"]
    signed_in.goto("/probeer")
    page.get_by_label("Je vraag").fill("Wat kost een sessie?")
    page.get_by_role("button", name="Verstuur").click()
    assert "kosten" in page.locator("article.turn").last.locator("dl.why").inner_text()
    signed_in.goto("/logboek")
    assert "opnieuw trainen klaar" in page.content()
    assert signed_in.axe() == []
    assert signed_in.errors == []
