"""Demo progress and the load seeder: both write the same rows the progress API writes, and both can run twice."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from courses.models import Enrollment, StepCompletion
from courses.progress import course_progress
from learners import demo as learners_demo
from quizzes.models import Answer, QuizAttempt
from reports import demo as reports_demo


@pytest.mark.django_db
def test_demo_progress_tolerates_a_site_without_courses(home_page):
    learners_demo.load()
    reports_demo.load()
    assert get_user_model().objects.filter(username__startswith="demo-learner-").count() == 40
    assert not Enrollment.objects.exists()


@pytest.mark.django_db
def test_demo_progress_is_deterministic_idempotent_and_matches_the_progress_api(make_course):
    course = make_course(lessons=3)
    learners_demo.load()
    reports_demo.load()
    first = sorted(Enrollment.objects.values_list("learner__username", "completed_at"))
    completions = StepCompletion.objects.count()
    reports_demo.load()
    assert sorted(Enrollment.objects.values_list("learner__username", "completed_at")) == first
    assert StepCompletion.objects.count() == completions
    assert len(first) > 40  # one to three courses each (here one course), plus demo-learner
    demo_learner = get_user_model().objects.get(username="demo-learner")
    progress = course_progress(demo_learner, course)
    assert progress.enrolled and not progress.is_complete
    # A learner marked complete by the demo has every live step done, as complete_step would leave it.
    done = Enrollment.objects.filter(completed_at__isnull=False).select_related("learner").first()
    assert course_progress(done.learner, course).done == 3


@pytest.mark.django_db
def test_seed_load_adds_learners_courses_progress_and_answers_in_bulk(home_page):
    call_command("seed_load", learners=12, courses=2, verbosity=0)
    User = get_user_model()
    assert User.objects.filter(username__regex=r"^seed-\d+$").count() == 12
    assert Enrollment.objects.filter(learner__username__startswith="seed-0").exists()
    assert QuizAttempt.objects.exists() == Answer.objects.exists()
    call_command("seed_load", learners=15, courses=2, verbosity=0)  # tops up, never duplicates
    assert User.objects.filter(username__regex=r"^seed-\d+$").count() == 15
    assert StepCompletion.objects.values("learner", "step_key").distinct().count() == StepCompletion.objects.count()
