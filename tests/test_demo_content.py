"""The demo courses a first-time visitor meets: complete, sourced, translated, and loaded idempotently.

`load_demo` is slow (it builds every app's demo content and ~150 wagtail-localize
translations), so the tests that need a database share one load per module: the fixture runs
it twice inside a transaction that is rolled back when the module ends, leaving the test
database clean for every other test module. Search indexing is switched off for that load
(about a third of its time); the demo's pages are indexed as usual when `load_demo` runs for real.
"""

import importlib
import io
import re

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail_localize.models import Translation

from courses.demo_content import working_life_1
from courses.demo_content.loader import SOURCE, discover_courses, segments, string_pairs, untranslated_strings
from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.translation import source_strings
from quizzes.models import QuizPage

WORKING_LIFE = "tyoelaman-pelisaannot"
STAFF = "monikulttuurinen-kohtaaminen"
QUESTION_TYPES = {"single_choice", "multiple_choice", "true_false", "ordering"}


def row_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models() if model._meta.managed}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Row counts after a first and a second `load_demo`; the data stays until the module ends."""
    backends = {"default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}}
    with django_db_blocker.unblock(), override_settings(WAGTAILSEARCH_BACKENDS=backends), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        first = row_counts()
        call_command("load_demo", stdout=io.StringIO())
        yield {"first": first, "second": row_counts()}
        # The rows go with the rollback; the illustration files the load drew would stay behind.
        for model in (get_image_model(), get_image_model().get_rendition_model()):
            for image in model.objects.all():
                image.file.delete(save=False)
        transaction.set_rollback(True)


def finnish(model, slug):
    return model.objects.get(slug=slug, locale__language_code=SOURCE)


def course_pages(slug):
    course = finnish(CoursePage, slug)
    return [page.specific for page in course.get_descendants(inclusive=True).filter(locale=course.locale)]


# --- The content data itself (no database) ---------------------------------------------------


def localized_values(value):
    if isinstance(value, dict) and SOURCE in value and all(isinstance(v, str) for v in value.values()):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from localized_values(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from localized_values(item)


def test_every_working_life_string_is_written_in_finnish_english_arabic_and_ukrainian():
    for value in localized_values([working_life_1.COURSE, working_life_1.MODULES]):
        assert set(value) == {"fi", "en", "ar", "uk"}, value["fi"]
        assert all(text.strip() for text in value.values()), value["fi"]
        # The loader pairs rich text element by element: every language needs the same elements.
        counts = {len(segments(text)) for text in value.values()}
        assert len(counts) == 1, value["fi"]


def test_each_module_quiz_of_part_one_uses_every_question_type_with_a_valid_answer_key():
    for module in working_life_1.MODULES:
        questions = module["quiz"]["questions"]
        assert len(questions) >= 4
        assert {kind for kind, _value in questions} == QUESTION_TYPES
        for kind, value in questions:
            if kind == "ordering":
                assert len(value["items"]) >= 2
                continue
            correct = sum(bool(choice.get("correct")) for choice in value["choices"])
            assert correct == 1 if kind in {"single_choice", "true_false"} else correct >= 1


def test_part_one_teaches_the_six_lessons_with_blocks_not_walls_of_text():
    lessons = [lesson for module in working_life_1.MODULES for lesson in module["lessons"]]
    assert len(lessons) == 6
    for lesson in lessons:
        kinds = [kind for kind, _value in lesson["body"]]
        assert {"key_terms", "scenario", "callout", "checklist", "reflection"} <= set(kinds), lesson["slug"]
        assert kinds[-1] == "sources" and lesson["plain_body"][-1][0] == "sources"
        assert not any(re.search(r"UNCONFIRMED", str(value)) for value in lesson.values())


def test_a_missing_or_unfinished_content_part_is_skipped_without_breaking_the_others(monkeypatch):
    real_import = importlib.import_module

    def half_written(name, *args, **kwargs):
        if name.endswith((".working_life_2", ".staff")):
            raise SyntaxError("unfinished part")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(importlib, "import_module", half_written)
    notes = io.StringIO()
    courses = discover_courses(stdout=notes)
    assert [course.course["slug"] for course in courses] == [WORKING_LIFE]
    assert [module["slug"] for module in courses[0].modules] == [m["slug"] for m in working_life_1.MODULES]
    assert courses[0].final_quiz is None
    assert "skipped content part staff" in notes.getvalue()


# --- Loaded into the database ------------------------------------------------------------------


def test_loading_the_demo_twice_changes_no_row_count(demo):
    assert demo["first"]["courses.LessonPage"] >= 6 * 4
    assert demo["first"]["quizzes.QuizPage"] >= 2 * 4
    assert demo["first"] == demo["second"]


def test_every_demo_lesson_ends_with_its_sources(demo, db):
    lessons = LessonPage.objects.all()
    assert lessons.exists()
    for lesson in lessons:
        last = lesson.body[-1]
        assert last.block_type == "sources", lesson.url_path
        assert all(source["url"] and source["valid_as_of"] for source in last.value["sources"])
        assert last.value["sources"], lesson.url_path
        if lesson.plain_body:
            assert lesson.plain_body[-1].block_type == "sources", lesson.url_path


def test_every_quiz_question_has_a_correct_choice(demo, db):
    quizzes = QuizPage.objects.all()
    assert quizzes.exists()
    for quiz in quizzes:
        assert quiz.questions, quiz.url_path
        for question in quiz.questions:
            if question.block_type == "ordering":
                assert len(question.value["items"]) >= 2, quiz.url_path
            else:
                assert any(choice["correct"] for choice in question.value["choices"]), quiz.url_path


def test_every_working_life_page_exists_in_finnish_english_arabic_and_ukrainian(demo, db):
    pages = course_pages(WORKING_LIFE)
    assert sum(isinstance(page, LessonPage) for page in pages) >= 6
    assert sum(isinstance(page, QuizPage) for page in pages) >= 2
    for page in pages:
        languages = set(page.get_translations().live().values_list("locale__language_code", flat=True))
        assert {"en", "ar", "uk"} <= languages, page.url_path


def test_every_staff_page_exists_in_finnish_and_english(demo, db):
    pages = course_pages(STAFF)
    assert any(isinstance(page, LessonPage) for page in pages)
    for page in pages:
        assert page.get_translations().live().filter(locale__language_code="en").exists(), page.url_path


def test_translations_are_wagtail_localize_translations_that_editors_can_sync(demo, db):
    course = finnish(CoursePage, WORKING_LIFE)
    targets = Translation.objects.filter(source__object_id=course.translation_key).values_list(
        "target_locale__language_code", flat=True
    )
    assert {"en", "ar", "uk"} <= set(targets)


def test_every_finnish_string_of_part_one_has_its_translation(demo, db):
    content = next(course for course in discover_courses() if course.course["slug"] == WORKING_LIFE)
    parts = {WORKING_LIFE: content.course}
    for module in working_life_1.MODULES:
        parts[module["slug"]] = module
        parts[module["quiz"]["slug"]] = module["quiz"]
        parts.update((lesson["slug"], lesson) for lesson in module["lessons"])
    course = finnish(CoursePage, WORKING_LIFE)
    for page in course.get_descendants(inclusive=True).filter(locale=course.locale, slug__in=parts):
        data = parts[page.slug]
        kept = untranslated_strings(data)
        strings = [text for text in source_strings(page.specific) if text not in kept]
        assert strings, page.slug
        for language in ("en", "ar", "uk"):
            missing = set(strings) - set(string_pairs(data, language))
            assert not missing, (page.slug, language, missing)


def test_every_working_life_lesson_has_a_plain_finnish_version(demo, db):
    lessons = [page for page in course_pages(WORKING_LIFE) if isinstance(page, LessonPage)]
    assert lessons
    for lesson in lessons:
        assert any(block.block_type == "paragraph" for block in lesson.plain_body), lesson.slug


def test_the_course_catalogue_is_in_the_menu_in_every_content_language(demo, db):
    index = finnish(CourseIndexPage, "kurssit")
    assert index.show_in_menus
    assert index.get_translations().count() == Locale.objects.count() - 1
    assert index.get_translation(Locale.objects.get(language_code="ar")).title == "الدورات"


def test_the_arabic_lesson_reads_right_to_left_with_translated_text_and_alt_text(demo, client):
    lesson = finnish(LessonPage, "tyosopimus")
    arabic = lesson.get_translation(Locale.objects.get(language_code="ar"))
    response = client.get(arabic.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'dir="rtl"' in html
    assert "عقد العمل" in html
    assert "رسم: عقد عمل موقَّع وقلم." in html
    # List items (key terms, dialogue, checklist) are translated too, not left in Finnish.
    assert "عقد غير محدد المدة" in html
    assert "الأجر وساعات العمل" in html
    assert "Palkka ja työaika" not in html


def test_a_quiz_choice_keeps_its_identity_in_every_language(demo, db):
    quiz = finnish(QuizPage, "tyosuhde-ja-palkka-tehtavat")

    def choice_ids(page):
        return [
            [choice.id for choice in question.value.get("choices", question.value.get("items")).bound_blocks]
            for question in page.questions
        ]

    finnish_ids = choice_ids(quiz)
    assert all(all(finnish_ids_of_question) for finnish_ids_of_question in finnish_ids)
    for language in ("en", "ar", "uk"):
        translated = quiz.get_translation(Locale.objects.get(language_code=language))
        assert choice_ids(translated) == finnish_ids
        assert [q.id for q in translated.questions] == [q.id for q in quiz.questions]
        assert translated.questions[0].value["question"] != quiz.questions[0].value["question"]
