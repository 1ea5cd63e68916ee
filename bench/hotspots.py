"""Where a signed-in learner's request spends its time: SQL queries and a cProfile summary per page.

In-process (Django's test client, DEBUG off, same database as the load test), so the figures are the
app's own cost without gunicorn or the network. Complements bench/load.py when a goal is missed.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kp_load .venv/bin/python bench/hotspots.py [--sql] [--profile]
"""

import cProfile
import io
import os
import pstats
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from courses.models import LessonPage  # noqa: E402
from quizzes.models import QuizPage  # noqa: E402

settings.DEBUG = False
settings.ALLOWED_HOSTS = ["*"]
REPEAT = 30


def table(sql):
    """The first table a query reads, to group queries by what they fetch."""
    return sql.split(" FROM ", 1)[-1].split()[0].strip('"') if " FROM " in sql else sql.split()[0]


def measure(client, label, method, path, data=None, headers=None):
    call = (lambda: client.post(path, data, headers=headers or {})) if method == "POST" else (lambda: client.get(path))
    call()
    with CaptureQueriesContext(connection) as queries:
        response = call()
    captured = list(queries.captured_queries)  # the next request's request_started resets the log
    start = time.perf_counter()
    for _ in range(REPEAT):
        call()
    per_request = (time.perf_counter() - start) / REPEAT * 1000
    by_table = Counter(table(q["sql"]) for q in captured)
    print(f"{label:32} HTTP {response.status_code}  {len(captured):3d} queries  {per_request:6.1f} ms")
    print("    " + ", ".join(f"{name} {n}" for name, n in by_table.most_common()))
    if "--sql" in sys.argv:
        for query in captured:
            print("      ", query["sql"][:150])
    if "--profile" in sys.argv:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(REPEAT):
            call()
        profiler.disable()
        stats = pstats.Stats(profiler)
        print(f"      own time by area (cProfile, {REPEAT} requests; profiling roughly doubles the time):")
        for area, seconds in areas(stats).most_common(9):
            print(f"        {area:38} {seconds / REPEAT * 1000:6.1f} ms/request")
        out = io.StringIO()
        stats.stream = out
        stats.sort_stats("cumulative").print_stats(r"/(wagtail|courses|quizzes|home|learners)/", 18)
        print("\n".join("      " + line[:160] for line in out.getvalue().splitlines()[6:30]))


AREAS = [
    ("psycopg", "waiting for PostgreSQL (psycopg)"),
    ("django/db/models/sql", "building SQL (Django ORM compiler)"),
    ("django/db", "ORM: model instances, querysets"),
    ("django/template", "template rendering"),
    ("wagtail", "Wagtail (routing, specific, tags)"),
    ("django/utils/translation", "translation lookups"),
    ("django/contrib", "sessions, auth, messages"),
    ("site-packages", "other libraries and middleware"),
    ("/work/main", "the project's own code"),
]


def areas(stats):
    """cProfile own time grouped into the areas a fix would target."""
    totals = Counter()
    for (filename, _line, _name), (_cc, _nc, own, _cum, _callers) in stats.stats.items():
        area = next((label for key, label in AREAS if key in filename), "Python itself (builtins, stdlib)")
        totals[area] += own
    return totals


def main():
    learner = get_user_model().objects.get(username="bench-learner-01")
    client = Client()
    client.force_login(learner)
    lesson = LessonPage.objects.live().filter(locale__language_code="fi").order_by("path").first()
    quiz = QuizPage.objects.live().filter(locale__language_code="fi").order_by("path").last()
    measure(client, "GET /ping", "GET", "/ping")
    measure(client, "GET /healthz", "GET", "/healthz")
    measure(client, "GET home page (signed in)", "GET", "/fi/")
    measure(client, "GET lesson (signed in)", "GET", lesson.url)
    measure(client, "GET quiz page (signed in)", "GET", quiz.url)
    # A replayed answer (same attempt and question): the endpoint's full path minus the INSERT.
    client.get(quiz.url)
    from quizzes.models import QuizAttempt
    from quizzes.views import quiz_specs

    attempt = QuizAttempt.objects.filter(learner=learner, quiz_key=quiz.translation_key, finished_at=None).first()
    question_id, spec = next(iter(quiz_specs(quiz).items()))
    choice = [c["id"] for c in spec.get("choices", [])][:1]
    fields = {"question": question_id, "attempt": attempt.pk, "choice": choice}
    measure(client, "POST quiz answer (htmx)", "POST", f"/fi/quizzes/{quiz.pk}/answer/", fields, {"HX-Request": "true"})


if __name__ == "__main__":
    main()
