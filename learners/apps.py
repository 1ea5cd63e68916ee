from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearnersConfig(AppConfig):
    """Sign-up, profiles, organisations, cohorts, roles and privacy."""

    name = "learners"
    verbose_name = _("Learners")
