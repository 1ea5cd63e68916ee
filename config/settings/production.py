"""Production settings: refuse to start without a secret key and hosts; HTTPS everywhere.

`python manage.py check --deploy --settings=config.settings.production` passes with no
warnings when SECRET_KEY and ALLOWED_HOSTS are set.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable (50+ random characters).")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Set ALLOWED_HOSTS, a comma-separated list of the site's host names.")

DEBUG = False
DEMO_ACCOUNTS_ALLOWED = False
CSRF_TRUSTED_ORIGINS = [f"https://{h}" for h in ALLOWED_HOSTS]  # noqa: F405
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
# Load balancers check /healthz over plain http on the app's own port; a 301 would read as "down".
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Secure cookies always, except `make serve` on plain http over loopback (SECURE_COOKIES=false).
SESSION_COOKIE_SECURE = os.environ.get("SECURE_COOKIES", "true").lower() == "true"
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override this for themselves

# Hashed, compressed static files served by whitenoise. Media ("default") stays as base.py chose it
# from the environment: local disk, or the S3-compatible bucket named by MEDIA_S3_BUCKET.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Every app server must see the same content version (home/page_cache.py): only with a shared cache.
PAGE_CACHE = bool(os.environ.get("REDIS_URL"))
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "60"))  # noqa: F405
