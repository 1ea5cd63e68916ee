from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    """The Kotopaikka guide: practices, services, paths, links, events, materials."""

    name = "guide"
    verbose_name = _("Guide")
