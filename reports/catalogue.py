"""The courses a report talks about: title in the reader's language and live steps, read once per request.

Reports annotate thousands of Enrollment rows with a course title and a step total. Both are
constants per course, so they are read here once (a fixed number of queries, whatever the number
of learners) and placed in the SQL as `CASE course_key WHEN ... THEN ...` values. Step totals come
from the progress API's stored `CourseSteps` (`courses.progress.stored_course_steps`), the same
set of live steps each enrolment's stored `steps_done` was counted against: an unpublished lesson
is no longer a step, in the report as in the learner's own outline.
"""

from dataclasses import dataclass, field
from uuid import UUID

from django.conf import settings
from django.db.models import Case, CharField, IntegerField, Value, When
from django.utils.translation import get_language

from courses.models import CoursePage
from courses.progress import stored_course_steps


@dataclass
class CourseInfo:
    key: UUID
    title: str
    step_keys: list[UUID] = field(default_factory=list)
    path: str = ""

    @property
    def total(self):
        return len(self.step_keys)


@dataclass
class Catalogue:
    """Every live course (one entry per translation_key), in catalogue tree order."""

    courses: list[CourseInfo]

    def __post_init__(self):
        self.by_key = {course.key: course for course in self.courses}

    def choices(self):
        return [(str(course.key), course.title) for course in self.courses]

    def title_expression(self, default=""):
        """SQL CASE giving each Enrollment row its course's title."""
        whens = [When(course_key=c.key, then=Value(c.title)) for c in self.courses]
        if not whens:
            return Value(default, output_field=CharField())
        return Case(*whens, default=Value(default), output_field=CharField())

    def total_expression(self):
        """SQL CASE giving each Enrollment row its course's number of live steps."""
        whens = [When(course_key=c.key, then=Value(c.total)) for c in self.courses]
        if not whens:
            return Value(0, output_field=IntegerField())
        return Case(*whens, default=Value(0), output_field=IntegerField())


def _language(code):
    codes = {code for code, _name in settings.LANGUAGES}
    code = (code or "").split("-")[0]
    return code if code in codes else settings.LANGUAGE_CODE


def build_catalogue(language=None):
    """Read every live course once: three queries at most, however many courses and learners."""
    language = _language(language or get_language())
    pages = list(CoursePage.objects.live().select_related("locale").order_by("path"))
    canonical, titles = {}, {}
    for page in pages:
        code = page.locale.language_code
        key = page.translation_key
        if key not in canonical or code == settings.LANGUAGE_CODE:
            canonical[key] = page
        if code == language:
            titles[key] = page.title
    steps = stored_course_steps(list(canonical.values()))
    courses = [
        CourseInfo(
            key=key,
            title=titles.get(key, page.title),
            step_keys=[UUID(step) for step in steps[key].step_keys],
            path=page.path,
        )
        for key, page in canonical.items()
    ]
    courses.sort(key=lambda course: course.path)
    return Catalogue(courses)


def catalogue_for(request):
    """The catalogue, built once per request (filters and the view both ask for it)."""
    if not hasattr(request, "_reports_catalogue"):
        request._reports_catalogue = build_catalogue()
    return request._reports_catalogue
