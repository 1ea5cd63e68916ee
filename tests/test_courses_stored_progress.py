"""`Enrollment.steps_done` and `best_score`: stored for the reports, always equal to a fresh count.

The stored count must follow every change of a course's live steps (publish, unpublish, move,
delete) and every completion, including two completed at the same instant (PostgreSQL only).
"""

import importlib
import threading

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.actions.unpublish_page import UnpublishPageAction

from courses import progress
from courses.models import Certificate, CourseSteps, Enrollment, LessonPage, ModulePage
from tests.fixtures_courses import publish


def stored(learner, course):
    return Enrollment.objects.get(learner=learner, course_key=course.translation_key).steps_done


def fresh(learner, course):
    return progress.course_progress(learner, course).done


@pytest.fixture
def learner_with_two_done(make_course, make_user):
    course = make_course(lessons=3)
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    learner = make_user("laskettu")
    for lesson in lessons[:2]:
        progress.complete_step(learner, lesson, course=course)
    return course, lessons, learner


@pytest.mark.django_db
def test_completing_steps_stores_the_count_and_repeats_change_nothing(learner_with_two_done):
    course, lessons, learner = learner_with_two_done
    assert stored(learner, course) == 2 == fresh(learner, course)
    progress.complete_step(learner, lessons[0], course=course)
    assert stored(learner, course) == 2


@pytest.mark.django_db
def test_unpublishing_a_done_lesson_lowers_the_count_and_republishing_restores_it(learner_with_two_done):
    course, lessons, learner = learner_with_two_done
    progress.stored_course_steps([course])
    lessons[0].unpublish()
    assert stored(learner, course) == 1 == fresh(learner, course)
    assert CourseSteps.objects.get(course_key=course.translation_key).total == 2
    lessons[0].save_revision().publish()
    assert stored(learner, course) == 2 == fresh(learner, course)
    assert CourseSteps.objects.get(course_key=course.translation_key).total == 3


@pytest.mark.django_db
def test_a_new_lesson_raises_the_total_not_the_count(learner_with_two_done):
    course, _lessons, learner = learner_with_two_done
    progress.stored_course_steps([course])
    publish(course, LessonPage(title="Uusi", slug="uusi-oppitunti"))
    assert CourseSteps.objects.get(course_key=course.translation_key).total == 4
    assert stored(learner, course) == 2 == fresh(learner, course)


@pytest.mark.django_db
def test_deleting_and_moving_lessons_recount(learner_with_two_done, make_course):
    course, lessons, learner = learner_with_two_done
    other = make_course(lessons=1, slug="toinen-kurssi")
    progress.stored_course_steps([course, other])
    lessons[0].delete()
    assert stored(learner, course) == 1 == fresh(learner, course)
    lessons[1].refresh_from_db()
    lessons[1].move(other, pos="last-child")
    assert stored(learner, course) == 0 == fresh(learner, course)
    assert CourseSteps.objects.get(course_key=other.translation_key).total == 2


@pytest.mark.django_db
def test_republishing_an_unchanged_lesson_recounts_nobody(learner_with_two_done):
    course, lessons, learner = learner_with_two_done
    progress.stored_course_steps([course])
    Enrollment.objects.filter(learner=learner).update(steps_done=99)  # a recount would overwrite this
    with CaptureQueriesContext(connection) as queries:
        progress.refresh_course_steps([course])
    assert stored(learner, course) == 99
    assert not [q for q in queries.captured_queries if q["sql"].startswith("UPDATE")]


@pytest.mark.django_db
def test_a_missing_course_steps_row_is_rebuilt_with_a_full_recount(learner_with_two_done):
    course, _lessons, learner = learner_with_two_done
    CourseSteps.objects.all().delete()
    Enrollment.objects.filter(learner=learner).update(steps_done=0)
    rows = progress.stored_course_steps([course])
    assert rows[course.translation_key].total == 3
    assert stored(learner, course) == 2


@pytest.mark.django_db
def test_a_module_unpublished_with_its_lessons_recounts(make_course, make_user):
    course = make_course(lessons=4, modules=2, slug="moduulit")
    learner = make_user("moduuli")
    editor = make_user("toimittaja", is_superuser=True, is_staff=True)
    for lesson in LessonPage.objects.descendant_of(course):
        progress.complete_step(learner, lesson, course=course)
    progress.stored_course_steps([course])
    module = ModulePage.objects.child_of(course).first()
    # What the editor's "Unpublish, including 2 subpages" does.
    UnpublishPageAction(module, user=editor, include_descendants=True).execute()
    assert not LessonPage.objects.descendant_of(module).live().exists()
    assert stored(learner, course) == 2 == fresh(learner, course)


