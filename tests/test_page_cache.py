"""The page cache (home/page_cache.py): fewer queries on a warm cache, never a stale page.

Every test requests a page once to fill the cache, changes content the way an editor or a
loader would, and checks that the very next request shows the change.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage
from home import page_cache
from tests.fixtures_courses import lessons_of, publish

pytestmark = pytest.mark.django_db

# Session, user, Wagtail's view-restriction check (two), the learner's enrolment and completions.
WARM_LESSON_BUDGET = 6


@pytest.fixture
def course(make_course):
    return make_course(lessons=4, modules=2, slug="valimuisti")


def test_a_lesson_on_a_warm_cache_reads_only_what_is_personal(learner_client, course):
    lesson = lessons_of(course)[1]
    learner_client.get(lesson.url)
    with CaptureQueriesContext(connection) as queries:
        response = learner_client.get(lesson.url)
    assert response.status_code == 200
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert len(queries.captured_queries) <= WARM_LESSON_BUDGET, tables
    assert "courses_lessonpage" not in tables  # the page itself came from the cache


def test_with_the_cache_off_the_page_is_the_same(learner_client, course, settings):
    lesson = lessons_of(course)[1]
    learner_client.get(lesson.url)
    cached = learner_client.get(lesson.url).content
    settings.PAGE_CACHE = False
    with CaptureQueriesContext(connection) as queries:
        fresh = learner_client.get(lesson.url).content
    assert len(queries.captured_queries) > WARM_LESSON_BUDGET
    assert cached.replace(b"\n", b"").count(b"<a ") == fresh.replace(b"\n", b"").count(b"<a ")
    assert cached.split(b"<main")[1].split(b"csrf")[0] == fresh.split(b"<main")[1].split(b"csrf")[0]


def test_a_renamed_sibling_and_course_show_at_once(learner_client, course):
    first, second, *_ = lessons_of(course)
    learner_client.get(second.url)
    first.title = "Uusi nimi oppitunnille"
    first.save_revision().publish()
    course.title = "Uudelleen nimetty kurssi"
    course.save_revision().publish()
    body = learner_client.get(second.url).content.decode()
    assert "Uusi nimi oppitunnille" in body  # outline and "Previous"
    assert "Uudelleen nimetty kurssi" in body  # breadcrumbs


def test_an_unpublished_lesson_is_gone_and_leaves_the_outline(learner_client, course):
    first, second, *_ = lessons_of(course)
    assert learner_client.get(second.url).status_code == 200
    learner_client.get(first.url)
    second.unpublish()
    assert learner_client.get(second.url).status_code == 404
    assert second.title not in learner_client.get(first.url).content.decode()


def test_a_moved_lesson_answers_at_its_new_address(learner_client, course, make_course):
    lesson = lessons_of(course)[0]
    old_url = lesson.url
    assert learner_client.get(old_url).status_code == 200
    other = make_course(lessons=1, slug="toinen")
    lesson.move(other, pos="last-child")
    moved = LessonPage.objects.get(pk=lesson.pk)
    old = learner_client.get(old_url)  # Wagtail's redirects app leads from the old address, not the cache
    assert (old.status_code, old["Location"]) == (301, moved.url)
    assert learner_client.get(moved.url).status_code == 200


def test_a_new_menu_page_appears_in_the_header(client, home_page, course):
    lesson = lessons_of(course)[0]
    client.get(lesson.url)
    from home.models import StandardPage

    publish(home_page, StandardPage(title="Tietoa hankkeesta", slug="tietoa", show_in_menus=True))
    assert "Tietoa hankkeesta" in client.get(lesson.url).content.decode()


def test_saving_a_live_page_directly_also_drops_the_cache(client, course):
    lesson = lessons_of(course)[0]
    before = page_cache.content_version()
    client.get(lesson.url)
    LessonPage.objects.get(pk=lesson.pk).save()
    assert page_cache.content_version() != before


def test_another_release_never_reads_this_releases_entries(learner_client, course, monkeypatch):
    """Cached values are pickled pages and our classes: after a deploy they must be rebuilt, not read."""
    lesson = lessons_of(course)[1]
    learner_client.get(lesson.url)
    monkeypatch.setattr(page_cache, "code_version", lambda: "next-release")
    with CaptureQueriesContext(connection) as queries:
        assert learner_client.get(lesson.url).status_code == 200
    assert "courses_lessonpage" in " ".join(q["sql"] for q in queries.captured_queries)


def test_an_answer_is_graded_against_the_quiz_as_last_published(client, make_user, make_quiz):
    """The answer endpoint reads question specs from the cache; a publish must reach it at once."""
    from quizzes.models import Answer, QuizPage
    from quizzes.views import quiz_specs
    from tests.fixtures_quizzes import QUESTIONS
    from tests.test_quizzes import HTMX, answer_url, payload

    quiz = make_quiz()
    client.force_login(make_user("kysyja"))
    client.get(quiz.url)  # the specs are cached now
    quiz = QuizPage.objects.get(pk=quiz.pk)
    quiz.questions = QUESTIONS[:1]  # new blocks, new question ids
    quiz.save_revision().publish()
    quiz = QuizPage.objects.get(pk=quiz.pk)
    spec = next(iter(quiz_specs(quiz).values()))
    client.get(quiz.url)
    response = client.post(answer_url(quiz), payload(spec), **HTMX)
    assert response.status_code == 200
    assert Answer.objects.filter(question_id=spec["id"], correct=True).count() == 1


def test_a_change_drops_the_cache_again_when_it_commits(course, django_capture_on_commit_callbacks):
    """A request that read the rows before the commit must not keep them under the version bumped at once."""
    lesson = lessons_of(course)[0]
    with django_capture_on_commit_callbacks(execute=True):
        lesson.title = "Uusi otsikko"
        lesson.save_revision().publish()
        during = page_cache.content_version()
    assert page_cache.content_version() != during


# What a trainer does all day must not empty the learners' cache (docs/design.md, idea 13): Wagtail 7.4's
# editor autosaves a draft every 500 ms, so a cache dropped on every draft is no cache at all.


@pytest.fixture
def about_page(home_page):
    """A live page in the header menu: every learner's page shows its title."""
    from home.models import StandardPage

    return publish(home_page, StandardPage(title="Tietoa hankkeesta", slug="tietoa", show_in_menus=True))


