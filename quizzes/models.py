"""Quiz pages, attempts and answers. (Skeleton: the quizzes issue builds the rest.)"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from courses.models import STEP_PARENT_TYPES, CourseStepMixin
from home.models import BasePage


class QuizPage(CourseStepMixin, BasePage):
    """A quiz: a step of a course like a lesson."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = STEP_PARENT_TYPES
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
