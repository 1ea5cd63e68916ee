"""Bad-input sweep: every form and POST endpoint of the site, fed junk (DESIGN.md idea 8).

Missing fields, wrong types, 10,000-character strings, NUL bytes, ids of another organisation's
objects, non-UTF-8 bodies, posts without a CSRF token and duplicate submits. Each must answer a 4xx
or a form error (200 with the form shown again), never a 5xx, and store nothing: the rows of every
table are counted before and after each request.

Each endpoint starts from a nearly valid submission; `spoil` then makes sure it stays invalid
whatever hypothesis puts in the other fields, so a lucky draw can never be a real sign-up. The
fixed cases (CASES) spoil one field at a time of an otherwise valid submission, so a field's own
validation is reached too.
"""

import importlib
from collections import Counter
from urllib.parse import urlsplit

import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from quizzes.models import QuizAttempt
from tests.conftest import PASSWORD
from tests.fixtures_reports import MUNICIPALITY, QUESTION_ID, RIGHT
from tests.fixtures_sweep import JOIN_CODES, PEOPLE, SUMMARY

LONG = "x" * 10_000
NUL = "ab\x00cd"
MISSING = object()  # a case value that removes the field
EXAMPLES = hypothesis_settings(
    max_examples=25, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _excluded_tables():
    """Tables a refused request may still write to, by design.

    - the session table: a guest's quiz answers and the plain-language choice live in the session,
      and every response may save it;
    - django-axes' tables: recording failed sign-ins to lock out password guessing is its job.
    """
    session_model = importlib.import_module(settings.SESSION_ENGINE).SessionStore.get_model_class()
    axes = {m._meta.db_table for m in apps.get_app_config("axes").get_models()}
    return {session_model._meta.db_table} | axes


def row_counts():
    """Rows of every table (auto-created many-to-many tables too), in one query."""
    excluded = _excluded_tables()
    tables = sorted({
        m._meta.db_table for m in apps.get_models(include_auto_created=True)
        if m._meta.managed and not m._meta.proxy and m._meta.db_table not in excluded
    })
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {quote(t)})" for t in tables))
        return dict(zip(tables, cursor.fetchone(), strict=True))


def form_errors(response):
    """The errors of the forms the response rendered (empty when none has any)."""
    context = response.context
    if context is None:
        return {}
    errors = {}
    for ctx in context if isinstance(context, list) else [context]:
        for layer in getattr(ctx, "dicts", []):
            for value in layer.values():
                if isinstance(value, forms.BaseForm) and value.is_bound and value.errors:
                    errors.update(value.errors)
    return errors


COUNTS = Counter()


class Sweeper:
    """Sends a request, then checks the answer and that no table changed."""

    def __init__(self, world):
        self.world = world
        self.failures = []

    def client(self, role, csrf=False):
        client = Client(raise_request_exception=False, enforce_csrf_checks=csrf)
        user = {"guest": None, "learner": "learner_a", "staff": "staff_a", "learner_a2": "learner_a2"}[role]
        if user:
            client.force_login(self.world.users[user], backend="django.contrib.auth.backends.ModelBackend")
        return client

    def check(self, label, client, method, url, data=None, *, toggle=False, read_only=False, **extra):
        """`toggle`: a preference switch, where a redirect back onto this site is the refusal.
        `read_only`: a GET search or report, where a 200 with no results is a fine answer too."""
        before = row_counts()
        if method == "GET":
            response = client.get(url, data or {}, **extra)
        else:
            response = client.post(url, data if data is not None else {}, **extra)
        after = row_counts()
        COUNTS[label.split(":")[0]] += 1
        status = response.status_code
        changed = {t: (before[t], after[t]) for t in before if before[t] != after[t]}
        problem = ""
        if status >= 500:
            exc = getattr(response, "exc_info", None)
            problem = f"{status} ({exc[0].__name__}: {str(exc[1])[:120]})" if exc else str(status)
        elif changed:
            problem = f"{status}, rows changed: {changed}"
        elif 400 <= status < 500 or (status == 200 and (form_errors(response) or read_only)):
            pass
        elif toggle and status == 302 and not urlsplit(response["Location"]).netloc:
            pass
        else:
            where = f" -> {response.get('Location')}" if status in (301, 302) else ""
            problem = f"{status}{where}: neither a 4xx nor a form error"
        if problem:
            shown = repr(data)[:80]
            if isinstance(data, dict):
                shown = {k: v[:40] + "..." if isinstance(v, str) and len(v) > 40 else v for k, v in data.items()}
            self.failures.append(f"{label} {method} {url} {shown}: {problem}")
        return response

    def assert_clean(self):
        assert not self.failures, f"{len(self.failures)} bad inputs not refused cleanly:\n" + "\n".join(
            dict.fromkeys(self.failures)
        )


