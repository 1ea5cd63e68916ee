"""Learner snippets keep their admin log apart from Wagtail's shared ModelLogEntry, so that the
admin's history shows a learner's changes only to staff whose scope holds that learner.

Entries logged before this migration sit in ModelLogEntry, whose site history rule (any permission on the
model) would keep showing them to every Trainer; they move to LearnerLogEntry, whose rule is the scope.
Unapplying moves them back.
"""

import django.core.serializers.json
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


LEARNER_MODELS = ["organisation", "cohort", "learnerprofile"]
FIELDS = [
    "content_type_id", "object_id", "label", "action", "data", "timestamp", "uuid", "user_id", "revision_id",
    "content_changed", "deleted",
]


def move_entries(apps, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    source = apps.get_model(*source)
    target = apps.get_model(*target)
    entries = source.objects.filter(
        content_type__in=ContentType.objects.filter(app_label="learners", model__in=LEARNER_MODELS),
    )
    target.objects.bulk_create(
        (target(**{field: getattr(entry, field) for field in FIELDS}) for entry in entries.iterator()),
        batch_size=500,
    )
    entries.delete()


def to_learners_log(apps, schema_editor):
    move_entries(apps, ("wagtailcore", "ModelLogEntry"), ("learners", "LearnerLogEntry"))


def to_wagtails_log(apps, schema_editor):
    move_entries(apps, ("learners", "LearnerLogEntry"), ("wagtailcore", "ModelLogEntry"))


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('learners', '0004_trainers_from_trainers_group'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='LearnerLogEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('label', models.TextField()),
                ('action', models.CharField(blank=True, db_index=True, max_length=255)),
                ('data', models.JSONField(blank=True, default=dict, encoder=django.core.serializers.json.DjangoJSONEncoder)),
                ('timestamp', models.DateTimeField(db_index=True, verbose_name='timestamp (UTC)')),
                ('uuid', models.UUIDField(blank=True, editable=False, help_text='Log entries that happened as part of the same user action are assigned the same UUID', null=True)),
                ('content_changed', models.BooleanField(db_index=True, default=False)),
                ('deleted', models.BooleanField(default=False)),
                ('object_id', models.CharField(db_index=True, max_length=255)),
                ('content_type', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='contenttypes.contenttype', verbose_name='content type')),
                ('revision', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='wagtailcore.revision')),
                ('user', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'learner log entry',
                'verbose_name_plural': 'learner log entries',
                'ordering': ['-timestamp', '-id'],
                'abstract': False,
                'indexes': [models.Index(fields=['uuid', 'action', '-timestamp'], name='learners_le_uuid_247c15_idx')],
            },
        ),
        migrations.RunPython(to_learners_log, to_wagtails_log),
    ]
