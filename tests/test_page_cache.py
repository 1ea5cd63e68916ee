"""The page cache (home/page_cache.py): fewer queries on a warm cache, never a stale page.

Every test requests a page once to fill the cache, changes content the way an editor or a
loader would, and checks that the very next request shows the change.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage
from home import page_cache
from tests.fixtures_courses import lessons_of, publish

pytestmark = pytest.mark.django_db

# Session, user, Wagtail's view-restriction check (two), the learner's enrolment and completions.
WARM_LESSON_BUDGET = 6


@pytest.fixture
def course(make_course):
    return make_course(lessons=4, modules=2, slug="valimuisti")


def test_a_lesson_on_a_warm_cache_reads_only_what_is_personal(learner_client, course):
    lesson = lessons_of(course)[1]
    learner_client.get(lesson.url)
    with CaptureQueriesContext(connection) as queries:
        response = learner_client.get(lesson.url)
    assert response.status_code == 200
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert len(queries.captured_queries) <= WARM_LESSON_BUDGET, tables
    assert "courses_lessonpage" not in tables  # the page itself came from the cache


def test_with_the_cache_off_the_page_is_the_same(learner_client, course, settings):
    lesson = lessons_of(course)[1]
    learner_client.get(lesson.url)
    cached = learner_client.get(lesson.url).content
    settings.PAGE_CACHE = False
    with CaptureQueriesContext(connection) as queries:
        fresh = learner_client.get(lesson.url).content
    assert len(queries.captured_queries) > WARM_LESSON_BUDGET
    assert cached.replace(b"\n", b"").count(b"<a ") == fresh.replace(b"\n", b"").count(b"<a ")
    assert cached.split(b"<main")[1].split(b"csrf")[0] == fresh.split(b"<main")[1].split(b"csrf")[0]


def test_a_renamed_sibling_and_course_show_at_once(learner_client, course):
    first, second, *_ = lessons_of(course)
    learner_client.get(second.url)
    first.title = "Uusi nimi oppitunnille"
    first.save_revision().publish()
    course.title = "Uudelleen nimetty kurssi"
    course.save_revision().publish()
    body = learner_client.get(second.url).content.decode()
    assert "Uusi nimi oppitunnille" in body  # outline and "Previous"
    assert "Uudelleen nimetty kurssi" in body  # breadcrumbs


def test_an_unpublished_lesson_is_gone_and_leaves_the_outline(learner_client, course):
    first, second, *_ = lessons_of(course)
    assert learner_client.get(second.url).status_code == 200
    learner_client.get(first.url)
    second.unpublish()
    assert learner_client.get(second.url).status_code == 404
    assert second.title not in learner_client.get(first.url).content.decode()


def test_a_moved_lesson_answers_at_its_new_address(learner_client, course, make_course):
    lesson = lessons_of(course)[0]
    old_url = lesson.url
    assert learner_client.get(old_url).status_code == 200
    other = make_course(lessons=1, slug="toinen")
    lesson.move(other, pos="last-child")
    moved = LessonPage.objects.get(pk=lesson.pk)
    old = learner_client.get(old_url)  # Wagtail's redirects app leads from the old address, not the cache
    assert (old.status_code, old["Location"]) == (301, moved.url)
    assert learner_client.get(moved.url).status_code == 200


def test_a_new_menu_page_appears_in_the_header(client, home_page, course):
    lesson = lessons_of(course)[0]
    client.get(lesson.url)
    from home.models import StandardPage

    publish(home_page, StandardPage(title="Tietoa hankkeesta", slug="tietoa", show_in_menus=True))
    assert "Tietoa hankkeesta" in client.get(lesson.url).content.decode()


def test_saving_a_live_page_directly_also_drops_the_cache(client, course):
    lesson = lessons_of(course)[0]
    before = page_cache.content_version()
    client.get(lesson.url)
    LessonPage.objects.get(pk=lesson.pk).save()
    assert page_cache.content_version() != before


def test_another_release_never_reads_this_releases_entries(learner_client, course, monkeypatch):
    """Cached values are pickled pages and our classes: after a deploy they must be rebuilt, not read."""
    lesson = lessons_of(course)[1]
    learner_client.get(lesson.url)
    monkeypatch.setattr(page_cache, "code_version", lambda: "next-release")
    with CaptureQueriesContext(connection) as queries:
        assert learner_client.get(lesson.url).status_code == 200
    assert "courses_lessonpage" in " ".join(q["sql"] for q in queries.captured_queries)


def test_an_answer_is_graded_against_the_quiz_as_last_published(client, make_user, make_quiz):
    """The answer endpoint reads question specs from the cache; a publish must reach it at once."""
    from quizzes.models import Answer, QuizPage
    from quizzes.views import quiz_specs
    from tests.fixtures_quizzes import QUESTIONS
    from tests.test_quizzes import HTMX, answer_url, payload

    quiz = make_quiz()
    client.force_login(make_user("kysyja"))
    client.get(quiz.url)  # the specs are cached now
    quiz = QuizPage.objects.get(pk=quiz.pk)
    quiz.questions = QUESTIONS[:1]  # new blocks, new question ids
    quiz.save_revision().publish()
    quiz = QuizPage.objects.get(pk=quiz.pk)
    spec = next(iter(quiz_specs(quiz).values()))
    client.get(quiz.url)
    response = client.post(answer_url(quiz), payload(spec), **HTMX)
    assert response.status_code == 200
    assert Answer.objects.filter(question_id=spec["id"], correct=True).count() == 1


def test_a_change_drops_the_cache_again_when_it_commits(course, django_capture_on_commit_callbacks):
    """A request that read the rows before the commit must not keep them under the version bumped at once."""
    lesson = lessons_of(course)[0]
    with django_capture_on_commit_callbacks(execute=True):
        lesson.title = "Uusi otsikko"
        lesson.save_revision().publish()
        during = page_cache.content_version()
    assert page_cache.content_version() != during
