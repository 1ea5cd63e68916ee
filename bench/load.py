"""Load test: 50 signed-in learners reading lessons and answering quizzes, against the trivial view.

Measures a running server (start it with `PORT=8200 WORKERS=2 DATABASE_URL=... make serve`) in one run,
phase after phase, so every figure can be read as a ratio to the same server's rate for /ping (a view
that returns "ok" and touches neither database nor session): that ratio stays meaningful on a busy or
slower machine, while absolute requests per second do not.

Phases (each with --users concurrent clients, closed loop, no think time, i.e. the server saturated):
  1. ping         GET /ping                                           (the stack's own ceiling)
  2. home         GET /fi/ signed in: the site's simplest Wagtail page (a baseline, no goal)
  3. lesson       GET of a demo lesson by a signed-in learner         (goal: >= 8 % of ping)
  4. answer       POST /fi/quizzes/<id>/answer/ of an open attempt    (goal: >= 8 % of ping)
  5. journey      --duration s of learners reading a lesson, opening a quiz, answering every
                  question (htmx posts, as the browser sends them) and starting again
  6. ping again   (a drift check: a busy machine shows as a difference between 1 and 6)
  7. cross-check  when wrk is installed (apt-get install wrk): /ping and one signed-in lesson with wrk,
                  a C client, to show the Python client is not what limits /ping's rate

Signing in happens before phase 1 (password hashing is deliberately slow; it is reported, not timed
into the rates). The bench accounts and their open attempts are prepared by bench/setup_learners.py
through the ORM, with the same DATABASE_URL as the server.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kp_load .venv/bin/python bench/load.py --port 8200
"""

import argparse
import http.client
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).resolve().parent

# --- a tiny HTTP client: one connection per request (gunicorn's sync workers close it anyway) ---------


