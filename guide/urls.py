"""Public URLs of this app, mounted under the language prefix in config/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("search/", views.search, name="search"),
    path("events/<int:page_id>.ics", views.event_ics, name="event-ics"),
]
