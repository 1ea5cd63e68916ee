"""Make sure the page tree has what every request needs: locales, a home page and a Site.

Wagtail's own migration leaves a "Welcome" page as the site root; `ensure_site()` replaces
it with our HomePage. Tests that flush the database call it too, so it is idempotent.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from .models import HomePage


@transaction.atomic
def ensure_locales():
    """One Locale per content language, so trainers can translate into any of them."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


@transaction.atomic
def ensure_site(title="Kotopaikka", intro=""):
    """Return the Finnish HomePage, creating it, the root page and the default Site if missing."""
    default_locale = ensure_locales()
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(title="Root", slug="root", locale=default_locale)

    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(depth=2, locale=default_locale).first()
    if home is None:
        # Wagtail's placeholder welcome page holds the slug "home"; it is not part of our site.
        if site is not None:
            site.root_page = root
            site.save()
        Page.objects.filter(depth=2).exclude(pk__in=HomePage.objects.values("pk")).delete()
        home = HomePage(title=title, slug="home", intro=intro, locale=default_locale)
        root.add_child(instance=home)
        home.save_revision().publish()

    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Kotopaikka"
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Kotopaikka"
        site.save()
    return home
