"""Pages not yet translated: which language to show them in, and links that keep the learner's language.

A learner reading in Somali follows links under /so/ whatever language the content is in: slugs are
shared across translations (home.models.BasePage), so a page's path differs between languages only by
its prefix, and serve_page (home/views.py) serves the same path under /so/ in the first fallback
language that has it. Every page link is therefore built by swapping the prefix (`learner_url`),
never from the page's own locale, which would drop the learner into a Finnish interface.
"""

import re

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

CODES = [code for code, _name in settings.LANGUAGES]

# When a page is missing in the learner's language: English first (read by more learners than
# Finnish), then Finnish, the source every page exists in.
DEFAULT_ORDER = ["en", settings.LANGUAGE_CODE]

# Language names in the interface's language ("Somali" in English, "Soomaali" in Somali ...), for
# sentences such as the notice; the language menu names each language in itself (settings.LANGUAGES).
NAMES = {
    "fi": _("Finnish"),
    "sv": _("Swedish"),
    "en": _("English"),
    "ar": _("Arabic"),
    "fa": _("Persian"),
    "so": _("Somali"),
    "ru": _("Russian"),
    "uk": _("Ukrainian"),
    "et": _("Estonian"),
    "tr": _("Turkish"),
}

_CODES_RE = "|".join(map(re.escape, CODES))
_PREFIX = re.compile(rf"^((?:https?:)?//[^/]+)?/({_CODES_RE})(/.*)?$")


def learner_url(url, language=None):
    """`url` (a page's address under any language prefix) under the prefix of `language` (default: active).

    Anything that is not a prefixed address of this site (an external link, "#", None) is returned as is.
    """
    if not url:
        return url
    match = _PREFIX.match(url)
    if match is None:
        return url
    host, _code, rest = match.groups()
    return f"{host or ''}/{language or get_language()}{rest or '/'}"


def parse_order(value):
    """A stored order ("en,fi") as a list of known codes, without repeats."""
    order = []
    for code in (value or "").split(","):
        code = code.strip()
        if code in CODES and code not in order:
            order.append(code)
    return order


def fallback_order(request):
    """The languages to try, in order, when a page is missing in the active language.

    A signed-in learner's own order (LearnerProfile.fallback_languages) comes first; the default follows,
    so a page that exists at all is always found. Read through the user's `profile` relation, so
    home needs no import from learners (the import direction, README).
    """
    user = getattr(request, "user", None)
    chosen = []
    if user is not None and user.is_authenticated:
        try:
            chosen = parse_order(user.profile.fallback_languages)
        except ObjectDoesNotExist:  # staff and admins may have no learner profile
            chosen = []
    order = chosen + [code for code in DEFAULT_ORDER if code not in chosen]
    return [code for code in order if code != get_language()]


def language_name(code):
    """`code`'s name in the interface language."""
    return NAMES.get(code, code)


def content_dir(code):
    """The writing direction of language `code` ("rtl" or "ltr")."""
    return "rtl" if code in settings.RTL_LANGUAGES else "ltr"
