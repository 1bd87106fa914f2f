"""Browser fixtures for the widget: Debian's chromium driven by Python Playwright, against the real server.

`widget` opens the demo page of the session's assistant in a fresh browser context (its own sessionStorage)
and records every request the page makes, so a test can check that nothing went to another host.
"""
import time
from typing import List, Optional
from urllib.parse import urlsplit

import pytest

from tests.e2e.assistant import ROOT
from tests.e2e.browser import chromium as launch_chromium

AXE = ROOT / "widget" / "vendor" / "axe.min.js"
SCREENSHOT = ROOT / "docs" / "images" / "widget.png"


@pytest.fixture(scope="package")  # package, not session: see tests/e2e/browser.py
def browser():
    with launch_chromium() as browser:
        yield browser


class Widget:
    """The demo page with the widget, driven the way a visitor would."""

    def __init__(self, context, base_url: str):
        self.context = context
        self.base_url = base_url
        self.requests: List[str] = []
        self.errors: List[str] = []
        context.on("request", lambda request: self.requests.append(request.url))
        self.page = context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", lambda dialog: (self.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))

    def goto(self, path: str = "/widget/") -> "Widget":
        self.page.goto(self.base_url + path)
        self.page.locator(".ww-launcher").wait_for()
        return self

    @property
    def launcher(self):
        return self.page.locator(".ww-launcher")

    @property
    def log(self):
        return self.page.get_by_role("log")

    @property
    def input(self):
        return self.page.get_by_label("Je bericht")

    def open(self) -> None:
        self.page.get_by_role("button", name="Stel je vraag").click()

    def start(self) -> None:
        """Open the panel, accept the notice and wait for the assistant's greeting."""
        self.open()
        self.page.get_by_role("button", name="Start").click()
        self.wait_for_bot(0)

    def bot_count(self) -> int:
        return self.page.locator(".ww-msg-bot").count()

    def bot_texts(self) -> List[str]:
        return self.page.locator(".ww-msg-bot").all_inner_texts()

    def wait_for_bot(self, before: int, timeout: float = 30, settle: float = 0.8) -> str:
        """Wait until more than `before` bot messages are shown and no new one came for `settle` seconds;
        returns the new messages' text (quick-reply titles included)."""
        deadline = time.time() + timeout
        count, stable_since = self.bot_count(), time.time()
        while time.time() < deadline:
            time.sleep(0.1)
            now = self.bot_count()
            if now != count:
                count, stable_since = now, time.time()
            elif count > before and time.time() - stable_since >= settle:
                texts = self.bot_texts()[before:]
                replies = self.page.locator(".ww-reply").all_inner_texts()
                return "\n".join(texts + replies)
        raise AssertionError(f"no reply from the assistant in {timeout}s; shown: {self.bot_texts()}")

    def say(self, text: str) -> str:
        before = self.bot_count()
        self.input.fill(text)
        self.input.press("Enter")
        return self.wait_for_bot(before)

    def click_reply(self, title: str) -> str:
        before = self.bot_count()
        self.page.locator(".ww-reply", has_text=title).click()
        return self.wait_for_bot(before)

    def session_id(self) -> Optional[str]:
        return self.page.evaluate("() => JSON.parse(sessionStorage.getItem('wegwijzer.v1') || '{}').session")

    def foreign_requests(self) -> List[str]:
        own = urlsplit(self.base_url).netloc
        return [url for url in self.requests if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != own]

    def axe(self, **options) -> List[dict]:
        """axe-core's serious and critical violations on the page as it is now (WCAG 2.0-2.2 A and AA)."""
        if not self.page.evaluate("() => typeof window.axe !== 'undefined'"):
            self.page.evaluate(AXE.read_text(encoding="utf-8"))  # evaluated by the driver: the page's CSP allows no inline script
        result = self.page.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
            ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        )
        return [
            {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"] if v["impact"] in ("serious", "critical")
        ]


@pytest.fixture
def open_widget(browser, assistant):
    """Factory: `open_widget(width=1280, base_url=...)` -> a Widget on the demo page; contexts closed after."""
    contexts = []

    def factory(width: int = 1280, height: int = 800, base_url: Optional[str] = None, **context_args) -> Widget:
        context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL", **context_args)
        contexts.append(context)
        return Widget(context, base_url or assistant.url).goto()

    yield factory
    for context in contexts:
        context.close()
