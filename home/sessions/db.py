"""Database sessions (Django's), with database outages reported as such (see home/sessions)."""

from django.contrib.sessions.backends import db

from . import OutageAwareSaveMixin


class SessionStore(OutageAwareSaveMixin, db.SessionStore):
    pass
