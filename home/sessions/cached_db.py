"""Sessions read from the cache and written through to the database (Django's cached_db), with
database outages reported as such (see home/sessions)."""

from django.contrib.sessions.backends import cached_db

from . import OutageAwareSaveMixin


class SessionStore(OutageAwareSaveMixin, cached_db.SessionStore):
    pass
