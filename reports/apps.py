from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """Completion reports and the dashboard panel for staff."""

    name = "reports"
    verbose_name = _("Reports")
