"""Prepare the load test's database: 50 bench learners and the list of pages they visit.

Run with the same DATABASE_URL as the server (never the database "kotopaikka"). Uses the ORM
directly, not a management command, so it adds nothing to the app. The password is hashed once
and the same hash is stored for every bench learner, so preparing 50 accounts takes a second,
not 50 password hashings. Prints JSON: {"password", "users", "lessons", "quizzes"} (Finnish URLs),
and with --open-attempts also "answers": per learner, the questions of open attempts still to answer.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kp_load .venv/bin/python bench/setup_learners.py
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402

from courses.models import LessonPage  # noqa: E402
from quizzes.models import Answer, QuizPage  # noqa: E402
from quizzes.services import start_attempt  # noqa: E402
from quizzes.views import quiz_specs  # noqa: E402

PASSWORD = "bench-learner-pass-2026"
COUNT = int(os.environ.get("BENCH_LEARNERS", "50"))


def ensure_learners(count=COUNT):
    """`count` plain learner accounts bench-learner-01..NN sharing one password hash."""
    User = get_user_model()
    names = [f"bench-learner-{n:02d}" for n in range(1, count + 1)]
    hashed = make_password(PASSWORD)
    existing = set(User.objects.filter(username__in=names).values_list("username", flat=True))
    User.objects.bulk_create(
        [
            User(username=name, password=hashed, email=f"{name}@example.invalid")
            for name in names
            if name not in existing
        ]
    )
    User.objects.filter(username__in=names).update(password=hashed, is_active=True)
    return names


def finnish_urls(model):
    pages = model.objects.live().filter(locale__language_code="fi").order_by("path")
    return [page.get_url(None) for page in pages]


def open_answers(names):
    """Answers the bench learners can still post: one open attempt per learner and Finnish quiz.

    Started through the app's own service (`start_attempt`), so the answer-only phase of bench/load.py
    measures the answer endpoint alone, without a quiz page load before every attempt.
    """
    User = get_user_model()
    quizzes = list(QuizPage.objects.live().filter(locale__language_code="fi").order_by("path"))
    specs = {quiz.pk: quiz_specs(quiz) for quiz in quizzes}
    todo = {}
    for user in User.objects.filter(username__in=names).order_by("username"):
        items = []
        for quiz in quizzes:
            attempt = start_attempt(user, quiz)
            done = set(Answer.objects.filter(attempt=attempt).values_list("question_id", flat=True))
            for question_id, spec in specs[quiz.pk].items():
                if question_id in done:
                    continue
                kind = "order" if spec["type"] == "ordering" else spec["type"]
                options = [o["id"] for o in spec.get("items") or spec.get("choices")]
                correct = [o["id"] for o in spec.get("choices", []) if o["correct"]]
                items.append(
                    {
                        "quiz": quiz.pk,
                        "attempt": attempt.pk,
                        "question": question_id,
                        "kind": kind,
                        "options": options,
                        "correct": correct,
                    }
                )
        todo[user.username] = items
    return todo


if __name__ == "__main__":
    data = {
        "password": PASSWORD,
        "users": ensure_learners(),
        "lessons": finnish_urls(LessonPage),
        "quizzes": finnish_urls(QuizPage),
    }
    if "--open-attempts" in sys.argv:
        data["answers"] = open_answers(data["users"])
    json.dump(data, sys.stdout, indent=1)
    sys.stdout.write("\n")
