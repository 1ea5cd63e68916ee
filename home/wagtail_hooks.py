"""What the Wagtail admin gets from the home app.

Docs: https://docs.wagtail.org/en/v7.4/reference/hooks.html#register-admin-urls
"""

from wagtail import hooks

from .admin_urls import localize_snippets_api_urls


@hooks.register("register_admin_urls", order=-1)
def register_localize_snippets_api_in_scope():
    """wagtail-localize's snippets API, answered with permission and scope checks (see home/admin_urls.py).

    `order=-1` puts these patterns before those of wagtail-localize's own hook (order 0), so they answer
    its paths.
    """
    return localize_snippets_api_urls()
