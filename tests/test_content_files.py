"""import_content and export_content on a small content folder written by each test.

The real content/ is tested in test_demo_content.py; here each kind of broken file must stop the
import with its file, its line and the reason, and leave the site as it was.
"""

import io
import textwrap

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from content_io.exporter import export_content
from content_io.importer import import_content
from courses.models import CoursePage, LessonPage

HOME = """\
type: home.HomePage
title: Koti
body:
- type: audience_cards
  id: 5d3c1c52-0b4e-4c3c-9d0e-111111111111
  value:
    cards:
    - id: 5d3c1c52-0b4e-4c3c-9d0e-222222222222
      value:
        title: Muutit Suomeen?
        text: Opi työelämän pelisäännöt.
        page: home/kurssit/kurssi
        link_text: Aloita
children:
- kurssit
"""
INDEX = """\
type: courses.CourseIndexPage
title: Kurssit
children:
- kurssi
"""
COURSE = """\
type: courses.CoursePage
title: Kurssi
intro: Lyhyt kurssi.
audience: immigrants
children:
- oppitunti
"""
LESSON = """\
type: courses.LessonPage
title: Oppitunti
body:
- type: paragraph
  id: 7e1d0a4e-6d3f-4a51-8c55-333333333333
  value: <p>Työsopimus kannattaa tehdä kirjallisena.</p>
- type: image
  id: 7e1d0a4e-6d3f-4a51-8c55-444444444444
  value:
    image: kuva.png
    alt_text: Piirros työsopimuksesta.
"""
ENGLISH = """\
msgid ""
msgstr ""
"Language: en\\n"
"Content-Type: text/plain; charset=utf-8\\n"
"X-Review-Status: not reviewed by a native speaker\\n"

msgctxt "home/kurssit/kurssi:title"
msgid "Kurssi"
msgstr "Course"

msgctxt "home/kurssit/kurssi/oppitunti:title"
msgid "Oppitunti"
msgstr "Lesson"
"""


