"""50 learners answering the same question at the same instant on PostgreSQL.

Each learner is its own thread with its own test client and database connection; a barrier releases
all 50 posts together, and none of them names an attempt yet, so every request also races to start
its learner's attempt. Whatever the interleaving, the database must end with exactly one attempt and
one answer per learner: no lost row (a learner whose answer vanished) and no duplicate (a learner with
two attempts or two answers to the question). Locking and unique constraints only mean something on
a real database server, so this runs on PostgreSQL only:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kp_conc .venv/bin/pytest -q tests/test_load_concurrency.py

(pytest-django creates and drops test_kp_conc.)
"""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client

from quizzes.models import Answer, QuizAttempt
from quizzes.views import quiz_specs
from tests.fixtures_quizzes import build_quiz

LEARNERS = 50

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (row locks, real concurrency)"),
]


def post_together(quiz, learners, fields):
    """Every learner posts `fields` to the quiz's answer URL at the same instant; returns the statuses."""
    barrier = threading.Barrier(len(learners))
    statuses = [None] * len(learners)
    failures = []

    def answer(index, learner):
        client = Client()
        client.force_login(learner)
        try:
            barrier.wait(timeout=60)
            response = client.post(f"/fi/quizzes/{quiz.pk}/answer/", fields, headers={"HX-Request": "true"})
            statuses[index] = response.status_code
        except Exception as error:  # reported below: a thread's exception would otherwise vanish
            failures.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=answer, args=(i, learner)) for i, learner in enumerate(learners)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures
    return statuses


@pytest.mark.django_db(transaction=True)
def test_fifty_learners_answering_the_same_question_at_once_each_keep_exactly_one_answer():
    quiz = build_quiz()
    question_id, spec = next(iter(quiz_specs(quiz).items()))
    right = next(choice["id"] for choice in spec["choices"] if choice["correct"])
    User = get_user_model()
    learners = [User.objects.create_user(f"rush-{n:02d}", password="x") for n in range(LEARNERS)]

    statuses = post_together(quiz, learners, {"question": question_id, "choice": right})

    assert statuses == [200] * LEARNERS
    attempts = QuizAttempt.objects.filter(quiz_key=quiz.translation_key)
    assert attempts.count() == LEARNERS
    assert sorted(attempts.values_list("learner__username", flat=True)) == sorted(u.username for u in learners)
    answers = Answer.objects.filter(attempt__quiz_key=quiz.translation_key)
    assert answers.count() == LEARNERS
    assert sorted(answers.values_list("attempt_id", flat=True)) == sorted(attempts.values_list("pk", flat=True))
    assert set(answers.values_list("question_id", "correct")) == {(question_id, True)}
    # Only one of four questions answered: nobody's attempt may be finished yet.
    assert not attempts.filter(finished_at__isnull=False).exists()


@pytest.mark.django_db(transaction=True)
def test_the_same_answer_posted_twice_at_once_by_fifty_learners_is_stored_once_each():
    """A double click (two tabs) per learner, 100 posts at once: still one answer per learner."""
    quiz = build_quiz()
    question_id, spec = next(iter(quiz_specs(quiz).items()))
    wrong = next(choice["id"] for choice in spec["choices"] if not choice["correct"])
    User = get_user_model()
    learners = [User.objects.create_user(f"twice-{n:02d}", password="x") for n in range(LEARNERS // 2)]

    statuses = post_together(quiz, learners * 2, {"question": question_id, "choice": wrong})

    assert statuses == [200] * LEARNERS
    assert QuizAttempt.objects.filter(quiz_key=quiz.translation_key).count() == LEARNERS // 2
    answers = Answer.objects.filter(attempt__quiz_key=quiz.translation_key)
    assert answers.count() == LEARNERS // 2
    assert answers.values("attempt").distinct().count() == LEARNERS // 2
