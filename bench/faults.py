"""Faults: restart PostgreSQL under load and check the site fails cleanly, recovers and keeps whole data.

Against a running server (`PORT=8200 WORKERS=2 DATABASE_URL=... make serve`), this script
  1. signs in bench learners (bench/setup_learners.py) and starts learners reading lessons and answering
     quizzes, plus a probe of /healthz every 0.2 s;
  2. after --before seconds restarts PostgreSQL (`pg_ctlcluster ... main restart`; with --down N it stops
     it, waits N seconds and starts it, for a longer outage);
  3. keeps the load going --after seconds, then checks:
     - clean failure: while the database was away every answer was 200/302 or 503 (the translated 503
       page with Retry-After), never a 500, a broken connection or a timeout;
     - recovery: every request that started --recover seconds after the database was back succeeded,
       without restarting the app;
     - whole data: every finished QuizAttempt has one answer per question of its quiz and the score those
       answers give; no Answer without its attempt; at most one open attempt per learner and quiz.
PostgreSQL is always left running (started again if needed). Prints the timeline and the verdict.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kp_load .venv/bin/python bench/faults.py --port 8200
"""

import argparse
import json
import os
import random
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from load import Client, parse_quiz_forms, sign_in  # noqa: E402


def cluster():
    return sorted(os.listdir("/etc/postgresql"))[-1]


def pg(action):
    return subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", cluster(), "main", action], capture_output=True, text=True
    )


def pg_ready():
    return subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"]).returncode == 0


class Timeline:
    def __init__(self):
        self.t0 = time.monotonic()
        self.lock = threading.Lock()
        self.requests = []  # (start, end, name, status, retry_after)
        self.events = []  # (t, text)

    def now(self):
        return time.monotonic() - self.t0

    def event(self, text):
        with self.lock:
            self.events.append((self.now(), text))
        print(f"{self.now():6.1f} s  {text}", flush=True)

    def call(self, name, client, method, path, fields=None, htmx=False):
        start = self.now()
        try:
            status, body, response = client.request(method, path, fields, htmx=htmx)
            retry = response.getheader("Retry-After")
        except OSError as error:
            status, body, retry = f"error {type(error).__name__}", b"", None
        with self.lock:
            self.requests.append((start, self.now(), name, status, retry))
        return status, body