@pytest.fixture
def trainer_client(client, make_user):
    """The admin as a member of Trainers (add, change, publish, lock pages) sees it."""
    from django.contrib.auth.models import Group

    from learners.roles import TRAINERS, ensure_roles

    ensure_roles()
    trainer = make_user("kouluttaja", is_staff=True)
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    client.force_login(trainer)
    return client


def edit_url(page):
    from django.urls import reverse

    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def editor_form(page, title, **extra):
    """The edit form of a StandardPage as the editor posts it (an empty body, no comments)."""
    revision = page.get_latest_revision()
    data = {
        "title": title,
        "slug": page.slug,
        "intro": page.intro,
        "body-count": "0",
        "show_in_menus": "on" if page.show_in_menus else "",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "loaded_revision_id": revision.pk,
        "loaded_revision_created_at": revision.created_at.isoformat(),
    }
    return data | extra


def autosave(client, page, title, overwrite=None):
    """What the editor's autosave sends: the edit form, asking for JSON."""
    data = editor_form(page, title, **({"overwrite_revision_id": overwrite} if overwrite else {}))
    response = client.post(edit_url(page), data, headers={"Accept": "application/json"})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["success"], body
    return body["revision_id"]


def test_a_trainers_autosaves_keep_the_learners_cache(trainer_client, about_page):
    before = page_cache.content_version()
    first = autosave(trainer_client, about_page, "Tietoa hankkeesta (luonnos)")
    second = autosave(trainer_client, about_page, "Tietoa hankkeesta (luonnos 2)", overwrite=first)
    assert second == first  # the second autosave overwrote the first, as the editor does every 500 ms
    about_page.refresh_from_db()
    assert about_page.draft_title == "Tietoa hankkeesta (luonnos 2)"
    assert about_page.title == "Tietoa hankkeesta"
    assert page_cache.content_version() == before


