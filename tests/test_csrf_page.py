"""A form post refused for a missing CSRF token: the site's own page, in the learner's language.

Learners meet this after leaving a quiz open overnight or with cookies off, so the page has to say
what happened in plain words and lead back; and, as for every refused input (docs/design.md, idea 8),
nothing may be stored.
"""

import pytest
from axes.models import AccessAttempt, AccessLog
from django.test import Client
from django.urls import reverse
from django.utils import translation

from quizzes.models import Answer, QuizAttempt
from quizzes.views import quiz_specs
from tests.conftest import PASSWORD

HTMX = {"HTTP_HX_REQUEST": "true"}
# What each language's page says, as the catalogues translate it.
EXPIRED = {"fi": "Lomake on vanhentunut", "en": "The form has expired"}
RELOAD = {"fi": "Lataa sivu uudelleen ja yritä uudestaan.", "en": "Reload the page and try again."}


def url_in(lang, name, *args):
    with translation.override(lang):
        return reverse(name, args=args)


@pytest.fixture
def learner_client(make_user):
    """A signed-in learner whose client enforces CSRF, as a browser's post would be checked."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("oppija"))
    return client


def a_right_answer(quiz, attempt):
    spec = next(spec for spec in quiz_specs(quiz).values() if spec["type"] == "single_choice")
    choice = next(choice["id"] for choice in spec["choices"] if choice["correct"])
    return {"question": spec["id"], "choice": [choice], "attempt": attempt.pk}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_quiz_answer_without_token_gets_the_sites_page_in_the_learners_language(learner_client, quiz, lang):
    assert learner_client.get(quiz.url).status_code == 200
    attempt = QuizAttempt.objects.get()
    quiz_page = f"http://testserver{quiz.url}"

    response = learner_client.post(
        url_in(lang, "quiz_answer", quiz.pk), a_right_answer(quiz, attempt), HTTP_REFERER=quiz_page
    )

    assert response.status_code == 403
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert f"<h1>{EXPIRED[lang]}</h1>" in html
    assert 'class="site-header"' in html  # the site's own frame, not Django's bare page
    assert f'href="{quiz_page}"' in html
    assert not Answer.objects.exists()
    assert QuizAttempt.objects.get().pk == attempt.pk


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_an_htmx_quiz_answer_without_token_gets_a_short_message_for_the_feedback_region(learner_client, quiz, lang):
    learner_client.get(quiz.url)
    attempt = QuizAttempt.objects.get()
    quiz_page = f"http://testserver{quiz.url}"

    response = learner_client.post(
        url_in(lang, "quiz_answer", quiz.pk), a_right_answer(quiz, attempt), HTTP_HX_CURRENT_URL=quiz_page, **HTMX
    )

    assert response.status_code == 403
    html = response.content.decode()
    assert "<html" not in html
    assert "quiz-feedback__body" in html  # the quiz's error markup, swapped into the feedback region
    assert EXPIRED[lang] in html and RELOAD[lang] in html
    assert f'href="{quiz_page}"' in html
    assert not Answer.objects.exists()


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_signing_in_without_token_is_refused_in_the_sites_page_and_signs_nobody_in(make_user, lang):
    make_user("oppija")
    client = Client(enforce_csrf_checks=True)
    login_url = url_in(lang, "login")

    response = client.post(login_url, {"username": "oppija", "password": PASSWORD})

    assert response.status_code == 403
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert f"<h1>{EXPIRED[lang]}</h1>" in html
    assert "_auth_user_id" not in client.session
    assert not AccessLog.objects.exists()
    assert not AccessAttempt.objects.exists()


def test_the_way_back_leads_to_the_front_page_when_the_form_came_from_another_site(make_user):
    make_user("oppija")
    client = Client(enforce_csrf_checks=True)

    response = client.post(
        url_in("en", "login"),
        {"username": "oppija", "password": PASSWORD},
        HTTP_REFERER="https://elsewhere.example/fake-login/",
    )

    assert response.status_code == 403
    html = response.content.decode()
    assert "elsewhere.example" not in html
    assert '<a class="button" href="/">Go to the front page</a>' in html


def test_the_page_with_a_valid_token_still_signs_in(make_user):
    """The custom failure view changes only the refusal: a real form post goes through."""
    make_user("oppija")
    client = Client(enforce_csrf_checks=True)
    login_url = url_in("en", "login")
    client.get(login_url)
    token = client.cookies["csrftoken"].value

    response = client.post(login_url, {"username": "oppija", "password": PASSWORD, "csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert "_auth_user_id" in client.session
