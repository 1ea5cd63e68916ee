"""Fixtures for the role sweep and the bad-input sweep (registered in tests/conftest.py).

`sweep_world` builds, once per test module, two organisations that look alike: each has reporting
staff, a trainer, a cohort with a join code and learners with names and e-mails who took the same
course (lessons and a quiz with attempts). Around them: guide pages, a peer-group sign-up with a
submission, an event, a service, a document, an image, a translation, a workflow in progress, a
redirect and view restrictions, so every kind of id an admin or public URL takes has a real object.

Names, e-mails and join codes are unusual ASCII words so that a leak cannot hide behind HTML or JSON
escaping and no other text on a page contains them by chance.

The world lives in one transaction per module that is rolled back at the end; each test runs in a
savepoint inside it (pytest-django's `db`), so what one test writes never reaches the next.
"""

import io
import uuid
from dataclasses import dataclass, field

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction, Locale, PageViewRestriction, Workflow

from courses.models import CourseIndexPage, CoursePage, LessonPage
from courses.progress import complete_step
from guide.choices import join_codes
from guide.models import EventIndexPage, EventPage, GuideIndexPage, PeerGroupFormField, PeerGroupPage, ServiceProvider
from home.models import StandardPage
from home.site_setup import ensure_site
from home.translation import translate
from learners.models import Cohort, LearnerProfile, Organisation
from learners.roles import ensure_roles
from learners.visibility import REPORTING_STAFF, TRAINERS
from tests.conftest import PASSWORD
from tests.fixtures_courses import lesson_body
from tests.fixtures_reports import MUNICIPALITY, RIGHT, add_quiz, take_quiz

# The roles the sweep signs in as (None: not signed in).
SWEEP_ROLES = ["guest", "learner", "trainer", "staff", "superuser"]

# Person data: username, first name, last name, e-mail. Organisation A's people first.
PEOPLE = {
    "learner_a": ("sweep-almariina", "Almariina", "Quistgaard", "almariina.quistgaard@alfa.example"),
    "learner_a2": ("sweep-aadalmiina", "Aadalmiina", "Rautakorpinen", "aadalmiina.r@alfa.example"),
    "learner_b": ("sweep-belvederia", "Belvederia", "Sundqvistel", "belvederia.s@beeta.example"),
    "trainer_a": ("sweep-trainer-ansgar", "Ansgarius", "Tolvanderi", "ansgarius.t@alfa.example"),
    "trainer_b": ("sweep-trainer-bertrand", "Bertrandus", "Ukkolainenx", "bertrandus.u@beeta.example"),
    "staff_a": ("sweep-staff-agathe", "Agathea", "Vesterlundi", "agathea.v@alfa.example"),
    "staff_b": ("sweep-staff-brunhilde", "Brunhildea", "Wahlgrenius", "brunhildea.w@beeta.example"),
    "superuser": ("sweep-root", "Rootius", "Administratorx", "rootius@kotopaikka.example"),
}
JOIN_CODES = {"cohort_a1": "WQAYTRPK", "cohort_a2": "WQAZTRPK", "cohort_b1": "WQBYTRPK"}
# The peer-group sign-up a visitor sent: only those who may edit the form page read it.
SUBMITTER = {"nimi": "Hjalmarina Vesterbottenx", "sahkoposti": "hjalmarina.vb@peer.example", "organisaatio": "Gamma"}


@dataclass
class SweepWorld:
    users: dict
    orgs: dict
    cohorts: dict
    pages: dict
    objects: dict = field(default_factory=dict)
    certificates: dict = field(default_factory=dict)

    def user(self, role):
        """The account a sweep role signs in as (None for the guest)."""
        return {"guest": None, "learner": self.users["learner_a"], "trainer": self.users["trainer_a"],
                "staff": self.users["staff_a"], "superuser": self.users["superuser"]}[role]


def _png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _person(key, organisation=None, cohort=None, **extra):
    username, first, last, email = PEOPLE[key]
    user = get_user_model()(username=username, first_name=first, last_name=last, email=email, **extra)
    user.set_password(PASSWORD)
    user.save()
    profile = LearnerProfile.objects.create(user=user, organisation=organisation)
    if cohort is not None:
        profile.cohorts.add(cohort)
    return user