def test_a_learner_reads_from_the_warm_cache_while_a_trainer_autosaves(trainer_client, about_page, learner, course):
    """The issue as learners met it: every autosave made their next page a cold one."""
    from django.test import Client

    learner_client = Client()
    learner_client.force_login(learner)
    lesson = lessons_of(course)[1]
    learner_client.get(lesson.url)
    revision = None
    for n in range(3):
        revision = autosave(trainer_client, about_page, f"Tietoa hankkeesta, luonnos {n}", overwrite=revision)
        with CaptureQueriesContext(connection) as queries:
            assert learner_client.get(lesson.url).status_code == 200
        assert len(queries.captured_queries) <= WARM_LESSON_BUDGET, len(queries.captured_queries)


def test_autosaving_a_page_that_was_never_published_keeps_the_cache(trainer_client, home_page):
    from home.models import StandardPage

    draft = StandardPage(title="Keskeneräinen", slug="kesken", live=False)
    home_page.add_child(instance=draft)
    draft.save_revision()
    before = page_cache.content_version()
    autosave(trainer_client, draft, "Keskeneräinen sivu")
    draft.refresh_from_db()
    assert draft.draft_title == "Keskeneräinen sivu"
    assert page_cache.content_version() == before


def test_saving_a_draft_in_the_editor_keeps_the_cache(trainer_client, about_page):
    before = page_cache.content_version()
    response = trainer_client.post(edit_url(about_page), editor_form(about_page, "Uusi luonnos"))
    assert response.status_code == 302
    about_page.refresh_from_db()
    assert about_page.draft_title == "Uusi luonnos"
    assert page_cache.content_version() == before


def test_saving_a_revision_in_code_keeps_the_cache(course):
    lesson = lessons_of(course)[0]
    before = page_cache.content_version()
    lesson.title = "Luonnos"
    lesson.save_revision()
    assert LessonPage.objects.get(pk=lesson.pk).has_unpublished_changes
    assert page_cache.content_version() == before


def test_locking_and_unlocking_a_page_keeps_the_cache(trainer_client, about_page):
    from django.urls import reverse

    before = page_cache.content_version()
    trainer_client.post(reverse("wagtailadmin_pages:lock", args=[about_page.pk]))
    about_page.refresh_from_db()
    assert about_page.locked
    trainer_client.post(reverse("wagtailadmin_pages:unlock", args=[about_page.pk]))
    assert page_cache.content_version() == before


def test_publishing_in_the_editor_shows_at_once(trainer_client, about_page, learner, course):
    from django.test import Client

    learner_client = Client()
    learner_client.force_login(learner)
    lesson = lessons_of(course)[0]
    assert "Tietoa hankkeesta" in learner_client.get(lesson.url).content.decode()
    before = page_cache.content_version()
    response = trainer_client.post(
        edit_url(about_page), editor_form(about_page, "Hankkeen tarina", **{"action-publish": "action-publish"})
    )
    assert response.status_code == 302
    assert type(about_page).objects.get(pk=about_page.pk).title == "Hankkeen tarina"
    assert page_cache.content_version() != before
    assert "Hankkeen tarina" in learner_client.get(lesson.url).content.decode()


def test_unpublishing_in_the_admin_drops_the_cache(trainer_client, about_page):
    from django.urls import reverse

    before = page_cache.content_version()
    response = trainer_client.post(reverse("wagtailadmin_pages:unpublish", args=[about_page.pk]))
    assert response.status_code == 302
    assert not type(about_page).objects.get(pk=about_page.pk).live
    assert page_cache.content_version() != before


