"""Concurrent posts of the same answer (PostgreSQL only: SQLite serialises writers by itself).

Run with DATABASE_URL=postgres://... (CI's second pass). Each thread has its own database
connection (Django's connections are per thread), and a barrier releases them together.
"""

import threading

import pytest
from django.conf import settings
from django.db import connection, connections
from django.test import Client

from quizzes.models import Answer, QuizAttempt
from quizzes.views import quiz_specs
from tests.test_quizzes import HTMX, answer_url, payload

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"], reason="needs PostgreSQL (DATABASE_URL)"
    ),
]

THREADS = 20


def post_together(session_cookie, url, data):
    barrier = threading.Barrier(THREADS)
    statuses, errors = [], []

    def worker():
        client = Client()
        client.cookies[settings.SESSION_COOKIE_NAME] = session_cookie
        try:
            barrier.wait()
            statuses.append(client.post(url, data, **HTMX).status_code)
        except Exception as error:  # a 500 surfaces here as an exception from the test client
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses, errors


@pytest.fixture
def signed_in(transactional_db, make_user, make_quiz):
    assert connection.vendor == "postgresql"
    client = Client()
    client.force_login(make_user("rinnakkain"))
    return client, make_quiz()


def test_twenty_simultaneous_posts_of_the_same_answer_store_exactly_one(signed_in):
    client, quiz = signed_in
    client.get(quiz.url)
    attempt = QuizAttempt.objects.get()
    spec = list(quiz_specs(quiz).values())[0]
    statuses, errors = post_together(
        client.cookies[settings.SESSION_COOKIE_NAME].value, answer_url(quiz), payload(spec, attempt=attempt)
    )
    assert errors == []
    assert len(statuses) == THREADS
    assert all(status == 200 or 400 <= status < 500 for status in statuses), statuses
    assert Answer.objects.count() == 1


def test_twenty_simultaneous_first_answers_start_one_attempt(signed_in):
    client, quiz = signed_in
    spec = list(quiz_specs(quiz).values())[0]
    statuses, errors = post_together(
        client.cookies[settings.SESSION_COOKIE_NAME].value, answer_url(quiz), payload(spec)
    )
    assert errors == []
    assert all(status == 200 or 400 <= status < 500 for status in statuses), statuses
    assert QuizAttempt.objects.count() == 1
    assert Answer.objects.count() == 1