@pytest.fixture(scope="module", autouse=True)
def _report_counts():
    """Report how many requests and forms the sweep covered (tests/fixtures_sweep.py prints SUMMARY)."""
    yield
    if COUNTS:
        SUMMARY.append(
            f"bad-input sweep: {sum(COUNTS.values())} requests over {len(COUNTS)} forms/endpoints: "
            + ", ".join(f"{k} {v}" for k, v in sorted(COUNTS.items()))
        )


# --- the forms: url, role, a valid submission and how to keep a drawn one invalid --------------------------


def valid_signup(world):
    return {"username": "sweep-newcomer", "email": "newcomer@example.fi", "password1": PASSWORD,
            "password2": PASSWORD, "preferred_language": "fi", "audience": "immigrant",
            "join_code": JOIN_CODES["cohort_b1"]}


def valid_peer_group(world):
    return {"nimi": "Uusi Ihminen", "sahkoposti": "uusi@example.fi", "organisaatio": "Delta"}


def valid_answer(world):
    return {"question": QUESTION_ID, "choice": RIGHT}


FORMS = {
    # name: (role, url(world), valid(world), spoil(data) -> data that cannot be valid, options)
    "signup": ("guest", lambda w: "/fi/accounts/signup/", valid_signup,
               lambda d: {**d, "password2": f"{d.get('password1', '')}-differs"}, {}),
    "login": ("guest", lambda w: "/fi/accounts/login/",
              lambda w: {"username": PEOPLE["learner_a"][0], "password": PASSWORD},
              lambda d: {**d, "password": f"{d.get('password', '')}-wrong"}, {}),
    "profile": ("learner", lambda w: "/fi/accounts/profile/",
                lambda w: {"preferred_language": "en", "audience": "staff", "email": "uusi@example.fi"},
                lambda d: {**d, "preferred_language": "not-a-language"}, {}),
    "join-cohort": ("learner", lambda w: "/fi/accounts/profile/", lambda w: {"join_code": JOIN_CODES["cohort_b1"]},
                    lambda d: {**d, "join_code": f"Q{d.get('join_code', '')}"[:20] + "!"}, {}),
    "delete-account": ("learner", lambda w: "/fi/accounts/delete/", lambda w: {"password": PASSWORD},
                       lambda d: {**d, "password": f"{d.get('password', '')}-wrong"}, {}),
    "password-change": ("learner", lambda w: "/fi/accounts/password/change/",
                        lambda w: {"old_password": PASSWORD, "new_password1": "Uusi-pitka-salasana-42",
                                   "new_password2": "Uusi-pitka-salasana-42"},
                        lambda d: {**d, "old_password": f"{d.get('old_password', '')}-wrong"}, {}),
    "password-reset": ("guest", lambda w: "/fi/accounts/password/reset/",
                       lambda w: {"email": PEOPLE["learner_a"][3]},
                       lambda d: {**d, "email": f"{d.get('email', '')}@@not-an-address"}, {}),
    "quiz-answer (learner)": ("learner_a2", lambda w: f"/fi/quizzes/{w.pages['quiz'].pk}/answer/", valid_answer,
                              lambda d: {**d, "choice": [*_as_list(d.get("choice")), "not-a-choice"]}, {}),
    "quiz-answer (guest)": ("guest", lambda w: f"/fi/quizzes/{w.pages['quiz'].pk}/answer/", valid_answer,
                            lambda d: {**d, "choice": [*_as_list(d.get("choice")), "not-a-choice"]}, {}),
    "peer-group form": ("guest", lambda w: w.pages["peer_group"].url, valid_peer_group,
                        lambda d: {**d, "sahkoposti": f"{d.get('sahkoposti', '')}@@not-an-address"}, {}),
    "plain-language": ("guest", lambda w: "/fi/courses/plain-language/", lambda w: {"plain": "1", "next": "/fi/"},
                       lambda d: d, {"toggle": True}),
    "language switch": ("guest", lambda w: "/i18n/setlang/", lambda w: {"language": "en", "next": "/en/"},
                        lambda d: d, {"toggle": True}),
}


