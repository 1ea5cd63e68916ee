"""Public URLs of this app, mounted under the language prefix in config/urls.py."""

urlpatterns = []
