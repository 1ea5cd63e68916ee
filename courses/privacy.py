"""What this app stores about a learner, for their "My data" export (the learners app collects it)."""

from django.conf import settings

from .models import Certificate, CoursePage, Enrollment, StepCompletion


def _iso(value):
    return value.isoformat() if value else None


def export(user):
    """The learner's enrolments, completed steps and certificates, JSON-serialisable."""
    enrollments = list(Enrollment.objects.filter(learner=user).order_by("started_at"))
    keys = {e.course_key for e in enrollments}
    titles = {}
    for page in CoursePage.objects.filter(translation_key__in=keys).select_related("locale"):
        # The default language's title wins; another translation's only when there is none.
        if page.locale.language_code == settings.LANGUAGE_CODE or page.translation_key not in titles:
            titles[page.translation_key] = page.title
    return {
        "enrolments": [
            {
                "course": titles.get(e.course_key, ""),
                "course_key": str(e.course_key),
                "started_at": _iso(e.started_at),
                "completed_at": _iso(e.completed_at),
                "last_activity_at": _iso(e.last_activity_at),
            }
            for e in enrollments
        ],
        "completed_steps": [
            {
                "course_key": str(c.course_key),
                "step_key": str(c.step_key),
                "completed_at": _iso(c.completed_at),
                "score": c.score,
            }
            for c in StepCompletion.objects.filter(learner=user).order_by("completed_at")
        ],
        "certificates": [
            {
                "course": titles.get(c.course_key, ""),
                "course_key": str(c.course_key),
                "code": c.code,
                "issued_at": _iso(c.issued_at),
            }
            for c in Certificate.objects.filter(learner=user).order_by("issued_at")
        ],
    }
