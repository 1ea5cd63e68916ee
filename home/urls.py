"""Wagtail's page-serving URLs, with home.views.serve_page in place of wagtail.views.serve."""

from django.urls import re_path
from wagtail.urls import serve_pattern
from wagtail.urls import urlpatterns as wagtail_urlpatterns

from .views import serve_page

urlpatterns = [p for p in wagtail_urlpatterns if p.name != "wagtail_serve"] + [
    re_path(serve_pattern, serve_page, name="wagtail_serve"),
]
