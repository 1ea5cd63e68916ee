"""Fixtures shared by every test module."""

import pytest
from django.contrib.auth import get_user_model

from home.site_setup import ensure_site

# Each area keeps its fixtures in its own module, so parallel work never edits this file.
pytest_plugins = [
    "tests.fixtures_learners",
    "tests.fixtures_courses",
    "tests.fixtures_quizzes",
    "tests.fixtures_guide",
    "tests.fixtures_reports",
    "tests.fixtures_sweep",
]

PASSWORD = "a-Long-test-passw0rd"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: the page cache (home/page_cache.py) keys on page ids,
    which a rolled-back test database may hand out again."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def home_page(db):
    """The Finnish home page, root page, locales and default Site."""
    return ensure_site()


def create_user(username="learner", **extra):
    """Create a user; the password is PASSWORD. For fixtures wider than a test (see make_user)."""
    User = get_user_model()
    user = User(username=username, **extra)
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def make_user(db):
    """Create a user; the password is PASSWORD."""
    return create_user


@pytest.fixture
def source_strings(settings):
    """Serve the interface in its English source strings, whatever the page's language.

    For tests that check behaviour through the messages a page shows: they read them as
    written in the code. That the catalogues translate them is tested in test_translations.py.
    """
    settings.LOCALE_PATHS = []
    yield