class Client:
    """One learner's browser: a cookie jar and the CSRF header htmx sends (<body hx-headers>)."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.cookies = {}

    def request(self, method, path, fields=None, htmx=False):
        headers = {"Host": f"{self.host}:{self.port}", "Accept-Language": "fi", "Accept-Encoding": "gzip"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if method == "POST":
            body = urlencode(fields or {}, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
            headers["Origin"] = f"http://{self.host}:{self.port}"
            headers["Referer"] = f"http://{self.host}:{self.port}{path}"
        if htmx:
            headers["HX-Request"] = "true"
        conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    key, _, rest = value.partition("=")
                    self.cookies[key.strip()] = rest.split(";", 1)[0]
            return response.status, data, response
        finally:
            conn.close()


class Recorder:
    """Latency and status per endpoint name, for one phase."""

    def __init__(self):
        self.lock = threading.Lock()
        self.rows = defaultdict(list)  # name -> [(latency_s, ok)]

    def timed(self, name, expected, call):
        start = time.perf_counter()
        try:
            status, data, response = call()
        except (OSError, http.client.HTTPException):
            status, data, response = 0, b"", None
        latency = time.perf_counter() - start
        ok = status in expected
        with self.lock:
            self.rows[name].append((latency, ok, status))
        return status, data, response


def run_phase(name, users, seconds, work, recorder):
    """`users` threads call work(index, recorder, deadline) in a loop until the deadline."""
    deadline = time.monotonic() + seconds
    started = time.monotonic()

    def loop(index):
        while time.monotonic() < deadline:
            work(index, recorder, deadline)

    threads = [threading.Thread(target=loop, args=(i,), daemon=True) for i in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.monotonic() - started


def summarise(recorder, elapsed):
    out = {}
    for name, rows in recorder.rows.items():
        latencies = sorted(r[0] for r in rows)
        errors = [r[2] for r in rows if not r[1]]
        out[name] = {
            "requests": len(rows),
            "rps": len(rows) / elapsed,
            "median_ms": statistics.median(latencies) * 1000,
            "p95_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))] * 1000,
            "errors": len(errors),
            "error_statuses": sorted(set(errors)),
        }
    return out


# --- what a learner does ----------------------------------------------------------------------------------

FORM_RE = re.compile(r'<form class="quiz-form"(.*?)</form>', re.S)
ACTION_RE = re.compile(r'action="([^"]+)"')


def parse_quiz_forms(html):
    """The unanswered questions of a quiz page as [(action, fields)], a plausible answer filled in."""
    forms = []
    for chunk in FORM_RE.findall(html):
        action = ACTION_RE.search(chunk).group(1)
        fields = {"question": re.search(r'name="question" value="([^"]+)"', chunk).group(1)}
        attempt = re.search(r'name="attempt" value="(\d+)"', chunk)
        if attempt:
            fields["attempt"] = attempt.group(1)
        positions = re.findall(r'name="(position-[^"]+)"', chunk)
        if positions:
            order = list(range(1, len(positions) + 1))
            random.shuffle(order)
            fields.update(zip(positions, map(str, order), strict=True))
        else:
            choices = re.findall(r'name="choice" value="([^"]+)"', chunk)
            fields["choice"] = [random.choice(choices)]
        forms.append((action.replace("&amp;", "&"), fields))
    return forms


def answer_fields(item):
    """POST fields for a prepared answer (bench/setup_learners.py --open-attempts)."""
    fields = {"question": item["question"], "attempt": str(item["attempt"])}
    if item["kind"] == "order":
        order = list(range(1, len(item["options"]) + 1))
        random.shuffle(order)
        fields.update({f"position-{oid}": str(pos) for oid, pos in zip(item["options"], order, strict=True)})
    elif item["kind"] == "multiple_choice":
        fields["choice"] = item["correct"] or item["options"][:1]
    else:
        fields["choice"] = [random.choice(item["options"])]
    return fields


def sign_in(client, username, password, recorder):
    client.request("GET", "/fi/accounts/login/")
    status, _, _ = recorder.timed(
        "sign in",
        {302},
        lambda: client.request("POST", "/fi/accounts/login/", {"username": username, "password": password}),
    )
    return status == 302 and "sessionid" in client.cookies


def wrk(args, path, cookie=None):
    """Requests/s and non-2xx count from wrk (a C load generator), when installed."""
    command = ["wrk", "-t2", f"-c{args.users}", f"-d{int(args.phase)}s", f"http://{args.host}:{args.port}{path}"]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(command, capture_output=True, text=True).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return float(rate.group(1)) if rate else 0.0, int(non2xx.group(1)) if non2xx else 0


def wrk_cross_check(args, client, lesson):
    """The same two rates measured by wrk, to show the Python client is not what limits /ping."""
    if not shutil.which("wrk") or "--no-wrk" in sys.argv:
        return None
    cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
    ping, bad_ping = wrk(args, "/ping")
    lesson_rate, bad_lesson = wrk(args, lesson, cookie)
    return {"ping": ping, "lesson": lesson_rate, "non2xx": bad_ping + bad_lesson}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8200)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60, help="seconds of the learner journey")
    parser.add_argument("--phase", type=float, default=15, help="seconds of each single-endpoint phase")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--no-wrk", action="store_true", help="skip the wrk cross-check of /ping and a lesson")
    args = parser.parse_args()
    if "kotopaikka" in os.environ.get("DATABASE_URL", "kotopaikka").rsplit("/", 1)[-1].split("?")[0].split("_"):
        sys.exit("Set DATABASE_URL to the bench database (e.g. .../kp_load), never kotopaikka.")

    env = dict(os.environ, BENCH_LEARNERS=str(args.users))
    setup = subprocess.run(
        [sys.executable, str(HERE / "setup_learners.py"), "--open-attempts"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    data = json.loads(setup.stdout)
    print(f"{len(data['users'])} bench learners, {len(data['lessons'])} lessons, {len(data['quizzes'])} quizzes")

    clients = [Client(args.host, args.port) for _ in data["users"]]
    signin = Recorder()
    sem = threading.Semaphore(4)

    def do_sign_in(i):
        with sem:
            sign_in(clients[i], data["users"][i], data["password"], signin)

    threads = [threading.Thread(target=do_sign_in, args=(i,)) for i in range(len(clients))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    signed = sum(1 for c in clients if "sessionid" in c.cookies)
    print(f"signed in: {signed}/{len(clients)}")
    if signed < len(clients):
        sys.exit("not every bench learner could sign in")

    # Warm-up, not measured: each worker's first render of a page fills its caches (templates, routes).
    urls = data["lessons"] + data["quizzes"]
    warmers = [
        threading.Thread(target=lambda part: [clients[0].request("GET", u) for u in part], args=(urls[k::4],))
        for k in range(4)
    ]
    for thread in warmers:
        thread.start()
    for thread in warmers:
        thread.join()

    results = {}

    def ping(i, rec, deadline):
        rec.timed("GET /ping", {200}, lambda: clients[i].request("GET", "/ping"))

    def home(i, rec, deadline):
        rec.timed("GET home page (signed in)", {200}, lambda: clients[i].request("GET", "/fi/"))

    def lesson(i, rec, deadline):
        path = random.choice(data["lessons"])
        rec.timed("GET lesson (signed in)", {200}, lambda: clients[i].request("GET", path))

    queues = [list(data["answers"][name]) for name in data["users"]]

    def answer(i, rec, deadline):
        if not queues[i]:
            time.sleep(0.05)
            return
        item = queues[i].pop(0)
        path = f"/fi/quizzes/{item['quiz']}/answer/"
        rec.timed("POST quiz answer", {200}, lambda: clients[i].request("POST", path, answer_fields(item), htmx=True))

    def journey(i, rec, deadline):
        client = clients[i]
        path = random.choice(data["lessons"])
        rec.timed("journey: GET lesson", {200}, lambda: client.request("GET", path))
        quiz = random.choice(data["quizzes"])
        status, body, _ = rec.timed("journey: GET quiz page", {200}, lambda: client.request("GET", quiz))
        if status != 200:
            return
        html = body.decode()
        forms = parse_quiz_forms(html)
        for action, fields in forms:
            if time.monotonic() >= deadline:
                return
            rec.timed(
                "journey: POST quiz answer",
                {200},
                lambda a=action, f=fields: client.request("POST", a, f, htmx=True),
            )
        # Every question answered (or the page showed a finished attempt): "Try again".
        quiz_id = re.search(r"/fi/quizzes/(\d+)/(?:answer|restart)/", html)
        if quiz_id:
            restart = f"/fi/quizzes/{quiz_id.group(1)}/restart/"
            rec.timed("journey: POST restart", {302}, lambda: client.request("POST", restart))

    plan = [
        ("ping", args.phase, ping),
        ("home", args.phase, home),
        ("lesson", args.phase, lesson),
        ("answer", args.phase, answer),
        ("journey", args.duration, journey),
        ("ping again", args.phase, ping),
    ]
    for name, seconds, work in plan:
        recorder = Recorder()
        elapsed = run_phase(name, len(clients), seconds, work, recorder)
        results[name] = summarise(recorder, elapsed)
        print(f"phase {name}: {elapsed:.1f} s", flush=True)

    cross = wrk_cross_check(args, clients[0], data["lessons"][0])

    ping_rps = (results["ping"]["GET /ping"]["rps"] + results["ping again"]["GET /ping"]["rps"]) / 2
    print()
    print(f"{'phase / endpoint':44} {'req':>6} {'req/s':>8} {'% ping':>7} {'median':>8} {'p95':>8} {'errors':>6}")
    for phase, endpoints in results.items():
        for endpoint, row in endpoints.items():
            ratio = 100 * row["rps"] / ping_rps
            statuses = f" {row['error_statuses']}" if row["errors"] else ""
            print(
                f"{phase + ' / ' + endpoint:44} {row['requests']:6d} {row['rps']:8.1f} {ratio:6.1f}% "
                f"{row['median_ms']:6.0f}ms {row['p95_ms']:6.0f}ms {row['errors']:6d}{statuses}"
            )
    signin_rows = summarise(signin, 1)["sign in"]
    print(f"(sign in before the phases: {signin_rows['requests']} posts, median {signin_rows['median_ms']:.0f} ms)")
    print(f"\n/ping reference rate: {ping_rps:.1f} req/s (mean of the first and last phase)")
    goals = {
        "lesson": results["lesson"]["GET lesson (signed in)"]["rps"],
        "answer": results["answer"].get("POST quiz answer", {"rps": 0})["rps"],
    }
    for name, rps in goals.items():
        ratio = 100 * rps / ping_rps
        print(f"goal {name} >= 8% of /ping: {ratio:.1f}% -> {'MET' if ratio >= 8 else 'NOT MET'}")
    if cross:
        wrk_ratio = 100 * cross["lesson"] / cross["ping"] if cross["ping"] else 0
        print(
            f"wrk cross-check (C client, {args.phase:g} s each): /ping {cross['ping']:.1f} req/s, one signed-in "
            f"lesson {cross['lesson']:.1f} req/s = {wrk_ratio:.1f}% (non-2xx: {cross['non2xx']})"
        )
    errors = sum(row["errors"] for endpoints in results.values() for row in endpoints.values())
    print(f"errors in all phases: {errors}")
    if args.json:
        Path(args.json).write_text(json.dumps({"ping_rps": ping_rps, "phases": results}, indent=1))


if __name__ == "__main__":
    main()
