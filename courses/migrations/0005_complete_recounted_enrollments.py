# Data only: complete the enrolments that a stored-progress recount brought to every live step
# without completing them (the recount set steps_done only). Until then such a learner had all steps done,
# no completion date and no certificate, and now the reports (which read completed_at alone)
# would show them In progress for ever: no step is left for them to complete.

from django.db import migrations


def complete_recounted_enrollments(apps, schema_editor):
    """Set completed_at to the moment the course's steps were last recounted (CourseSteps.updated_at),
    the moment the learner's count reached the total (had a step of their own done it later,
    complete_step would have completed them then). The certificate of a course that grants one
    is issued when the learner opens it (courses.certificates.certificate_for does so for every
    completed enrolment without one)."""
    CourseSteps = apps.get_model("courses", "CourseSteps")
    Enrollment = apps.get_model("courses", "Enrollment")
    for row in CourseSteps.objects.iterator():
        if not row.step_keys:  # a course without live steps completes nobody
            continue
        Enrollment.objects.filter(
            course_key=row.course_key, completed_at__isnull=True, steps_done__gte=len(row.step_keys)
        ).update(completed_at=row.updated_at)


class Migration(migrations.Migration):

    dependencies = [
        ("courses", "0004_enrollment_learner_profile"),
    ]

    operations = [
        migrations.RunPython(complete_recounted_enrollments, migrations.RunPython.noop),
    ]
