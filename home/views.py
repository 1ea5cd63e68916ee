"""Views that live outside the page tree: the health check and the front door."""

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache


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
