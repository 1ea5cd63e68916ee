"""The learner's choice of plain-language lessons, remembered between visits.

A module of its own because both sides need it: LessonPage.get_context reads the choice to pick the
body it renders, and the `plain_language` view stores it. Neither has to import the other.
"""

PLAIN_KEY = "plain_language"
PLAIN_COOKIE_AGE = 365 * 24 * 3600


def wants_plain_language(request):
    """The learner's remembered choice: the session when signed in, else a cookie."""
    if PLAIN_KEY in request.session:
        return bool(request.session[PLAIN_KEY])
    return request.COOKIES.get(PLAIN_KEY) == "1"
