"""Remember the language a visitor last read in, so "/" brings them back to it."""

from django.conf import settings
from django.utils.translation import get_language, get_language_from_path


class RememberLanguageMiddleware:
    """Set the language cookie when a page under a language prefix is served.

    LocaleMiddleware reads the cookie for addresses without a prefix ("/", "/accounts/...").
    Without this, a learner who switched to Arabic would be sent back to Finnish at "/".
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        lang = get_language_from_path(request.path_info)
        if (
            lang
            and lang == get_language()
            and response.status_code == 200
            and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != lang
        ):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                lang,
                max_age=365 * 24 * 3600,
                samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
            )
        return response
