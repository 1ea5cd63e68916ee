"""Session engines that report a database outage as an outage (503), not as a lost session (400).

Django's database session backend turns every DatabaseError met while updating a session into
UpdateError, and SessionMiddleware answers that with a 400 "session interrupted", meant for a
session deleted by a concurrent sign-out. When PostgreSQL restarts mid-request that hid the outage
from the learner (bench/faults.py found one such 400). These engines re-raise the connection error
instead, so the request ends with the translated 503 page like any other database failure;
a genuinely deleted session still gives UpdateError.

SESSION_ENGINE is `home.sessions.db`, or `home.sessions.cached_db` when Redis is configured.
"""

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
