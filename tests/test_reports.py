"""The staff reports: hand-counted figures, filters, exports, scoping and query budgets (see fixtures_reports)."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from openpyxl import load_workbook

from courses.progress import complete_step
from learners.visibility import REPORTING_STAFF
from tests.fixtures_reports import MUNICIPALITY, RIGHT, staff_user, take_quiz

COMPLETION = "/admin/reports/course-completion/"
OVERVIEW = "/admin/reports/course-overview/"
QUESTIONS = "/admin/reports/quiz-questions/"


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(client, url, **params):
    response = client.get(url, {**params, "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = body(response)
    assert content.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs to read UTF-8
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))
    return rows[0], rows[1:]


def xlsx_rows(client, url, **params):
    response = client.get(url, {**params, "export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(body(response)), read_only=True).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    return rows[0], rows[1:]


def usernames(rows):
    """The usernames in completion rows (the learner column reads "First Last (username)")."""
    return sorted(row[0].rsplit("(", 1)[1].rstrip(")") for row in rows)


def by_user(header, rows):
    return {row[0].rsplit("(", 1)[1].rstrip(")"): dict(zip(header, row, strict=True)) for row in rows}


# --- Figures -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_completion_report_counts_only_live_steps_and_follows_a_language_switch(report_world, as_user):
    client = as_user(report_world.admin)
    header, rows = csv_rows(client, COMPLETION)
    assert header[:5] == ["Learner", "Organisation", "Cohort", "Language", "Course"]
    table = by_user(header, rows)
    assert sorted(table) == ["aino", "bashir", "chen", "dana", "eero"]
    figures = {name: (r["Steps done"], r["Steps in total"], r["Percent done"], r["Best quiz score (%)"])
               for name, r in table.items()}
    assert figures == {
        "aino": ("3", "3", "100", "100"),
        "bashir": ("2", "3", "67", "0"),  # lesson 2 read in Arabic still counts
        "chen": ("1", "3", "33", ""),
        "dana": ("3", "3", "100", "100"),  # the lesson she skipped was unpublished
        "eero": ("0", "3", "0", ""),  # his only lesson was unpublished
    }
    assert table["bashir"]["Language"] == "العربية"
    assert table["aino"]["Organisation"] == "Alfa"
    assert table["chen"]["Cohort"] == "A2"
    assert table["aino"]["Course"] == "Työelämän perusteet"
    assert table["aino"]["Completed"].startswith("2026-01-20")
    assert table["dana"]["Completed"].startswith("2026-01-25")  # completed when L3 was unpublished


@pytest.mark.django_db
def test_status_is_completed_when_every_live_step_is_done(report_world, as_user):
    header, rows = csv_rows(as_user(report_world.admin), COMPLETION, status="completed")
    assert usernames(rows) == ["aino", "dana"]
    _header, rows = csv_rows(as_user(report_world.admin), COMPLETION, status="in_progress")
    assert usernames(rows) == ["bashir", "chen", "eero"]


@pytest.mark.django_db
def test_course_overview_counts_per_course_and_per_organisation(report_world, as_user):
    header, rows = csv_rows(as_user(report_world.admin), OVERVIEW)
    assert header == [
        "Course", "Organisation", "Enrolled", "In progress", "Completed", "Completion rate (%)",
        "Median days to complete", "Average best score (%)",
    ]
    assert rows == [
        ["Työelämän perusteet", "", "5", "3", "2", "40", "10.0", "67"],
        ["Työelämän perusteet", "Alfa", "3", "2", "1", "33", "10.0", "50"],
        ["Työelämän perusteet", "Beeta", "2", "1", "1", "50", "10.0", "100"],
    ]


@pytest.mark.django_db
def test_course_overview_draws_a_chart_and_the_same_figures_in_a_table(report_world, as_user):
    response = as_user(report_world.admin).get(OVERVIEW)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="kp-chart"' in html and 'aria-hidden="true"' in html
    assert "inline-size: 40%" in html
    assert "<table" in html and "40 %" in html


@pytest.mark.django_db
def test_question_analysis_adds_up_languages_and_names_the_wrong_choice_in_the_source_language(
    report_world, as_user
):
    header, rows = csv_rows(as_user(report_world.admin), QUESTIONS)
    assert header == ["Course", "Quiz", "Question", "Answers", "Answered right (%)", "Most chosen wrong answer"]
    assert rows == [["Työelämän perusteet", "Loppukoe", "Kuka maksaa palkan?", "3", "67", "Kunta"]]


@pytest.mark.django_db
def test_question_analysis_is_scoped_too(report_world, as_user):
    _header, rows = csv_rows(as_user(report_world.staff_b), QUESTIONS)
    assert rows[0][3:] == ["1", "100", ""]  # only Dana's answer


@pytest.mark.django_db
def test_accounts_that_are_not_learners_never_count(report_world, make_user, as_user):
    """A trainer (with a profile), an editor without a profile and a superuser take the course and the
    quiz: the figures stay the hand-counted ones in every report, for every viewer."""
    editor = make_user("editor-no-profile")
    for account in (report_world.trainer, editor, report_world.admin):
        complete_step(account, report_world.lessons[0], course=report_world.course)
        take_quiz(account, report_world.quiz, report_world.course, RIGHT)
    admin = as_user(report_world.admin)
    _header, rows = csv_rows(admin, COMPLETION)
    assert usernames(rows) == ["aino", "bashir", "chen", "dana", "eero"]
    _header, rows = csv_rows(admin, OVERVIEW)
    assert rows[0][2:5] == ["5", "3", "2"]
    _header, rows = csv_rows(admin, QUESTIONS)
    assert rows[0][3:5] == ["3", "67"]
    _header, rows = csv_rows(as_user(report_world.trainer), QUESTIONS)
    assert rows[0][3:5] == ["2", "50"]  # Aino and Bashir of cohort A1, not the trainer's own answer


# --- Filters -----------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params, expected",
    [
        ({"organisation": "org_b"}, ["dana", "eero"]),
        ({"cohort": "a2"}, ["chen"]),
        ({"started_from": "2026-02-01", "started_to": "2026-02-28"}, ["bashir", "eero"]),
        ({"completed_from": "2026-01-21"}, ["dana"]),
        ({"q": "bash"}, ["bashir"]),
        ({"course": "course"}, ["aino", "bashir", "chen", "dana", "eero"]),
    ],
)
def test_each_filter_narrows_the_completion_report(report_world, as_user, params, expected):
    values = {"org_b": report_world.org_b.pk, "a2": report_world.cohorts[1].pk,
              "course": str(report_world.course.translation_key)}
    params = {key: values.get(value, value) for key, value in params.items()}
    _header, rows = csv_rows(as_user(report_world.admin), COMPLETION, **params)
    assert usernames(rows) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"started_from": "2026-13-45"},
        {"course": "00000000-0000-0000-0000-000000000000"},
        {"course": "not-a-course"},
        {"organisation": "abc"},
        {"cohort": "999999"},
    ],
)
def test_bad_filter_values_give_a_form_error_and_no_rows(report_world, as_user, params):
    client = as_user(report_world.staff_a)
    response = client.get(COMPLETION, params)
    assert response.status_code == 200
    assert "help-critical" in response.content.decode()
    assert "aino" not in response.content.decode()
    _header, rows = csv_rows(client, COMPLETION, **params)
    assert rows == []
    for url in (OVERVIEW, QUESTIONS):
        assert client.get(url, params).status_code == 200


@pytest.mark.django_db
def test_an_organisation_outside_the_scope_is_refused_not_shown(report_world, as_user):
    client = as_user(report_world.staff_a)
    response = client.get(COMPLETION, {"organisation": report_world.org_b.pk})
    html = response.content.decode()
    assert response.status_code == 200
    assert "help-critical" in html
    assert "dana" not in html and "eero" not in html
    _header, rows = csv_rows(client, COMPLETION, organisation=report_world.org_b.pk)
    assert rows == []
    _header, rows = csv_rows(client, OVERVIEW, organisation=report_world.org_b.pk)
    assert rows == []


# --- Scope and permissions --------------------------------------------------------------------


@pytest.mark.django_db
def test_staff_of_one_organisation_never_see_another_organisations_learners(report_world, as_user):
    client = as_user(report_world.staff_b)
    html = client.get(COMPLETION).content.decode()
    assert "(dana)" in html and "(eero)" in html
    for name in ("aino", "bashir", "chen"):
        assert f"({name})" not in html
    _header, rows = csv_rows(client, COMPLETION)
    assert usernames(rows) == ["dana", "eero"]
    _header, rows = xlsx_rows(client, COMPLETION)
    assert usernames(rows) == ["dana", "eero"]
    _header, rows = csv_rows(client, OVERVIEW)
    assert [row[1] for row in rows] == ["", "Beeta"]


@pytest.mark.django_db
def test_trainer_sees_only_the_learners_of_their_own_cohorts(report_world, as_user):
    client = as_user(report_world.trainer)
    _header, rows = csv_rows(client, COMPLETION)
    assert usernames(rows) == ["aino", "bashir"]
    html = client.get(COMPLETION).content.decode()
    assert "(chen)" not in html and "(dana)" not in html


@pytest.mark.django_db
def test_learners_cannot_open_any_report(report_world, as_user):
    # Wagtail's own answer for an account without admin access, on every admin URL: its sign-in page
    # (which tells them they have no permission), never the report.
    client = as_user(report_world.aino)
    for url in (COMPLETION, OVERVIEW, QUESTIONS, COMPLETION + "?export=csv"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
        assert b"bashir" not in body(response)


@pytest.mark.django_db
def test_admin_users_without_a_reporting_role_get_403(report_world, make_user, as_user):
    editor = make_user("editor")
    group = Group.objects.create(name="Editors without reports")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client = as_user(editor)
    for url in (COMPLETION, OVERVIEW, QUESTIONS, COMPLETION + "?export=xlsx"):
        assert client.get(url).status_code == 403


@pytest.mark.django_db
def test_reports_menu_and_dashboard_panel_show_only_for_report_viewers(report_world, make_user, as_user):
    client = as_user(report_world.staff_a)
    html = client.get("/admin/").content.decode()
    assert "Recent course completions" in html
    assert "Aino Testi" in html and "Dana" not in html
    assert COMPLETION in html

    editor = make_user("editor2")
    group = Group.objects.create(name="Editors2")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    html = as_user(editor).get("/admin/").content.decode()
    assert "Recent course completions" not in html
    assert COMPLETION not in html


# --- Exports -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_exports_hold_the_same_rows_as_the_page(report_world, as_user):
    client = as_user(report_world.staff_a)
    html = client.get(COMPLETION, {"status": "in_progress"}).content.decode()
    on_page = sorted(name for name in ("aino", "bashir", "chen") if f"({name})" in html)
    _h, csv_data = csv_rows(client, COMPLETION, status="in_progress")
    _h, xlsx_data = xlsx_rows(client, COMPLETION, status="in_progress")
    assert on_page == usernames(csv_data) == usernames(xlsx_data) == ["bashir", "chen"]
    assert [row[7:10] for row in sorted(csv_data)] == [[str(v) for v in row[7:10]] for row in sorted(xlsx_data)]


@pytest.mark.django_db
def test_xlsx_exports_of_every_report_parse(report_world, as_user):
    client = as_user(report_world.admin)
    for url, columns, count in ((COMPLETION, 13, 5), (OVERVIEW, 8, 3), (QUESTIONS, 6, 1)):
        header, rows = xlsx_rows(client, url)
        assert len(header) == columns
        assert len(rows) == count


@pytest.mark.django_db
def test_export_headings_and_labels_are_in_the_users_admin_language(report_world, as_user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(report_world.admin)
    profile.preferred_language = "fi"
    profile.save()
    client = as_user(report_world.admin)
    with translation.override("fi"):
        in_progress_fi = translation.gettext("In progress")
    assert in_progress_fi != "In progress"
    _header, rows = csv_rows(client, COMPLETION, q="chen")
    assert rows[0][11] == in_progress_fi  # in Finnish, though the CSV streams after the view returned
    _header, rows = xlsx_rows(client, COMPLETION, q="chen")
    assert rows[0][11] == in_progress_fi
    profile.preferred_language = "en"
    profile.save()
    _header, rows = csv_rows(client, COMPLETION, q="chen")
    assert rows[0][11] == "In progress"


# --- Query budgets -----------------------------------------------------------------------------


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        body(response)
    assert response.status_code == 200
    return len(queries.captured_queries)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", [COMPLETION, OVERVIEW, QUESTIONS, COMPLETION + "?export=csv", COMPLETION + "?export=xlsx", "/admin/"]
)
def test_query_count_does_not_grow_with_the_number_of_learners(report_world, more_learners, as_user, url):
    client = as_user(report_world.staff_a)
    # A first request fills per-process caches (Django's ContentType cache): counted alone, it read
    # one query more whenever this test ran first in its process.
    count_queries(client, url)
    before = count_queries(client, url)  # 3 learners of A
    more_learners(27)  # 30 learners of A
    client = as_user(report_world.staff_a)
    assert count_queries(client, url) == before


@pytest.mark.django_db
def test_completion_page_stays_within_its_query_budget(report_world, as_user, django_assert_max_num_queries):
    client = as_user(report_world.staff_a)
    with django_assert_max_num_queries(20):
        assert client.get(COMPLETION, {"course": str(report_world.course.translation_key)}).status_code == 200


@pytest.mark.django_db
def test_a_second_staff_member_of_the_same_organisation_sees_the_same_rows(report_world, make_user, as_user):
    colleague = staff_user(make_user, "staff-a2", REPORTING_STAFF, organisations=[report_world.org_a])
    _header, rows = csv_rows(as_user(colleague), COMPLETION)
    assert usernames(rows) == ["aino", "bashir", "chen"]
    assert MUNICIPALITY  # the wrong choice's id is the same in every language (fixture)