def _as_list(value):
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def fixed_cases(name, world):
    """One field at a time of a valid submission: missing, wrong type, over-long, NUL, foreign ids."""
    valid = FORMS[name][2](world)
    spoilt = {
        "missing": MISSING, "over-long": LONG, "NUL byte": NUL, "wrong type": ["1", "2"], "number": "-1e400",
    }
    per_field = {
        "email": {"over-long e-mail": "a" * 250 + "@example.fi", "no address": "not-an-address"},
        "sahkoposti": {"over-long e-mail": "a" * 250 + "@example.fi", "no address": "not-an-address"},
        "join_code": {"inactive or unknown code": "ZZZZ9999", "code with NUL": "WQBY\x00TRPK"},
        "choice": {"choice that is not in the question": "00000000-0000-0000-0000-000000000077",
                   "two answers to a single-choice question": [RIGHT, MUNICIPALITY]},
        "question": {"unknown question": "00000000-0000-0000-0000-000000000099"},
        "preferred_language": {"unknown language": "xx"},
        "audience": {"unknown audience": "robot"},
        "language": {"unknown language": "xx"},
        "next": {"another site": "https://evil.example/", "scheme-relative": "//evil.example/"},
    }
    cases = []
    for field in valid:
        for label, value in {**spoilt, **per_field.get(field, {})}.items():
            if name in ("plain-language", "language switch") and field == "next" and label == "missing":
                continue
            data = dict(valid)
            if value is MISSING:
                del data[field]
            else:
                data[field] = value
            cases.append((f"{field}: {label}", data))
    return cases


# Free-text fields: any string is a valid value, so "a number" or "two values" (the last one counts) is no junk.
FREE_TEXT = {("signup", "username"), ("peer-group form", "nimi"), ("peer-group form", "organisaatio"),
             ("plain-language", "next"), ("language switch", "next")}
OPTIONAL_EMPTY_OK = {("signup", "email"), ("signup", "join_code"), ("profile", "email"),
                     ("peer-group form", "organisaatio")}


@pytest.mark.parametrize("name", list(FORMS))
def test_each_form_refuses_junk_in_any_one_field(sweep, name):
    """A valid submission with one field spoilt: a 4xx or the form with an error, and nothing stored."""
    role, url, _valid, _spoil, options = FORMS[name]
    sweeper = Sweeper(sweep)
    client = sweeper.client(role)
    for label, data in fixed_cases(name, sweep):
        field = label.split(":")[0]
        if (name, field) in OPTIONAL_EMPTY_OK and label.endswith("missing"):
            continue  # an optional field left out is a valid submission
        if name in ("plain-language", "language switch") and field == "plain":
            continue  # any value but "1" means "off": a valid choice, not junk
        if (name, field) in FREE_TEXT and label.endswith(("wrong type", "number")):
            continue
        sweeper.check(f"{name}: {label}", client, "POST", url(sweep), data, **options)
    sweeper.assert_clean()


junk_value = st.one_of(
    st.text(max_size=30),
    st.text(max_size=10).map(lambda s: s + "\x00"),
    st.just(LONG),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["", " ", "0", "-1", "1e400", "NaN", "null", "[]", "' OR 1=1 --", '"', "<script>x</script>",
                     "../../etc/passwd", "%00", "\u202e", "\ufeff", "ＡＢＣ", "😀" * 300]),
)
junk = st.one_of(junk_value, st.lists(junk_value, min_size=2, max_size=3))


@pytest.mark.parametrize("name", list(FORMS))
@EXAMPLES
@given(data=st.data())
def test_each_form_refuses_random_junk(sweep, name, data):
    """Hypothesis fills and drops fields at random (kept invalid by `spoil`): never a 5xx, nothing stored."""
    role, url, valid, spoil, options = FORMS[name]
    fields = list(valid(sweep)) + ["csrfmiddlewaretoken", "next"]
    drawn = data.draw(st.fixed_dictionaries({}, optional=dict.fromkeys(fields, junk)), label="junk")
    dropped = data.draw(st.sets(st.sampled_from(fields)), label="dropped")
    submission = {k: v for k, v in {**valid(sweep), **drawn}.items() if k not in dropped}
    sweeper = Sweeper(sweep)
    sweeper.check(f"{name}: random", sweeper.client(role), "POST", url(sweep), spoil(submission), **options)
    sweeper.assert_clean()


