"""WCAG 2.2 AA in the browser: axe-core finds nothing serious or critical, the whole conversation works with
the keyboard alone, focus is visible and moves sensibly, and the widget fits 320 px and 200% zoom."""
import pytest


def focused(widget) -> dict:
    return widget.page.evaluate("""() => {
        const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
        return {text: (e.innerText || e.getAttribute('aria-label') || e.id || e.tagName).trim(), tag: e.tagName,
                outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
                visible: r.width > 0 && r.height > 0 && r.bottom <= innerHeight && r.right <= innerWidth};
    }""")


def tab_to(widget, text: str, limit: int = 30) -> dict:
    for _ in range(limit):
        widget.page.keyboard.press("Tab")
        now = focused(widget)
        if text in now["text"]:
            return now
    raise AssertionError(f"Tab never reached {text!r}")


@pytest.mark.parametrize("width", [1280, 320])
def test_axe_finds_no_serious_or_critical_violations(open_widget, width):
    widget = open_widget(width=width)
    assert widget.axe() == []  # closed: the launcher on the page
    widget.open()
    widget.page.wait_for_timeout(300)  # the panel's short opening animation
    assert widget.axe() == []  # the notice
    widget.page.get_by_role("button", name="Start").click()
    widget.wait_for_bot(0)
    widget.say("kan iemand me terugbellen?")
    widget.say("Sanne de Vries")  # an answer with quick-reply buttons
    assert widget.axe() == []


def test_keyboard_only_conversation(open_widget):
    widget = open_widget()
    launcher = tab_to(widget, "Stel je vraag")
    assert launcher["outline"] and launcher["visible"], launcher  # 2.4.7 / 2.4.11
    widget.page.keyboard.press("Enter")
    start = focused(widget)
    assert start["text"] == "Start" and start["outline"], start  # focus moves into the panel, to its first step
    widget.page.keyboard.press("Enter")
    assert widget.page.evaluate("() => document.activeElement.id") == "wegwijzer-input"
    widget.wait_for_bot(0)

    before = widget.bot_count()
    widget.page.keyboard.type("Kan iemand mij terugbellen?")
    widget.page.keyboard.press("Enter")
    widget.wait_for_bot(before)
    before = widget.bot_count()
    widget.page.keyboard.type("Sanne de Vries")
    widget.page.keyboard.press("Enter")
    assert "Bel me" in widget.wait_for_bot(before)

    # Shift+Tab from the text field walks back into the log to the quick replies
    for _ in range(10):
        widget.page.keyboard.press("Shift+Tab")
        if focused(widget)["text"] == "Mail me":
            break
    button = focused(widget)
    assert button["text"] == "Mail me" and button["tag"] == "BUTTON" and button["outline"], button
    before = widget.bot_count()
    widget.page.keyboard.press("Space")
    assert "e-mailadres" in widget.wait_for_bot(before)
    assert widget.page.evaluate("() => document.activeElement.id") == "wegwijzer-input"  # back to typing

    widget.page.keyboard.press("Escape")
    assert not widget.page.locator("#wegwijzer-panel").is_visible()
    back = focused(widget)
    assert "Stel je vraag" in back["text"] and back["outline"], back  # focus returns to the launcher
    widget.page.keyboard.press("Enter")
    assert widget.page.evaluate("() => document.activeElement.id") == "wegwijzer-input"


def test_structure_for_assistive_technology(open_widget):
    widget = open_widget()
    assert widget.page.evaluate("() => document.querySelector('.ww-root').lang") == "nl"
    launcher = widget.launcher
    assert launcher.get_attribute("aria-expanded") == "false"
    widget.start()
    assert launcher.get_attribute("aria-expanded") == "true"
    assert widget.page.get_by_role("log").count() == 1
    assert widget.page.locator(".ww-typing[role=status]").count() == 1
    assert widget.page.locator(".ww-notice[role=status]").count() == 1
    assert widget.page.locator("label[for=wegwijzer-input]").inner_text() == "Je bericht"  # a real label
    assert widget.page.get_by_role("dialog", name="Wegwijzer").count() == 1
    # the typing indicator shows while the assistant answers
    widget.input.fill("Wat is psychosociale therapie?")
    widget.input.press("Enter")
    widget.page.locator(".ww-typing-on").wait_for(timeout=5000)
    assert "typt" in widget.page.locator(".ww-typing").inner_text()


@pytest.mark.parametrize("width, height", [(320, 640), (640, 360)])  # a phone; 1280x720 at 200% zoom
def test_fits_small_screens_and_zoom_with_targets_of_24px(open_widget, width, height):
    widget = open_widget(width=width, height=height)
    widget.start()
    widget.say("kan iemand me terugbellen?")
    widget.say("Sanne de Vries")
    sizes = widget.page.evaluate("""() => {
        const panel = document.querySelector('#wegwijzer-panel').getBoundingClientRect();
        const targets = [...document.querySelectorAll('.ww-root button, .ww-root textarea')]
            .filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect())
            .map(r => [Math.round(r.width), Math.round(r.height)]);
        return {scroll: document.documentElement.scrollWidth, panel: [panel.left, panel.top, panel.right, panel.bottom],
                targets};
    }""")
    assert sizes["scroll"] <= width, sizes  # no horizontal scrolling (1.4.10)
    left, top, right, bottom = sizes["panel"]
    assert left >= 0 and top >= 0 and right <= width and bottom <= height, sizes
    assert sizes["targets"] and all(w >= 24 and h >= 24 for w, h in sizes["targets"]), sizes  # 2.5.8
    assert widget.input.is_visible() and widget.page.locator(".ww-reply").first.is_visible()


def test_reduced_motion_switches_animations_off(open_widget):
    widget = open_widget(reduced_motion="reduce")
    widget.open()
    animation = widget.page.evaluate("() => getComputedStyle(document.querySelector('.ww-panel')).animationName")
    assert animation == "none"
    plain = open_widget()
    plain.open()
    assert plain.page.evaluate("() => getComputedStyle(document.querySelector('.ww-panel')).animationName") == "ww-rise"


def test_escape_on_the_page_closes_the_panel_and_keeps_focus_where_it_is(open_widget):
    """Tab can leave the non-modal panel; a page element behind it is then revealed with Escape (2.4.11)."""
    widget = open_widget()
    widget.open()
    assert widget.page.locator("#wegwijzer-panel").is_visible()
    page_link = widget.page.locator("main a, nav a").first
    page_link.focus()
    widget.page.keyboard.press("Escape")
    assert not widget.page.locator("#wegwijzer-panel").is_visible()
    assert widget.page.evaluate("(e) => document.activeElement === e", page_link.element_handle())
