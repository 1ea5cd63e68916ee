"""Production settings with and without REDIS_URL: the shared cache, sessions and the page cache.

Each case imports the production settings in a fresh interpreter (settings are read once per
process), the way a server starts. The Redis case talks to the Redis on 127.0.0.1:6379 that this
machine and CI provide, and is skipped where none is listening.
"""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import django, json
django.setup()
from django.conf import settings
from django.core.cache import cache
cache.set("kotopaikka:probe", "ok", 10)
for _ in range(5):
    cache.get("kotopaikka:probe")
clients = getattr(getattr(cache, "_cache", None), "_clients", None)
print(json.dumps({
    "clients": None if clients is None else len(clients),
    "backend": settings.CACHES["default"]["BACKEND"],
    "sessions": settings.SESSION_ENGINE,
    "page_cache": settings.PAGE_CACHE,
    "roundtrip": cache.get("kotopaikka:probe"),
}))
"""


def start(**env):
    environment = {
        key: value for key, value in os.environ.items() if key not in ("REDIS_URL", "DJANGO_SETTINGS_MODULE")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="oppiminen.example.fi",
        **env,
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def redis_listening():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


@pytest.mark.skipif(not redis_listening(), reason="no Redis on 127.0.0.1:6379")
def test_with_redis_the_cache_sessions_and_page_cache_share_it():
    probe = start(REDIS_URL="redis://127.0.0.1:6379/15")
    assert probe == {
        "clients": 1,  # one redis client for six calls (config/cache.py)
        "backend": "config.cache.ReusingRedisCache",
        "sessions": "home.sessions.cached_db",
        "page_cache": True,
        "roundtrip": "ok",
    }


def test_without_redis_the_page_cache_stays_off_and_sessions_stay_in_the_database():
    probe = start()
    assert probe["backend"] == "django.core.cache.backends.locmem.LocMemCache"
    assert probe["sessions"] == "home.sessions.db"
    assert probe["page_cache"] is False
