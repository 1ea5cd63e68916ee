"""Filter forms of the reports (django-filter, through Wagtail's WagtailFilterSet).

Every choice list is scoped to what the viewer may see (learners.visibility.organisations_in_scope
and cohorts_in_scope): an organisation or cohort outside the viewer's scope is not a valid choice,
so asking for it gives a form error and an empty result, never another organisation's rows. A
course id that is not a live course is an invalid choice too.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from courses.models import Enrollment
from learners.models import Cohort, Organisation
from learners.visibility import cohorts_in_scope, organisations_in_scope
from quizzes.models import Answer

from .catalogue import catalogue_for
from .queries import COMPLETED, IN_PROGRESS

STATUS_CHOICES = [(IN_PROGRESS, _("In progress")), (COMPLETED, _("Completed"))]


def scoped_organisations(request):
    if request is None:
        return Organisation.objects.none()
    return organisations_in_scope(request.user)


def scoped_cohorts(request):
    if request is None:
        return Cohort.objects.none()
    return cohorts_in_scope(request.user).select_related("organisation")


class CourseFilter(django_filters.ChoiceFilter):
    """A live course, by translation_key (any language's page shares it)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label", _("Course"))
        kwargs.setdefault("empty_label", _("All"))
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value in ("", None):
            return qs
        return qs.filter(**{self.field_name: value})


class CourseChoicesMixin:
    """Fill the course choices from the request's catalogue (titles in the viewer's language)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["course"].extra["choices"] = catalogue_for(self.request).choices() if self.request else []


class CompletionFilterSet(CourseChoicesMixin, WagtailFilterSet):
    course = CourseFilter(field_name="course_key")
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), field_name="learner_profile__organisation", queryset=scoped_organisations,
    )
    cohort = django_filters.ModelChoiceFilter(
        label=_("Cohort"), field_name="learner_profile__cohorts", queryset=scoped_cohorts,
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=STATUS_CHOICES, field_name="status", widget=forms.RadioSelect, empty_label=_("All"),
    )
    started = django_filters.DateFromToRangeFilter(
        label=_("Started"), field_name="started_at", widget=DateRangePickerWidget,
    )
    completed = django_filters.DateFromToRangeFilter(
        label=_("Completed"), field_name="completed_at", widget=DateRangePickerWidget,
    )

    class Meta:
        model = Enrollment
        fields = []


class OverviewFilterSet(CourseChoicesMixin, WagtailFilterSet):
    course = CourseFilter(field_name="course_key")
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), field_name="learner_profile__organisation", queryset=scoped_organisations,
    )
    started = django_filters.DateFromToRangeFilter(
        label=_("Started"), field_name="started_at", widget=DateRangePickerWidget,
    )

    class Meta:
        model = Enrollment
        fields = []


class QuestionFilterSet(CourseChoicesMixin, WagtailFilterSet):
    course = CourseFilter(field_name="attempt__course_key")
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), field_name="attempt__learner_profile__organisation", queryset=scoped_organisations,
    )

    class Meta:
        model = Answer
        fields = []
