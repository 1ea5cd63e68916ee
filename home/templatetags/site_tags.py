"""Template tags every page uses: the language switcher and the main menu."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home import page_cache

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


@register.simple_tag(takes_context=True)
def language_links(context):
    """The languages this page can be read in, each with its own name and address.

    On a Wagtail page: the live translations of that page. Elsewhere (sign-in, my courses):
    every interface language, at the same address under its prefix.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    links = []
    if isinstance(page, Page) and request is not None and page.pk:
        urls = page_cache.get_or_compute(request, ("translations", page.pk), lambda: _translation_urls(page, request))
        for code, name in settings.LANGUAGES:
            if code in urls:
                links.append({"code": code, "name": name, "url": urls[code], "current": code == current})
    else:
        path = request.get_full_path() if request is not None else "/"
        for code, name in settings.LANGUAGES:
            links.append(
                {"code": code, "name": name, "url": translate_url(path, code), "current": code == current}
            )
    return links


def _translation_urls(page, request):
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {p.locale.language_code: p.get_url(request) for p in translations}


@register.simple_tag
def language_name(code):
    """A language's own name (suomi, English, العربية ...)."""
    return LANGUAGE_NAMES.get(code, code)


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The home page's live children marked "show in menus", in the active language: pk, title and url."""
    request = context.get("request")
    if request is None:
        return []
    return page_cache.get_or_compute(request, ("menu", get_language()), lambda: _menu(request))


def _menu(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    root = site.root_page.localized
    return [
        {"pk": item.pk, "title": item.title, "url": item.get_url(request)}
        for item in root.get_children().live().in_menu()
    ]


@register.simple_tag(takes_context=True)
def home_url(context):
    """The home page of the active language."""
    return f"/{get_language()}/"
