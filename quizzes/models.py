"""Quiz pages, attempts and answers (docs/design.md, ideas 4, 5 and 8).

Attempts and answers are keyed by translation_key and StreamField block ids, never page ids, so
an attempt in Arabic and one in Finnish count toward the same question statistics. Each Answer
keeps a snapshot of what the learner saw, so editing a quiz never rewrites history.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from courses.models import STEP_PARENT_TYPES, CourseStepMixin
from home.models import IntroPage

from .blocks import QuestionStreamBlock
from .panels import OpenAttemptsPanel


class FeedbackMode(models.TextChoices):
    EACH = "each", _("After each question")
    END = "end", _("At the end")


class QuizPage(CourseStepMixin, IntroPage):
    """A quiz: a step of a course like a lesson. Passing it completes the step."""

    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"), default=80)
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), null=True, blank=True, help_text=_("Leave blank for unlimited attempts.")
    )
    feedback_mode = models.CharField(
        _("feedback"), max_length=10, choices=FeedbackMode.choices, default=FeedbackMode.EACH
    )
    shuffle_choices = models.BooleanField(_("shuffle choices"), default=False)
    questions = StreamField(QuestionStreamBlock(), use_json_field=True, verbose_name=_("questions"))

    content_panels = IntroPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("attempts_allowed"),
                FieldPanel("feedback_mode"),
                FieldPanel("shuffle_choices"),
            ],
            heading=_("Rules"),
        ),
        OpenAttemptsPanel(heading=_("Learners are taking this quiz")),
        FieldPanel("questions"),
    ]
    search_fields = IntroPage.search_fields
    parent_page_types = STEP_PARENT_TYPES
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def serve(self, request, *args, **kwargs):
        """Wagtail's serve with the learner's go at the quiz in the context (quizzes/state.py, which reads
        this module, hence the import here). Answers are posted to quizzes.views."""
        from .state import quiz_page_context

        return TemplateResponse(request, self.get_template(request, *args, **kwargs), quiz_page_context(self, request))


class QuizAttempt(models.Model):
    """One go at a quiz by a signed-in learner, in one language, against one revision of the page."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts", verbose_name=_("learner")
    )
    # The learner's profile joined straight on learner_id (no column): see Enrollment.learner_profile.
    learner_profile = models.ForeignObject(
        "learners.LearnerProfile", on_delete=models.DO_NOTHING, from_fields=["learner"], to_fields=["user"],
        related_name="+", editable=False,
    )
    quiz_key = models.UUIDField(_("quiz"))
    course_key = models.UUIDField(_("course"))
    locale = models.CharField(_("language"), max_length=20)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    score = models.PositiveSmallIntegerField(_("score (%)"), null=True, blank=True)
    passed = models.BooleanField(_("passed"), default=False)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        constraints = [
            # At most one unfinished attempt per learner and quiz, so two tabs never start two.
            models.UniqueConstraint(
                fields=["learner", "quiz_key"], condition=Q(finished_at__isnull=True), name="one_open_attempt"
            )
        ]
        indexes = [
            models.Index(fields=["quiz_key"]),
            models.Index(fields=["learner", "course_key"]),
        ]

    def __str__(self):
        return f"{self.learner} / {self.quiz_key} / {self.started_at:%Y-%m-%d %H:%M}"


class Answer(models.Model):
    """A learner's answer to one question of one attempt, with a snapshot of what was shown."""

    # No index of its own: unique_answer_per_question starts with the attempt, and on PostgreSQL the
    # question analysis reads a covering index (migration 0004) instead of the wide rows.
    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="answers", db_index=False)
    question_id = models.CharField(_("question"), max_length=64)
    chosen = models.JSONField(_("chosen"), default=list)
    correct = models.BooleanField(_("correct"), default=False)
    snapshot = models.JSONField(_("as shown"), default=dict)
    answered_at = models.DateTimeField(_("answered"), auto_now_add=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [models.UniqueConstraint(fields=["attempt", "question_id"], name="unique_answer_per_question")]
        indexes = [models.Index(fields=["question_id"])]

    def __str__(self):
        return f"{self.attempt_id} / {self.question_id}"
