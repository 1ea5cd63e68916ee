from django.apps import AppConfig


class SessionsConfig(AppConfig):
    """The site's session table (home/sessions/models.py); its own app so the label stays clear of Django's."""

    name = "home.sessions"
    label = "kp_sessions"
    verbose_name = "Sessions"
    default_auto_field = "django.db.models.BigAutoField"
