"""Views that live outside the page tree: the health check and the front door."""

import sys
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, DataError, IntegrityError, connection
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.vary import vary_on_headers
from wagtail import views as wagtail_views
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from . import fallback, page_cache

# Cached for a path that is not in the active language: look again under the learner's fallback order.
MISSING_HERE = "missing-here"


@never_cache
def healthz(request):
    """200 "ok" when the database answers, 503 otherwise; load balancers poll this."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


def root_redirect(request):
    """Send a visitor at "/" to their language's home.

    LocaleMiddleware has already picked the language from the cookie, then the browser's
    Accept-Language, then LANGUAGE_CODE (Finnish).
    """
    return redirect(f"/{get_language()}/")


def serve_page(request, path):
    """Wagtail's page view, with a fallback for pages not yet translated, and a route cache.

    When the page does not exist in the active language, route the same path in the learner's
    fallback languages in order (home/fallback.py: their profile's order, else English, then
    Finnish; slugs are shared across translations, see home.models.BasePage) and serve the first
    found: the interface and every link stay in the learner's language, and the base template shows
    a notice, instead of a 404. Pre-filling Wagtail's per-request route cache is the documented hook
    for this (Page.route_for_request), and the same hook serves a route found earlier from the page
    cache (home/page_cache.py): no site, locale or page query at all. A path missing in the active
    language is cached under its fallback order too, since the order changes the result; the order is
    the only thing of the learner's in the key, and a learner's profile is read only on such pages.
    Wagtail's before_serve_page hooks (view restrictions) still run for every request.
    """
    cache_parts = ("route", get_language(), path)
    cached = page_cache.get(request, cache_parts)
    if cached == MISSING_HERE:
        order = fallback.fallback_order(request)
        cache_parts = ("route-fallback", get_language(), ",".join(order), path)
        cached = page_cache.get(request, cache_parts)
    if cached is not None and cached != MISSING_HERE:
        page, shown_in = cached
        request._wagtail_route_for_request = RouteResult(page)
        if shown_in:
            request.content_fallback_language = shown_in
        return wagtail_views.serve(request, path)

    route = _route_in(request, path, get_language())
    if route is None:
        order = fallback.fallback_order(request)
        for code in order:
            route = _route_in(request, path, code)
            if route is not None:
                request.content_fallback_language = code
                break
        else:
            # In none of the learner's languages: whichever version Wagtail finds (a page in Swedish only).
            del request._wagtail_route_for_request
            route = Page.route_for_request(request, path)
            if route is not None:
                request.content_fallback_language = route[0].locale.language_code
        if route is not None and not route[1] and not route[2]:
            page_cache.put(request, ("route", get_language(), path), MISSING_HERE)
            cache_parts = ("route-fallback", get_language(), ",".join(order), path)
    if route is not None and not route[1] and not route[2]:  # sub-routes (arguments) are not cached
        page_cache.put(request, cache_parts, (route[0], getattr(request, "content_fallback_language", None)))
    return wagtail_views.serve(request, path)


def _route_in(request, path, code):
    """Wagtail's route for `path` in language `code`, or None when the page found is not in that language.

    Without a home page in `code`, Wagtail routes from the Finnish one (Page.localized) and finds the
    Finnish page: that is a fallback too, and must say so (the notice, lang and dir).
    """
    if hasattr(request, "_wagtail_route_for_request"):
        del request._wagtail_route_for_request
    with translation.override(code):
        route = Page.route_for_request(request, path)
    if route is not None and route[0].locale.language_code != code:
        return None
    return route


def server_error(request):
    """handler500: the 503 page when the database is away, the 400 page for refused data, else 500.

    A DataError (a value too long for its column) or an IntegrityError (a duplicate that a concurrent
    request stored first) is the database refusing what the request sent, not an outage: telling the
    learner to wait and retry would not help, so they get the 400 page. Forms should catch these
    first; this is the backstop. Other database errors (connection lost, server restarting) are an
    outage: 503 with Retry-After.

    The templates stand alone (they extend nothing that reads the database) and are translated
    into the language the URL asked for. The failed request's transaction was rolled back, so
    nothing half-written stays.
    """
    exception = sys.exc_info()[1]
    if isinstance(exception, DataError | IntegrityError):
        return render(request, "400.html", status=400)
    if isinstance(exception, DatabaseError):
        response = render(request, "503.html", status=503)
        response["Retry-After"] = "30"
        return response
    return render(request, "500.html", status=500)


def bad_request(request, exception=None):
    """handler400: a request the site could not read (a form body that is not UTF-8, a broken upload).

    Django's own bad_request view is wrapped in requires_csrf_token, which reads the POST body again
    and fails on the same bytes, so such a request ended as a 500. This view never reads the body.
    """
    return render(request, "400.html", status=400)


@never_cache
def security_txt(request):
    """/.well-known/security.txt (RFC 9116): where to report a vulnerability, from SECURITY_CONTACT.

    Each deployment names its own contact (docs/security.md); without one there is no file rather
    than a made-up address. Expires is required by the RFC and stays under a year ahead.
    """
    contact = settings.SECURITY_CONTACT
    if not contact:
        raise Http404("No security contact configured")
    expires = (timezone.now() + timedelta(days=180)).replace(microsecond=0)
    languages = ", ".join(code for code, _name in settings.LANGUAGES)
    body = f"Contact: {contact}\nExpires: {expires.isoformat()}\nPreferred-Languages: {languages}\n"
    return HttpResponse(body, content_type="text/plain; charset=utf-8")


@never_cache
@vary_on_headers("HX-Request")
def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a refused form post (missing or stale CSRF token or cookie) in the site's look.

    A learner meets this when a page sat open until the token went stale, after signing in or out in
    another tab, or with cookies off; Django's own page speaks to developers. Nothing was stored: the
    middleware refused the post before any view ran. An htmx post gets only the message, swapped into
    the feedback region as other refused answers are (static/js/htmx-setup.js). The
    link leads back to the page the form was on when that page is on this site, else to the front page.
    `reason` is Django's developer-facing text and is not shown.
    """
    back_url = request.headers.get("HX-Current-URL") or request.headers.get("Referer") or ""
    same_site = url_has_allowed_host_and_scheme(
        back_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    context = {"back_url": back_url if same_site else "/", "back_is_page": same_site}
    template = "403_csrf.html#htmx" if getattr(request, "htmx", False) else "403_csrf.html"
    return render(request, template, context, status=403)


def ping(request):
    """The trivial view for bench/load.py: "ok" with no database or session access.

    Its rate is the stack's own ceiling (gunicorn, middleware, URL routing), so every benchmark
    figure is read as a ratio to it, which stays meaningful on a busy or slower machine.
    """
    return HttpResponse("ok", content_type="text/plain")
