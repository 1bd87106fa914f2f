"""The staff console in a real browser against the real trained assistant: sign-in, a question with its
explanation, conversation review, an unanswered question added as an example, XSS and accessibility."""
import re

import pytest
import sqlalchemy as sa
from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

from tests.e2e.assistant import http
from tests.e2e.console.conftest import XSS
from wegwijzer import storage
from wegwijzer.console import audit
from wegwijzer.console.tables import audit_log

PAGES = ["/overzicht", "/probeer", "/batch", "/inbox", "/opnieuw-trainen", "/gesprekken", "/terugbelverzoeken", "/logboek"]


def logged(engine, account, action):
    return [r["target"] for r in audit.recent(engine, account=account) if r["action"] == action]


def test_without_a_session_the_browser_goes_to_sign_in_and_posts_are_refused(assistant, console, staff_name):
    tab = console()
    page = tab.goto("/gesprekken")
    assert "/webhooks/console/login" in page.url and page.get_by_label("Wachtwoord").is_visible()
    status, body = http("POST", f"{assistant.url}/webhooks/console/probeer", raw=b"message=hallo",
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 401
    tab.page.get_by_label("Naam").fill(staff_name)
    tab.page.get_by_label("Wachtwoord").fill("verkeerd-wachtwoord")
    tab.page.get_by_role("button", name="Aanmelden").click()
    assert tab.page.get_by_role("alert").inner_text() == "Naam of wachtwoord klopt niet."
    tab.page.get_by_label("Wachtwoord").fill("console-e2e-wachtwoord")
    tab.page.get_by_role("button", name="Aanmelden").click()
    assert tab.page.url.endswith("/webhooks/console/gesprekken")  # back where the staff member wanted to go
    assert tab.page.get_by_role("heading", level=1).inner_text() == "Gesprekken"


def test_a_question_with_its_explanation(assistant, signed_in, staff_engine, staff_name):
    page = signed_in.page
    page.get_by_label("Je vraag").fill("Heb ik een verwijzing van de huisarts nodig?")
    page.get_by_role("button", name="Verstuur").click()
    turn = page.locator("article.turn").last
    turn.wait_for()
    why = turn.locator("dl.why").inner_text()
    assert re.search(r"Intentie\s+faq \(\d+%\)", why), why
    assert re.search(r"FAQ-onderwerp\s+verwijzing", why), why
    assert "Crisisniveau\ngeen" in why.replace("\t", "\n") or "Crisisniveau geen" in why.replace("\n", " ")
    assert "action_answer_faq door RulePolicy" in why, why
    # the article link opens the article's text
    turn.get_by_role("link", name="verwijzing").click()
    assert page.get_by_role("heading", level=1).is_visible() and "knowledge/verwijzing.md" in page.content()
    # a crisis message in the same conversation: the reply a visitor gets, and the crisis tier
    signed_in.goto("/probeer")
    page.get_by_label("Je vraag").fill("ik wil niet meer leven")
    page.get_by_role("button", name="Verstuur").click()
    crisis = page.locator("article.turn").last
    assert "113" in crisis.locator(".talk").inner_text() and "0800-0113" in crisis.locator(".talk").inner_text()
    assert "Crisisniveau full" in crisis.locator("dl.why").inner_text().replace("\n", " ").replace("\t", " ")
    # its own conversation id, never among the visitors' conversations
    (conversation,) = set(logged(staff_engine, staff_name, "try_question"))
    assert conversation.startswith("console-")
    signed_in.goto("/gesprekken")
    assert conversation not in page.content()
    assert signed_in.errors == []


def test_review_of_a_conversation_is_audited(assistant, signed_in, staff_engine, staff_name):
    chat = assistant.chat()
    chat.say("Heb ik een verwijzing nodig? mijn nummer is 0612345678")
    chat.say("ik wil dood")
    page = signed_in.page
    signed_in.goto("/gesprekken?filter=crisis")
    page.get_by_role("link", name=chat.sender).click()
    assert page.get_by_role("heading", level=1).inner_text() == f"Gesprek {chat.sender}"
    text = page.content()
    assert "0612345678" not in text and "[telefoon]" in text  # personal data masked
    assert "Crisisniveau full" in page.locator("article.turn").last.inner_text().replace("\n", " ").replace("\t", " ")
    assert chat.sender in logged(staff_engine, staff_name, "view_conversation")
    signed_in.goto("/gesprekken?filter=callback")
    assert chat.sender not in page.content()  # filters filter


def test_unanswered_question_added_as_example(assistant, signed_in, staff_engine):
    chat = assistant.chat()
    chat.say("flibber de flabber zoink")
    chat.say("zoink flabber flibber")
    page = signed_in.page
    signed_in.goto("/inbox")
    item = page.locator("article.question", has_text="flibber de flabber zoink").first
    item.get_by_label("Onderwerp").select_option("kosten")
    item.get_by_role("button", name="Voeg toe als voorbeeld").click()
    assert "Toegevoegd als voorbeeld bij kosten" in page.get_by_role("status").inner_text()
    path = assistant.env["CONSOLE_EXAMPLES_FILE"]
    data = RasaYAMLReader().read(path)
    assert {(m.get("intent"), m.get("text")) for m in data.intent_examples} >= {("faq", "flibber de flabber zoink")} or \
        any(m.get("text") == "flibber de flabber zoink" for m in data.intent_examples)
    assert "faq/kosten" in open(path, encoding="utf-8").read()
    assert page.locator("article.question", has_text="flibber de flabber zoink").count() == 0  # reviewed now
    other = page.locator("article.question", has_text="zoink flabber flibber").first
    other.get_by_role("button", name="Markeer als bekeken").click()
    assert page.locator("article.question", has_text="zoink flabber flibber").count() == 0
    # the review filters find this conversation by what happened in it
    for wanted, found in (("clarify", True), ("weet_niet", True), ("crisis", False), ("handoff", False)):
        signed_in.goto(f"/gesprekken?filter={wanted}")
        assert (chat.sender in page.content()) is found, wanted


def test_xss_payloads_stay_inert_on_every_page(assistant, signed_in, staff_engine):
    chat = assistant.chat()
    chat.say(XSS)
    chat.say(XSS + " nog een keer")
    storage.store_callback_request(staff_engine, name=XSS[:150], contact_method="email", phone=None, email="a@b.example",
                                   preferred_moment=XSS[:150], reason=XSS[:150], conversation_id=chat.sender)
    page = signed_in.page
    page.get_by_label("Je vraag").fill(XSS)
    page.get_by_role("button", name="Verstuur").click()
    page.locator("article.turn").last.wait_for()
    for path in PAGES + [f"/gesprekken/{chat.sender}", "/terugbelverzoeken?status=all", "/inbox?status=all"]:
        signed_in.goto(path)
        assert not signed_in.xss_fired(), path
    assert signed_in.errors == []


@pytest.mark.parametrize("path", PAGES + ["/login"])
def test_axe_finds_no_serious_or_critical_violations(assistant, signed_in, path):
    if path == "/login":
        signed_in.page.context.clear_cookies()
    chat = assistant.chat()
    chat.say("Wat kost een sessie?")
    signed_in.goto(path)
    if path == "/probeer":
        signed_in.page.get_by_label("Je vraag").fill("Wat is psychosociale therapie?")
        signed_in.page.get_by_role("button", name="Verstuur").click()
        signed_in.page.locator("article.turn").last.wait_for()
    assert signed_in.axe() == [], path
