"""The error pages' way back leads to the learner's own language, not to whatever "/" picks.

"/" chooses the language from a cookie or the browser's Accept-Language, and following the
language switcher's links sets no cookie: a Somali learner on a Finnish browser who got the
400 page under /so/ would land on the Finnish front page.
"""

import pytest
from django.test import Client, RequestFactory
from django.utils import translation

from home.views import server_error


@pytest.mark.parametrize("lang", ["so", "ar", "en"])
def test_the_400_page_leads_back_to_the_front_page_in_the_learners_language(db, home_page, lang):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False, HTTP_ACCEPT_LANGUAGE="fi")
    client.get(f"/{lang}/accounts/login/")
    token = client.cookies["csrftoken"].value
    response = client.generic(
        "POST", f"/{lang}/accounts/login/", data="username=Åsa".encode("utf-16"),
        content_type="application/x-www-form-urlencoded; charset=utf-16",
        headers={"X-CSRFToken": token, "Referer": f"http://testserver/{lang}/"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert f'class="button" href="/{lang}/"' in html


@pytest.mark.parametrize("lang", ["so", "ar", "en"])
def test_the_404_page_leads_back_to_the_front_page_in_the_learners_language(db, home_page, lang):
    client = Client(HTTP_ACCEPT_LANGUAGE="fi")
    response = client.get(f"/{lang}/no-such-page/")
    assert response.status_code == 404
    assert f'class="button" href="/{lang}/"' in response.content.decode()


@pytest.mark.parametrize("lang", ["so", "ar", "en"])
def test_the_500_page_leads_back_to_the_front_page_in_the_learners_language(lang):
    """handler500 runs with the URL's language still active (LocaleMiddleware); no database needed."""
    request = RequestFactory().get(f"/{lang}/", HTTP_ACCEPT_LANGUAGE="fi")
    with translation.override(lang):
        response = server_error(request)
    assert response.status_code == 500
    assert f'class="button" href="/{lang}/"' in response.content.decode()
