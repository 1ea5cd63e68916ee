"""Reporting staff's journey: sign in, open the course completion report, filter by course, download XLSX."""

import io
import re

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from courses.models import LessonPage
from courses.progress import complete_step
from learners.models import Cohort, LearnerProfile

from .conftest import screenshot


@pytest.fixture
def two_courses_in_progress(demo_site, make_course, make_user):
    """Two courses; learners of demo-staff's organisation (Saarijärvi) in each, one learner of another organisation."""
    work = make_course(lessons=2, slug="tyoelama")
    plain = make_course(lessons=2, slug="selkokieli")
    plain.title = "Selkokieli"
    plain.save_revision().publish()
    saarijarvi = Cohort.objects.get(join_code="SAARI2026")
    aanekoski = Cohort.objects.get(join_code="AANE2026")
    for username, cohort, course in (
        ("oma-1", saarijarvi, work), ("oma-2", saarijarvi, plain), ("muu-1", aanekoski, work),
    ):
        user = make_user(username, first_name=username.title(), last_name="Testi")
        LearnerProfile.objects.create(user=user).join(cohort)
        complete_step(user, LessonPage.objects.descendant_of(course).first(), course=course)
    return work, plain


def test_reporting_staff_filter_the_completion_report_by_course_and_download_it(
    live_server, two_courses_in_progress, new_page
):
    page = new_page(width=1280, locale="en-US")
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "demo-staff")
    page.fill("#id_password", "kotopaikka-demo")
    page.get_by_role("button", name=re.compile("Sign in|Kirjaudu", re.I)).click()
    expect(page.locator("#recent-completions-heading, #recent-completions")).to_have_count(1)

    page.goto(live_server.url + "/admin/reports/course-completion/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Course completion")
    expect(page.get_by_text("(oma-1)")).to_be_visible()
    expect(page.get_by_text("(oma-2)")).to_be_visible()
    expect(page.get_by_text("(muu-1)")).to_have_count(0)  # another organisation's learner

    page.locator("button.w-dropdown__toggle:has(.icon-sliders)").click()
    page.locator("button[aria-controls='drilldown-id_course']").click()
    page.select_option("#id_course", label="Selkokieli")
    expect(page).to_have_url(re.compile(r"course="))
    expect(page.get_by_text("(oma-1)")).to_have_count(0)
    expect(page.get_by_text("(oma-2)")).to_be_visible()
    page.keyboard.press("Escape")
    screenshot(page, "reports-completion-filtered-1280")

    page.locator("button.w-dropdown__toggle:has(.icon-dots-horizontal)").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download XLSX").click()
    download = download_info.value
    assert download.suggested_filename.startswith("course-completion-")
    sheet = load_workbook(io.BytesIO(open(download.path(), "rb").read()), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Learner"
    assert [row[0] for row in rows[1:]] == ["Oma-2 Testi (oma-2)"]
    assert rows[1][4] == "Selkokieli"


def test_completion_report_reads_well_on_a_phone_and_in_arabic(live_server, two_courses_in_progress, new_page):
    for width, locale in ((360, "en-US"), (1280, "ar")):
        page = new_page(width=width, locale=locale)
        page.goto(live_server.url + "/admin/login/")
        page.fill("#id_username", "demo-staff")
        page.fill("#id_password", "kotopaikka-demo")
        page.locator("button[type=submit]").first.click()
        page.wait_for_url(re.compile(r"/admin/$"))
        for slug in ("course-completion", "course-overview"):
            page.goto(f"{live_server.url}/admin/reports/{slug}/")
            expect(page.locator("main, #main").first).to_be_visible()
            screenshot(page, f"reports-{slug}-{locale}-{width}")
