"""Settings shared by every environment.

Everything that differs between a laptop and a server comes from the environment
(DESIGN.md idea 9): DATABASE_URL, REDIS_URL, SECRET_KEY, ALLOWED_HOSTS, e-mail.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.conf.locale import LANG_INFO

from config.storage import media_origins, media_storage

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]

INSTALLED_APPS = [
    # Project apps. Imports point one way: reports -> quizzes -> courses -> learners.
    "home",
    # Session rows that carry the user id, so a person's sessions can all be ended (home/sessions).
    "home.sessions",
    "guide",
    "learners",
    "courses",
    "quizzes",
    "content_io",  # content/ files: import_content, export_content (above the page apps)
    "reports",
    # Wagtail and wagtail-localize
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Third-party helpers
    "django_htmx",
    "template_partials",
    "axes",
    "csp",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "home.csp.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # LocaleMiddleware before RedirectMiddleware, as wagtail-localize's demo does.
    "django.middleware.locale.LocaleMiddleware",
    "home.middleware.RememberLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so a locked-out sign-in gets axes' response (django-axes docs).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Database: a SQLite file by default, so the site runs anywhere; PostgreSQL in production and CI.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two learners answering at once both read, then both write: in SQLite's default deferred mode the
    # second upgrade to a write lock fails at once with "database is locked". Immediate transactions take
    # the write lock at BEGIN, so the second waits (up to `timeout` seconds) instead of failing.
    # https://docs.djangoproject.com/en/5.2/ref/databases/#sqlite-transaction-behavior
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (Django's built-in backend), local memory otherwise.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "config.cache.ReusingRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
    # Sessions read from Redis and written through to the database: one query less on every
    # signed-in request, and still valid after Redis or the app restarts.
    SESSION_ENGINE = "home.sessions.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # Local memory is per process: sessions stay in the database alone.
    SESSION_ENGINE = "home.sessions.db"

# home/page_cache.py: routes, outlines, menus and language links cached under a content version.
# Safe with local memory only in one process (runserver, tests); production.py turns it on with Redis.
PAGE_CACHE = True

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# A refused form post (stale or missing CSRF token) gets a page in the site's look and language.
CSRF_FAILURE_VIEW = "home.views.csrf_failure"

LOGIN_URL = "login"
# Pages closed to guests ("signed-in users", "these groups") send them to the site's own sign-in page in
# their language, not to Wagtail's bare /_util/login/ form.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "home-redirect"
LOGOUT_REDIRECT_URL = "home-redirect"

# Content Security Policy (django-csp): no inline script on public pages; nothing from other
# origins but the video players. The admin's relaxed script policy is in home/csp.py.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        # Inline style attributes (progress bar widths) and htmx's indicator styles.
        "style-src": [SELF, UNSAFE_INLINE],
        # Media in object storage (config/storage.py) is served from the bucket's own origin.
        "img-src": [SELF, "data:", *media_origins(os.environ)],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF, *media_origins(os.environ)],
        "frame-src": [SELF, "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# Sign-in lock-out (django-axes): five failures lock that username from that address
# for 15 minutes; a shared library computer does not lock out everyone else.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "learners/locked_out.html"
AXES_RESET_ON_SUCCESS = True
# The visitor's address behind nginx or a load balancer (docs/security.md): REMOTE_ADDR is the proxy's
# own, the same for everyone. TRUSTED_PROXY_COUNT says how many proxies of ours each request passes;
# the address the outermost one saw is read from X-Forwarded-For. 0 (laptops, tests): REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "home.client_ip.client_ip"
# One address trying many usernames (password spraying) is stopped after this many failures in the
# cool-off time, whichever usernames they named (learners/lockout.py).
AXES_HANDLER = "learners.lockout.AddressAwareLockoutHandler"
SIGN_IN_FAILURES_PER_ADDRESS = 30

# Other guessable or mail-sending forms, counted in the cache (learners/ratelimit.py):
# name -> (attempts allowed, window in seconds). Wrong join codes are counted, reset mails all.
RATE_LIMITS = {
    "join_code_address": (20, 3600),
    "join_code_account": (10, 3600),
    "password_reset_address": (10, 3600),
    "password_reset_email": (3, 3600),
}

# Shown on /.well-known/security.txt (RFC 9116) when set: where to report a vulnerability privately,
# e.g. "mailto:tietoturva@kunta.example.fi" or an https:// form. Unset: no security.txt.
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "")

# Internationalisation. Finnish is the source language; every content language is also
# an interface language. Names are each language's own name, as the switcher shows them.
LANGUAGE_CODE = "fi"
LANGUAGES = [
    ("fi", "suomi"),
    ("sv", "svenska"),
    ("en", "English"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("so", "Soomaali"),
    ("ru", "русский"),
    ("uk", "українська"),
    ("et", "eesti"),
    ("tr", "Türkçe"),
]
RTL_LANGUAGES = {"ar", "fa"}
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Helsinki"
# locale/: the site's own strings (makemessages). locale-vendor/: Django's and Wagtail's strings that
# learners see, where those lack the language (Somali) or word things unlike the site. The first wins.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale-vendor"]
# Somali has no entry in Django's own language table; this adds it.
LANG_INFO.setdefault("so", {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"})
# ... and no date formats: config/formats/so/formats.py gives them.
FORMAT_MODULE_PATH = ["config.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploaded media on local disk, or in an S3-compatible bucket when MEDIA_S3_BUCKET is set.
STORAGES = {
    "default": media_storage(os.environ),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# E-mail: console by default; SMTP when EMAIL_HOST is set.
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Kotopaikka <noreply@kotopaikka.invalid>")

# Demo accounts (DESIGN.md contract) exist everywhere but production.
DEMO_ACCOUNTS_ALLOWED = True

# Wagtail
WAGTAIL_SITE_NAME = "Kotopaikka"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "webp": "webp"}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
# Documents are always sent through Wagtail's document view, which applies collection privacy, on local
# disk and in object storage alike; their files are never linked or redirected to (config/urls.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

# Background tasks (Wagtail 7 uses django-tasks): run at once, no worker to keep alive.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Fixed upper bound on any single form field a learner posts (bytes); see quizzes/forms.py.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
