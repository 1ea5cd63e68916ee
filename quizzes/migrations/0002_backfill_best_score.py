"""Fill the new `Enrollment.best_score` from the quiz attempts already stored (one UPDATE).

`steps_done` needs no backfill here: a course without a `CourseSteps` row is counted again in
full the first time a report or a publish asks for it (courses.progress.stored_course_steps).
"""

from django.db import migrations
from django.db.models import IntegerField, Max, OuterRef, Subquery


def backfill(apps, schema_editor):
    Enrollment = apps.get_model("courses", "Enrollment")
    QuizAttempt = apps.get_model("quizzes", "QuizAttempt")
    best = (
        QuizAttempt.objects.filter(
            learner=OuterRef("learner_id"), course_key=OuterRef("course_key"), finished_at__isnull=False
        )
        .order_by()
        .values("learner")
        .annotate(best=Max("score"))
        .values("best")[:1]
    )
    Enrollment.objects.update(best_score=Subquery(best, output_field=IntegerField()))


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0001_initial"),
        ("courses", "0003_stored_progress"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
