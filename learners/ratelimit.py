"""Simple counters in Django's cache that stop guessing join codes and flooding password-reset mail.

Sign-in has django-axes (learners/lockout.py). Two other forms can be abused without it: a join code
of 8 characters can be guessed by trying many, and the password-reset form sends a mail to whatever
address is typed. Each limit counts per visitor address (home/client_ip.py, also right behind the
proxy) and per account or e-mail address, so neither many addresses nor many accounts get around it.

settings.RATE_LIMITS maps a limit's name to (attempts allowed, window in seconds); the window starts
at the first attempt. The counters live in the default cache: shared by every app server with Redis
(REDIS_URL), per process without it. Keys hold a hash, never the e-mail address itself.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from home.client_ip import client_ip


def _key(name, value):
    digest = hashlib.sha256(str(value).encode()).hexdigest()[:32]
    return f"ratelimit:{name}:{digest}"


class Limit:
    """One named limit over several keys (e.g. the visitor's address and their account)."""

    def __init__(self, **values):
        # name -> the value counted under it (an address, a user id, a normalised e-mail)
        self.values = {name: value for name, value in values.items() if value}

    def exceeded(self):
        """True when any of the counters has reached its limit."""
        for name, value in self.values.items():
            allowed, _window = settings.RATE_LIMITS[name]
            if (cache.get(_key(name, value)) or 0) >= allowed:
                return True
        return False

    def count(self):
        """Count one more attempt under every key."""
        for name, value in self.values.items():
            _allowed, window = settings.RATE_LIMITS[name]
            key = _key(name, value)
            if cache.add(key, 1, window):
                continue
            try:
                cache.incr(key)
            except ValueError:  # expired between add() and incr()
                cache.add(key, 1, window)


def join_code_guesses(request):
    """Wrong join codes from this address and, when signed in, from this account."""
    user = getattr(request, "user", None)
    account = user.pk if user is not None and user.is_authenticated else None
    return Limit(join_code_address=client_ip(request), join_code_account=account)


def password_reset_mails(request, email):
    """Reset requests from this address and for this e-mail address (compared case-insensitively)."""
    return Limit(password_reset_address=client_ip(request), password_reset_email=(email or "").strip().casefold())
