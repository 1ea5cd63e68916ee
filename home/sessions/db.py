"""Database sessions (Django's) in UserSession, with database outages reported as such (see home/sessions)."""

from django.contrib.sessions.backends import db

from . import OutageAwareSaveMixin, UserIndexedMixin


class SessionStore(OutageAwareSaveMixin, UserIndexedMixin, db.SessionStore):
    pass