@pytest.fixture
def content(tmp_path):
    """A valid content folder: home > course index > course > lesson with an image, and an English PO."""
    root = tmp_path / "content"
    files = {
        "pages/home.yaml": HOME,
        "pages/home/kurssit.yaml": INDEX,
        "pages/home/kurssit/kurssi.yaml": COURSE,
        "pages/home/kurssit/kurssi/oppitunti.yaml": LESSON,
        "locale/en/kurssi.po": ENGLISH,
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    PillowImage.new("RGB", (8, 8), "#1d3557").save(root / "pages/home/kurssit/kurssi/kuva.png")
    yield root
    for image in get_image_model().objects.all():
        image.file.delete(save=False)


def edit(root, name, old, new):
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def run_import(root, *args):
    call_command("import_content", "--dir", str(root), *args, stdout=io.StringIO())


def assert_import_fails(root, file, line, reason):
    pages = Page.objects.count()
    with pytest.raises(CommandError) as failure:
        run_import(root)
    assert f"{root / file}:{line}: " in str(failure.value)
    assert reason in str(failure.value)
    assert Page.objects.count() == pages  # nothing of a broken import stays


def test_a_small_content_folder_becomes_pages_with_their_image_link_and_english_translation(db, content):
    run_import(content)
    lesson = LessonPage.objects.get(slug="oppitunti", locale__language_code="fi")
    course = CoursePage.objects.get(slug="kurssi", locale__language_code="fi")
    assert lesson.live and lesson.get_parent().pk == course.pk
    assert lesson.body[1].value["image"].title == "kuva.png"
    home = course.get_parent().get_parent().specific
    assert home.body[0].value["cards"][0]["page"].pk == course.pk
    assert lesson.get_translation(lesson.locale.__class__.objects.get(language_code="en")).title == "Lesson"


def test_importing_the_same_files_again_writes_no_revision(db, content):
    assert import_content(content) > 0
    revisions = Revision.objects.count()
    assert import_content(content) == 0
    assert Revision.objects.count() == revisions


def test_a_changed_paragraph_is_one_new_revision_of_that_lesson_and_its_translation(db, content):
    import_content(content)
    edit(content, "pages/home/kurssit/kurssi/oppitunti.yaml", "kirjallisena", "aina kirjallisena")
    revisions = Revision.objects.count()
    import_content(content)
    lesson = LessonPage.objects.get(slug="oppitunti", locale__language_code="fi")
    assert "aina kirjallisena" in str(lesson.body[0].value)
    english = lesson.get_translation(lesson.locale.__class__.objects.get(language_code="en"))
    assert "aina kirjallisena" in str(english.body[0].value)  # untranslated paragraph: the source text
    assert Revision.objects.count() == revisions + 2


def test_check_validates_everything_and_writes_nothing(db, content):
    pages, images = Page.objects.count(), get_image_model().objects.count()
    out = io.StringIO()
    call_command("import_content", "--dir", str(content), "--check", stdout=out)
    assert "valid" in out.getvalue()
    assert (Page.objects.count(), get_image_model().objects.count()) == (pages, images)


def test_malformed_yaml_stops_the_import_at_its_line(db, content):
    edit(content, "pages/home/kurssit/kurssi.yaml", "intro: Lyhyt kurssi.", "intro: [Lyhyt kurssi.")
    assert_import_fails(content, "pages/home/kurssit/kurssi.yaml", 4, "malformed YAML")


def test_an_unknown_block_type_stops_the_import_at_its_line(db, content):
    edit(content, "pages/home/kurssit/kurssi/oppitunti.yaml", "- type: paragraph", "- type: paragrahp")
    assert_import_fails(content, "pages/home/kurssit/kurssi/oppitunti.yaml", 4, "unknown block type 'paragrahp'")


def test_a_missing_image_stops_the_import_at_its_line(db, content):
    edit(content, "pages/home/kurssit/kurssi/oppitunti.yaml", "image: kuva.png", "image: kuvat.png")
    assert_import_fails(content, "pages/home/kurssit/kurssi/oppitunti.yaml", 10, "missing image: no file 'kuvat.png'")
    assert not get_image_model().objects.exists()


def test_a_broken_internal_link_stops_the_import_at_its_line(db, content):
    edit(content, "pages/home.yaml", "page: home/kurssit/kurssi", "page: home/kurssit/kurs")
    assert_import_fails(content, "pages/home.yaml", 12, "broken internal link")


def test_a_po_entry_that_matches_no_segment_stops_the_import_at_its_line(db, content):
    edit(content, "locale/en/kurssi.po", 'msgid "Oppitunti"', 'msgid "Oppitunti 1"')
    assert_import_fails(content, "locale/en/kurssi.po", 11, "matches no segment")


def test_a_po_entry_for_a_page_that_has_no_file_stops_the_import_at_its_line(db, content):
    edit(content, "locale/en/kurssi.po", "home/kurssit/kurssi/oppitunti:title", "home/kurssit/kurssi/tunti:title")
    assert_import_fails(content, "locale/en/kurssi.po", 11, "names no page")


def test_a_misspelt_field_stops_the_import_instead_of_vanishing(db, content):
    edit(content, "pages/home/kurssit/kurssi.yaml", "intro:", "intor:")
    assert_import_fails(content, "pages/home/kurssit/kurssi.yaml", 3, "unknown field 'intor'")


def test_a_page_file_not_listed_among_its_parents_children_is_an_error(db, content):
    (content / "pages/home/kurssit/kurssi/extra.yaml").write_text(textwrap.dedent(LESSON), encoding="utf-8")
    assert_import_fails(content, "pages/home/kurssit/kurssi/extra.yaml", 1, "not listed under `children:`")


def test_export_writes_back_the_files_it_was_imported_from_byte_for_byte(db, content, tmp_path):
    import_content(content)
    copy = tmp_path / "exported"
    export_content(copy)
    written = sorted(p.relative_to(copy).as_posix() for p in copy.rglob("*") if p.is_file())
    source = sorted(p.relative_to(content).as_posix() for p in content.rglob("*") if p.is_file())
    assert written == source
    # The writer's short PO header gains the exporter's full one; everything else is byte-identical.
    for name in source:
        if not name.endswith(".po"):
            assert (copy / name).read_bytes() == (content / name).read_bytes(), name
    export_content(content)
    import_content(content)
    assert export_content(copy) == 0


def test_changing_translated_finnish_text_imports_and_leaves_the_old_translation_outdated(db, content):
    """A writer edits Finnish a translator already translated: the import goes on, the page shows the new
    Finnish until the translator catches up, and the next export asks for the new text."""
    import_content(content)
    edit(content, "pages/home/kurssit/kurssi/oppitunti.yaml", "title: Oppitunti", "title: Ensimmäinen oppitunti")
    import_content(content)
    lesson = LessonPage.objects.get(slug="oppitunti", locale__language_code="fi")
    english = lesson.get_translation(lesson.locale.__class__.objects.get(language_code="en"))
    assert english.title == "Ensimmäinen oppitunti"
    assert import_content(content) == 0
    export_content(content)
    po = (content / "locale/en/kurssi.po").read_text(encoding="utf-8")
    assert 'msgid "Ensimmäinen oppitunti"\nmsgstr ""' in po
    assert 'msgstr "Lesson"' not in po
    assert import_content(content) == 0


QUIZ = """\
type: quizzes.QuizPage
title: Tehtävät
questions:
- type: single_choice
  value:
    question: Kuka maksaa palkan?
    choices:
    - value:
        text: Työnantaja
        correct: true
    - value:
        text: Kunta
- type: single_choice
  value:
    question: Kuka maksaa veron?
    choices:
    - value:
        text: Työntekijä
    - value:
        text: Kunta
"""


def test_a_quiz_whose_answer_key_the_editor_would_refuse_stops_the_import_at_that_question(db, content):
    """The files go through the editor's own checks: here a single-choice question with no correct choice."""
    (content / "pages/home/kurssit/kurssi/tehtavat.yaml").write_text(QUIZ, encoding="utf-8")
    edit(content, "pages/home/kurssit/kurssi.yaml", "- oppitunti", "- oppitunti\n- tehtavat")
    assert_import_fails(content, "pages/home/kurssit/kurssi/tehtavat.yaml", 13, "questions: ")


def test_blocks_written_without_ids_get_the_same_ids_on_every_import(db, content):
    (content / "pages/home/kurssit/kurssi/tehtavat.yaml").write_text(
        QUIZ.replace("        text: Työntekijä\n", "        text: Työntekijä\n        correct: true\n"),
        encoding="utf-8",
    )
    edit(content, "pages/home/kurssit/kurssi.yaml", "- oppitunti", "- oppitunti\n- tehtavat")
    import_content(content)
    from quizzes.models import QuizPage

    quiz = QuizPage.objects.get(slug="tehtavat")
    ids = [(q.id, [c.id for c in q.value["choices"].bound_blocks]) for q in quiz.questions]
    assert all(question_id and all(choices) for question_id, choices in ids)
    assert import_content(content) == 0
    quiz.refresh_from_db()
    assert [(q.id, [c.id for c in q.value["choices"].bound_blocks]) for q in quiz.questions] == ids


def test_a_translation_file_must_say_whether_a_native_speaker_has_reviewed_it(db, content):
    edit(content, "locale/en/kurssi.po", '"X-Review-Status: not reviewed by a native speaker\\n"\n', "")
    assert_import_fails(content, "locale/en/kurssi.po", 1, "X-Review-Status")
