from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The site's shell: home page, standard pages, site-wide template tags and set-up."""

    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
