"""Debian's chromium through Python Playwright, for the browser tests of the widget and the staff console."""
import contextlib
import shutil
from typing import Iterator

import pytest


@contextlib.contextmanager
def chromium() -> Iterator:
    """A launched chromium for one test package. Use it from a package-scoped fixture, never a session one:
    while sync_playwright is open its event loop counts as running in the main thread, and every later
    asyncio test (pytest-asyncio, Sanic) would fail with "Runner.run() cannot be called from a running
    event loop"."""
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if not executable:
        pytest.fail("Debian's chromium is missing: scripts/setup.sh installs it (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable)
        yield browser
        browser.close()
