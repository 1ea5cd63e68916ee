"""A new learner's whole life on the site: sign up with a join code in Finnish, take a lesson, leave.

Plus axe-core on every account page in Finnish and Arabic, at phone and desktop widths.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from .conftest import assert_no_axe_violations, screenshot

PASSWORD = "Kahvitauko-kello-10"


def _lesson_url(make_course):
    from courses.models import LessonPage

    course = make_course(lessons=2, slug="tyoelama-selaimessa")
    return LessonPage.objects.descendant_of(course).order_by("path").first().url


def test_new_learner_signs_up_with_a_code_takes_a_lesson_and_deletes_the_account(
    live_server, demo_site, make_course, new_page
):
    from courses.models import StepCompletion

    lesson_path = _lesson_url(make_course)
    page = new_page(width=360, height=800)
    page.goto(live_server.url + "/fi/accounts/signup/")
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    page.locator("#id_username").fill("uusi-oppija")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.locator("#id_preferred_language").select_option("fi")
    page.locator("#id_audience_0").check()
    page.locator("#id_join_code").fill("saari2026")
    screenshot(page, "learners-signup-filled-fi-360")
    page.locator("form[action$='/signup/'] button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/fi/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    learner = get_user_model().objects.get(username="uusi-oppija")
    assert [c.join_code for c in learner.profile.cohorts.all()] == ["SAARI2026"]

    page.goto(live_server.url + lesson_path)
    page.locator("form[action*='/done/'] button[type=submit]").click()
    expect(page.locator(".lesson-done__done")).to_be_visible()
    assert StepCompletion.objects.filter(learner=learner).count() == 1
    screenshot(page, "learners-lesson-done-fi-360")

    page.goto(live_server.url + "/fi/accounts/delete/")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form[action$='/delete/'] button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/fi/$"))
    screenshot(page, "learners-deleted-fi-360")
    assert not get_user_model().objects.filter(username="uusi-oppija").exists()
    assert not StepCompletion.objects.filter(learner_id=learner.pk).exists()


def _sign_in(page, base, username, password="kotopaikka-demo", lang="fi"):
    page.goto(f"{base}/{lang}/accounts/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form[action$='/login/'] button[type=submit]").click()


@pytest.mark.parametrize("lang", ["fi", "ar"])
def test_account_pages_have_no_accessibility_violations(live_server, demo_site, new_page, axe, lang):
    from learners.models import LearnerProfile

    LearnerProfile.objects.filter(user__username="demo-learner").update(preferred_language=lang)
    for width in (360, 1280):
        page = new_page(width=width)
        for name in ("signup", "login", "privacy", "password/reset"):
            page.goto(f"{live_server.url}/{lang}/accounts/{name}/")
            expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
            assert_no_axe_violations(axe, page)
            screenshot(page, f"learners-{name.replace('/', '-')}-{lang}-{width}")
        # A form sent with mistakes: errors must be announced and linked to their fields.
        page.goto(f"{live_server.url}/{lang}/accounts/signup/")
        page.locator("#id_username").fill("x")
        page.locator("#id_join_code").fill("WRONG")
        page.locator("form[action$='/signup/'] button[type=submit]").click()
        expect(page.locator("#id_join_code")).to_have_attribute("aria-invalid", "true")
        assert_no_axe_violations(axe, page)
        screenshot(page, f"learners-signup-errors-{lang}-{width}")

        _sign_in(page, live_server.url, "demo-learner", lang=lang)
        expect(page).to_have_url(re.compile(rf"/{lang}/$"))
        for name in ("profile", "my-data", "delete", "password/change"):
            page.goto(f"{live_server.url}/{lang}/accounts/{name}/")
            assert_no_axe_violations(axe, page)
            screenshot(page, f"learners-{name.replace('/', '-')}-{lang}-{width}")


def test_five_wrong_passwords_show_the_lock_out_page(live_server, demo_site, page, axe):
    for _ in range(6):
        _sign_in(page, live_server.url, "demo-learner", password="wrong-password")
    expect(page.locator("h1")).to_be_visible()
    assert page.locator("a[href$='/accounts/password/reset/']").count() == 1
    assert_no_axe_violations(axe, page)
    screenshot(page, "learners-locked-out-fi-1280")
