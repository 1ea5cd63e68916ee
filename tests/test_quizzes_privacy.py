"""Page privacy holds on every endpoint that reads or writes a page's data (docs/design.md, idea 14).

A trainer may close a quiz, a lesson or a whole course with Wagtail's "Privacy" setting: a shared
password, "signed-in users" or "these groups". The page itself is then refused by Wagtail; these
tests check the same holds for the quiz's answer and "Try again" endpoints, "Mark as done" and
"Start course": the request is refused (sent to the password form or the sign-in page), nothing is
graded or stored, and the response never shows a question.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from courses.models import Enrollment, StepCompletion
from quizzes.models import Answer, QuizAttempt
from quizzes.views import quiz_specs
from tests.fixtures_courses import lessons_of
from tests.fixtures_quizzes import QUESTIONS

pytestmark = pytest.mark.usefixtures("source_strings")

HTMX = {"HTTP_HX_REQUEST": "true"}
QUESTION_TEXTS = [value["question"] for _, value in QUESTIONS]
PASSWORD = "salainen-sana"


def restrict(page, kind, groups=()):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password=PASSWORD if kind == PageViewRestriction.PASSWORD else ""
    )
    restriction.groups.set(groups)
    return restriction


def answer_url(quiz):
    return reverse("quiz_answer", args=[quiz.pk])


def restart_url(quiz):
    return reverse("quiz_restart", args=[quiz.pk])


def right_answer(spec):
    """A form post answering `spec` rightly (the first question is a single choice)."""
    return {"question": spec["id"], "choice": [next(c["id"] for c in spec["choices"] if c["correct"])]}


def refused_to(response):
    """Where a refused request is sent: the Location of a redirect or htmx's HX-Redirect."""
    if "HX-Redirect" in response:
        return response["HX-Redirect"]
    assert response.status_code in (302, 303), response.status_code
    return response["Location"]


def assert_shows_no_question(response):
    html = response.content.decode()
    for text in QUESTION_TEXTS:
        assert text not in html


def assert_nothing_stored():
    assert not QuizAttempt.objects.exists()
    assert not Answer.objects.exists()
    assert not StepCompletion.objects.exists()


@pytest.fixture
def password_quiz(quiz):
    restrict(quiz, PageViewRestriction.PASSWORD)
    return quiz


@pytest.fixture
def staff_group(db):
    return Group.objects.create(name="Kunnan henkilöstö")


# --- the quiz: answer and "Try again" --------------------------------------------------------------------


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain post", "htmx"])
def test_a_junk_post_to_a_password_protected_quiz_shows_no_question(client, password_quiz, headers):
    response = client.post(answer_url(password_quiz), {"question": "x"}, **headers)
    assert refused_to(response) == password_quiz.url  # the page, which asks for the password
    assert_shows_no_question(response)
    assert_nothing_stored()


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain post", "htmx"])
def test_a_real_answer_to_a_password_protected_quiz_is_not_graded_or_stored(
    learner_client, password_quiz, headers
):
    spec = list(quiz_specs(password_quiz).values())[0]
    response = learner_client.post(answer_url(password_quiz), right_answer(spec), **headers)
    assert refused_to(response) == password_quiz.url
    assert_shows_no_question(response)
    assert "Right!" not in response.content.decode()
    assert_nothing_stored()
    # The refusal is the restriction's: with the password given, the same post is graded and stored.
    restriction = PageViewRestriction.objects.get(page=password_quiz)
    learner_client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, password_quiz.pk]),
        {"password": PASSWORD, "return_url": password_quiz.url},
    )
    assert learner_client.post(answer_url(password_quiz), right_answer(spec), **HTMX).status_code == 200
    assert Answer.objects.get().correct is True


def test_a_guest_answer_to_a_password_protected_quiz_keeps_nothing_in_the_session(client, password_quiz):
    spec = list(quiz_specs(password_quiz).values())[0]
    client.post(answer_url(password_quiz), right_answer(spec))
    assert not any(key.startswith("quiz:") for key in client.session.keys())


def test_try_again_on_a_password_protected_quiz_starts_no_attempt(learner_client, password_quiz):
    response = learner_client.post(restart_url(password_quiz))
    assert refused_to(response) == password_quiz.url
    assert_shows_no_question(response)
    assert_nothing_stored()


