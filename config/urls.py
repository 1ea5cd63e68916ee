"""URL configuration.

Public pages live under a language prefix (i18n_patterns); the admin, documents, the
health check and the front-door redirect do not (wagtail-localize's demo does the same).
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home.views import healthz, ping, root_redirect, security_txt

handler400 = "home.views.bad_request"
handler500 = "home.views.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path(".well-known/security.txt", security_txt, name="security-txt"),
    path("ping", ping, name="ping"),
    # Wagtail's preview of a new page, for page types only: ahead of its own pattern (home/admin_urls.py).
    path("admin/", include("home.admin_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", root_redirect, name="home-redirect"),
]

if settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage"):
    # Images and their renditions on local disk are served by the app itself (with object storage the
    # bucket serves them). Documents are not: MEDIA_ROOT/documents/ is reached only through Wagtail's
    # document view at /documents/, which applies collection privacy (WAGTAILDOCS_SERVE_METHOD).
    # Each folder is its own document root: serve() normalises "images/../documents/x" inside its root, so
    # with MEDIA_ROOT as the root that path would have reached a private document.
    urlpatterns += [
        re_path(rf"^media/{folder}/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT / folder})
        for folder in ("images", "original_images")
    ]

urlpatterns += i18n_patterns(
    path("accounts/", include("learners.urls")),
    path("", include("courses.urls")),
    path("", include("quizzes.urls")),
    path("", include("guide.urls")),
    path("", include("reports.urls")),
    # Wagtail's page serving (with the fallback for untranslated pages) catches
    # everything else, so it comes last.
    path("", include("home.urls")),
)
