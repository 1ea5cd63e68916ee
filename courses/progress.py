"""The one progress API (docs/design.md, idea 3): enrol, complete a step, read progress.

Everything is keyed by `translation_key`, so progress never depends on the language a
page was read in. A course's steps are the live pages marked `is_course_step` under the
course, in tree order; they are read from the course's default-language tree when it has
one, so a half-translated course does not count fewer steps in Arabic than in Finnish.
Nothing else writes progress rows: `quizzes` calls `complete_step` when an attempt passes
and `record_quiz_score` when one finishes.

`Enrollment.steps_done` and `best_score` are stored copies for the staff reports. They are
written here only: `complete_step` counts the live steps done under a lock on the enrolment,
and `refresh_course_steps` (run by courses/signals.py when pages are published, unpublished,
moved or deleted) counts again for a whole course when its set of live steps has changed.
Either way a learner who has done every live step is completed by `complete_courses`, the one
place that sets `completed_at` and issues the certificate.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from uuid import UUID

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Page, get_page_models

from .certificates import course_grants_certificate
from .models import Certificate, CoursePage, CourseSteps, Enrollment, StepCompletion

VISIT_QUIET_PERIOD = timedelta(minutes=5)


@cache
def step_models():
    """Every page model that is a course step (lessons, quizzes)."""
    return tuple(m for m in get_page_models() if getattr(m, "is_course_step", False))


def step_content_type_ids():
    return [ct.pk for ct in ContentType.objects.get_for_models(*step_models()).values()]


def course_steps(course):
    """The live steps of `course`, in tree order, with one query (specific types not loaded)."""
    return list(
        Page.objects.live()
        .descendant_of(course)
        .filter(content_type_id__in=step_content_type_ids())
        .order_by("path")
    )


@dataclass
class Progress:
    """One learner's progress in one course, as the course outline and "My courses" show it."""

    course_key: UUID
    step_keys: list[UUID]
    done_keys: set[UUID] = field(default_factory=set)
    started_at: datetime | None = None
    completed_at: datetime | None = None
    last_step_key: UUID | None = None

    @property
    def total(self):
        return len(self.step_keys)

    @property
    def done(self):
        return sum(1 for key in self.step_keys if key in self.done_keys)

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def enrolled(self):
        return self.started_at is not None

    @property
    def is_complete(self):
        return self.completed_at is not None

    @property
    def next_step_key(self):
        """The first step not yet done, in course order (None when all are done)."""
        return next((key for key in self.step_keys if key not in self.done_keys), None)

    def is_done(self, step_key):
        return step_key in self.done_keys


def enrol(learner, course, lock=False):
    """Enrol `learner` in `course` (any language); returns the Enrollment. Safe to repeat.

    `lock` (inside a transaction) holds the enrolment row until commit, so two steps completed
    at the same instant are counted one after the other, never both from the same old count.
    """
    course_key = course.translation_key
    existing = Enrollment.objects.filter(learner=learner, course_key=course_key)
    enrollment = (existing.select_for_update() if lock else existing).first()
    if enrollment:
        return enrollment
    try:
        with transaction.atomic():
            return Enrollment.objects.create(learner=learner, course_key=course_key)
    except IntegrityError:  # a concurrent request enrolled first
        return (existing.select_for_update() if lock else existing).get()


def record_visit(learner, step, course):
    """A learner opened a step: enrol on first visit and remember it as the last step.

    A reload of the same step within a few minutes writes nothing (a page view is not news).
    """
    enrollment = enrol(learner, course)
    now = timezone.now()
    if enrollment.last_step_key == step.translation_key and now - enrollment.last_activity_at < VISIT_QUIET_PERIOD:
        return enrollment
    Enrollment.objects.filter(pk=enrollment.pk).update(last_step_key=step.translation_key, last_activity_at=now)
    enrollment.last_step_key, enrollment.last_activity_at = step.translation_key, now
    return enrollment


