"""Session engines: the signed-in person's id on every session row, and database outages reported as
outages (503), not as a lost session (400).

Django's database session backend turns every DatabaseError met while updating a session into
UpdateError, and SessionMiddleware answers that with a 400 "session interrupted", meant for a
session deleted by a concurrent sign-out. When PostgreSQL restarts mid-request that hid the outage
from the learner (bench/faults.py found one such 400). These engines re-raise the connection error
instead, so the request ends with the translated 503 page like any other database failure;
a genuinely deleted session still gives UpdateError.

They store sessions in home.sessions.models.UserSession, whose user_id column lets
`end_sessions(user)` find and delete a person's sessions (database rows and, with cached_db, the
cached copies) without decoding every session.

SESSION_ENGINE is `home.sessions.db`, or `home.sessions.cached_db` when Redis is configured.
"""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.base import UpdateError
from django.db import InterfaceError, OperationalError


class OutageAwareSaveMixin:
    def save(self, must_create=False):
        try:
            return super().save(must_create)
        except UpdateError as error:
            cause = error.__context__
            if isinstance(cause, OperationalError | InterfaceError):
                raise cause from None
            raise


class UserIndexedMixin:
    """Store sessions in UserSession with the signed-in person's id (Django's documented extension point)."""

    @classmethod
    def get_model_class(cls):
        from .models import UserSession

        return UserSession

    def create_model_instance(self, data):
        instance = super().create_model_instance(data)
        instance.user_id = str(data.get(SESSION_KEY) or "")
        return instance


def end_sessions(user, keep=None):
    """Delete every stored session of `user` but the one keyed `keep`; returns how many ended.

    Each goes through the configured engine's delete(), so cached_db also drops the cached copy
    and the session cannot be read back from Redis.
    """
    from .models import UserSession

    keys = UserSession.objects.filter(user_id=str(user.pk)).exclude(session_key=keep or "")
    keys = list(keys.values_list("session_key", flat=True))
    engine = import_module(settings.SESSION_ENGINE)
    for key in keys:
        engine.SessionStore(key).delete()
    return len(keys)
