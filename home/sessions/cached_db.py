"""Sessions read from the cache and written through to the database (Django's cached_db) in UserSession,
with database outages reported as such (see home/sessions)."""

from django.contrib.sessions.backends import cached_db

from . import OutageAwareSaveMixin, UserIndexedMixin


class SessionStore(OutageAwareSaveMixin, UserIndexedMixin, cached_db.SessionStore):
    pass
