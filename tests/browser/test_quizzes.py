"""Quiz journeys in a real browser: htmx without reloads, the same quiz without JavaScript,
the keyboard alone (ordering included), and axe-core before and after answering in fi and ar."""

import re

import pytest
from playwright.sync_api import expect

from home.translation import translate
from quizzes.views import quiz_specs
from tests.fixtures_quizzes import build_quiz

from .conftest import assert_no_axe_violations, screenshot

ARABIC = {
    "Tietovisa": "اختبار",
    "Testaa tietosi.": "اختبر معلوماتك.",
    "Kuka maksaa palkan?": "من يدفع الراتب؟",
    "Työnantaja": "صاحب العمل",
    "Kunta": "البلدية",
    "Naapuri": "الجار",
    "Oikein, työnantaja maksaa.": "صحيح، صاحب العمل يدفع.",
    "Ei, kunta ei maksa palkkaa.": "لا، البلدية لا تدفع الراتب.",
    "Palkan maksaa aina työnantaja.": "صاحب العمل يدفع الراتب دائمًا.",
}


@pytest.fixture
def quiz(demo_site):
    return build_quiz()


def sign_in(page, base, lang="fi"):
    page.goto(f"{base}/{lang}/accounts/login/")
    page.locator("input[name=username]").fill("demo-learner")
    page.locator("input[name=password]").fill("kotopaikka-demo")
    page.locator("form button[type=submit]").click()
    expect(page.locator("input[name=password]")).to_have_count(0)


def answer_with_mouse(page, spec):
    """Pick the right answer of `spec` with ordinary clicks and selects, then press Answer."""
    section = page.locator(f"#q-{spec['id']}")
    if spec["type"] == "ordering":
        for position, item in enumerate(spec["items"], start=1):
            section.locator(f"select[name='position-{item['id']}']").select_option(str(position))
    else:
        for choice in spec["choices"]:
            if choice["correct"]:
                section.locator(f"input[value='{choice['id']}']").check()
    section.locator("button[type=submit]").first.click()


def test_learner_answers_a_quiz_without_the_page_reloading(live_server, quiz, page):
    sign_in(page, live_server.url)
    page.goto(live_server.url + quiz.url)
    page.evaluate("window.__marker = 'still here'")
    specs = list(quiz_specs(quiz).values())
    for number, spec in enumerate(specs, start=1):
        answer_with_mouse(page, spec)
        expect(page.locator("#quiz-progress")).to_contain_text(f"{number} / {len(specs)}")
        if number < len(specs):
            feedback = page.locator(f"#feedback-{spec['id']} .quiz-feedback__body")
            expect(feedback).to_be_visible()
            expect(feedback).to_be_focused()
            expect(feedback).to_have_class(re.compile("quiz-feedback--right"))
    result = page.locator("#quiz-result-title")
    expect(result).to_be_focused()
    expect(page.locator(".quiz-result__score")).to_contain_text("100")
    expect(page.locator(".quiz-result--passed")).to_be_visible()
    assert page.evaluate("window.__marker") == "still here"
    screenshot(page, "quiz-fi-1280-passed")


def test_the_same_quiz_works_with_javascript_disabled(live_server, quiz, new_page):
    page = new_page(java_script_enabled=False)
    sign_in(page, live_server.url)
    page.goto(live_server.url + quiz.url)
    specs = list(quiz_specs(quiz).values())
    for spec in specs[:-1]:
        answer_with_mouse(page, spec)
        expect(page.locator(f"#feedback-{spec['id']} .quiz-feedback--right")).to_be_visible()
    answer_with_mouse(page, specs[-1])
    expect(page).to_have_url(re.compile(r"#quiz-result$"))
    expect(page.locator(".quiz-result--passed")).to_be_visible()


def tab_to(page, selector, limit=80):
    """Press Tab until the focused element matches `selector` (the keyboard is the only input)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_the_quiz_can_be_completed_with_the_keyboard_alone(live_server, quiz, page):
    sign_in(page, live_server.url)
    page.goto(live_server.url + quiz.url)
    specs = list(quiz_specs(quiz).values())
    for number, spec in enumerate(specs, start=1):
        form = f"#answer-{spec['id']} form"
        if spec["type"] == "ordering":
            for target, item in enumerate(spec["items"]):
                current = page.locator(f"{form} .quiz-order__item").evaluate_all(
                    "(items) => items.map((li) => li.querySelector('select').name.slice(9))"
                )
                moves = current.index(item["id"]) - target
                if moves:
                    tab_to(page, f"#pos-{item['id']} ~ [data-move='up'], [for='pos-{item['id']}'] ~ [data-move='up']")
                    for _ in range(moves):
                        page.keyboard.press("Enter")
            order = page.locator(f"{form} select").evaluate_all("(s) => s.map((el) => el.name.slice(9))")
            assert order == [item["id"] for item in spec["items"]]
        elif spec["type"] == "multiple_choice":
            for choice in spec["choices"]:
                tab_to(page, f"{form} input[value='{choice['id']}']")
                if choice["correct"]:
                    page.keyboard.press("Space")
        else:
            right = next(c["id"] for c in spec["choices"] if c["correct"])
            tab_to(page, f"{form} input[name=choice]")
            page.keyboard.press("Space")
            for _ in spec["choices"]:
                if page.evaluate("() => document.activeElement.value") == right:
                    break
                page.keyboard.press("ArrowDown")
            assert page.locator(f"{form} input[value='{right}']").is_checked()
        tab_to(page, f"{form} button[type=submit]")
        page.keyboard.press("Enter")
        feedback = page.locator(f"#feedback-{spec['id']} .quiz-feedback__body")
        expect(feedback).to_be_visible()
        if number < len(specs):
            # Focus moves to the feedback after htmx settles; the keyboard goes on from there.
            expect(feedback).to_be_focused()
    expect(page.locator("#quiz-result-title")).to_be_focused()
    expect(page.locator(".quiz-result--passed")).to_be_visible()


@pytest.mark.parametrize("lang", ["fi", "ar"])
def test_quiz_has_no_accessibility_violations_before_and_after_answering(live_server, quiz, new_page, axe, lang):
    target = translate(quiz, "ar", ARABIC) if lang == "ar" else quiz
    page = new_page(width=360, height=780)
    sign_in(page, live_server.url, lang)
    page.goto(live_server.url + target.url)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    assert_no_axe_violations(axe, page)
    screenshot(page, f"quiz-{lang}-360-before")
    specs = list(quiz_specs(target).values())
    first = specs[0]
    wrong = next(c for c in first["choices"] if not c["correct"])
    page.locator(f"#q-{first['id']} input[value='{wrong['id']}']").check()
    page.locator(f"#q-{first['id']} button[type=submit]").click()
    expect(page.locator(f"#feedback-{first['id']} .quiz-feedback--wrong")).to_be_focused()
    assert_no_axe_violations(axe, page)
    for spec in specs[1:]:
        answer_with_mouse(page, spec)
    expect(page.locator("#quiz-result-title")).to_be_focused()
    assert_no_axe_violations(axe, page)
    screenshot(page, f"quiz-{lang}-360-after")
