"""What the admin shows of the guide: the service providers as a snippet with filters."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ServiceProvider


class ServiceProviderViewSet(SnippetViewSet):
    """Service map entries; trainers filter them by municipality and kind like visitors do."""

    model = ServiceProvider
    icon = "site"
    menu_label = ServiceProvider._meta.verbose_name_plural
    add_to_admin_menu = True
    list_display = ["name", "municipality", "kind", "locale"]
    list_filter = ["municipality", "kind"]
    search_fields = ["name", "description"]


register_snippet(ServiceProviderViewSet)