@transaction.atomic
def complete_step(learner, step, course=None, score=None):
    """Mark `step` done for `learner`; complete the course when every live step is done.

    Idempotent: a second call for the same step stores nothing new (the unique constraint
    decides under concurrency). A higher quiz score replaces a lower one. Returns the
    course's Progress after the change.
    """
    course = course or step.get_course()
    enrollment = enrol(learner, course, lock=True)
    try:
        with transaction.atomic():
            StepCompletion.objects.create(
                learner=learner, course_key=course.translation_key, step_key=step.translation_key, score=score
            )
    except IntegrityError:
        if score is not None:
            StepCompletion.objects.filter(
                learner=learner, step_key=step.translation_key, score__lt=score
            ).update(score=score)
    now = timezone.now()
    progress = progress_for_courses(learner, [course], enrollments=[enrollment])[course.translation_key]
    Enrollment.objects.filter(pk=enrollment.pk).update(
        last_step_key=step.translation_key, last_activity_at=now, steps_done=progress.done
    )
    if progress.total and progress.done == progress.total and not progress.completed_at:
        newly_completed = complete_courses(course.translation_key, Enrollment.objects.filter(pk=enrollment.pk), now)
        progress.completed_at = (
            now
            if newly_completed
            else Enrollment.objects.values_list("completed_at", flat=True).get(pk=enrollment.pk)
        )
    return progress


def complete_courses(course_key, enrollments, now=None):
    """Complete one course for `enrollments` (of that course): the completion date, then the certificate.

    The only place a course becomes complete, whether the learner's last step did it
    (`complete_step`) or an editor did, by unpublishing, moving or deleting the only steps a
    learner had left (`recount_steps_done`): the learner's outline, the certificate and the
    reports all go by `completed_at`, so it must never be missing when every step is done.
    Set once: an enrolment completed before keeps its date, and rows are locked until commit, so a
    concurrent call completes nobody twice. Certificates of a course that grants them are written
    in one INSERT; if a rare code clash drops one, `certificates.certificate_for` issues it when
    the learner opens it (it does so for any completed enrolment without one).
    Returns the learner ids completed now.
    """
    with transaction.atomic():
        pending = dict(
            enrollments.filter(course_key=course_key, completed_at__isnull=True)
            .select_for_update()
            .values_list("pk", "learner_id")
        )
        if not pending:
            return []
        Enrollment.objects.filter(pk__in=list(pending)).update(completed_at=now or timezone.now())
        learner_ids = list(pending.values())
        if course_grants_certificate(course_key):
            Certificate.objects.bulk_create(
                [Certificate(learner_id=learner_id, course_key=course_key) for learner_id in learner_ids],
                ignore_conflicts=True,
            )
    return learner_ids


def record_quiz_score(learner, course_key, score):
    """Keep the enrolment's best quiz score (any quiz of the course, passed or not).

    One UPDATE that only ever raises the figure, so replays and concurrent finishes are harmless.
    The enrolment exists: opening a quiz records the visit, which enrols.
    """
    Enrollment.objects.filter(learner=learner, course_key=course_key).filter(
        Q(best_score__isnull=True) | Q(best_score__lt=score)
    ).update(best_score=score)


def refresh_course_steps(courses):
    """Bring `CourseSteps` and every learner's `steps_done` up to date with the live page tree.

    `courses` may be in any language. A course whose set of live steps is unchanged costs two
    queries and writes nothing; one that changed gets a single UPDATE over its enrolments.
    Returns the translation_keys of the courses whose steps changed.
    """
    canonical = _canonical_courses(list(courses))
    current = _step_keys_for(canonical.values())
    stored = {row.course_key: row for row in CourseSteps.objects.filter(course_key__in=current.keys())}
    changed = []
    for course_key, step_keys in current.items():
        as_text = [str(key) for key in step_keys]
        row = stored.get(course_key)
        if row is not None and row.step_keys == as_text:
            continue
        CourseSteps.objects.update_or_create(course_key=course_key, defaults={"step_keys": as_text})
        if row is None or set(row.step_keys) != set(as_text):
            recount_steps_done(course_key, step_keys)
            changed.append(course_key)
    return changed


