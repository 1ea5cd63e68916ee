"""Every response that serves an htmx fragment at one URL and a whole page at the same URL says
`Vary: HX-Request`, so no cache (the browser's, a proxy's) hands the fragment to a page load or the
page to an htmx swap. django-htmx: https://django-htmx.readthedocs.io/en/latest/tips.html#vary-on-hx-request
The last test finds every place that reads `request.htmx`, so a new one cannot be missed.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils.cache import has_vary_header
from wagtail.models import PageViewRestriction

from quizzes.models import QuizAttempt
from quizzes.views import quiz_specs
from tests.fixtures_courses import lessons_of
from tests.test_quizzes import payload

HTMX = {"HTTP_HX_REQUEST": "true"}
BOTH = pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "page"])


def send(client, method, url, data=None, htmx=False):
    return getattr(client, method)(url, data or {}, **(HTMX if htmx else {}))


def assert_varies(response, status):
    assert response.status_code == status
    assert has_vary_header(response, "HX-Request"), response.get("Vary")


def a_question(quiz):
    spec = next(spec for spec in quiz_specs(quiz).values() if spec["type"] == "single_choice")
    return {"question": spec["id"], "choice": [spec["choices"][0]["id"]]}


@BOTH
def test_service_map_filter_results_vary_on_htmx(client, service_map, htmx):
    assert_varies(send(client, "get", service_map.url, {"municipality": "keuruu"}, htmx), 200)


@BOTH
def test_a_quiz_answer_varies_on_htmx(client, quiz, htmx):
    # htmx: the "answered" partial; a plain post: a redirect back to the page.
    assert_varies(
        send(client, "post", reverse("quiz_answer", args=[quiz.pk]), a_question(quiz), htmx), 200 if htmx else 302
    )


@BOTH
def test_a_refused_quiz_answer_varies_on_htmx(client, quiz, htmx):
    response = send(client, "post", reverse("quiz_answer", args=[quiz.pk]), {"question": "no-such-question"}, htmx)
    assert_varies(response, 400)


@BOTH
def test_try_again_refused_varies_on_htmx(client, make_user, make_quiz, htmx):
    quiz = make_quiz(attempts_allowed=1)
    client.force_login(make_user("oppija"))
    client.get(quiz.url)  # the one attempt starts on opening and ends with the last answer
    attempt = QuizAttempt.objects.get()
    for spec in quiz_specs(quiz).values():
        client.post(reverse("quiz_answer", args=[quiz.pk]), payload(spec, right=False, attempt=attempt))
    assert_varies(send(client, "post", reverse("quiz_restart", args=[quiz.pk]), htmx=htmx), 403)


@BOTH
def test_a_quiz_answer_to_a_restricted_quiz_varies_on_htmx(client, quiz, htmx):
    PageViewRestriction.objects.create(page=quiz, restriction_type=PageViewRestriction.LOGIN)
    # htmx: an HX-Redirect (200); a plain post: a redirect to sign in.
    response = send(client, "post", reverse("quiz_answer", args=[quiz.pk]), a_question(quiz), htmx)
    assert_varies(response, 200 if htmx else 302)


@BOTH
def test_mark_done_varies_on_htmx(client, make_user, course, htmx):
    client.force_login(make_user("oppija"))
    lesson = lessons_of(course)[0]
    assert_varies(
        send(client, "post", reverse("step-done", kwargs={"page_id": lesson.pk}), htmx=htmx), 200 if htmx else 302
    )


@BOTH
def test_mark_done_refused_varies_on_htmx(client, course, htmx):
    # The course page is no lesson: a 404 with the message (htmx: just the message).
    assert_varies(send(client, "post", reverse("step-done", kwargs={"page_id": course.pk}), htmx=htmx), 404)


@BOTH
def test_start_course_refused_varies_on_htmx(client, course, htmx):
    lesson = lessons_of(course)[0]
    assert_varies(send(client, "post", reverse("course-start", kwargs={"page_id": lesson.pk}), htmx=htmx), 404)


@BOTH
def test_an_expired_form_varies_on_htmx(make_user, quiz, htmx):
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("oppija"))
    response = send(client, "post", reverse("quiz_answer", args=[quiz.pk]), a_question(quiz), htmx)
    assert_varies(response, 403)


# Every function of the project's apps that reads request.htmx, and the test above that proves the
# responses it shapes vary on HX-Request. A helper's responses vary through the views that return them.
READS_HTMX = {
    "guide/models.py:ServiceMapPage.get_template": "test_service_map_filter_results_vary_on_htmx",
    "quizzes/views.py:answer": "test_a_quiz_answer_varies_on_htmx",
    "quizzes/views.py:_error": "test_a_refused_quiz_answer_varies_on_htmx, test_try_again_refused_varies_on_htmx",
    "home/access.py:refusal": "test_a_quiz_answer_to_a_restricted_quiz_varies_on_htmx",
    "courses/views.py:mark_done": "test_mark_done_varies_on_htmx",
    "courses/views.py:refuse": "test_mark_done_refused_varies_on_htmx, test_start_course_refused_varies_on_htmx",
    "home/views.py:csrf_failure": "test_an_expired_form_varies_on_htmx",
}
APPS = ["home", "learners", "courses", "quizzes", "reports", "guide", "content_io"]


def functions_reading_htmx():
    """`path:Class.function` for each function that reads `<x>.htmx` or `getattr(<x>, "htmx", ...)`."""
    found = set()
    root = Path(settings.BASE_DIR)
    for app in APPS:
        for path in sorted((root / app).rglob("*.py")):
            tree = ast.parse(path.read_text(), filename=str(path))
            for scope, node in _walk(tree, ""):
                reads = (isinstance(node, ast.Attribute) and node.attr == "htmx") or (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "id", None) == "getattr"
                    and len(node.args) > 1
                    and getattr(node.args[1], "value", None) == "htmx"
                )
                if reads:
                    found.add(f"{path.relative_to(root).as_posix()}:{scope}")
    return found


def _walk(node, scope):
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            yield from _walk(child, f"{scope}.{child.name}" if scope else child.name)
        else:
            yield scope, child
            yield from _walk(child, scope)


def test_every_place_that_reads_request_htmx_is_checked_here():
    """A new view that answers htmx differently must vary too: add vary_on_headers("HX-Request") and a test."""
    assert functions_reading_htmx() == set(READS_HTMX)
