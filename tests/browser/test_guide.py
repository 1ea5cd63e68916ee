"""The guide in a real browser: accessibility of every guide page type, and the service map on a phone."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations, screenshot

GUIDE_PAGES = [
    ("guide-index", "/fi/opas/"),
    ("good-practices", "/fi/opas/hyvat-kaytanteet/"),
    ("good-practice", "/fi/opas/hyvat-kaytanteet/monialainen-kotoutumistiimi/"),
    ("service-map", "/fi/opas/palvelukartta/"),
    ("employment-path", "/fi/opas/polku-toihin/"),
    ("link-tips", "/fi/opas/linkkivinkit/"),
    ("events", "/fi/opas/tapahtumat/"),
    ("event", "/fi/opas/tapahtumat/road-show-saarijarvi/"),
    ("materials", "/fi/opas/materiaalit/"),
    ("peer-groups", "/fi/opas/vertaisryhmat/"),
    ("search", "/fi/search/?q=kansalaisopisto"),
]


@pytest.fixture
def guide_demo(transactional_db):
    """The guide's demo content (Finnish and English), plus an Arabic service map."""
    from content_io.importer import import_content
    from guide.models import GuideIndexPage, ServiceMapPage
    from home.translation import translate

    import_content(only=["home/opas"])
    guide = GuideIndexPage.objects.get(slug="opas", locale__language_code="fi")
    translate(ServiceMapPage.objects.get(locale=guide.locale), "ar", {"Palvelukartta": "خريطة الخدمات"})
    return guide


def test_every_guide_page_type_has_no_axe_violations(live_server, guide_demo, new_page, axe):
    page = new_page(width=1280)
    for name, path in GUIDE_PAGES:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert_no_axe_violations(axe, page)
        screenshot(page, f"guide-{name}-1280")


def test_arabic_service_map_is_right_to_left_and_has_no_axe_violations(live_server, guide_demo, new_page, axe):
    page = new_page(width=360, height=800, locale="ar")
    page.goto(live_server.url + "/ar/opas/palvelukartta/?municipality=saarijarvi")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_no_axe_violations(axe, page)
    screenshot(page, "guide-service-map-ar-360")


@pytest.mark.parametrize("javascript", [True, False])
def test_visitor_finds_a_language_course_in_saarijarvi_on_a_phone(live_server, guide_demo, new_page, javascript):
    page = new_page(width=360, height=800, java_script_enabled=javascript)
    page.goto(live_server.url + "/fi/opas/palvelukartta/")
    results = page.locator("#service-results")
    assert results.locator("li").count() > 5

    page.select_option("#id_municipality", "saarijarvi")
    page.select_option("#id_kind", "language_courses")
    page.locator(".guide-filters button[type=submit]").click()

    expect(results.locator("li")).to_have_count(1)
    expect(results.get_by_role("heading", name="Saarijärven kansalaisopiston suomen kurssit")).to_be_visible()
    expect(page).to_have_url(re.compile(r"municipality=saarijarvi.*kind=language_courses"))
    if javascript:  # htmx swapped the results in place: focus moves there (static/js/htmx-setup.js, no inline code)
        expect(results).to_be_focused()
    # Nothing sticks out sideways on a 360 px screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(page, f"guide-service-map-360-{'js' if javascript else 'nojs'}")