def test_moving_a_page_drops_the_cache(course, make_course):
    lesson = lessons_of(course)[0]
    other = make_course(lessons=1, slug="toinen")
    before = page_cache.content_version()
    lesson.move(other, pos="last-child")
    assert page_cache.content_version() != before


def test_deleting_a_page_in_the_admin_drops_the_cache(client, make_user, about_page):
    """Deleting needs Wagtail's delete permission, which trainers do not have: an administrator does it."""
    from django.urls import reverse

    client.force_login(make_user("paakayttaja", is_staff=True, is_superuser=True))
    before = page_cache.content_version()
    response = client.post(reverse("wagtailadmin_pages:delete", args=[about_page.pk]))
    assert response.status_code == 302
    assert not type(about_page).objects.filter(pk=about_page.pk).exists()
    assert page_cache.content_version() != before


def test_unpublishing_a_page_directly_in_code_drops_the_cache(about_page):
    before = page_cache.content_version()
    about_page.live = False
    about_page.save()
    assert page_cache.content_version() != before


def test_saving_a_page_that_was_never_published_keeps_the_cache(home_page):
    from home.models import StandardPage

    draft = StandardPage(title="Keskeneräinen", slug="kesken", live=False)
    home_page.add_child(instance=draft)
    before = page_cache.content_version()
    draft.title = "Yhä keskeneräinen"
    draft.save()
    assert page_cache.content_version() == before


def test_saving_the_site_or_a_locale_drops_the_cache(home_page):
    from wagtail.models import Locale, Site

    before = page_cache.content_version()
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Kotopaikka-oppiminen"
    site.save()
    after_site = page_cache.content_version()
    assert after_site != before
    Locale.objects.get(language_code="sv").save()
    assert page_cache.content_version() != after_site


def test_replacing_an_image_drops_the_cache_and_uploading_one_does_not(home_page, settings, tmp_path):
    """Cached lesson HTML links the image's renditions, which Wagtail deletes when the file is replaced;
    uploading a new image, which nothing shows yet, keeps the cache."""
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PillowImage
    from wagtail.images import get_image_model

    def png(colour):
        buffer = io.BytesIO()
        PillowImage.new("RGB", (40, 30), colour).save(buffer, format="PNG")
        return ImageFile(buffer, name="kuva.png")

    settings.MEDIA_ROOT = tmp_path
    before = page_cache.content_version()
    image = get_image_model().objects.create(title="Kuva", file=png((11, 93, 75)))
    assert page_cache.content_version() == before
    image.file = png((200, 20, 20))
    image.save()
    replaced = page_cache.content_version()
    assert replaced != before
    image.delete()
    assert page_cache.content_version() != replaced


def test_a_new_translation_release_is_another_release(settings, tmp_path):
    """Cached lesson HTML holds translated interface strings: new catalogues must not read it."""
    catalogue = tmp_path / "fi" / "LC_MESSAGES" / "django.mo"
    catalogue.parent.mkdir(parents=True)
    catalogue.write_bytes(b"first release")
    settings.LOCALE_PATHS = [tmp_path]
    page_cache.code_version.cache_clear()
    try:
        first = page_cache.code_version()
        catalogue.write_bytes(b"second release")
        page_cache.code_version.cache_clear()
        assert page_cache.code_version() != first
    finally:
        page_cache.code_version.cache_clear()


def test_operators_can_clear_the_page_cache_by_command(course):
    from io import StringIO

    from django.core.management import call_command

    before = page_cache.content_version()
    out = StringIO()
    call_command("clear_page_cache", stdout=out)
    after = page_cache.content_version()
    assert after != before
    assert before in out.getvalue() and after in out.getvalue()
    assert "Restart the server" in out.getvalue()  # the test settings' cache is per process: say so


def test_clearing_the_page_cache_with_the_cache_off_says_so(course, settings):
    from io import StringIO

    from django.core.management import call_command

    settings.PAGE_CACHE = False
    out = StringIO()
    call_command("clear_page_cache", stdout=out)
    assert "nothing was being cached" in out.getvalue()
