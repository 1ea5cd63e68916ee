"""The first journey: the front door sends a visitor to their language; the home page passes axe."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_no_axe_violations, screenshot


def test_visitor_lands_on_finnish_home_and_switches_to_english(live_server, demo_site, page):
    page.goto(live_server.url + "/")
    expect(page).to_have_url(re.compile(r"/fi/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tervetuloa Kotopaikkaan")

    page.locator(".lang-switcher summary").click()
    page.get_by_role("link", name="English").click()

    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome to Kotopaikka")

    # The choice is remembered: the front door now sends this visitor to English.
    page.goto(live_server.url + "/")
    expect(page).to_have_url(re.compile(r"/en/$"))


@pytest.mark.parametrize("lang", ["fi", "en", "ar"])
def test_home_page_has_no_accessibility_violations(live_server, demo_site, new_page, axe, lang):
    for width in (360, 1280):
        page = new_page(width=width)
        page.goto(f"{live_server.url}/{lang}/")
        expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
        assert_no_axe_violations(axe, page)
        screenshot(page, f"home-{lang}-{width}")


def test_keyboard_user_reaches_content_with_skip_link(live_server, demo_site, page):
    page.goto(live_server.url + "/fi/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name=re.compile("Siirry sisältöön|Skip to content"))
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
