"""The staff reports, on Wagtail's ReportView and its spreadsheet export (docs/design.md, idea 7).

Who may open a report is `learners.visibility.can_view_reports`; which rows they see is
`visible_learners`, applied inside every queryset in reports/queries.py. The export is Wagtail's
own SpreadsheetExportMixin (`?export=xlsx` / `?export=csv`) fed by the same filtered queryset
as the page, so a download always holds the page's rows (XLSX written by reports/spreadsheet.py,
CSV made safe for spreadsheets by home/spreadsheets.py).
"""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from home.spreadsheets import SafeCsvExportMixin
from learners.visibility import can_view_reports

from .catalogue import catalogue_for
from .filters import STATUS_CHOICES, CompletionFilterSet, OverviewFilterSet, QuestionFilterSet
from .queries import completion_rows, overview_rows, question_figures, scoped_answers, scoped_enrollments
from .questions import question_rows
from .spreadsheet import FastXlsxExportMixin

LANGUAGE_NAMES = dict(settings.LANGUAGES)
EXPORT_CHUNK = 2000


class StaffReportView(SafeCsvExportMixin, FastXlsxExportMixin, ReportView):
    """A report only `can_view_reports` users reach; bad filters give an empty result and a form error.

    Its CSV is UTF-8 with a byte-order mark and quotes text that a spreadsheet would run as a
    formula (home/spreadsheets.py); its XLSX writes every text as text (reports/spreadsheet.py).
    """

    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_reports(request.user):
            # A plain 403, not Wagtail's redirect to the dashboard: the URL exists but is not theirs.
            return permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def catalogue(self):
        return catalogue_for(self.request)

    @cached_property
    def filters_invalid(self):
        return bool(self.filters) and self.filters.is_bound and not self.filters.is_valid()

    def filter_queryset(self, queryset):
        if self.filters_invalid:
            return queryset.none()
        return super().filter_queryset(queryset)

    def get_filtered_queryset(self):
        # BaseListingView.get_queryset already filters and searches; ReportView would filter twice.
        return self.get_queryset()

    def get_filename(self):
        return f"{self.export_filename}-{datetime.date.today():%Y-%m-%d}"

    def get(self, request, *args, **kwargs):
        if self.is_export:
            # Straight to Wagtail's spreadsheet writer: the listing context would count the rows
            # by loading them all (len() of an unpaginated list); the export instead streams them
            # from the database in chunks, so memory stays flat whatever the number of rows.
            rows = self.get_filtered_queryset()
            if hasattr(rows, "iterator"):
                rows = rows.iterator(chunk_size=EXPORT_CHUNK)
            return self.as_spreadsheet(rows, request.GET.get("export"))
        return super().get(request, *args, **kwargs)

    def get_heading(self, queryset, field):
        return str(self.export_headings.get(field, field))

    def write_csv_response(self, queryset):
        """Wagtail streams CSV after the view returns; keep the admin language while it streams."""
        response = super().write_csv_response(queryset)
        language = translation.get_language()
        stream = response.streaming_content

        def in_language():
            with translation.override(language):
                yield from stream

        response.streaming_content = in_language()
        return response

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["filters_invalid"] = self.filters_invalid
        return context


def status_label(value):
    return str(dict(STATUS_CHOICES).get(value, value))


def language_label(code):
    return LANGUAGE_NAMES.get(code, code or "")


def steps_text(row):
    return f"{row.steps_done} / {row.steps_total} ({row.percent} %)"


def score_text(row):
    return "" if row.best_score is None else f"{row.best_score} %"


