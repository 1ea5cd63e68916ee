"""The visitor's own address, also behind our reverse proxies.

Behind nginx or a load balancer every request reaches the app from the proxy, so REMOTE_ADDR is the
same for everyone: a lock-out or rate limit keyed on it would lock everyone at once. Each proxy appends
the address it received the request from to X-Forwarded-For, so with N trusted proxies (settings.
TRUSTED_PROXY_COUNT, from the environment) the visitor's address is the N-th entry from the right.
Entries further left were written by the visitor and are never believed. With 0 trusted proxies
(a laptop, tests, an app server reached directly) the header is ignored altogether.

django-axes calls this through AXES_CLIENT_IP_CALLABLE (its documented hook for proxies); the rate
limits of learners/ratelimit.py use it too. See docs/security.md, "Lock-out behind the proxy".
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The visitor's address as the outermost trusted proxy saw it; REMOTE_ADDR without proxies.

    A header shorter than the proxy count means the request did not come through all of them (or the
    count is wrong); then REMOTE_ADDR is used, which at worst groups visitors, never trusts a forgery.
    """
    remote = request.META.get("REMOTE_ADDR")
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < count:
        return remote
    try:
        return str(ipaddress.ip_address(forwarded[-count]))
    except ValueError:
        return remote
