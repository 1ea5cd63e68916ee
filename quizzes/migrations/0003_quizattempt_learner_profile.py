# QuizAttempt.learner_profile is a relation without a column of its own: no SQL runs.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("learners", "0004_trainers_from_trainers_group"),
        ("quizzes", "0002_backfill_best_score"),
    ]

    operations = [
        migrations.AddField(
            model_name="quizattempt",
            name="learner_profile",
            field=models.ForeignObject(
                editable=False, from_fields=["learner"], on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+", to="learners.learnerprofile", to_fields=["user"],
            ),
        ),
    ]
