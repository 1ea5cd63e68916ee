"""Site search: pages (lessons, guide pages ...) and services, in the active language.

Wagtail search with the settings' backend (the database backend: PostgreSQL full-text search
in production, a simple fallback on SQLite). Searching `Page` finds lessons too, so the guide
never imports the courses app.
"""

from django import forms
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from home.fallback import fallback_order, learner_url

from .calendar import event_calendar
from .models import EventPage, ServiceProvider

MAX_QUERY_LENGTH = 100
RESULTS_PER_GROUP = 20


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        max_length=MAX_QUERY_LENGTH,
        required=False,
        strip=True,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
        error_messages={"max_length": _("Please use at most %(limit_value)d characters.")},
    )


def search_with_prefixes(queryset, query):
    """Full-text results first, then titles and names that start with the words typed.

    Finnish inflects words (kansalaisopisto, kansalaisopiston ...), which full-text search
    without a Finnish stemmer misses; prefix matching on titles and names (Wagtail's
    autocomplete) finds them. https://docs.wagtail.org/en/v7.4/topics/search/searching.html

    Double quotes are dropped: Wagtail's SQLite backend wraps each word in quotes for FTS5 without
    escaping them, so a `"` typed into the box was a syntax error (a 503), and a plain-text search gives
    them no meaning on any backend.
    """
    query = " ".join(query.replace('"', " ").split())
    if not query:
        return []
    backend = get_search_backend()
    results = list(backend.search(query, queryset)[:RESULTS_PER_GROUP])
    if len(results) < RESULTS_PER_GROUP:
        found = {result.pk for result in results}
        for result in backend.autocomplete(query, queryset)[:RESULTS_PER_GROUP]:
            if result.pk not in found and len(results) < RESULTS_PER_GROUP:
                results.append(result)
                found.add(result.pk)
    return results


def search_pages(request, query):
    """Pages in the active language, then those shown to this learner through the fallback.

    A page not yet in the learner's language is served under their prefix in their fallback languages
    (home/fallback.py), so search finds it there too: one search over those languages, each page once
    (in the first of the languages that has it), linked under the learner's prefix and marked with the
    language it is in (`content_language`, for the result's lang attribute).
    """
    languages = [get_language(), *fallback_order(request)]
    locales = {locale.pk: locale.language_code for locale in Locale.objects.filter(language_code__in=languages)}
    results = search_with_prefixes(Page.objects.live().filter(locale_id__in=list(locales)), query)
    rank = {code: index for index, code in enumerate(languages)}
    best = {}
    for result in results:
        kept = best.get(result.translation_key)
        if kept is None or rank[locales[result.locale_id]] < rank[locales[kept.locale_id]]:
            best[result.translation_key] = result
    pages = [result for result in results if best[result.translation_key] is result]
    for page in pages:
        page.content_language = locales[page.locale_id]
        page.learner_url = learner_url(page.get_url(request))
    return pages


def search(request):
    """Search form and results grouped into pages and services; an oversized query is a 400."""
    form = SearchForm(request.GET or None)
    query = ""
    pages = services = []
    status = 200
    if form.is_bound:
        if form.is_valid():
            query = form.cleaned_data["q"]
        else:
            status = 400
    if query:
        locale = Locale.get_active()
        pages = search_pages(request, query)
        services = search_with_prefixes(ServiceProvider.objects.filter(locale=locale), query)
    context = {"form": form, "query": query, "pages": pages, "services": services, "total": len(pages) + len(services)}
    return render(request, "guide/search.html", context, status=status)


def event_ics(request, page_id):
    """One event as an iCalendar file, so a visitor can add it to their phone's calendar."""
    event = get_object_or_404(EventPage.objects.live().public(), pk=page_id)
    response = HttpResponse(
        event_calendar(event, event.get_full_url(request)), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{slugify(event.slug) or "event"}.ics"'
    return response