def integrity_report():
    """Check the stored attempts through the ORM (a fresh connection, after the restart)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    sys.path.insert(0, str(HERE.parent))
    import django

    django.setup()
    from django.db.models import Count

    from quizzes.grading import score_percent
    from quizzes.models import Answer, QuizAttempt, QuizPage
    from quizzes.views import quiz_specs

    questions = {}
    for quiz in QuizPage.objects.all():
        questions.setdefault(quiz.translation_key, set()).update(quiz_specs(quiz))
    problems = []
    finished = QuizAttempt.objects.filter(finished_at__isnull=False).prefetch_related("answers")
    checked = 0
    for attempt in finished:
        checked += 1
        answers = list(attempt.answers.all())
        ids = {a.question_id for a in answers}
        expected = questions.get(attempt.quiz_key, set())
        if len(ids) != len(answers) or not expected <= ids:
            problems.append(f"attempt {attempt.pk}: {len(answers)} answers for {len(expected)} questions")
        elif attempt.score != score_percent(sum(a.correct for a in answers), len(answers)):
            problems.append(f"attempt {attempt.pk}: score {attempt.score} does not match its answers")
    orphans = Answer.objects.filter(attempt__isnull=True).count()
    if orphans:
        problems.append(f"{orphans} answers without an attempt")
    double_open = (
        QuizAttempt.objects.filter(finished_at__isnull=True)
        .values("learner", "quiz_key")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .count()
    )
    if double_open:
        problems.append(f"{double_open} learners with two open attempts at one quiz")
    return checked, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8200)
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--before", type=float, default=8, help="seconds of load before the restart")
    parser.add_argument("--after", type=float, default=20, help="seconds of load after the database is back")
    parser.add_argument("--down", type=float, default=0, help="stop, wait this long, start (0: plain restart)")
    parser.add_argument("--recover", type=float, default=5, help="seconds allowed to recover after the restart")
    args = parser.parse_args()
    if "kotopaikka" in os.environ.get("DATABASE_URL", "kotopaikka"):
        sys.exit("Set DATABASE_URL to the bench database (e.g. .../kp_load), never kotopaikka.")

    setup = subprocess.run(
        [sys.executable, str(HERE / "setup_learners.py")],
        env=dict(os.environ, BENCH_LEARNERS=str(max(args.users, 1))),
        check=True,
        capture_output=True,
        text=True,
    )
    data = json.loads(setup.stdout)
    clients = [Client(args.host, args.port) for _ in range(args.users)]
    from load import Recorder

    for client, name in zip(clients, data["users"], strict=False):
        if not sign_in(client, name, data["password"], Recorder()):
            sys.exit(f"{name} could not sign in")

    timeline = Timeline()
    stop = threading.Event()

    def learner(client):
        while not stop.is_set():
            timeline.call("lesson", client, "GET", random.choice(data["lessons"]))
            status, body = timeline.call("quiz page", client, "GET", random.choice(data["quizzes"]))
            if status != 200:
                continue
            html = body.decode()
            for action, fields in parse_quiz_forms(html):
                if stop.is_set():
                    return
                timeline.call("answer", client, "POST", action, fields, htmx=True)
            if 'action="/fi/quizzes/' in html and "/restart/" in html:
                restart = html.split('action="', 1)[1].split('"', 1)[0].replace("/answer/", "/restart/")
                timeline.call("restart", client, "POST", restart)

    def probe():
        client = Client(args.host, args.port)
        while not stop.is_set():
            timeline.call("healthz", client, "GET", "/healthz")
            time.sleep(0.2)

    threads = [threading.Thread(target=learner, args=(c,), daemon=True) for c in clients]
    threads.append(threading.Thread(target=probe, daemon=True))
    timeline.event(f"load starts: {args.users} learners and a /healthz probe")
    for thread in threads:
        thread.start()
    try:
        time.sleep(args.before)
        outage_start = timeline.now()
        if args.down:
            timeline.event("PostgreSQL stop")
            pg("stop")
            time.sleep(args.down)
            timeline.event("PostgreSQL start")
            pg("start")
        else:
            timeline.event("PostgreSQL restart")
            result = pg("restart")
            if result.returncode:
                timeline.event(f"restart failed: {result.stderr.strip()}")
        while not pg_ready():
            time.sleep(0.1)
        back = timeline.now()
        timeline.event("PostgreSQL accepts connections again")
        time.sleep(args.after)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=90)
        if not pg_ready():
            pg("start")
        timeline.event("load stopped" + ("" if pg_ready() else " (PostgreSQL NOT running!)"))

    requests = sorted(timeline.requests)
    first_503 = next((r for r in requests if r[3] == 503), None)
    last_bad = max((r for r in requests if r[3] not in (200, 302)), default=None, key=lambda r: r[1])
    healthz_ok_again = next((r for r in requests if r[2] == "healthz" and r[0] >= back and r[3] == 200), None)
    if first_503:
        print(f"{first_503[1]:6.1f} s  first 503 ({first_503[2]}, Retry-After: {first_503[4]})")
    if last_bad:
        print(f"{last_bad[1]:6.1f} s  last failed request ({last_bad[2]}: {last_bad[3]})")
    if healthz_ok_again:
        print(f"{healthz_ok_again[1]:6.1f} s  /healthz 200 again")

    during = [r for r in requests if r[1] >= outage_start and r[0] <= back + args.recover]
    print("\nrequests per phase and status:")
    phases = {
        "before": [r for r in requests if r[1] < outage_start],
        "outage (+ recovery allowance)": during,
        "after": [r for r in requests if r[0] > back + args.recover],
    }
    for phase, rows in phases.items():
        counts = Counter((r[2], r[3]) for r in rows)
        listed = ", ".join(f"{name} {status}: {n}" for (name, status), n in sorted(counts.items(), key=str))
        print(f"  {phase}: {listed}")

    unclean = [r for r in requests if r[3] not in (200, 302, 503)]
    late = [r for r in requests if r[0] > back + args.recover and r[3] not in (200, 302)]
    no_retry_after = [r for r in requests if r[3] == 503 and r[2] != "healthz" and not r[4]]
    checked, problems = integrity_report()
    verdicts = {
        "failures are clean (only 503, no 500 or broken connection)": not unclean,
        "the outage was seen (at least one 503)": first_503 is not None,
        "503 pages carry Retry-After": not no_retry_after,
        f"recovered by itself within {args.recover:g} s of the database": not late,
        f"every finished attempt is whole ({checked} checked)": not problems,
    }
    print()
    for text, ok in verdicts.items():
        print(f"{'PASS' if ok else 'FAIL'}  {text}")
    for row in unclean[:10]:
        print(f"   unclean: {row}")
    for row in late[:10]:
        print(f"   late: {row}")
    for problem in problems[:10]:
        print(f"   data: {problem}")
    print(f"\nverdict: {'PASS' if all(verdicts.values()) else 'FAIL'}")
    sys.exit(0 if all(verdicts.values()) else 1)


if __name__ == "__main__":
    main()
