"""Fixtures for the quizzes tests (registered in tests/conftest.py).

`make_quiz` builds the page tree a quiz needs (home, catalogue, course) and a published QuizPage
with one question of each type, written as StreamField raw data exactly as demo content does.
"""

import pytest

from courses.models import CourseIndexPage, CoursePage
from home.site_setup import ensure_site
from quizzes.models import QuizPage

QUESTIONS = [
    (
        "single_choice",
        {
            "question": "Kuka maksaa palkan?",
            "image": None,
            "choices": [
                {"text": "Työnantaja", "correct": True, "feedback": "Oikein, työnantaja maksaa."},
                {"text": "Kunta", "correct": False, "feedback": "Ei, kunta ei maksa palkkaa."},
                {"text": "Naapuri", "correct": False, "feedback": ""},
            ],
            "explanation": "Palkan maksaa aina työnantaja.",
        },
    ),
    (
        "multiple_choice",
        {
            "question": "Mitä työsopimuksessa sovitaan?",
            "image": None,
            "choices": [
                {"text": "Palkka", "correct": True, "feedback": "Kyllä."},
                {"text": "Työaika", "correct": True, "feedback": "Kyllä."},
                {"text": "Lempiruoka", "correct": False, "feedback": "Ei kuulu sopimukseen."},
            ],
            "explanation": "",
        },
    ),
    (
        "true_false",
        {
            "question": "Vuosiloma on palkallista.",
            "image": None,
            "choices": [
                {"text": "Tosi", "correct": True, "feedback": ""},
                {"text": "Epätosi", "correct": False, "feedback": "Vuosiloma on palkallista."},
            ],
            "explanation": "",
        },
    ),
    (
        "ordering",
        {
            "question": "Missä järjestyksessä?",
            "image": None,
            "items": [{"text": "Hakemus"}, {"text": "Haastattelu"}, {"text": "Työsopimus"}],
            "explanation": "Ensin haetaan, sitten haastatellaan.",
        },
    ),
]


def build_quiz(slug="tietovisa", questions=None, course=None, **fields):
    """A published quiz under a published course (created if needed); returns it fresh from the database."""
    home = ensure_site()
    if course is None:
        index = CourseIndexPage.objects.filter(slug="kurssit").first()
        if index is None:
            index = CourseIndexPage(title="Kurssit", slug="kurssit")
            home.add_child(instance=index)
            index.save_revision().publish()
        course = CoursePage.objects.filter(slug="tyoelama").first()
        if course is None:
            course = CoursePage(title="Työelämä", slug="tyoelama", intro="Työelämän perusteet", audience="immigrants")
            index.add_child(instance=course)
            course.save_revision().publish()
    quiz = QuizPage(title="Tietovisa", slug=slug, intro="Testaa tietosi.", questions=questions or QUESTIONS, **fields)
    course.add_child(instance=quiz)
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


@pytest.fixture
def make_quiz(db):
    return build_quiz


@pytest.fixture
def quiz(make_quiz):
    return make_quiz()
