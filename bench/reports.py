"""Benchmark of the staff reports at 1,000 / 10,000 / 100,000 learners (not a test: it prints figures).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kp_reports \
        .venv/bin/python bench/reports.py --learners 1000 10000 100000 --courses 5

For each size it tops the database up with `manage.py seed_load` (learners are only ever added),
runs VACUUM ANALYZE (what autovacuum does to a settled table: fresh statistics, and the visibility
map that lets the question analysis read its covering index alone), then times through Django's
test client, as the superuser seed-admin (every learner) and as seed-staff (one organisation of
ten): the first page of each report, each filter of the completion report, and a full XLSX
export of the completion report (--no-export skips it). It prints seconds, the number
of SQL queries per page, rows exported and peak memory of the export (tracemalloc: Python
allocations while the workbook is built). Use a database of its own, never the site's.
"""

import argparse
import os
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from courses.models import CoursePage, Enrollment  # noqa: E402
from learners.models import Cohort, Organisation  # noqa: E402

COMPLETION = "/admin/reports/course-completion/"
OVERVIEW = "/admin/reports/course-overview/"
QUESTIONS = "/admin/reports/quiz-questions/"


def client_for(username):
    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(get_user_model().objects.get(username=username))
    return client


def measure(client, url, params=None, repeat=3):
    """Best of `repeat` runs (the first warms caches), with the query count of the last."""
    best = None
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url, params or {})
            content = b"".join(response.streaming_content) if response.streaming else response.content
            elapsed = time.perf_counter() - start
        assert response.status_code == 200, (url, response.status_code)
        best = elapsed if best is None else min(best, elapsed)
    return best, len(queries.captured_queries), len(content)


def export(client, params=None):
    params = {**(params or {}), "export": "xlsx"}
    start = time.perf_counter()
    response = client.get(COMPLETION, params)
    data = b"".join(response.streaming_content)
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    response = client.get(COMPLETION, params)
    b"".join(response.streaming_content)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak, len(data)


def bench(size, courses, with_export=True):
    call_command("seed_load", learners=size, courses=courses, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    seed_courses = list(CoursePage.objects.filter(slug__startswith="seed-kurssi-").order_by("path"))
    organisation = Organisation.objects.get(name="Seed-organisaatio 02")
    cohort = Cohort.objects.filter(organisation__name="Seed-organisaatio 01").first()
    learners = get_user_model().objects.filter(username__regex=r"^seed-\d+$").count()
    print(f"\n== {learners} learners, {Enrollment.objects.count()} enrolments, {len(seed_courses)} seed courses ==")
    print(f"{'viewer':<11}{'page':<44}{'seconds':>9}{'queries':>9}")
    course = str(seed_courses[0].translation_key)
    pages = [
        ("completion: first page", COMPLETION, None),
        ("completion: course", COMPLETION, {"course": course}),
        ("completion: organisation", COMPLETION, {"organisation": organisation.pk}),
        ("completion: cohort", COMPLETION, {"cohort": cohort.pk}),
        ("completion: status=completed", COMPLETION, {"status": "completed"}),
        ("completion: started in a date range", COMPLETION, {"started_from": "2026-06-01", "started_to": "2026-08-31"}),
        ("completion: search 'oppija12'", COMPLETION, {"q": "oppija12"}),
        ("completion: page 10", COMPLETION, {"p": 10}),
        ("overview: first page", OVERVIEW, None),
        ("overview: course", OVERVIEW, {"course": course}),
        ("questions: first page", QUESTIONS, None),
        ("questions: course", QUESTIONS, {"course": course}),
        ("dashboard (admin home)", "/admin/", None),
    ]
    for viewer in ("seed-admin", "seed-staff"):
        client = client_for(viewer)
        for label, url, params in pages:
            if viewer == "seed-staff" and params and "organisation" in params:
                continue  # outside seed-staff's scope: refused (tested in tests/test_reports.py)
            seconds, queries, _size = measure(client, url, params)
            print(f"{viewer:<11}{label:<44}{seconds:>9.3f}{queries:>9}")
        if not with_export:
            continue
        seconds, peak, size = export(client)
        rows = Enrollment.objects.filter(learner__profile__isnull=False).count() if viewer == "seed-admin" else "-"
        print(f"{viewer:<11}{'completion: full XLSX export':<44}{seconds:>9.2f}{'':>9}  "
              f"rows={rows} file={size / 1e6:.1f} MB peak Python memory={peak / 1e6:.0f} MB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--courses", type=int, default=5)
    parser.add_argument("--no-export", action="store_true", help="time the pages only")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        print("warning: not PostgreSQL; figures will not be comparable", file=sys.stderr)
    for size in sorted(args.learners):
        bench(size, args.courses, with_export=not args.no_export)


if __name__ == "__main__":
    main()
