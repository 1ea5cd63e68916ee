"""Fixtures for the courses tests (registered in tests/conftest.py).

`make_course(n)` builds a published course tree under a catalogue with `ensure_site()` and
`add_child`, the way a trainer would in the editor: CourseIndexPage > CoursePage > lessons.
"""

import datetime
import functools

import pytest

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage


def lesson_body(title):
    """A lesson body with several block types, as a trainer would write it."""
    return [
        {"type": "heading", "value": {"text": f"{title}: tärkeintä", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Työsopimus kannattaa tehdä kirjallisena.</p>"},
        {
            "type": "callout",
            "value": {"kind": "working_life", "title": "Suomessa", "text": "<p>Täsmällisyys on tärkeää.</p>"},
        },
        {
            "type": "sources",
            "value": {
                "sources": [
                    {"title": "Työsuojelu.fi", "url": "https://www.tyosuojelu.fi/", "valid_as_of": "2026-11-01"}
                ]
            },
        },
    ]


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def get_catalogue(home):
    """The course catalogue under the home page, created and published if missing."""
    existing = CourseIndexPage.objects.child_of(home).first()
    if existing:
        return existing
    return publish(home, CourseIndexPage(title="Kurssit", slug="kurssit", intro="Kaikki kurssit."))


def build_course(catalogue, lessons=3, modules=0, slug="tyoelaman-perusteet", certificate=False, audience="immigrants"):
    """A published Finnish course under the catalogue; with modules=m, the lessons are spread over m modules."""
    course = publish(
        catalogue,
        CoursePage(
            title="Työelämän perusteet",
            slug=slug,
            intro="Mitä työsopimuksessa sovitaan ja miten työpaikalla toimitaan.",
            audience=audience,
            learning_outcomes="Tunnet työsopimuksen.\nTiedät, mistä saat apua.",
            estimated_minutes=lessons * 5,
            grants_certificate=certificate,
        ),
    )
    parents = [course]
    if modules:
        parents = [
            publish(course, ModulePage(title=f"Osa {m + 1}", slug=f"{slug}-osa-{m + 1}")) for m in range(modules)
        ]
    for n in range(lessons):
        parent = parents[n % len(parents)] if not modules else parents[n * len(parents) // lessons]
        publish(
            parent,
            LessonPage(
                title=f"Oppitunti {n + 1}",
                slug=f"{slug}-oppitunti-{n + 1}",
                intro="Lyhyt johdanto.",
                body=lesson_body(f"Oppitunti {n + 1}"),
            ),
        )
    return course


@pytest.fixture
def catalogue(home_page):
    return get_catalogue(home_page)


@pytest.fixture
def make_course(catalogue):
    """make_course(lessons=3, modules=0, slug=..., certificate=False) -> CoursePage (Finnish, published).

    With modules=m, the lessons are spread over m modules.
    """
    return functools.partial(build_course, catalogue)


@pytest.fixture
def course(make_course):
    """A three-lesson course that grants a certificate."""
    return make_course(lessons=3, certificate=True)


def lessons_of(course):
    """The course's lessons (specific pages) in tree order."""
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


@pytest.fixture
def learner(make_user):
    return make_user("aino", first_name="Aino", last_name="Virtanen")


@pytest.fixture
def other_learner(make_user):
    return make_user("bashir", first_name="Bashir", last_name="Ahmadi")


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


def today():
    return datetime.date.today()
