"""Playwright harness: Debian's /usr/bin/chromium, headless, against pytest-django's live server.

Playwright's sync API runs an event loop in the test thread; Django refuses database access
from such a thread unless DJANGO_ALLOW_ASYNC_UNSAFE is set, and the tests need both.
"""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = Path(__file__).parent / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(autouse=True)
def _search_index(search_index):
    """Browser tests run the site as deployed: what they save is indexed (the test settings skip
    that elsewhere), so the search pages they visit (test_guide.py, test_sweep.py) show results."""


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is missing at {CHROMIUM}: install Debian's package `chromium` "
            "(make test does it: apt-get install -y chromium)."
        )
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """Open a fresh browser context (own cookies) and page; closes them afterwards."""
    contexts = []

    def make(width=1280, height=900, locale="fi-FI", java_script_enabled=True):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            locale=locale,
            java_script_enabled=java_script_enabled,
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A 1280 px page in a Finnish browser; new_page() makes others (360 px, Arabic ...)."""
    return new_page()


@pytest.fixture(scope="session")
def axe():
    return Axe()


def assert_no_axe_violations(axe, page):
    """Run axe-core on the page as it is now; fail listing every violation."""
    results = axe.run(page)
    assert results.violations_count == 0, results.generate_report()


def screenshot(page, name):
    """Save a full-page screenshot under tests/browser/screenshots/ for a person to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture
def demo_site(transactional_db):
    """The home page in every language and the demo accounts, in a live-server database."""
    from content_io.importer import import_content
    from learners import demo as learners_demo

    import_content(only=["home/."])  # the home page alone, from content/
    learners_demo.load()
