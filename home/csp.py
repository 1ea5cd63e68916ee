"""Content Security Policy: strict on public pages (settings), workable in the Wagtail admin.

Public pages run no inline script (htmx and our modules load from /static/); the admin's
own templates use inline scripts, so /admin/ gets a policy that allows them but still
allows nothing from other origins. django-csp: https://django-csp.readthedocs.io/
"""

from csp.constants import SELF, UNSAFE_EVAL, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_REPLACE = {
    "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
    # The public img-src (which names the media bucket when there is one) plus blob: for upload previews.
    "img-src": [*settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"], "blob:"],
    "connect-src": [SELF],
}


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's relaxed script policy under /admin/."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith("/admin/") and parts.replace is None:
            parts.replace = ADMIN_REPLACE
        return parts
