"""Page privacy for endpoints outside Wagtail's page serving (docs/design.md, idea 14).

Wagtail applies a page's view restrictions (Settings > Privacy: a shared password, "signed-in users",
"these groups"; set on the page or any ancestor) only when it serves the page itself, through its
`check_view_restrictions` hook (wagtail/wagtail_hooks.py). The endpoints that read or write a page's
data from their own URLs (a quiz's answer and "Try again", "Mark as done", "Start course") ask
`refusal` first, so a request that may not view the page is turned away before anything is graded,
stored or rendered. It lives in `home` because courses and quizzes both use it.

The rules are Wagtail's own: its `before_serve_page` hooks run as for the page, then each restriction
from `page.get_view_restrictions()` is asked `accept_request(request)`. What differs is only where a
refused request goes: to the page's own URL (which shows Wagtail's password form) or to the sign-in
page with the page as `next`, never back to the endpoint, which takes no GET.
Docs: https://docs.wagtail.org/en/stable/advanced_topics/privacy.html
"""

from django.http import HttpResponse, HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from django_htmx.http import HttpResponseClientRedirect
from wagtail import hooks
from wagtail.models import PageViewRestriction
from wagtail.wagtail_hooks import require_wagtail_login


def refusal(page, request):
    """The response that turns `request` away from `page`'s data, or None when it may view the page.

    A password restriction sends the visitor to the page, where Wagtail asks for the password (and
    then returns them to the page); "signed-in users" and "these groups" send them to sign in, as
    Wagtail does for the page itself. htmx requests get the same target as an HX-Redirect, so the
    whole window navigates instead of a login form being swapped into a feedback region.
    """
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, [], {})
        if isinstance(result, HttpResponse):
            return result
    for restriction in page.get_view_restrictions():
        if restriction.accept_request(request):
            continue
        page_url = page.get_url(request)
        if restriction.restriction_type == PageViewRestriction.PASSWORD:
            target = page_url
        else:
            target = require_wagtail_login(next=page_url)["Location"]
        response = HttpResponseClientRedirect(target) if request.htmx else HttpResponseRedirect(target)
        add_never_cache_headers(response)
        return response
    return None
