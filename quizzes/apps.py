from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    """Quiz pages, grading, attempts and the htmx answer views."""

    name = "quizzes"
    verbose_name = _("Quizzes")