def build_world():
    ensure_roles()
    home = ensure_site()
    trainers, reporting = Group.objects.get(name=TRAINERS), Group.objects.get(name=REPORTING_STAFF)

    org_a = Organisation.objects.create(name="Sweep Alfa", kind=Organisation.Kind.MUNICIPALITY)
    org_b = Organisation.objects.create(name="Sweep Beeta", kind=Organisation.Kind.MUNICIPALITY)
    a1 = Cohort.objects.create(organisation=org_a, name="Sweep A1", join_code=JOIN_CODES["cohort_a1"])
    a2 = Cohort.objects.create(organisation=org_a, name="Sweep A2", join_code=JOIN_CODES["cohort_a2"])
    b1 = Cohort.objects.create(organisation=org_b, name="Sweep B1", join_code=JOIN_CODES["cohort_b1"])

    users = {
        "learner_a": _person("learner_a", org_a, a1),
        "learner_a2": _person("learner_a2", org_a, a2),
        "learner_b": _person("learner_b", org_b, b1),
        "trainer_a": _person("trainer_a", is_staff=True),
        "trainer_b": _person("trainer_b", is_staff=True),
        "staff_a": _person("staff_a"),
        "staff_b": _person("staff_b"),
        "superuser": _person("superuser", is_staff=True, is_superuser=True),
    }
    for key, cohort in (("trainer_a", a1), ("trainer_b", b1)):
        users[key].groups.add(trainers)
        cohort.trainers.add(users[key])
    for key, org in (("staff_a", org_a), ("staff_b", org_b)):
        users[key].groups.add(reporting)
        users[key].profile.staff_organisations.add(org)

    # A course with two lessons and a quiz (one question, fixed ids) that grants a certificate.
    index = CourseIndexPage.objects.child_of(home).first() or _publish(
        home, CourseIndexPage(title="Kurssit", slug="kurssit", intro="Kaikki kurssit.")
    )
    course = _publish(index, CoursePage(
        title="Pyyhkäisykurssi", slug="pyyhkaisykurssi", intro="Kurssi.", audience="immigrants",
        learning_outcomes="Osaat.", estimated_minutes=10, grants_certificate=True,
    ))
    lessons = [
        _publish(course, LessonPage(title=f"Pyyhkäisy {n}", slug=f"pyyhkaisy-{n}", intro="Johdanto.",
                                    body=lesson_body(f"Pyyhkäisy {n}")))
        for n in (1, 2)
    ]
    quiz = add_quiz(course)
    draft_lesson = LessonPage(title="Luonnos", slug="pyyhkaisy-luonnos", intro="", body=lesson_body("Luonnos"))
    course.add_child(instance=draft_lesson)
    draft_lesson.save_revision()
    draft_lesson.unpublish()

    for key, answer in (("learner_a", RIGHT), ("learner_b", RIGHT), ("learner_a2", MUNICIPALITY)):
        for lesson in lessons:
            complete_step(users[key], lesson, course=course)
        take_quiz(users[key], quiz, course, answer)

    from courses.certificates import certificate_for

    certificates = {key: certificate_for(users[key], course.translation_key) for key in ("learner_a", "learner_b")}

    # The guide: a peer-group form with one submission, an event, a service, a password-protected page.
    guide = _publish(home, GuideIndexPage(title="Pyyhkäisyopas", slug="pyyhkaisyopas", intro="Opas"))
    peer_group = PeerGroupPage(title="Vertaisryhmät", slug="vertaisryhmat", intro="<p>Vertaismentorointi.</p>")
    for order, (label, field_type, required) in enumerate(
        [("Nimi", "singleline", True), ("Sähköposti", "email", True), ("Organisaatio", "singleline", False)]
    ):
        peer_group.form_fields.add(PeerGroupFormField(
            label=label, field_type=field_type, required=required, sort_order=order, locale=guide.locale,
        ))
    peer_group = _publish(guide, peer_group)
    submission = peer_group.get_submission_class().objects.create(page=peer_group, form_data=SUBMITTER)
    events = _publish(guide, EventIndexPage(title="Tapahtumat", slug="tapahtumat"))
    import datetime

    event = _publish(events, EventPage(
        title="Aamubrunssi", slug="aamubrunssi", date=datetime.date(2027, 3, 1),
        start_time=datetime.time(9), end_time=datetime.time(11), place="Saarijärvi", intro="Tulokset.",
    ))
    secret = _publish(home, StandardPage(title="Suojattu", slug="suojattu", intro="Salasanalla."))
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x")
    service = ServiceProvider.objects.create(
        locale=Locale.objects.get(language_code="fi"), name="Sweep-kansalaisopisto", municipality="saarijarvi",
        kind="language_courses", languages=join_codes(["fi"]),
    )

    # Media, a restricted collection, a redirect, a translation and a workflow in progress.
    collection = Collection.get_first_root_node().add_child(name="Sweep collection")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="x",
    )
    document = Document.objects.create(title="Sweep-ohje", file=ContentFile(b"ohje\n", name="sweep-ohje.txt"))
    image = Image.objects.create(title="Sweep-kuva", file=ImageFile(io.BytesIO(_png()), name="sweep-kuva.png"))
    redirect = Redirect.objects.create(old_path="/vanha-pyyhkaisy", redirect_page=lessons[0])
    lesson_ar = translate(lessons[1], "ar", {})
    workflow = Workflow.objects.filter(active=True).first()
    workflow_state = workflow.start(event, users["superuser"]) if workflow else None

    pages = {
        "home": home, "course": course, "lesson": lessons[0], "lesson2": lessons[1], "quiz": quiz,
        "draft_lesson": draft_lesson, "guide": guide, "peer_group": peer_group, "event": event,
        "secret": secret, "lesson_ar": lesson_ar,
    }
    return SweepWorld(
        users=users,
        orgs={"a": org_a, "b": org_b},
        cohorts={"cohort_a1": a1, "cohort_a2": a2, "cohort_b1": b1},
        pages=pages,
        objects={
            "submission": submission, "service": service, "collection": collection, "document": document,
            "image": image, "redirect": redirect, "workflow": workflow, "workflow_state": workflow_state,
        },
        certificates=certificates,
    )


@pytest.fixture(scope="module")
def sweep_world(django_db_setup, django_db_blocker):
    """The world, built once per module inside a transaction that is rolled back afterwards."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            world = build_world()
            yield world
            transaction.set_rollback(True)


@pytest.fixture
def sweep(sweep_world, db):
    """The world inside the test's own savepoint (use this, not sweep_world, in a test)."""
    return sweep_world


# Lines the sweeps report (URLs requested per role, patterns covered and skipped, forms and requests);
# printed in the terminal summary, so CI's output shows them whether the tests pass or fail.
SUMMARY = []


def pytest_terminal_summary(terminalreporter):
    if SUMMARY:
        terminalreporter.section("sweeps")
        for line in SUMMARY:
            terminalreporter.write_line(line)


def missing_uuid():
    return uuid.UUID(int=987654)