def post_urls(world):
    """Every POST endpoint: the forms plus the page-id endpoints."""
    pages = world.pages
    return {name: (spec[0], spec[1](world)) for name, spec in FORMS.items()} | {
        "quiz-restart": ("learner", f"/fi/quizzes/{pages['quiz'].pk}/restart/"),
        "mark-done": ("learner", f"/fi/courses/steps/{pages['lesson'].pk}/done/"),
        "start-course": ("learner", f"/fi/courses/{pages['course'].pk}/start/"),
        "logout": ("learner", "/fi/accounts/logout/"),
    }


def test_no_post_endpoint_accepts_a_post_without_csrf_token(sweep):
    """A forged cross-site post (no CSRF token) is refused with 403 before any view runs."""
    sweeper = Sweeper(sweep)
    for name, (role, url) in post_urls(sweep).items():
        response = sweeper.check(f"{name}: no CSRF token", sweeper.client(role, csrf=True), "POST", url, {"x": "1"})
        if response.status_code != 403:
            sweeper.failures.append(f"{name}: no CSRF token -> {response.status_code}, not 403")
    sweeper.assert_clean()


def test_no_post_endpoint_fails_on_a_body_that_is_not_utf8(sweep):
    """Bytes that are not UTF-8 (a broken client, a fuzzer) get a 4xx or a form error, never a 500."""
    sweeper = Sweeper(sweep)
    bodies = {
        "urlencoded": (b"username=\xff\xfe&password=\xc3\x28&question=\xe2\x82&choice=\x80&join_code=\xff",
                       "application/x-www-form-urlencoded"),
        "multipart": (b"--B\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\n\xff\xfe\r\n--B--\r\n",
                      "multipart/form-data; boundary=B"),
    }
    for name, (role, url) in post_urls(sweep).items():
        if name in ("logout", "quiz-restart", "mark-done", "start-course"):
            continue  # they read no body: a valid request whatever it holds
        options = FORMS[name][4]
        for kind, (body, content_type) in bodies.items():
            sweeper.check(f"{name}: non-UTF-8 {kind}", sweeper.client(role), "POST", url, body,
                          content_type=content_type, **options)
    sweeper.assert_clean()


def test_page_id_endpoints_refuse_pages_of_the_wrong_kind_and_missing_ones(sweep):
    """Start, mark done, answer and restart with ids of other page types, drafts and missing pages: a 4xx."""
    pages = sweep.pages
    sweeper = Sweeper(sweep)
    wrong = {
        "start-course": ("/fi/courses/{}/start/", [pages["lesson"], pages["quiz"], pages["guide"]]),
        "mark-done": ("/fi/courses/steps/{}/done/", [pages["quiz"], pages["course"], pages["draft_lesson"],
                                                     pages["guide"]]),
        "quiz-answer": ("/fi/quizzes/{}/answer/", [pages["lesson"], pages["course"], pages["peer_group"]]),
        "quiz-restart": ("/fi/quizzes/{}/restart/", [pages["lesson"], pages["course"], pages["draft_lesson"]]),
        "event-ics": ("/fi/events/{}.ics", [pages["lesson"], pages["quiz"]]),
    }
    for role in ("guest", "learner"):
        client = sweeper.client(role)
        for name, (pattern, targets) in wrong.items():
            method = "GET" if name == "event-ics" else "POST"
            for page in targets:
                sweeper.check(f"{name}: a {type(page.specific).__name__}", client, method, pattern.format(page.pk),
                              valid_answer(sweep))
            for missing in (987654, 2**62):
                sweeper.check(f"{name}: missing page", client, method, pattern.format(missing), valid_answer(sweep))
    sweeper.assert_clean()


def test_answers_to_another_learners_attempt_or_a_finished_one_are_refused(sweep):
    """Foreign ids: learner A2 answering with learner B's (or their own finished) attempt id stores nothing."""
    sweeper = Sweeper(sweep)
    client = sweeper.client("learner_a2")
    url = f"/fi/quizzes/{sweep.pages['quiz'].pk}/answer/"
    attempts = {
        "another learner's attempt": QuizAttempt.objects.filter(learner=sweep.users["learner_b"]).first(),
        "their own finished attempt": QuizAttempt.objects.filter(learner=sweep.users["learner_a2"]).first(),
    }
    for label, attempt in attempts.items():
        sweeper.check(f"quiz-answer: {label}", client, "POST", url, {**valid_answer(sweep), "attempt": attempt.pk})
    sweeper.assert_clean()


