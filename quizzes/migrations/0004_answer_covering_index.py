"""The question analysis reads answers from a covering index, not from the table.

An Answer row carries the snapshot of the question as shown, so the table is wide (about 670 bytes
a row, 390 MB at 570,000 answers) and a report scanning it read all of that to count a few
columns. On PostgreSQL this index holds every column the analysis needs, so it scans the index
alone (about a fifth of the size). Django can declare covering indexes only where the database
supports them, and declaring one in Meta warns on SQLite (models.W040), so it is created here on
PostgreSQL only. The attempt's own foreign key index goes: unique_answer_per_question starts with
the attempt and serves those lookups, so an answer still updates the same number of indexes.
"""

import django.db.models.deletion
from django.db import migrations, models

INDEX = "quizzes_answer_analysis_idx"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON quizzes_answer (attempt_id, question_id) "
            "INCLUDE (correct, chosen, id)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):

    dependencies = [
        ("quizzes", "0003_quizattempt_learner_profile"),
    ]

    operations = [
        migrations.AlterField(
            model_name="answer",
            name="attempt",
            field=models.ForeignKey(
                db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name="answers",
                to="quizzes.quizattempt",
            ),
        ),
        migrations.RunPython(create_index, drop_index),
    ]
