"""Courses as a learner meets them: enrol, read, mark done, continue, finish, across languages."""

import pytest
from django.urls import reverse

from courses import progress as progress_api
from courses.models import CoursePage, Enrollment, StepCompletion
from courses.privacy import export
from home.translation import source_strings, translate
from tests.fixtures_courses import lessons_of

pytestmark = pytest.mark.django_db


def done_url(page, lang="fi"):
    return f"/{lang}/courses/steps/{page.pk}/done/"


def test_guest_reads_a_lesson_and_is_asked_to_sign_in_to_save(client, course):
    lesson = lessons_of(course)[0]
    response = client.get(lesson.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Oppitunti 1: tärkeintä" in html
    assert f"/fi/accounts/login/?next={lesson.url}" in html
    assert 'hx-post="/fi/courses/steps/' not in html
    assert not Enrollment.objects.exists()


def test_guest_marking_done_is_sent_to_sign_in_and_nothing_is_stored(client, course):
    lesson = lessons_of(course)[0]
    response = client.post(done_url(lesson))
    assert response.status_code == 302
    assert response["Location"].startswith("/fi/accounts/login/?next=")
    assert not StepCompletion.objects.exists()


def test_first_visit_to_a_lesson_enrols_the_learner(learner_client, learner, course):
    lesson = lessons_of(course)[1]
    learner_client.get(lesson.url)
    enrollment = Enrollment.objects.get(learner=learner)
    assert enrollment.course_key == course.translation_key
    assert enrollment.last_step_key == lesson.translation_key


def test_start_course_enrols_and_opens_the_first_lesson(learner_client, learner, course):
    response = learner_client.post(reverse("course-start", kwargs={"page_id": course.pk}))
    assert response.status_code == 302
    assert response["Location"] == lessons_of(course)[0].url
    assert Enrollment.objects.filter(learner=learner, course_key=course.translation_key).count() == 1


def test_percentage_grows_after_each_lesson_and_course_completes_once(learner_client, learner, make_course):
    course = make_course(lessons=4)
    expected = [25, 50, 75, 100]
    for lesson, percent in zip(lessons_of(course), expected, strict=True):
        response = learner_client.post(done_url(lesson))
        assert response.status_code == 302
        assert progress_api.course_progress(learner, course).percent == percent
    completed_at = Enrollment.objects.get(learner=learner).completed_at
    assert completed_at is not None
    # Marking a lesson again changes nothing: one row, the same completion time.
    learner_client.post(done_url(lessons_of(course)[0]))
    assert StepCompletion.objects.filter(learner=learner).count() == 4
    assert Enrollment.objects.get(learner=learner).completed_at == completed_at


def test_mark_done_with_htmx_swaps_in_the_moved_progress_bar(learner_client, course):
    lesson = lessons_of(course)[0]
    response = learner_client.post(done_url(lesson), HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert 'value="1"' in html and "1 / 3" in html
    assert lessons_of(course)[1].url in html


def test_the_same_lesson_marked_twice_stores_one_row(learner_client, learner, course):
    lesson = lessons_of(course)[0]
    learner_client.post(done_url(lesson))
    learner_client.post(done_url(lesson), HTTP_HX_REQUEST="true")
    assert StepCompletion.objects.filter(learner=learner, step_key=lesson.translation_key).count() == 1


def test_continue_leads_to_the_first_unfinished_lesson(learner_client, learner, make_course):
    course = make_course(lessons=4, modules=2)
    lessons = lessons_of(course)
    learner_client.post(done_url(lessons[0]))
    learner_client.post(done_url(lessons[2]))  # skipping one: Continue still goes to lesson 2
    html = learner_client.get(course.url).content.decode()
    assert f'<a class="button" href="{lessons[1].url}">' in html
    my = learner_client.get(reverse("my-courses")).content.decode()
    assert f'href="{lessons[1].url}"' in my
    assert "2 / 4" in my


def test_course_outline_marks_done_next_and_not_started(learner_client, make_course):
    course = make_course(lessons=3, modules=2)
    lessons = lessons_of(course)
    learner_client.post(done_url(lessons[0]))
    html = learner_client.get(course.url).content.decode()
    assert html.count("outline__step--done") == 1
    assert html.count("outline__step--next") == 1
    assert html.count("outline__step--todo") == 1
    assert "Osa 1" in html and "Osa 2" in html
    assert 'role="progressbar"' in html or "<progress" in html
    assert "1 / 3" in html


@pytest.mark.parametrize(
    "make_target",
    [
        pytest.param(lambda course: 999999, id="unknown id"),
        pytest.param(lambda course: course.pk, id="the course page itself"),
        pytest.param(lambda course: course.get_parent().pk, id="the catalogue"),
    ],
)
def test_marking_done_a_page_that_is_no_lesson_is_refused(learner_client, learner, course, make_target):
    response = learner_client.post(f"/fi/courses/steps/{make_target(course)}/done/")
    assert response.status_code == 404
    assert "notice--error" in response.content.decode()
    assert not StepCompletion.objects.exists()


def test_marking_done_an_unpublished_lesson_is_refused_in_the_learners_language(learner_client, course):
    lesson = lessons_of(course)[0]
    lesson.unpublish()
    response = learner_client.post(done_url(lesson, "en"), HTTP_HX_REQUEST="true")
    assert response.status_code == 404
    assert "cannot be marked as done" in response.content.decode()
    assert not StepCompletion.objects.exists()


def test_marking_done_needs_post(learner_client, course):
    response = learner_client.get(done_url(lessons_of(course)[0]))
    assert response.status_code == 405
    assert not StepCompletion.objects.exists()


def test_a_post_without_csrf_token_is_refused(client, learner, course):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(learner)
    response = strict.post(done_url(lessons_of(course)[0]))
    assert response.status_code == 403
    assert not StepCompletion.objects.exists()


def test_progress_survives_switching_to_arabic(learner_client, learner, course):
    lessons = lessons_of(course)
    learner_client.post(done_url(lessons[0]))
    arabic_course = translate(course, "ar", {"Työelämän perusteet": "أساسيات الحياة العملية"})
    arabic_lessons = [translate(lesson, "ar", {lesson.title: f"الدرس {n}"}) for n, lesson in enumerate(lessons, 1)]
    assert arabic_course.translation_key == course.translation_key

    response = learner_client.post(done_url(arabic_lessons[1], "ar"))
    assert response.status_code == 302
    html = learner_client.get(arabic_course.url).content.decode()
    assert 'dir="rtl"' in html
    assert "أساسيات الحياة العملية" in html
    assert "2 / 3" in html
    assert f'href="{arabic_lessons[2].url}"' in html  # Continue, in Arabic
    # Finishing in Finnish completes the course started in both languages.
    learner_client.post(done_url(lessons[2]))
    assert progress_api.course_progress(learner, arabic_course).is_complete
    assert Enrollment.objects.filter(learner=learner).count() == 1


def test_my_courses_shows_the_course_in_the_active_language(learner_client, course):
    lessons = lessons_of(course)
    learner_client.post(done_url(lessons[0]))
    translate(course, "ar", {"Työelämän perusteet": "أساسيات الحياة العملية"})
    html = learner_client.get("/ar/my-courses/").content.decode()
    assert "أساسيات الحياة العملية" in html
    # lesson 2 has no Arabic translation yet: Continue leads to it under /ar/, shown through the fallback
    assert f'href="{lessons[1].url.replace("/fi/", "/ar/", 1)}"' in html


def test_a_half_translated_course_counts_the_same_steps_in_every_language(learner_client, learner, course):
    arabic_course = translate(course, "ar", {})
    translate(lessons_of(course)[0], "ar", {})
    assert progress_api.course_progress(learner, arabic_course).total == 3
    html = learner_client.get(arabic_course.url).content.decode()
    assert html.count('class="outline__step ') == 3


def test_unpublishing_a_lesson_keeps_history_and_counts_live_lessons(learner_client, learner, course):
    lessons = lessons_of(course)
    learner_client.post(done_url(lessons[0]))
    learner_client.post(done_url(lessons[1]))
    lessons[2].unpublish()
    progress = progress_api.course_progress(learner, course)
    assert (progress.done, progress.total) == (2, 2)
    lessons[1].unpublish()
    progress = progress_api.course_progress(learner, course)
    assert (progress.done, progress.total) == (1, 1)
    assert StepCompletion.objects.filter(learner=learner).count() == 2


def test_learner_a_never_sees_learner_bs_progress(client, learner, other_learner, course):
    lessons = lessons_of(course)
    client.force_login(other_learner)
    client.post(done_url(lessons[0]))
    client.post(done_url(lessons[1]))
    client.force_login(learner)
    html = client.get(course.url).content.decode()
    assert "0 / 3" in html and "2 / 3" not in html
    assert "outline__step--done" not in html
    assert "Start course" in html or "Aloita" in html
    assert "2 / 3" not in client.get(reverse("my-courses")).content.decode()
    assert progress_api.course_progress(learner, course).done == 0


def test_my_courses_requires_sign_in(client):
    response = client.get(reverse("my-courses"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_catalogue_filters_by_audience_and_shows_progress(learner_client, make_course):
    immigrants = make_course(lessons=2, slug="tyo", audience="immigrants")
    make_course(lessons=2, slug="monikulttuurinen-tyo", audience="staff")
    learner_client.post(done_url(lessons_of(immigrants)[0]))
    catalogue = immigrants.get_parent()
    all_html = learner_client.get(catalogue.url).content.decode()
    assert all_html.count("course-card") >= 2 and "1 / 2" in all_html
    staff_html = learner_client.get(catalogue.url + "?audience=staff").content.decode()
    assert "monikulttuurinen-tyo" in staff_html and "/tyo/" not in staff_html
    odd = learner_client.get(catalogue.url + "?audience=<script>")
    assert odd.status_code == 200


def test_plain_language_choice_is_remembered(client, course):
    lesson = lessons_of(course)[0]
    lesson.plain_body = [{"type": "paragraph", "value": "<p>Selkokielinen teksti.</p>"}]
    lesson.save_revision().publish()
    assert "Selkokielinen teksti." not in client.get(lesson.url).content.decode()
    response = client.post(reverse("plain-language"), {"plain": "1", "next": lesson.url})
    assert response.status_code == 302 and response["Location"] == lesson.url
    assert response.cookies["plain_language"].value == "1"
    html = client.get(lesson.url).content.decode()
    assert "Selkokielinen teksti." in html and 'aria-pressed="true"' in html
    # An address outside the site is never followed.
    response = client.post(reverse("plain-language"), {"plain": "0", "next": "https://evil.example/"})
    assert response["Location"] == "/fi/"


def test_lesson_shows_breadcrumbs_neighbours_and_sources_at_the_end(client, course):
    lessons = lessons_of(course)
    html = client.get(lessons[1].url).content.decode()
    assert 'aria-label="Linkkipolku"' in html or "breadcrumbs" in html
    assert f'href="{lessons[0].url}" rel="prev"' in html
    assert f'href="{lessons[2].url}" rel="next"' in html
    assert html.index("Täsmällisyys") < html.index("Työsuojelu.fi")
    assert "js/lesson.js" in html and "defer" in html


def test_module_page_lists_its_lessons(client, make_course):
    course = make_course(lessons=4, modules=2)
    module = course.get_children().first()
    html = client.get(module.url).content.decode()
    assert "Oppitunti 1" in html and "Oppitunti 2" in html
    assert "Oppitunti 3" not in html


def test_privacy_export_holds_only_the_learners_own_rows(client, learner, other_learner, course):
    lessons = lessons_of(course)
    for lesson in lessons:
        progress_api.complete_step(learner, lesson, course)
    progress_api.complete_step(other_learner, lessons[0], course)
    data = export(learner)
    import json

    json.dumps(data)
    assert len(data["enrolments"]) == 1 and data["enrolments"][0]["course"] == "Työelämän perusteet"
    assert len(data["completed_steps"]) == 3
    assert len(data["certificates"]) == 1
    assert len(export(other_learner)["certificates"]) == 0


def test_source_strings_of_a_lesson_can_be_translated(course):
    strings = source_strings(lessons_of(course)[0])
    assert "Oppitunti 1" in strings
    assert CoursePage.objects.count() == 1


def test_a_quiz_is_a_step_of_the_outline_but_cannot_be_marked_done_by_button(learner_client, learner, course):
    from quizzes.models import QuizPage

    quiz = QuizPage(title="Loppukoe", slug="loppukoe", intro="Testaa osaamisesi.")
    course.add_child(instance=quiz)
    quiz.save_revision().publish()
    html = learner_client.get(course.url).content.decode()
    assert "Loppukoe" in html and html.count("outline__step ") == 4
    last_lesson = lessons_of(course)[-1]
    assert f'href="{quiz.url}" rel="next"' in learner_client.get(last_lesson.url).content.decode()
    response = learner_client.post(done_url(quiz))
    assert response.status_code == 400
    assert not StepCompletion.objects.filter(step_key=quiz.translation_key).exists()


def test_guest_pressing_mark_done_with_htmx_is_sent_to_sign_in(client, course):
    lesson = lessons_of(course)[0]
    response = client.post(done_url(lesson), HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert response["HX-Redirect"].startswith("/fi/accounts/login/?next=")
    assert not StepCompletion.objects.exists()


def test_catalogue_costs_the_same_queries_for_two_courses_as_for_six(learner_client, make_course):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = make_course(lessons=2, slug="kurssi-0")
    catalogue_url = first.get_parent().url
    learner_client.post(done_url(lessons_of(first)[0]))

    def count():
        learner_client.get(catalogue_url)
        with CaptureQueriesContext(connection) as ctx:
            learner_client.get(catalogue_url)
        return len(ctx.captured_queries)

    make_course(lessons=2, slug="kurssi-1")
    two = count()
    for n in range(2, 6):
        make_course(lessons=2, slug=f"kurssi-{n}")
    assert count() == two


def test_trainer_previewing_a_lesson_is_not_enrolled(client, make_user, course):
    from django.test import RequestFactory

    trainer = make_user("trainer", is_superuser=True, is_staff=True)
    lesson = lessons_of(course)[0]
    request = RequestFactory().get(lesson.url)
    request.user = trainer
    request.is_preview = True
    context = lesson.get_context(request)
    assert context["outline"].current.key == lesson.translation_key
    assert not Enrollment.objects.filter(learner=trainer).exists()


def test_catalogue_languages_list_keeps_each_name_whole_in_arabic(client, course):
    """Latin commas between language names scrambled the "Available in:" list on an Arabic page: each name is
    an isolated <bdi> in a list item, and the separator comes from the list's own language (site.css)."""
    translate(course, "ar", {"Työelämän perusteet": "أساسيات الحياة العملية"})
    catalogue_url = course.get_parent().url.replace("/fi/", "/ar/", 1)
    html = client.get(catalogue_url).content.decode()
    assert 'dir="rtl"' in html
    assert '<ul class="inline-list">' in html
    assert '<li><bdi lang="fi">' in html and '<li><bdi lang="ar">' in html
    assert "</bdi>, " not in html and "</span>, " not in html
