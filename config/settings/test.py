"""Test settings: fast password hasher, local-memory cache, immediate tasks, no lock-out noise."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Each concurrent test run (CI runs its SQLite and PostgreSQL passes side by side) has its own media folder.
MEDIA_ROOT = BASE_DIR / os.environ.get("TEST_MEDIA_DIR", ".test-media")  # noqa: F405
# Saving a page or service does not index it: indexing renders every StreamField block and writes
# the full-text tables, which most tests never read. Tests that search turn it on with the
# `search_index` fixture (tests/fixtures_guide.py); Wagtail reads this setting on every save.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}}
# whitenoise serves straight from the app static folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
