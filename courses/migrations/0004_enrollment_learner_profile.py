# Enrollment.learner_profile is a relation without a column of its own: no SQL runs.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("courses", "0003_stored_progress"),
        ("learners", "0004_trainers_from_trainers_group"),
    ]

    operations = [
        migrations.AddField(
            model_name="enrollment",
            name="learner_profile",
            field=models.ForeignObject(
                editable=False, from_fields=["learner"], on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+", to="learners.learnerprofile", to_fields=["user"],
            ),
        ),
    ]
