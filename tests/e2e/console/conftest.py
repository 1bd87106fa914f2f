"""Browser fixtures for the staff console: Debian's chromium through Python Playwright, against the session's
real trained assistant, with a staff account created in its database."""
import uuid
from typing import List

import pytest

from tests.e2e.assistant import ROOT
from tests.e2e.browser import chromium as launch_chromium
from wegwijzer import storage
from wegwijzer.console import accounts

AXE = ROOT / "widget" / "vendor" / "axe.min.js"  # vendored by the widget (widget/package-lock.json)
PASSWORD = "console-e2e-wachtwoord"
XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>"\'><svg onload=window.__xss=1>'


@pytest.fixture(scope="package")  # package, not session: see tests/e2e/browser.py
def chromium():
    with launch_chromium() as browser:
        yield browser


@pytest.fixture(scope="session")
def staff_engine(assistant):
    return storage.get_engine(assistant.env["DATABASE_URL"])


@pytest.fixture(scope="session")
def staff_name(staff_engine):
    name = f"mw-{uuid.uuid4().hex[:6]}"
    accounts.create(staff_engine, name, PASSWORD)
    return name


class Console:
    """One staff member's browser tab on the console."""

    def __init__(self, context, base: str):
        self.base = base
        self.errors: List[str] = []
        self.page = context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", lambda dialog: (self.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))

    def goto(self, path: str):
        self.page.goto(self.base + path)
        return self.page

    def sign_in(self, name: str, password: str = PASSWORD, path: str = "/probeer"):
        self.goto(path)
        self.page.get_by_label("Naam").fill(name)
        self.page.get_by_label("Wachtwoord").fill(password)
        self.page.get_by_role("button", name="Aanmelden").click()
        self.page.wait_for_load_state()
        return self.page

    def xss_fired(self) -> bool:
        return bool(self.page.evaluate("() => window.__xss === 1")) or bool(self.page.locator("img[src='x'], svg[onload]").count())

    def axe(self) -> List[dict]:
        if not self.page.evaluate("() => typeof window.axe !== 'undefined'"):
            self.page.evaluate(AXE.read_text(encoding="utf-8"))  # by the driver: the CSP forbids inline script
        result = self.page.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
            ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
                for v in result["violations"] if v["impact"] in ("serious", "critical")]


@pytest.fixture
def console(chromium, assistant):
    contexts = []

    def open_console() -> Console:
        context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
        contexts.append(context)
        return Console(context, assistant.url + "/webhooks/console")

    yield open_console
    for context in contexts:
        context.close()


@pytest.fixture
def signed_in(console, staff_name):
    tab = console()
    tab.sign_in(staff_name)
    return tab
