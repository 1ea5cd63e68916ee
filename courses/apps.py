from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """Courses, modules, lessons, progress and certificates."""

    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
