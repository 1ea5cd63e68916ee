"""A cache of published page structure (routes, outlines, menus, language links), dropped as a whole
whenever what learners see changes: a publish, unpublish, move or delete, a site or a locale.

Why: a signed-in lesson page spent most of its time in the ORM rebuilding the same things for every
learner: which page a path leads to, the course's outline, the menu, the language switcher (about ten
of its sixteen queries; bench/hotspots.py). They change only when an editor publishes, so they are
kept here under a shared *content version*. Such a change bumps the version (home/signals.py), which
makes every older entry unreachable at once; old entries simply expire. Nothing personal is cached:
a learner's progress, name and CSRF token are read for each request as before.

The version must be shared by every app server, so in production the cache is on only when Redis
is configured (settings.PAGE_CACHE); a single-process server (runserver, tests) may use local memory.
Keys also carry a fingerprint of the code: cached values are pickled pages and our own classes, and
after a deploy (or during a rolling one) a server must never read what another release wrote.
"""

import hashlib
import uuid
from functools import cache as once
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "kotopaikka:content-version"
TIMEOUT = 6 * 3600
_MISSING = object()


APPS = ("home", "courses", "quizzes", "guide", "learners")


@once
def code_version():
    """A fingerprint of this release: the project's Python sources and templates (cached lesson HTML
    comes from them), the compiled message catalogues (cached HTML holds translated interface strings,
    so a translation release is a release too), Django's and Wagtail's versions. Read once per process.

    File contents, not mtimes: every server of one release must compute the same fingerprint, and
    each server compiles its own catalogues at its own time.
    """
    digest = hashlib.sha256(f"{django.__version__} {wagtail.__version__}".encode())
    root = Path(settings.BASE_DIR)
    sources = [p for app in APPS for p in (root / app).rglob("*.py")] + list((root / "templates").rglob("*.html"))
    for path in sorted(sources):
        digest.update(path.read_bytes())
    for locale_path in map(Path, settings.LOCALE_PATHS):
        for path in sorted(locale_path.glob("*/LC_MESSAGES/*.mo")):
            digest.update(str(path.relative_to(locale_path)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def enabled():
    return getattr(settings, "PAGE_CACHE", False)


def content_version(request=None):
    """The current content version, read once per request."""
    if request is not None and hasattr(request, "_content_version"):
        return request._content_version
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    if request is not None:
        request._content_version = version
    return version


def bump():
    """Forget everything cached here (home/signals.py: what learners see changed).

    At once, and again when the change commits: a request running meanwhile still reads the old rows
    (the change is not committed yet) and could store them under the first new version; the second
    makes that unreachable too. Outside a transaction both happen at once.
    """
    _new_version()
    transaction.on_commit(_new_version)


def clear():
    """Forget everything cached here now (`manage.py clear_page_cache`). Returns the old and new version."""
    old = content_version()
    return old, _new_version()


def _new_version():
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, None)
    return version


def _key(request, parts):
    host = request.get_host() if request is not None else ""
    return ":".join(["kotopaikka:pages", code_version(), content_version(request), host, *map(str, parts)])


def get(request, parts):
    """The cached value for `parts`, or None."""
    if not enabled():
        return None
    return cache.get(_key(request, parts))


def put(request, parts, value):
    if enabled():
        cache.set(_key(request, parts), value, TIMEOUT)


def get_or_compute(request, parts, compute):
    """`compute()`, remembered under `parts` (and the host and content version) until content changes."""
    if not enabled():
        return compute()
    key = _key(request, parts)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value
