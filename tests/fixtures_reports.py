"""Fixtures for the reports tests (registered in tests/conftest.py).

`report_world` is a small, hand-counted world. One course: lessons L1, L2, L3 and a quiz Q with
one question (pass mark 100). Progress goes through the public progress API; L3 is unpublished
at the end, so the course has 3 live steps. Hand-counted result (done / 3 live steps):

    learner  org  cohort  lang  steps done                 done  status       best score
    aino     A    A1      fi    L1 L2 L3 Q (completed)     3     completed    100
    bashir   A    A1      ar    L1 (fi), L2 (ar), Q wrong  2     in progress  0     <- switched language
    chen     A    A2      en    L1                         1     in progress  -
    dana     B    B1      so    L1 L2 Q                    3     completed    100   <- L3 unpublished: completed then
    eero     B    -       fi    L3 only                    0     in progress  -     <- L3 unpublished: not done

Staff of A see aino, bashir, chen; staff of B see dana, eero; the trainer of A1 sees aino, bashir.
Question Q1: 3 answers (aino fi right, bashir ar wrong "Kunta", dana fi right): 67 % right.
"""

import copy
import datetime
import functools
import sys
import uuid
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from courses.models import Enrollment, LessonPage
from courses.progress import complete_step, enrol, record_quiz_score
from home.site_setup import ensure_site
from home.translation import translate
from learners.models import Cohort, LearnerProfile, Organisation
from learners.visibility import REPORTING_STAFF, TRAINERS
from quizzes.grading import question_spec
from quizzes.models import Answer, QuizAttempt, QuizPage
from tests.conftest import create_user
from tests.fixtures_courses import build_course, get_catalogue

QUESTION_ID = str(uuid.UUID(int=1))
RIGHT, MUNICIPALITY, NEIGHBOUR = (str(uuid.UUID(int=n)) for n in (11, 12, 13))
QUESTIONS = [
    {
        "type": "single_choice",
        "id": QUESTION_ID,
        "value": {
            "question": "Kuka maksaa palkan?",
            "image": None,
            "explanation": "",
            "choices": [
                {"type": "item", "id": RIGHT, "value": {"text": "Työnantaja", "correct": True, "feedback": ""}},
                {"type": "item", "id": MUNICIPALITY, "value": {"text": "Kunta", "correct": False, "feedback": ""}},
                {"type": "item", "id": NEIGHBOUR, "value": {"text": "Naapuri", "correct": False, "feedback": ""}},
            ],
        },
    }
]


def day(month, date):
    return timezone.make_aware(datetime.datetime(2026, month, date, 12, 0))


def add_quiz(course):
    quiz = QuizPage(title="Loppukoe", slug="loppukoe", intro="", pass_mark=100, questions=QUESTIONS)
    course.add_child(instance=quiz)
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


def take_quiz(learner, quiz, course, chosen, locale="fi", shown_text=None):
    """An attempt with one answer, as quizzes.services stores it; a pass completes the step via the progress API."""
    block = quiz.questions[0]
    spec = question_spec(block.block_type, block.value, block.id)
    if shown_text:  # what an Arabic reader saw: same ids, other texts
        spec["choices"] = [dict(c, text=shown_text.get(c["id"], c["text"])) for c in spec["choices"]]
    right = chosen == RIGHT
    attempt = QuizAttempt.objects.create(
        learner=learner, quiz_key=quiz.translation_key, course_key=course.translation_key, locale=locale,
        finished_at=timezone.now(), score=100 if right else 0, passed=right,
    )
    Answer.objects.create(attempt=attempt, question_id=spec["id"], chosen=[chosen], correct=right, snapshot=spec)
    if right:
        complete_step(learner, quiz, course=course, score=100)
    record_quiz_score(learner, course.translation_key, attempt.score)
    return attempt


def learner_in(make_user, username, first, organisation, cohort=None, language="fi"):
    user = make_user(username, first_name=first, last_name="Testi")
    profile = LearnerProfile.objects.create(user=user, organisation=organisation, preferred_language=language)
    if cohort:
        profile.cohorts.add(cohort)
    return user


def staff_user(make_user, username, group, organisations=(), cohorts=()):
    user = make_user(username, is_staff=False)
    user.groups.add(Group.objects.get(name=group))
    profile = LearnerProfile.objects.create(user=user, audience=LearnerProfile.Audience.STAFF)
    profile.staff_organisations.add(*organisations)
    for cohort in cohorts:
        cohort.trainers.add(user)
    return user


