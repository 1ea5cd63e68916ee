"""Template tags every page uses: the language switcher, the main menu, page links in the learner's language."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home import page_cache
from home.fallback import content_dir, learner_url
from home.fallback import language_name as interface_language_name

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


@register.simple_tag(takes_context=True)
def language_links(context):
    """Every interface language, each with its own name and this page's address under its prefix.

    Slugs are shared across translations, so that address is the page's translation when there is
    one, else the same page shown through the fallback (home/views.py serve_page): never a 404, and the
    learner can always switch back to their own language, whatever languages the content has.
    """
    request = context.get("request")
    path = request.get_full_path() if request is not None else "/"
    current = get_language()
    return [
        {"code": code, "name": name, "url": learner_url(path, code), "current": code == current}
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def available_languages(context, page):
    """The codes of the languages `page` has a live translation in (one query, cached until content changes)."""
    request = context.get("request")
    if not isinstance(page, Page) or not page.pk:
        return []
    return page_cache.get_or_compute(request, ("translation-codes", page.pk), lambda: _translation_codes(page))


def _translation_codes(page):
    codes = set(page.get_translations(inclusive=True).live().values_list("locale__language_code", flat=True))
    return [code for code, _name in settings.LANGUAGES if code in codes]


@register.simple_tag(takes_context=True)
def learner_pageurl(context, page):
    """`{% pageurl page %}`, under the learner's language prefix (home/fallback.py) whatever the page's language."""
    if page is None:
        return ""
    return learner_url(page.get_url(context.get("request")))


@register.filter(name="learner_url")
def learner_url_filter(url, language=None):
    """A page address under the learner's language prefix (or under `language`'s)."""
    return learner_url(url, language)


@register.simple_tag(takes_context=True)
def content_lang(context, code=None):
    """` lang=".." dir=".."` for content shown in a language other than the interface's, else nothing.

    Without `code`: the language the page's content is shown in (the fallback, when there is one).
    Only content carries it: the headings, buttons and statuses around it stay in the learner's language.
    """
    if code is None:
        request = context.get("request")
        code = getattr(request, "content_fallback_language", None)
    if not code or code == get_language():
        return ""
    return format_html(' lang="{}" dir="{}"', code, content_dir(code))


@register.simple_tag
def language_in_interface(code):
    """A language's name in the interface's language ("Somali" in English), for sentences."""
    return interface_language_name(code)


@register.simple_tag
def language_name(code):
    """A language's own name (suomi, English, العربية ...)."""
    return LANGUAGE_NAMES.get(code, code)


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The home page's live children marked "show in menus", in the active language: pk, title, url and lang.

    Without a home page in the active language, the Finnish one's (Page.localized), linked under the
    learner's prefix and marked with their language.
    """
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
        {
            "pk": item.pk,
            "title": item.title,
            "url": learner_url(item.get_url(request)),
            "lang": item.locale.language_code,
        }
        for item in root.get_children().live().in_menu().select_related("locale")
    ]


@register.simple_tag(takes_context=True)
def home_url(context):
    """The home page of the active language."""
    return f"/{get_language()}/"
