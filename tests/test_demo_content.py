"""The demo site a first-time visitor meets, built from content/: complete, sourced, translated, idempotent.

Loading content/ takes a while (~100 pages and ~150 wagtail-localize translations), so the tests
that need the database share one load per module: the fixture runs `load_demo` twice inside a
transaction that is rolled back when the module ends, leaving the test database clean for every
other module. Search indexing is off for that load (about a third of its time).
"""

import filecmp
import io
import re
import shutil
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation

from content_io import tree as content_tree
from content_io.exporter import export_content
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from quizzes.models import QuizPage

ROOT = Path(settings.BASE_DIR)
CONTENT = ROOT / "content"
SOURCE = settings.LANGUAGE_CODE
WORKING_LIFE = "tyoelaman-pelisaannot"
STAFF = "monikulttuurinen-kohtaaminen"
QUESTION_TYPES = {"single_choice", "multiple_choice", "true_false", "ordering"}
# Issue #17: the working-life course in every content language. Listed, not read from the files, so that a
# translation file that goes missing fails the structure test instead of shrinking what it expects.
WORKING_LIFE_LANGUAGES = {"fi", "sv", "en", "ar", "fa", "so", "ru", "uk", "et", "tr"}


def row_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models() if model._meta.managed}


@pytest.fixture(scope="module")
def files():
    return content_tree.read(CONTENT)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """Row counts after a first and a second `load_demo`, and an export of the result; rolled back at the end."""
    backends = {"default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}}
    with django_db_blocker.unblock(), override_settings(WAGTAILSEARCH_BACKENDS=backends), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        first, revisions = row_counts(), Revision.objects.count()
        second_run = io.StringIO()
        call_command("load_demo", stdout=second_run)
        exported = tmp_path_factory.mktemp("export") / "content"
        shutil.copytree(CONTENT, exported)
        export_content(exported)
        yield {
            "first": first,
            "second": row_counts(),
            "revisions": (revisions, Revision.objects.count()),
            "second_run": second_run.getvalue(),
            "exported": exported,
        }
        # The rows go with the rollback; the media files the import saved would stay behind.
        for model in (get_image_model(), get_image_model().get_rendition_model()):
            for image in model.objects.all():
                image.file.delete(save=False)
        transaction.set_rollback(True)


def finnish(model, slug):
    return model.objects.get(slug=slug, locale__language_code=SOURCE)


def course_pages(slug):
    course = finnish(CoursePage, slug)
    return [page.specific for page in course.get_descendants(inclusive=True).filter(locale=course.locale)]


def translated_languages(tree):
    """The languages that have a PO file for this page tree: what the files say is translated."""
    return {path.parent.name for path in (CONTENT / "locale").glob(f"*/{tree}.po")}


def course_files(files, slug):
    prefix = f"home/kurssit/{slug}"
    return {path: page for path, page in files.pages.items() if path == prefix or path.startswith(prefix + "/")}


# --- The files themselves (no database) ----------------------------------------------------------


def test_no_course_or_guide_text_is_left_in_python(files):
    """Content lives in content/ only: no page title of it appears in the project's Python code."""
    titles = {page.data["title"] for page in files.pages.values() if len(page.data["title"]) > 12}
    sources = [
        path
        for app in ("home", "guide", "learners", "courses", "quizzes", "reports", "content_io")
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts
    ]
    assert titles and sources
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert not [title for title in titles if title in text], path


def test_each_module_quiz_of_working_life_uses_every_question_type_with_a_valid_answer_key(files):
    quizzes = [
        page
        for path, page in course_files(files, WORKING_LIFE).items()
        if page.model is QuizPage and path.count("/") == 4
    ]
    assert len(quizzes) == 4
    for quiz in quizzes:
        questions = quiz.data["questions"]
        assert len(questions) >= 4
        assert {question["type"] for question in questions} == QUESTION_TYPES, quiz.path
        for question in questions:
            if question["type"] == "ordering":
                assert len(question["value"]["items"]) >= 2
                continue
            correct = sum(bool(choice["value"].get("correct")) for choice in question["value"]["choices"])
            assert correct == 1 if question["type"] in {"single_choice", "true_false"} else correct >= 1


def test_working_life_lessons_teach_with_blocks_not_walls_of_text(files):
    lessons = [page for page in course_files(files, WORKING_LIFE).values() if page.model is LessonPage]
    assert len(lessons) == 12
    for lesson in lessons[:6]:
        kinds = [block["type"] for block in lesson.data["body"]]
        assert {"key_terms", "scenario", "callout", "checklist", "reflection"} <= set(kinds), lesson.path
    for lesson in lessons:
        assert lesson.data["body"][-1]["type"] == "sources", lesson.path
        assert lesson.data["plain_body"][-1]["type"] == "sources", lesson.path
        assert "UNCONFIRMED" not in lesson.file.read_text(encoding="utf-8")


def test_every_translation_file_says_that_no_native_speaker_has_reviewed_it(files):
    assert len(files.headers) >= 20
    for path, header in files.headers.items():
        assert header[content_tree.REVIEW_HEADER] == "not reviewed by a native speaker", path


def test_the_working_life_course_no_longer_sends_learners_to_the_regional_state_administrative_agencies(files):
    """The AVIs ceased on 1 January 2026 (HaVM 15/2025 vp): their occupational safety and health supervision
    moved to the national Lupa- ja valvontavirasto. No Finnish text or translation of the course names them."""
    abolished = re.compile(r"aluehallintovira|\bAVI\b|regional state administrative", re.IGNORECASE)
    pages = course_files(files, WORKING_LIFE)
    for path, page in pages.items():
        assert not abolished.search(page.file.read_text(encoding="utf-8")), path
        for language, entries in files.translations[path].items():
            named = [entry.context for entry in entries if abolished.search(entry.msgstr)]
            assert not named, (language, path, named)
    lesson = pages[f"home/kurssit/{WORKING_LIFE}/tyosuhteen-turva/yhdenvertaisuus"]
    sources = [source["value"]["url"] for source in lesson.data["body"][-1]["value"]["sources"]]
    assert "https://www.eduskunta.fi/FI/vaski/Mietinto/Sivut/HaVM_15+2025.aspx" in sources


def test_translation_files_carry_text_only_never_answer_keys_or_pass_marks(files):
    for language in files.translations.values():
        for entries in language.values():
            for entry in entries:
                assert not re.search(r"\.(correct|pass_mark|valid_as_of|url)$", entry.context), entry.context


def test_every_working_life_string_is_translated_in_every_language_with_a_file_sources_titles_included(files):
    """Issue #17: a learner reads the whole lesson in their language, the titles of its sources too."""
    languages = translated_languages(WORKING_LIFE)
    assert languages
    for language in languages:
        for path in course_files(files, WORKING_LIFE):
            entries = files.translations[path][language]
            missing = [
                entry.context for entry in entries if not entry.msgstr and not entry.context.startswith("plain_body")
            ]
            assert not missing, (language, path, missing)


def test_plain_finnish_stays_finnish_in_every_working_life_translation(files):
    """Plain Finnish (selkosuomi) is the point of plain_body: no language translates it."""
    for language in translated_languages(WORKING_LIFE):
        for path in course_files(files, WORKING_LIFE):
            translated = [
                entry.context
                for entry in files.translations[path][language]
                if entry.msgstr and entry.context.startswith("plain_body")
            ]
            assert not translated, (language, path, translated)


# --- Loaded into the database --------------------------------------------------------------------


def test_loading_the_demo_twice_writes_nothing_the_second_time(demo):
    # Each lesson in Finnish and in every language that has the course's PO file.
    lessons = 12 * (1 + len(translated_languages(WORKING_LIFE))) + 8 * (1 + len(translated_languages(STAFF)))
    assert demo["first"]["courses.LessonPage"] == lessons
    assert demo["first"] == demo["second"]
    first, second = demo["revisions"]
    assert first == second
    assert "content/: 0 changes" in demo["second_run"]


def test_exporting_the_imported_site_gives_back_content_byte_for_byte(demo):
    comparison = filecmp.dircmp(CONTENT, demo["exported"])

    def differences(cmp, prefix=""):
        found = [prefix + name for name in cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files]
        for name, sub in cmp.subdirs.items():
            found += differences(sub, f"{prefix}{name}/")
        return found

    assert differences(comparison) == []
    for path in demo["exported"].rglob("*"):  # dircmp compares sizes and dates first; check the bytes
        if path.is_file():
            assert path.read_bytes() == (CONTENT / path.relative_to(demo["exported"])).read_bytes(), path


def test_every_page_of_the_site_has_its_file_and_every_file_its_page(demo, db, files):
    site_pages = {page.url_path.strip("/") for page in Page.objects.filter(depth__gte=2, locale__language_code=SOURCE)}
    assert site_pages == set(files.pages)
    assert {"home/opas", f"home/kurssit/{WORKING_LIFE}", f"home/kurssit/{STAFF}"} <= site_pages


@pytest.mark.parametrize(
    ("slug", "modules", "lessons", "quizzes", "languages"),
    [(WORKING_LIFE, 4, 12, 5, WORKING_LIFE_LANGUAGES), (STAFF, 3, 8, 4, {SOURCE} | translated_languages(STAFF))],
)
def test_each_course_has_the_structure_its_files_give(demo, db, files, slug, modules, lessons, quizzes, languages):
    page_files = course_files(files, slug)
    by_type = {
        model: [p for p in page_files.values() if p.model is model] for model in (ModulePage, LessonPage, QuizPage)
    }
    assert [len(by_type[m]) for m in (ModulePage, LessonPage, QuizPage)] == [modules, lessons, quizzes]
    site = {page.url_path.strip("/"): page for page in course_pages(slug)}
    # The same pages, of the same types, in the same order as the files list them.
    assert list(site) == list(page_files)
    assert [type(page) for page in site.values()] == [page.model for page in page_files.values()]
    for path, page_file in page_files.items():
        page = site[path]
        if isinstance(page, QuizPage):
            assert len(page.questions) == len(page_file.data["questions"]), path
            assert [q.id for q in page.questions] == [q["id"] for q in page_file.data["questions"]], path
            assert page.pass_mark == page_file.data.get("pass_mark", 80), path
        translated = set(page.get_translations().live().values_list("locale__language_code", flat=True))
        assert translated | {SOURCE} == set(files.translations[path]) | {SOURCE} == languages, path


def test_every_demo_lesson_ends_with_its_dated_sources(demo, db):
    lessons = LessonPage.objects.all()
    assert lessons.exists()
    for lesson in lessons:
        last = lesson.body[-1]
        assert last.block_type == "sources", lesson.url_path
        assert last.value["sources"], lesson.url_path
        assert all(source["url"] and source["valid_as_of"] for source in last.value["sources"])
        if lesson.plain_body:
            assert lesson.plain_body[-1].block_type == "sources", lesson.url_path


def test_every_quiz_question_has_a_correct_choice(demo, db):
    quizzes = QuizPage.objects.all()
    assert quizzes.exists()
    for quiz in quizzes:
        assert quiz.questions, quiz.url_path
        for question in quiz.questions:
            if question.block_type == "ordering":
                assert len(question.value["items"]) >= 2, quiz.url_path
            else:
                assert any(choice["correct"] for choice in question.value["choices"]), quiz.url_path


def test_translations_are_wagtail_localize_translations_that_editors_can_sync(demo, db):
    course = finnish(CoursePage, WORKING_LIFE)
    targets = Translation.objects.filter(source__object_id=course.translation_key).values_list(
        "target_locale__language_code", flat=True
    )
    assert set(targets) == translated_languages(WORKING_LIFE)


def test_a_translated_lesson_shows_the_po_files_text(demo, db, files):
    lesson = finnish(LessonPage, "tyosopimus")
    path = lesson.url_path.strip("/")
    entry = next(e for e in files.translations[path]["uk"] if e.context == "intro")
    ukrainian = lesson.get_translation(Locale.objects.get(language_code="uk"))
    assert entry.msgstr and ukrainian.intro == entry.msgstr


def test_every_working_life_lesson_has_a_plain_finnish_version(demo, db):
    lessons = [page for page in course_pages(WORKING_LIFE) if isinstance(page, LessonPage)]
    assert lessons
    for lesson in lessons:
        assert any(block.block_type == "paragraph" for block in lesson.plain_body), lesson.slug


def test_the_course_catalogue_is_in_the_menu_in_every_content_language(demo, db):
    index = finnish(CourseIndexPage, "kurssit")
    assert index.show_in_menus
    assert index.get_translations().count() == Locale.objects.count() - 1
    assert index.get_translation(Locale.objects.get(language_code="ar")).title == "الدورات"


def test_the_home_page_cards_lead_to_both_courses_and_the_guide(demo, db):
    home = Page.objects.get(depth=2, locale__language_code=SOURCE).specific
    cards = home.body[0].value["cards"]
    assert [card["page"].slug for card in cards] == [WORKING_LIFE, STAFF, "polku-toihin", "opas"]


def test_the_arabic_lesson_reads_right_to_left_with_translated_text_and_alt_text(demo, client):
    lesson = finnish(LessonPage, "tyosopimus")
    arabic = lesson.get_translation(Locale.objects.get(language_code="ar"))
    response = client.get(arabic.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'dir="rtl"' in html
    assert "عقد العمل" in html
    assert "رسم: عقد عمل موقَّع وقلم." in html
    # List items (key terms, dialogue, checklist) are translated too, not left in Finnish.
    assert "عقد غير محدد المدة" in html
    assert "الأجر وساعات العمل" in html
    assert "Palkka ja työaika" not in html


def test_a_quiz_choice_keeps_its_identity_in_every_language(demo, db):
    quiz = finnish(QuizPage, "tyosuhde-ja-palkka-tehtavat")

    def choice_ids(page):
        return [
            [choice.id for choice in question.value.get("choices", question.value.get("items")).bound_blocks]
            for question in page.questions
        ]

    finnish_ids = choice_ids(quiz)
    assert all(all(ids) for ids in finnish_ids)
    for language in translated_languages(WORKING_LIFE):
        translated = quiz.get_translation(Locale.objects.get(language_code=language))
        assert choice_ids(translated) == finnish_ids
        assert [q.id for q in translated.questions] == [q.id for q in quiz.questions]
        assert translated.questions[0].value["question"] != quiz.questions[0].value["question"]


def test_the_guide_is_in_finnish_and_english_with_its_services(demo, db, files):
    from guide.models import GuideIndexPage, ServiceProvider

    guide = finnish(GuideIndexPage, "opas")
    english = guide.get_translation(Locale.objects.get(language_code="en"))
    assert english.title == "The Kotopaikka guide"
    assert ServiceProvider.objects.filter(locale__language_code=SOURCE).count() == len(files.snippets)
    assert ServiceProvider.objects.filter(locale__language_code="en").count() == len(files.snippets)
    po = polib.pofile(str(CONTENT / "locale/en/services.po"))
    assert all(entry.msgstr for entry in po if entry.msgctxt.endswith(":name"))


def test_the_english_guide_is_english_in_its_rich_text_too(demo, db):
    """Rich text is one segment per paragraph: the PO file translates each, so none stays Finnish."""
    from guide.models import EmploymentPathPage, GoodPracticePage

    english = Locale.objects.get(language_code="en")
    practice = finnish(GoodPracticePage, "tyokokeilu-kielituella").get_translation(english)
    assert "Example: one contact person" in practice.what_it_took
    assert "Esimerkki" not in practice.what_it_took + practice.results
    path = finnish(EmploymentPathPage, "polku-toihin").get_translation(english)
    assert "The plan is made together" in str(path.steps[0].value["text"])
