"""A lesson and a quiz in Finnish, English, Arabic and Ukrainian on a 360 px phone: axe-clean,
right direction, the interface in the page's language. Screenshots for a person to look at."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from content_io.importer import import_content
from home.translation import translate
from tests.fixtures_courses import lessons_of
from tests.fixtures_quizzes import build_quiz

from .conftest import assert_no_axe_violations, screenshot

LANGUAGES = ["fi", "en", "ar", "uk"]
TITLES = {
    "en": ("Basics of working life", "Lesson 1", "Quiz"),
    "ar": ("أساسيات الحياة العملية", "الدرس 1", "اختبار"),
    "uk": ("Основи трудового життя", "Урок 1", "Тест"),
}


@pytest.fixture
def translated_course(transactional_db, make_course):
    """A course with a lesson and a quiz, translated with wagtail-localize into en, ar and uk."""
    import_content(only=["home/."])  # the home page alone, from content/
    course = make_course(lessons=1, slug="perusteet")
    lesson = lessons_of(course)[0]
    quiz = build_quiz(slug="perusteet-testi", course=course)
    catalogue = course.get_parent()
    for lang, (course_title, lesson_title, quiz_title) in TITLES.items():
        translate(catalogue, lang, {})
        translate(course, lang, {"Työelämän perusteet": course_title})
        translate(lesson, lang, {"Oppitunti 1": lesson_title})
        translate(quiz, lang, {"Tietovisa": quiz_title})
    return lesson, quiz


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lesson_and_quiz_on_a_phone_in_each_language(live_server, translated_course, new_page, axe, lang):
    lesson, quiz = translated_course
    with translation.override(lang):
        mark_done = translation.gettext("Sign in to save your progress.")
    page = new_page(width=360, height=780)
    for name, step in (("lesson", lesson), ("quiz", quiz)):
        page.goto(f"{live_server.url}/{lang}{step.url[3:]}")
        html = page.locator("html")
        expect(html).to_have_attribute("lang", lang)
        expect(html).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
        if lang != "fi":
            expect(page.get_by_role("heading", level=1)).to_have_text(TITLES[lang][1 if name == "lesson" else 2])
        if name == "lesson":
            expect(page.get_by_text(mark_done)).to_be_visible()
        # Nothing is wider than the phone.
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        assert_no_axe_violations(axe, page)
        screenshot(page, f"language-{name}-{lang}-360")
