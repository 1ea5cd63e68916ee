"""Courses in a real browser: a learner's journey, a trainer's journey, screenshots and axe."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.site_setup import ensure_site
from home.translation import translate
from tests.fixtures_courses import lesson_body, publish

from .conftest import assert_no_axe_violations, screenshot

PASSWORD = "kotopaikka-demo"
AR_TITLE = "أساسيات الحياة العملية"


@pytest.fixture
def course_tree(demo_site):
    """A Finnish course (one module of two lessons, then two lessons) translated into Arabic."""
    home = ensure_site()
    catalogue = publish(home, CourseIndexPage(title="Kurssit", slug="kurssit", intro="Lyhyitä kursseja työelämästä."))
    course = publish(
        catalogue,
        CoursePage(
            title="Työelämän perusteet",
            slug="tyoelaman-perusteet",
            intro="Mitä työsopimuksessa sovitaan ja miten työpaikalla toimitaan.",
            audience="immigrants",
            learning_outcomes="Tunnet työsopimuksen.\nTiedät, mistä saat apua.",
            estimated_minutes=20,
            grants_certificate=True,
        ),
    )
    module = publish(course, ModulePage(title="Työsopimus", slug="tyosopimus"))
    lessons = []
    for n in range(4):
        parent = module if n < 2 else course
        lessons.append(
            publish(
                parent,
                LessonPage(
                    title=f"Oppitunti {n + 1}",
                    slug=f"oppitunti-{n + 1}",
                    intro="Lyhyt johdanto.",
                    body=lesson_body(f"Oppitunti {n + 1}"),
                ),
            )
        )
    translate(catalogue, "ar", {"Kurssit": "الدورات"})
    translate(course, "ar", {"Työelämän perusteet": AR_TITLE})
    translate(module, "ar", {"Työsopimus": "عقد العمل"})
    for n, lesson in enumerate(lessons, 1):
        strings = {lesson.title: f"الدرس {n}", "Työsopimus kannattaa tehdä kirjallisena.": "من الأفضل كتابة عقد العمل."}
        translate(lesson, "ar", strings)
    return course, lessons


def sign_in(page, base, username):
    page.goto(base + "/fi/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("form[action*='logout']")).to_be_attached()


def progress_value(page):
    return page.locator("#progress-controls progress, .course__status progress").first.get_attribute("value")


def test_learner_completes_two_lessons_leaves_and_continues(live_server, course_tree, page):
    course, lessons = course_tree
    base = live_server.url
    sign_in(page, base, "demo-learner")

    page.goto(base + course.url)
    page.locator("form[action*='/start/'] button").click()
    expect(page).to_have_url(base + lessons[0].url)

    for n in (1, 2):
        controls = page.locator("#progress-controls")
        controls.get_by_role("button").click()
        # The htmx swap moves the bar without a page load, and focus follows the news.
        expect(controls.locator("progress")).to_have_attribute("value", str(n))
        expect(controls).to_contain_text(f"{n} / 4")
        expect(controls.locator("[data-focus-after-swap]")).to_be_focused()
        controls.locator("a.button").click()
        expect(page).to_have_url(base + lessons[n].url)

    page.goto(base + "/fi/")
    page.goto(base + "/fi/my-courses/")
    card = page.locator(".course-card", has_text="Työelämän perusteet")
    expect(card.locator("progress")).to_have_attribute("value", "2")
    screenshot(page, "courses-my-courses-fi-1280")
    card.locator("a.button").click()
    expect(page).to_have_url(base + lessons[2].url)

    page.goto(base + course.url)
    expect(page.locator(".course__status progress")).to_have_attribute("value", "2")
    expect(page.locator(".outline__step--done")).to_have_count(2)


def test_mark_as_done_works_without_javascript(live_server, course_tree, new_page):
    course, lessons = course_tree
    page = new_page(java_script_enabled=False)
    sign_in(page, live_server.url, "demo-learner")
    page.goto(live_server.url + lessons[0].url)
    page.locator("#progress-controls").get_by_role("button").click()
    expect(page).to_have_url(live_server.url + lessons[0].url)
    expect(page.locator("#progress-controls progress")).to_have_attribute("value", "1")


def test_trainer_adds_a_lesson_with_three_blocks_and_sees_it_in_the_outline(live_server, course_tree, new_page):
    course, _lessons = course_tree
    base = live_server.url
    page = new_page(locale="en-GB")  # the admin follows the browser's language; block names are English
    page.goto(base + "/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", PASSWORD)
    page.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"{base}/admin/pages/add/courses/lessonpage/{course.pk}/")
    page.fill("#id_title", "Palkka ja verokortti")
    body = page.locator("[id$='-body-content']")  # the StreamField panel of `body`

    def add_block(name):
        body.locator("button.c-sf-add-button").last.click()
        page.get_by_role("option", name=name, exact=True).click()

    add_block("Heading")
    page.fill("[name='body-0-value-text']", "Palkkalaskelma")
    add_block("Reflection prompt")
    page.fill("[name='body-1-value-prompt']", "Mitä palkkalaskelmassa lukee?")
    add_block("Scenario or dialogue")
    page.fill("[name='body-2-value-title']", "Ensimmäinen palkka")
    page.fill("[name='body-2-value-situation']", "Ali saa ensimmäisen palkkansa.")
    page.get_by_role("tab", name="Promote").click()
    page.fill("#id_slug", "palkka-ja-verokortti")
    page.get_by_role("tab", name="Content").click()
    page.get_by_role("button", name="More actions").click()
    page.locator("button[name='action-publish']").click()
    expect(page.locator(".messages")).to_contain_text("published")

    page.goto(base + course.url)
    step = page.locator(".outline__step", has_text="Palkka ja verokortti")
    expect(step).to_have_count(1)
    step.get_by_role("link").click()
    expect(page.get_by_role("heading", name="Palkkalaskelma")).to_be_visible()
    expect(page.locator(".reflection")).to_contain_text("Mitä palkkalaskelmassa lukee?")
    expect(page.locator(".scenario")).to_contain_text("Ali saa ensimmäisen palkkansa.")


@pytest.mark.parametrize("lang", ["fi", "ar"])
def test_course_pages_look_right_and_pass_axe(live_server, course_tree, new_page, axe, lang):
    course, lessons = course_tree
    base = live_server.url
    for width in (360, 1280):
        page = new_page(width=width, locale="ar" if lang == "ar" else "fi-FI")
        sign_in(page, base, "demo-learner")
        page.goto(f"{base}/{lang}/kurssit/")
        expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
        assert_no_axe_violations(axe, page)
        screenshot(page, f"courses-catalogue-{lang}-{width}")

        if width == 360:  # the same learner in both widths: mark the first lesson done once
            page.goto(f"{base}/{lang}/kurssit/tyoelaman-perusteet/tyosopimus/oppitunti-1/")
            page.locator("#progress-controls").get_by_role("button").click()
            expect(page.locator("#progress-controls progress")).to_have_attribute("value", "1")
        page.goto(f"{base}/{lang}/kurssit/tyoelaman-perusteet/tyosopimus/oppitunti-2/")
        if lang == "ar":
            expect(page.get_by_role("heading", level=1)).to_have_text("الدرس 2")
        assert_no_axe_violations(axe, page)
        screenshot(page, f"courses-lesson-{lang}-{width}")

        page.goto(f"{base}/{lang}/kurssit/tyoelaman-perusteet/")
        if lang == "ar":
            expect(page.get_by_role("heading", level=1)).to_have_text(AR_TITLE)
        expect(page.locator(".course__status")).to_contain_text("1 / 4")
        assert_no_axe_violations(axe, page)
        screenshot(page, f"courses-course-{lang}-{width}")