def test_duplicate_submits_are_refused_the_second_time(sweep):
    """The same sign-up or answer sent twice (a double tap): the second is refused and stores nothing."""
    sweeper = Sweeper(sweep)
    guest = sweeper.client("guest")
    first = guest.post("/fi/accounts/signup/", valid_signup(sweep))
    assert first.status_code == 302, "the first sign-up is valid"
    sweeper.check("signup: the same again", sweeper.client("guest"), "POST", "/fi/accounts/signup/",
                  valid_signup(sweep))

    learner = sweeper.client("learner_a2")
    assert learner.post(f"/fi/quizzes/{sweep.pages['quiz'].pk}/restart/").status_code == 302, "A2 may try again"
    attempt = QuizAttempt.objects.get(learner=sweep.users["learner_a2"], finished_at=None)
    answer = {**valid_answer(sweep), "attempt": attempt.pk}  # the form on the page names its attempt
    answer_url = f"/fi/quizzes/{sweep.pages['quiz'].pk}/answer/"
    assert learner.post(answer_url, answer).status_code == 302, "the first answer is valid"
    sweeper.check("quiz-answer: the same again", learner, "POST", answer_url, answer)
    sweeper.assert_clean()


REPORTS = ["course-completion", "course-overview", "quiz-questions"]
REPORT_PARAMS = ["course", "organisation", "cohort", "status", "started_after", "started_before",
                 "completed_after", "completed_before", "page", "ordering", "export", "q", "per_page"]


@EXAMPLES
@given(data=st.data())
def test_report_filters_never_fail_or_show_another_organisations_learners(sweep, data):
    """Report filters take GET params: junk and the other organisation's ids give a form error or an
    empty result for staff of A, never a 5xx and never B's learners (also in the CSV export)."""
    foreign = [str(sweep.orgs["b"].pk), str(sweep.cohorts["cohort_b1"].pk), str(sweep.pages["quiz"].pk)]
    value = st.one_of(junk_value, st.sampled_from(foreign + ["csv", "xlsx", "pdf", "-learner", "2026-13-45"]))
    params = data.draw(st.fixed_dictionaries({}, optional=dict.fromkeys(REPORT_PARAMS, value)))
    report = data.draw(st.sampled_from(REPORTS))
    sweeper = Sweeper(sweep)
    response = sweeper.check(f"report filters: {report}", sweeper.client("staff"), "GET",
                             f"/admin/reports/{report}/", params, read_only=True)
    if response.status_code == 200:
        raw = b"".join(response.streaming_content) if response.streaming else response.content
        for token in PEOPLE["learner_b"]:
            if token.encode() in raw:
                sweeper.failures.append(f"report {report} {params}: shows learner B's {token!r}")
    sweeper.assert_clean()


@EXAMPLES
@given(q=st.one_of(junk_value, st.text(alphabet='"\'*()&|!:-+~^', max_size=8)))
def test_search_answers_any_query_without_failing(sweep, q):
    """Whatever is typed into search (quotes, operators, NUL, 10,000 characters): results, or a 400."""
    sweeper = Sweeper(sweep)
    sweeper.check("search", sweeper.client("guest"), "GET", "/fi/search/", {"q": q}, read_only=True)
    sweeper.assert_clean()


def test_the_new_password_form_of_a_reset_link_refuses_junk(sweep):
    """The form behind a valid reset link: missing, mismatched, over-long, NUL and weak passwords are form errors."""
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    # Fresh from the database: an earlier test's sign-in changed last_login on the shared object only,
    # and the token covers last_login.
    user = type(sweep.users["learner_a2"]).objects.get(pk=sweep.users["learner_a2"].pk)
    sweeper = Sweeper(sweep)
    client = sweeper.client("guest")
    link = f"/fi/accounts/password/reset/{urlsafe_base64_encode(force_bytes(user.pk))}/"
    opened = client.get(link + default_token_generator.make_token(user) + "/")
    assert opened.status_code == 302, f"the reset link opens the new-password form ({opened.status_code})"
    form_url = opened["Location"]
    strong = "Uusi-pitka-salasana-42"
    cases = {
        "both missing": {},
        "second missing": {"new_password1": strong},
        "mismatch": {"new_password1": strong, "new_password2": strong + "x"},
        "over-long": {"new_password1": LONG, "new_password2": LONG + "x"},
        "NUL byte": {"new_password1": strong + "\x00", "new_password2": strong + "\x00"},
        "too common": {"new_password1": "password", "new_password2": "password"},
        "two values each": {"new_password1": [strong, "a"], "new_password2": ["b", strong + "y"]},
    }
    for label, data in cases.items():
        sweeper.check(f"password-reset-confirm: {label}", client, "POST", form_url, data)
    sweeper.assert_clean()
