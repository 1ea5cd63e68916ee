"""Courses as page trees, and the two tables that remember a learner's progress.

A course is `CoursePage` > `ModulePage` (optional) > `LessonPage` | `QuizPage`
(docs/design.md, idea 2). Progress rows store `translation_key`s, never page ids, so a learner
who switches language mid-course keeps every completed step (docs/design.md, idea 1).
"""

import secrets

from django.conf import settings
from django.db import models
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home import page_cache
from home.models import BasePage, IntroPage

from .blocks import LessonStreamBlock
from .plain_language import wants_plain_language

STEP_PARENT_TYPES = ["courses.CoursePage", "courses.ModulePage"]


class Audience(models.TextChoices):
    IMMIGRANTS = "immigrants", _("For immigrants")
    STAFF = "staff", _("For staff")


class CourseStepMixin:
    """Marks a page type as a step of a course (a lesson or a quiz).

    `courses.progress` finds a course's steps by this mark, so it never imports the
    quizzes app (imports point one way: quizzes -> courses).
    """

    is_course_step = True
    #: Whether "Mark as done" may complete this step. Quizzes complete only by passing.
    manual_completion = False

    def get_course(self):
        """The CoursePage this step belongs to, in the step's own language."""
        return (
            CoursePage.objects.live()
            .ancestor_of(self)
            .filter(locale_id=self.locale_id)
            .select_related("locale")
            .first()
        )


class CourseIndexPage(IntroPage):
    """The catalogue: every course, filterable by audience."""


    content_panels = IntroPage.content_panels
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        from .outline import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")


