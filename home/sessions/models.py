"""The session table, with the signed-in person's id beside the encoded data.

Django's own table keeps the user id only inside the encoded session data, so finding a person's
sessions means decoding every row. Deleting an account or changing a password must end all of the
person's sessions (a stolen session must not outlive either), so the id is stored in an indexed column, filled by the
session engines of home/sessions on every save.
"""

from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models


class UserSession(AbstractBaseSession):
    user_id = models.CharField(max_length=64, blank=True, default="", db_index=True)

    class Meta(AbstractBaseSession.Meta):
        db_table = "kp_sessions_usersession"

    @classmethod
    def get_session_store_class(cls):
        from .db import SessionStore

        return SessionStore
