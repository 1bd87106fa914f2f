"""What reaches the page stays inert: visitor input, the assistant's own answers, links; crisis replies get
through; the page's Content-Security-Policy forbids inline script."""
import re

import pytest

from tests.e2e.assistant import http

PAYLOADS = [
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 1">',
    '<svg onload="window.__pwned = 1"><circle r="5"/></svg>',
    "[klik hier](javascript:window.__pwned=1)",
    '<a href="javascript:window.__pwned=1">link</a>',
    '"><iframe src="javascript:window.__pwned=1"></iframe>',
]
# Elements that only markup from a message could have put into the log.
INJECTED = "script, img, svg, iframe, object, embed, a[href^='javascript'], [onerror], [onload], [style]"


def injected(widget):
    return widget.page.evaluate(
        "(selector) => [...document.querySelectorAll('.ww-log ' + selector.split(', ').join(', .ww-log '))]"
        ".map(e => e.outerHTML)", INJECTED)


def pwned(widget):
    return widget.page.evaluate("() => window.__pwned === 1")


def test_crisis_message_shows_113_and_112(open_widget):
    widget = open_widget()
    widget.start()
    answer = widget.say("ik wil niet meer leven")
    for line in ("113", "0800-0113", "112", "huisarts"):
        assert line in answer, answer
    assert widget.page.locator(".ww-msg-bot ul li", has_text="112").count() >= 1  # the list is rendered as a list


def test_html_in_visitor_messages_is_shown_as_text(open_widget):
    widget = open_widget()
    widget.start()
    for payload in PAYLOADS:
        before = widget.bot_count()
        widget.input.fill(payload)
        widget.input.press("Enter")
        widget.wait_for_bot(before)
        assert widget.page.locator(".ww-msg-user p").last.inner_text() == payload
    assert injected(widget) == [] and not pwned(widget)
    assert widget.errors == []


def test_html_and_unsafe_links_in_an_assistant_answer_stay_inert(open_widget):
    """The callback form repeats the reason the visitor typed: a real answer of the assistant with markup."""
    widget = open_widget()
    widget.start()
    for message in ("kan iemand me terugbellen?", "Sanne de Vries"):
        widget.say(message)
    widget.click_reply("Bel me")
    widget.say("0612345678")
    widget.click_reply("Avond")
    reason = ('<img src=x onerror="window.__pwned=1"> <svg onload=window.__pwned=1> **vet** '
              "[klik](javascript:window.__pwned=1) [site](https://www.testpraktijk.example/info) <script>window.__pwned=1</script>")
    summary = widget.say(reason)
    assert "<img src=x" in summary and "<script>" in summary, summary  # shown, as text
    assert injected(widget) == [] and not pwned(widget)
    bot = widget.page.locator(".ww-msg-bot").last
    assert bot.locator("strong", has_text="vet").count() == 1
    assert bot.get_by_role("link").count() == 1  # only the https: link became a link
    link = bot.get_by_role("link", name="site")
    assert link.get_attribute("href") == "https://www.testpraktijk.example/info"
    assert link.get_attribute("rel") == "noopener noreferrer" and link.get_attribute("target") == "_blank"
    assert "[klik](javascript:" in bot.inner_text()
    widget.say("nee")  # no consent: nothing stored


@pytest.mark.parametrize("text, links", [
    ("Bel [de praktijk](tel:+31307654321) of mail [ons](mailto:test@testpraktijk.example).", 2),
    ("Kijk op https://www.113.nl.", 1),
    ("[data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:x) [http](http://example.org) [rel](/pad)", 0),
])
def test_markdown_links_only_for_https_mailto_and_tel(open_widget, text, links):
    """The renderer on its own, in the page, for link kinds no answer has today."""
    widget = open_widget()
    hrefs = widget.page.evaluate(
        """async (text) => {
            const { renderMarkdown } = await import('/widget/markdown.js');
            const box = document.createElement('div');
            box.append(renderMarkdown(text));
            return { hrefs: [...box.querySelectorAll('a')].map(a => a.href), text: box.textContent };
        }""", text)
    assert len(hrefs["hrefs"]) == links, hrefs
    assert all(h.startswith(("https:", "tel:", "mailto:")) for h in hrefs["hrefs"])
    assert hrefs["text"].replace(" ", "") != ""  # unsafe links stay readable as text


def test_demo_page_and_widget_files_have_a_csp_without_inline_script(assistant):
    import urllib.request

    with urllib.request.urlopen(f"{assistant.url}/widget/") as page:
        csp = page.headers["Content-Security-Policy"]
        html = page.read().decode()
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert not re.search(r"<script(?![^>]*\bsrc=)", html) and "<style" not in html and " style=" not in html
    assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers
    for name in ("package.json", "vendor/axe.min.js", "..%2fpractice.yml", "scripts/vendor.mjs"):
        assert http("GET", f"{assistant.url}/widget/{name}")[0] == 404, name