def test_a_guest_answer_to_a_quiz_for_signed_in_users_is_sent_to_sign_in(client, quiz):
    restrict(quiz, PageViewRestriction.LOGIN)
    spec = list(quiz_specs(quiz).values())[0]
    response = client.post(answer_url(quiz), right_answer(spec))
    target = refused_to(response)
    assert "login" in target and "next=" in target
    assert_shows_no_question(response)
    assert not any(key.startswith("quiz:") for key in client.session.keys())


def test_a_quiz_inside_a_course_for_one_group_refuses_other_learners(learner_client, learner, quiz, staff_group):
    """A restriction on an ancestor (the course) covers the quiz too, as it does for the page itself."""
    restrict(quiz.get_course(), PageViewRestriction.GROUPS, [staff_group])
    spec = list(quiz_specs(quiz).values())[0]
    response = learner_client.post(answer_url(quiz), right_answer(spec), **HTMX)
    assert "HX-Redirect" in response
    assert_shows_no_question(response)
    assert "login" in refused_to(learner_client.post(restart_url(quiz)))
    assert_nothing_stored()
    learner.groups.add(staff_group)  # a member of the group answers as usual
    assert learner_client.post(answer_url(quiz), right_answer(spec), **HTMX).status_code == 200
    assert Answer.objects.count() == 1


# --- the course: "Mark as done" and "Start course" -------------------------------------------------------


def test_mark_done_on_a_password_protected_lesson_stores_nothing(learner_client, course):
    lesson = lessons_of(course)[0]
    restrict(lesson, PageViewRestriction.PASSWORD)
    response = learner_client.post(reverse("step-done", args=[lesson.pk]))
    assert refused_to(response) == lesson.url
    assert "Oppitunti 1: tärkeintä" not in response.content.decode()
    assert_nothing_stored()
    assert not Enrollment.objects.exists()


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain post", "htmx"])
def test_mark_done_on_a_lesson_for_another_group_stores_nothing(learner_client, course, staff_group, headers):
    lesson = lessons_of(course)[1]
    restrict(lesson, PageViewRestriction.GROUPS, [staff_group])
    response = learner_client.post(reverse("step-done", args=[lesson.pk]), **headers)
    assert "login" in refused_to(response)
    assert "Oppitunti 2" not in response.content.decode()
    assert not StepCompletion.objects.exists()
    assert not Enrollment.objects.exists()


def test_start_course_of_a_course_for_another_group_enrols_nobody(learner_client, learner, course, staff_group):
    restrict(course, PageViewRestriction.GROUPS, [staff_group])
    response = learner_client.post(reverse("course-start", kwargs={"page_id": course.pk}))
    assert "login" in refused_to(response)
    assert lessons_of(course)[0].url not in response.content.decode()
    assert not Enrollment.objects.exists()
    learner.groups.add(staff_group)  # a member of the group starts it and marks lessons done
    lesson = lessons_of(course)[0]
    assert learner_client.post(reverse("course-start", kwargs={"page_id": course.pk}))["Location"] == lesson.url
    assert learner_client.post(reverse("step-done", args=[lesson.pk])).status_code == 302
    assert StepCompletion.objects.filter(learner=learner, step_key=lesson.translation_key).exists()


def test_start_course_of_a_password_protected_course_asks_for_the_password(learner_client, course):
    restrict(course, PageViewRestriction.PASSWORD)
    response = learner_client.post(reverse("course-start", kwargs={"page_id": course.pk}))
    assert refused_to(response) == course.url
    assert not Enrollment.objects.exists()


def test_a_page_for_signed_in_users_sends_a_guest_to_the_sites_own_sign_in_page(client, quiz):
    """Not Wagtail's bare /_util/login/ form: the site's sign-in page in the visitor's language."""
    restrict(quiz, PageViewRestriction.LOGIN)
    login = reverse("login")
    assert client.get(quiz.url)["Location"].startswith(f"{login}?next=")
    spec = list(quiz_specs(quiz).values())[0]
    assert refused_to(client.post(answer_url(quiz), right_answer(spec))).startswith(f"{login}?next=")