class CoursePage(BasePage):
    """One course: what it teaches, for whom, how long it takes; its children are the steps."""

    intro = models.TextField(_("introduction"))
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices)
    learning_outcomes = models.TextField(
        _("learning outcomes"), blank=True, help_text=_("One outcome per line.")
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=30)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    grants_certificate = models.BooleanField(_("grants a certificate"), default=False)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("audience"),
        FieldPanel("learning_outcomes"),
        FieldPanel("estimated_minutes"),
        FieldPanel("cover_image"),
        FieldPanel("grants_certificate"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("learning_outcomes"),
        index.FilterField("audience"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage", "courses.LessonPage", "quizzes.QuizPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @property
    def outcomes(self):
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        from .outline import build_outline

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = build_outline(self, request)
        return context


class ModulePage(IntroPage):
    """An optional group of lessons and quizzes inside a course."""


    content_panels = IntroPage.content_panels
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage"]

    def get_context(self, request, *args, **kwargs):
        from .outline import build_outline

        context = super().get_context(request, *args, **kwargs)
        course = CoursePage.objects.live().ancestor_of(self).filter(locale_id=self.locale_id).first()
        context["course"] = course
        context["outline"] = build_outline(course, request, module=self) if course else None
        return context

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")


class LessonPage(CourseStepMixin, IntroPage):
    """A lesson: blocks to read, an optional plain-language version, sources at the end."""

    body = StreamField(LessonStreamBlock(), use_json_field=True)
    plain_body = StreamField(
        LessonStreamBlock(),
        blank=True,
        use_json_field=True,
        verbose_name=_("plain-language version"),
        help_text=_("Optional: the same lesson in plain language (selkokieli)."),
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=5)

    content_panels = IntroPage.content_panels + [
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        FieldPanel("plain_body"),
    ]
    search_fields = IntroPage.search_fields + [index.SearchField("body")]
    parent_page_types = STEP_PARENT_TYPES
    subpage_types = []
    manual_completion = True

    def get_context(self, request, *args, **kwargs):
        from .outline import step_context

        context = super().get_context(request, *args, **kwargs)
        context.update(step_context(self, request))
        plain = bool(self.plain_body) and wants_plain_language(request)
        context["plain"] = plain
        context["body_html"], context["sources_html"] = self.rendered_body(request, plain)
        return context

    def rendered_body(self, request, plain):
        """The lesson's blocks and its sources as HTML, the same for every learner.

        Rendering the StreamField was the largest part of a lesson request, so it is kept in the
        page cache (home/page_cache.py) per language; never for a preview, which shows a draft.
        Sources come at the lesson's end, wherever the trainer placed them.
        """

        def render():
            body = self.plain_body if plain else self.body
            blocks = [block for block in body if block.block_type != "sources"]
            sources = [block for block in body if block.block_type == "sources"]
            return tuple(
                render_to_string("courses/_lesson_blocks.html", {"blocks": part, "page": self}, request=request)
                for part in (blocks, sources)
            )

        if getattr(request, "is_preview", False):
            return render()
        return page_cache.get_or_compute(request, ("lesson-body", self.pk, plain, get_language()), render)

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")


class Enrollment(models.Model):
    """A learner has started a course. Keyed by the course's translation_key (any language)."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    # The learner's profile joined straight on learner_id (no column of its own): staff reports
    # read the organisation and the visibility rule from it without passing through auth_user,
    # which at 100,000 learners was a third of the course overview's time.
    learner_profile = models.ForeignObject(
        "learners.LearnerProfile", on_delete=models.DO_NOTHING, from_fields=["learner"], to_fields=["user"],
        related_name="+", editable=False,
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    last_step_key = models.UUIDField(null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), auto_now=True)
    # Stored figures, kept by courses.progress only, so that staff reports over 100,000
    # learners read one row per enrolment instead of counting completions for each.
    steps_done = models.PositiveIntegerField(_("steps done"), default=0)
    best_score = models.PositiveSmallIntegerField(_("best quiz score (%)"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["learner", "course_key"], name="unique_enrollment")
        ]
        indexes = [
            models.Index(fields=["course_key", "completed_at"]),
            models.Index(fields=["started_at"]),
        ]

    def __str__(self):
        return f"{self.learner} / {self.course_key}"


class StepCompletion(models.Model):
    """A learner has completed one step (lesson or quiz) of a course.

    Never deleted when a lesson is unpublished or deleted: history stays; completion of the
    course counts only the steps that are live now (`courses.progress`).
    """

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="step_completions"
    )
    course_key = models.UUIDField(db_index=True)
    step_key = models.UUIDField()
    completed_at = models.DateTimeField(_("completed"), auto_now_add=True)
    score = models.PositiveSmallIntegerField(_("score (%)"), null=True, blank=True)

    class Meta:
        verbose_name = _("completed step")
        verbose_name_plural = _("completed steps")
        constraints = [
            models.UniqueConstraint(fields=["learner", "step_key"], name="unique_step_completion")
        ]
        indexes = [models.Index(fields=["learner", "course_key"])]

    def __str__(self):
        return f"{self.learner} / {self.step_key}"


class CourseSteps(models.Model):
    """The live steps a course had when its learners' `Enrollment.steps_done` were last counted.

    `courses.progress.refresh_course_steps` compares it with the page tree whenever pages are
    published, unpublished, moved or deleted, and counts every learner of the course again only
    when the set of steps really changed (a typo fix republished changes nothing here).
    """

    course_key = models.UUIDField(unique=True)
    step_keys = models.JSONField(default=list)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("course steps")
        verbose_name_plural = _("course steps")

    def __str__(self):
        return f"{self.course_key}: {len(self.step_keys)}"

    @property
    def total(self):
        return len(self.step_keys)


def new_certificate_code():
    """A verification code that is easy to read aloud and type: no 0/O, 1/I/L."""
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


class Certificate(models.Model):
    """Proof that a learner completed a course that grants a certificate.

    Issued once per learner and course (any language); the code lets an employer check it
    on a public page that shows only the name, the course and the date.
    """

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    code = models.CharField(_("verification code"), max_length=20, unique=True, default=new_certificate_code)
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(fields=["learner", "course_key"], name="unique_certificate")
        ]

    def __str__(self):
        return self.code
