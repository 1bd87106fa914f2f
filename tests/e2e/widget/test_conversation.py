"""A whole conversation in the browser: notice first, an answer, buttons, a callback request that reaches the
staff API, a reload and a page change that keep the conversation, a new conversation, a screenshot."""
import json
import re

from tests.conftest import TEST_PHONE
from tests.e2e.assistant import http
from tests.e2e.conftest import STAFF_TOKEN
from tests.e2e.widget.conftest import SCREENSHOT


def staff_callbacks(assistant):
    status, body = http("GET", f"{assistant.url}/webhooks/staff/api/callbacks",
                        headers={"Authorization": f"Bearer {STAFF_TOKEN}"})
    assert status == 200, body
    return json.loads(body)


def test_notice_comes_first_and_nothing_is_sent_before_start(open_widget):
    widget = open_widget()
    widget.open()
    notice = widget.page.locator(".ww-consent").inner_text()
    for words in ("chatbot", "niet met een mens", "geen diagnose", "geen medisch advies", "90 dagen",
                  "113", "0800-0113", "112"):
        assert words in notice, notice
    assert not widget.input.is_visible()  # no way to type before Start
    widget.page.wait_for_timeout(500)
    assert not [url for url in widget.requests if "/socket.io/" in url], widget.requests
    widget.page.get_by_role("button", name="Start").click()
    greeting = widget.wait_for_bot(0)
    assert "chatbot" in greeting and "113" in greeting, greeting
    assert [url for url in widget.requests if "/socket.io/" in url]


def test_whole_conversation_with_buttons_ends_in_a_stored_callback_request(open_widget, assistant):
    widget = open_widget()
    widget.start()
    answer = widget.say("Heb ik een verwijzing van de huisarts nodig?")
    assert "verwijzing" in answer.lower(), answer

    assert "naam" in widget.say("Kan iemand van de praktijk mij terugbellen?").lower()
    assert "Bel me" in widget.say("Noor Bakker")
    assert "telefoonnummer" in widget.click_reply("Bel me").lower()
    assert widget.page.locator(".ww-reply").count() == 0  # quick replies are gone once one is used
    assert widget.log.get_by_text("Bel me", exact=True).count() == 1  # the choice shows as the visitor's message
    assert "Ochtend" in widget.say("06 24681357")
    assert "waar het over gaat" in widget.click_reply("Middag").lower()
    summary = widget.say("Een vraag over therapie voor mijn dochter")
    assert "Noor Bakker" in summary and "06 24681357" in summary and "toestemming" in summary, summary
    widget.page.mouse.move(0, 0)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    widget.page.screenshot(path=str(SCREENSHOT))

    confirmation = widget.say("ja")
    reference = re.search(r"WW-[A-Z0-9]{5}", confirmation)
    assert reference, confirmation
    stored = [r for r in staff_callbacks(assistant) if r["reference"] == reference.group(0)]
    assert len(stored) == 1, staff_callbacks(assistant)
    row = stored[0]
    assert row["name"] == "Noor Bakker" and row["phone"] == "+31624681357" and row["preferred_moment"] == "middag"
    assert row["status"] == "new"

    assert widget.foreign_requests() == []
    assert widget.errors == []


def test_reload_and_another_page_keep_the_conversation(open_widget):
    widget = open_widget()
    widget.start()
    assert "naam" in widget.say("Ik wil graag teruggebeld worden").lower()
    session = widget.session_id()
    shown = widget.bot_texts()

    widget.page.reload()
    widget.log.wait_for()  # the panel was open, so it opens again
    assert widget.bot_texts() == shown
    assert widget.session_id() == session
    # the same Rasa conversation goes on: the form still waits for the name
    assert "contact" in widget.say("Daan Smit").lower()
    assert widget.page.locator(".ww-reply", has_text="Bel me").count() == 1

    widget.page.get_by_role("link", name="Over ons").click()
    widget.log.wait_for()
    assert widget.session_id() == session
    assert widget.page.locator(".ww-reply", has_text="Bel me").count() == 1  # still usable after navigation
    assert "telefoonnummer" in widget.click_reply("Bel me").lower()

    widget.page.get_by_role("button", name="Nieuw gesprek").click()
    greeting = widget.wait_for_bot(0)
    assert "chatbot" in greeting
    assert widget.session_id() not in (None, session)
    assert "telefoonnummer" not in " ".join(widget.bot_texts())
    assert widget.foreign_requests() == []


def test_practice_phone_and_retention_come_from_the_practice_config(open_widget, assistant):
    status, body = http("GET", f"{assistant.url}/widget/config.json")
    settings = json.loads(body)
    assert status == 200 and settings["phone"] == TEST_PHONE and settings["retention_days"] == 90
    assert "Testpraktijk Kompas" in settings["practice"]
