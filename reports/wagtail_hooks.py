"""Everything the admin shows for reports: URLs, the Reports menu items, the dashboard panel.

Reports live under /admin/reports/<name>/ next to Wagtail's own reports; each has a results URL
too, which Wagtail's filter side panel fetches when a filter changes.
"""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from learners.visibility import can_view_reports

from .catalogue import catalogue_for
from .queries import recent_completions
from .views import CourseCompletionView, CourseOverviewView, QuestionAnalysisView

REPORTS = [
    ("course-completion", "reports_course_completion", CourseCompletionView, _("Course completion"), "tasks"),
    ("course-overview", "reports_course_overview", CourseOverviewView, _("Course overview"), "table"),
    ("quiz-questions", "reports_quiz_questions", QuestionAnalysisView, _("Question analysis"), "help"),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = []
    for slug, name, view, _label, _icon in REPORTS:
        urls.append(path(f"reports/{slug}/", view.as_view(), name=name))
        urls.append(path(f"reports/{slug}/results/", view.as_view(results_only=True), name=f"{name}_results"))
    return urls


class ReportMenuItem(MenuItem):
    """Shown only to the people `can_view_reports` lets in."""

    def is_shown(self, request):
        return can_view_reports(request.user)


def _menu_hook(label, name, icon, order):
    def hook():
        return ReportMenuItem(label, reverse(name), name=name.replace("_", "-"), icon_name=icon, order=order)

    return hook


for position, (_slug, _name, _view, _label, _icon) in enumerate(REPORTS):
    hooks.register("register_reports_menu_item", _menu_hook(_label, _name, _icon, 1000 + position))


@hooks.register("insert_global_admin_css")
def reports_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("reports/admin.css"))


class RecentCompletionsPanel(Component):
    """The admin home's panel for trainers and reporting staff: the latest completions in their scope."""

    name = "recent_completions"
    template_name = "reports/dashboard_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        catalogue = catalogue_for(request)
        completions = list(recent_completions(request.user))
        for row in completions:
            course = catalogue.by_key.get(row.course_key)
            row.course_title = course.title if course else ""
        return {"completions": completions, "request": request}


@hooks.register("construct_homepage_panels")
def add_recent_completions_panel(request, panels):
    if can_view_reports(request.user):
        panels.append(RecentCompletionsPanel())