@pytest.fixture
def learner_one_step_short(make_course, make_user):
    """A learner who has done every lesson of a certificate course but the last one."""
    course = make_course(lessons=3, certificate=True, slug="todistuskurssi")
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    learner = make_user("melkein", first_name="Milla", last_name="Melkein")
    for lesson in lessons[:2]:
        progress.complete_step(learner, lesson, course=course)
    progress.stored_course_steps([course])
    return course, lessons, learner


def assert_completed_like_complete_step(learner, course, client):
    enrollment = Enrollment.objects.get(learner=learner, course_key=course.translation_key)
    assert enrollment.steps_done == 2 == fresh(learner, course)
    assert enrollment.completed_at is not None
    assert progress.course_progress(learner, course).is_complete
    # Issued by the recount itself, not lazily by the certificate page below.
    assert Certificate.objects.filter(learner=learner, course_key=course.translation_key).count() == 1
    client.force_login(learner)
    assert client.get(reverse("certificate", kwargs={"course_key": course.translation_key})).status_code == 200


@pytest.mark.django_db
def test_unpublishing_the_only_step_left_completes_the_course_with_a_certificate(learner_one_step_short, client):
    course, lessons, learner = learner_one_step_short
    lessons[2].unpublish()
    assert_completed_like_complete_step(learner, course, client)


@pytest.mark.django_db
def test_deleting_the_only_step_left_completes_the_course_with_a_certificate(learner_one_step_short, client):
    course, lessons, learner = learner_one_step_short
    lessons[2].delete()
    assert_completed_like_complete_step(learner, course, client)


@pytest.mark.django_db
def test_a_recount_keeps_an_earlier_completion_date_and_completes_no_one_unfinished(
    learner_one_step_short, make_user
):
    course, lessons, learner = learner_one_step_short
    finished = make_user("valmis")
    for lesson in lessons:
        progress.complete_step(finished, lesson, course=course)
    first_date = Enrollment.objects.get(learner=finished).completed_at
    beginner = make_user("aloittelija")
    progress.complete_step(beginner, lessons[0], course=course)
    lessons[2].unpublish()
    assert Enrollment.objects.get(learner=finished).completed_at == first_date
    assert Enrollment.objects.get(learner=beginner).completed_at is None
    assert not Certificate.objects.filter(learner=beginner).exists()
    assert Certificate.objects.filter(course_key=course.translation_key).count() == 2


@pytest.mark.django_db
def test_unpublishing_every_step_completes_nobody(learner_one_step_short):
    course, lessons, learner = learner_one_step_short
    for lesson in lessons:
        lesson.refresh_from_db()
        lesson.unpublish()
    assert Enrollment.objects.get(learner=learner).completed_at is None
    assert not Certificate.objects.exists()


@pytest.mark.django_db
def test_learners_the_old_recount_left_uncompleted_are_completed_by_the_data_migration(
    learner_one_step_short, make_user, client
):
    course, lessons, learner = learner_one_step_short
    halfway = make_user("puolivalissa")
    progress.complete_step(halfway, lessons[0], course=course)
    lessons[2].unpublish()
    # What the recount did before it completed enrolments: every step counted, no date, no certificate.
    Enrollment.objects.filter(learner=learner).update(completed_at=None)
    Certificate.objects.all().delete()
    migration = importlib.import_module("courses.migrations.0005_complete_recounted_enrollments")
    migration.complete_recounted_enrollments(apps, None)
    recounted_at = CourseSteps.objects.get(course_key=course.translation_key).updated_at
    assert Enrollment.objects.get(learner=learner).completed_at == recounted_at
    assert Enrollment.objects.get(learner=halfway).completed_at is None
    client.force_login(learner)
    assert client.get(reverse("certificate", kwargs={"course_key": course.translation_key})).status_code == 200


@pytest.mark.django_db
def test_best_score_only_rises(make_course, make_user):
    course = make_course(lessons=1)
    learner = make_user("paras")
    progress.enrol(learner, course)
    for score in (40, 80, 60):
        progress.record_quiz_score(learner, course.translation_key, score)
    assert Enrollment.objects.get(learner=learner).best_score == 80


@pytest.mark.postgres
@pytest.mark.skipif(
    "postgresql" not in settings.DATABASES["default"]["ENGINE"], reason="needs PostgreSQL (DATABASE_URL)"
)
def test_steps_completed_at_the_same_instant_are_all_counted(transactional_db, make_course, make_user):
    """Without the row lock both transactions would count from the same old figure and store 1."""
    course = make_course(lessons=6)
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    learner = make_user("samaan-aikaan")
    progress.enrol(learner, course)
    barrier = threading.Barrier(len(lessons))
    errors = []

    def complete(lesson):
        try:
            barrier.wait()
            progress.complete_step(learner, lesson, course=course)
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=complete, args=(lesson,)) for lesson in lessons]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert stored(learner, course) == len(lessons) == fresh(learner, course)
    assert Enrollment.objects.get(learner=learner).completed_at is not None