def build_report_world(make_course, make_user):
    """The world in the module docstring; make_course and make_user as the fixtures of those names give."""
    course = make_course(lessons=3, slug="tyoelama-raportti")
    l1, l2, l3 = LessonPage.objects.descendant_of(course).order_by("path")
    quiz = add_quiz(course)

    org_a = Organisation.objects.create(name="Alfa")
    org_b = Organisation.objects.create(name="Beeta")
    a1 = Cohort.objects.create(organisation=org_a, name="A1")
    a2 = Cohort.objects.create(organisation=org_a, name="A2")
    b1 = Cohort.objects.create(organisation=org_b, name="B1")

    aino = learner_in(make_user, "aino", "Aino", org_a, a1, "fi")
    bashir = learner_in(make_user, "bashir", "Bashir", org_a, a1, "ar")
    chen = learner_in(make_user, "chen", "Chen", org_a, a2, "en")
    dana = learner_in(make_user, "dana", "Dana", org_b, b1, "so")
    eero = learner_in(make_user, "eero", "Eero", org_b, None, "fi")

    for lesson in (l1, l2, l3):
        complete_step(aino, lesson, course=course)
    take_quiz(aino, quiz, course, RIGHT)

    # Bashir starts in Finnish, then reads lesson 2 in Arabic and takes the quiz in Arabic.
    complete_step(bashir, l1, course=course)
    l2_ar = translate(l2, "ar", {})
    course_ar = course.get_translation(l2_ar.locale)
    complete_step(bashir, l2_ar, course=course_ar)
    take_quiz(bashir, quiz, course, MUNICIPALITY, locale="ar", shown_text={MUNICIPALITY: "البلدية"})

    complete_step(chen, l1, course=course)
    for lesson in (l1, l2):
        complete_step(dana, lesson, course=course)
    take_quiz(dana, quiz, course, RIGHT)
    complete_step(eero, l3, course=course)

    l3.unpublish()

    dates = {aino: (day(1, 10), day(1, 20)), bashir: (day(2, 10), None), chen: (day(3, 10), None),
             dana: (day(1, 15), day(1, 25)), eero: (day(2, 15), None)}
    for learner, (started, completed) in dates.items():
        Enrollment.objects.filter(learner=learner).update(started_at=started, completed_at=completed)

    staff_a = staff_user(make_user, "staff-a", REPORTING_STAFF, organisations=[org_a])
    staff_b = staff_user(make_user, "staff-b", REPORTING_STAFF, organisations=[org_b])
    trainer = staff_user(make_user, "trainer-a1", TRAINERS, cohorts=[a1])
    admin = make_user("boss", is_superuser=True, is_staff=True)
    return SimpleNamespace(
        course=course, lessons=(l1, l2, l3), quiz=quiz, org_a=org_a, org_b=org_b, cohorts=(a1, a2, b1),
        aino=aino, bashir=bashir, chen=chen, dana=dana, eero=eero,
        staff_a=staff_a, staff_b=staff_b, trainer=trainer, admin=admin,
    )


def _transactional(item):
    marker = item.get_closest_marker("django_db")
    return (
        "transactional_db" in item.fixturenames
        or "live_server" in item.fixturenames
        or bool(marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])))
    )


@pytest.fixture(scope="module")
def _report_world_of_module(request, django_db_setup, django_db_blocker):
    """report_world built once for a test module, inside a transaction rolled back after its last test.

    Building the world is most of a reports test's time. Each test still runs in its own savepoint
    inside that transaction (pytest-django's per-test atomic), so what one test writes is gone before
    the next, as with a world built per test. Only for a module whose every selected test uses
    report_world and none is transactional: other tests would see the world's rows, and a flush
    would empty it. Otherwise None, and report_world is built per test.
    """
    tests = [item for item in request.session.items if getattr(item, "module", None) is request.module]
    if not all("report_world" in item.fixturenames and not _transactional(item) for item in tests):
        yield None
        return
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            world = build_report_world(functools.partial(build_course, get_catalogue(ensure_site())), create_user)
        except BaseException:
            outer.__exit__(*sys.exc_info())
            raise
    yield world
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def report_world(request, _report_world_of_module, db):
    """The hand-counted world of the module docstring. Shared by the module when it can be: then a
    deep copy of the objects as built (as Django's setUpTestData gives), so a test may change them."""
    if _report_world_of_module is None:
        return build_report_world(request.getfixturevalue("make_course"), request.getfixturevalue("make_user"))
    return copy.deepcopy(_report_world_of_module)


@pytest.fixture
def as_user(client):
    """as_user(user): the test client signed in as `user`, in English (admin users without a preferred
    language get the browser's)."""

    def login(user):
        client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
        client.force_login(user)
        return client

    return login


@pytest.fixture
def more_learners(report_world, make_user):
    """add(n): n more learners of organisation A (cohort A1), each enrolled with one lesson done."""

    def add(n):
        l1 = report_world.lessons[0]
        for i in range(n):
            user = learner_in(make_user, f"extra-{i:03d}", f"Extra{i}", report_world.org_a, report_world.cohorts[0])
            enrol(user, report_world.course)
            complete_step(user, l1, course=report_world.course)

    return add