def recount_steps_done(course_key, step_keys):
    """Count again, in one UPDATE, the live steps every learner of one course has done.

    A learner who has now done every live step completes the course, exactly as their last
    step would have completed it (`complete_courses`).
    """
    done = (
        StepCompletion.objects.filter(
            learner=OuterRef("learner_id"), course_key=course_key, step_key__in=list(step_keys) or [None]
        )
        .order_by()
        .values("learner")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    enrollments = Enrollment.objects.filter(course_key=course_key)
    enrollments.update(steps_done=Coalesce(Subquery(done), 0, output_field=IntegerField()))
    if step_keys:
        complete_courses(course_key, enrollments.filter(steps_done__gte=len(step_keys)))


def stored_course_steps(courses):
    """The `CourseSteps` of canonical `courses` by translation_key, created for any course that has none.

    The reports read step totals here, so a total always matches the stored `steps_done` counts.
    """
    keys = [course.translation_key for course in courses]
    rows = {row.course_key: row for row in CourseSteps.objects.filter(course_key__in=keys)}
    missing = [course for course in courses if course.translation_key not in rows]
    if missing:
        refresh_course_steps(missing)
        rows.update({row.course_key: row for row in CourseSteps.objects.filter(course_key__in=keys)})
    return rows


def course_progress(learner, course):
    """Progress of one learner in one course (at most four queries)."""
    return progress_for_courses(learner, [course])[course.translation_key]


def progress_for_courses(learner, courses, enrollments=None):
    """Progress of one learner in many courses at once, keyed by course translation_key.

    Batched for dashboards and the catalogue: a fixed number of queries whatever the number
    of courses or steps. A caller that already holds the learner's `enrollments` of these
    courses passes them and saves a query.
    """
    courses = list(courses)
    canonical = _canonical_courses(courses)
    steps_by_course = _step_keys_for(canonical.values())
    result = {
        c.translation_key: Progress(course_key=c.translation_key, step_keys=steps_by_course[c.translation_key])
        for c in courses
    }
    return attach_learner_progress(learner, result, enrollments)


def attach_learner_progress(learner, result, enrollments=None):
    """Fill in `learner`'s enrolment and completions for Progress objects keyed by course key.

    Two queries; one when the caller already holds the learner's `enrollments` of these courses.
    """
    if not getattr(learner, "is_authenticated", False) or not result:
        return result
    if enrollments is None:
        enrollments = Enrollment.objects.filter(learner=learner, course_key__in=result.keys())
    for enrollment in enrollments:
        p = result[enrollment.course_key]
        p.started_at = enrollment.started_at
        p.completed_at = enrollment.completed_at
        p.last_step_key = enrollment.last_step_key
    completions = StepCompletion.objects.filter(learner=learner, course_key__in=result.keys()).values_list(
        "course_key", "step_key"
    )
    for course_key, step_key in completions:
        result[course_key].done_keys.add(step_key)
    return result


def _canonical_courses(courses):
    """Map each course's translation_key to its default-language page (one query)."""
    canonical = {c.translation_key: c for c in courses}
    foreign = [c.translation_key for c in courses if c.locale.language_code != settings.LANGUAGE_CODE]
    if foreign:
        for page in CoursePage.objects.live().filter(
            translation_key__in=foreign, locale__language_code=settings.LANGUAGE_CODE
        ):
            canonical[page.translation_key] = page
    return canonical


def _step_keys_for(courses):
    """Step translation_keys per course, in tree order, for many courses in one query."""
    courses = list(courses)
    keys = {c.translation_key: [] for c in courses}
    if not courses:
        return keys
    by_prefix = sorted(((c.path, c.translation_key) for c in courses), key=lambda item: -len(item[0]))
    condition = Q()
    for course in courses:
        condition |= Q(path__startswith=course.path, depth__gt=course.depth)
    rows = (
        Page.objects.live()
        .filter(condition, content_type_id__in=step_content_type_ids())
        .order_by("path")
        .values_list("path", "translation_key")
    )
    for path, key in rows:
        for prefix, course_key in by_prefix:
            if path.startswith(prefix):
                keys[course_key].append(key)
                break
    return keys
