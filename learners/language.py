"""Putting a signed-in learner in their preferred language.

Django keeps the chosen language only in the django_language cookie (no session key since 4.0);
LocaleMiddleware reads it on addresses without a prefix, and i18n_patterns pages carry it in the URL.
So on sign-in, sign-up and a profile change we set the cookie and send the learner to an address in
that language.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import translate_url
from django.utils import translation


def preferred_language(user):
    profile = getattr(user, "profile", None)
    code = profile.preferred_language if profile is not None else None
    return code if code in dict(settings.LANGUAGES) else None


def home_url(language):
    """The home page of a language: the site's pages live under /<lang>/."""
    return f"/{language}/"


def set_language_cookie(response, language):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME, language,
        max_age=settings.LANGUAGE_COOKIE_AGE or 365 * 24 * 3600,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE or "Lax",
        secure=settings.SESSION_COOKIE_SECURE,
        path=settings.LANGUAGE_COOKIE_PATH,
    )
    return response


def redirect_in_language(language, next_url=None):
    """Redirect to next_url translated to `language` (or that language's home) and remember the language."""
    target = home_url(language)
    if next_url:
        # translate_url resolves in the active language, so resolve in the language `next_url` is in.
        with translation.override(translation.get_language_from_path(next_url) or translation.get_language()):
            target = translate_url(next_url, language)
    translation.activate(language)
    return set_language_cookie(redirect(target), language)