class CourseCompletionView(StaffReportView):
    """One row per learner and course: progress, best quiz score and status."""

    page_title = _("Course completion")
    results_template_name = "reports/report_results.html"
    index_url_name = "reports_course_completion"
    index_results_url_name = "reports_course_completion_results"
    filterset_class = CompletionFilterSet
    is_searchable = True
    search_backend_name = None
    search_fields = ["learner__username", "learner__first_name", "learner__last_name", "learner__email"]
    default_ordering = "-started_at"
    export_filename = "course-completion"
    verbose_name_plural = _("enrolments")

    list_export = [
        "learner_name", "organisation_name", "cohort_name", "language", "course_title", "started_at",
        "last_activity_at", "steps_done", "steps_total", "percent", "best_score", "status", "completed_at",
    ]
    export_headings = {
        "learner_name": _("Learner"),
        "organisation_name": _("Organisation"),
        "cohort_name": _("Cohort"),
        "language": _("Language"),
        "course_title": _("Course"),
        "started_at": _("Started"),
        "last_activity_at": _("Last activity"),
        "steps_done": _("Steps done"),
        "steps_total": _("Steps in total"),
        "percent": _("Percent done"),
        "best_score": _("Best quiz score (%)"),
        "status": _("Status"),
        "completed_at": _("Completed"),
    }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        preprocess = {self.FORMAT_CSV: status_label, self.FORMAT_XLSX: status_label}
        language = {self.FORMAT_CSV: language_label, self.FORMAT_XLSX: language_label}
        self.custom_field_preprocess = {**self.custom_field_preprocess, "status": preprocess, "language": language}

    @cached_property
    def columns(self):
        return [
            Column("learner_name", label=_("Learner"), sort_key="learner__last_name"),
            Column("organisation_name", label=_("Organisation")),
            Column("cohort_name", label=_("Cohort")),
            Column("language", label=_("Language"), accessor=lambda row: language_label(row.language)),
            Column("course_title", label=_("Course")),
            DateColumn("started_at", label=_("Started"), sort_key="started_at"),
            DateColumn("last_activity_at", label=_("Last activity"), sort_key="last_activity_at"),
            Column("steps", label=_("Steps done"), accessor=steps_text),
            Column("best_score", label=_("Best quiz score"), accessor=score_text),
            Column("status", label=_("Status"), accessor=lambda row: status_label(row.status)),
            DateColumn("completed_at", label=_("Completed"), sort_key="completed_at"),
        ]

    def get_base_queryset(self):
        return completion_rows(self.request.user, self.catalogue, gettext("Unpublished course"))

    def order_queryset(self, queryset):
        # A tie-breaker keeps pages stable when many rows share a start time (bulk imports).
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "-pk")


class CourseOverviewView(StaffReportView):
    """Per course and per organisation: enrolled, in progress, completed, rate, median days, score."""

    page_title = _("Course overview")
    results_template_name = "reports/course_overview_results.html"
    index_url_name = "reports_course_overview"
    index_results_url_name = "reports_course_overview_results"
    filterset_class = OverviewFilterSet
    paginate_by = None
    export_filename = "course-overview"
    list_export = [
        "course_title", "organisation", "enrolled", "in_progress", "completed", "completion_rate",
        "median_days", "average_score",
    ]
    export_headings = {
        "course_title": _("Course"),
        "organisation": _("Organisation"),
        "enrolled": _("Enrolled"),
        "in_progress": _("In progress"),
        "completed": _("Completed"),
        "completion_rate": _("Completion rate (%)"),
        "median_days": _("Median days to complete"),
        "average_score": _("Average best score (%)"),
    }

    @cached_property
    def columns(self):
        return [
            Column("course_title", label=_("Course")),
            Column("organisation", label=_("Organisation"), accessor=lambda r: r.organisation or gettext("All")),
            Column("enrolled", label=_("Enrolled")),
            Column("in_progress", label=_("In progress")),
            Column("completed", label=_("Completed")),
            Column("completion_rate", label=_("Completion rate"), accessor=lambda r: f"{r.completion_rate} %"),
            Column("median_days", label=_("Median days to complete")),
            Column(
                "average_score", label=_("Average best score"),
                accessor=lambda r: "" if r.average_score is None else f"{r.average_score} %",
            ),
        ]

    def get_queryset(self):
        enrollments = self.filter_queryset(scoped_enrollments(self.request.user))
        return overview_rows(enrollments, self.catalogue)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["chart_rows"] = [row for row in context["object_list"] if row.is_course]
        return context


class QuestionAnalysisView(StaffReportView):
    """Per quiz question across every language: answers, percent right, the most chosen wrong answer."""

    page_title = _("Question analysis")
    results_template_name = "reports/report_results.html"
    index_url_name = "reports_quiz_questions"
    index_results_url_name = "reports_quiz_questions_results"
    filterset_class = QuestionFilterSet
    paginate_by = 100
    export_filename = "quiz-questions"
    list_export = ["course_title", "quiz_title", "question", "answers", "percent_correct", "common_wrong_answer"]
    export_headings = {
        "course_title": _("Course"),
        "quiz_title": _("Quiz"),
        "question": _("Question"),
        "answers": _("Answers"),
        "percent_correct": _("Answered right (%)"),
        "common_wrong_answer": _("Most chosen wrong answer"),
    }

    @cached_property
    def columns(self):
        return [
            Column("course_title", label=_("Course")),
            Column("quiz_title", label=_("Quiz")),
            Column("question", label=_("Question")),
            Column("answers", label=_("Answers")),
            Column(
                "percent_correct", label=_("Answered right"),
                accessor=lambda r: "" if r.percent_correct is None else f"{r.percent_correct} %",
            ),
            Column("common_wrong_answer", label=_("Most chosen wrong answer")),
        ]

    def get_queryset(self):
        answers = self.filter_queryset(scoped_answers(self.request.user))
        totals, wrong = question_figures(answers)
        course = self.filters.form.cleaned_data.get("course") if self.filters and not self.filters_invalid else None
        if self.filters_invalid:
            return []
        return question_rows(self.catalogue, totals, wrong, course_key=course or None)
