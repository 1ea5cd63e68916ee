"""Every interface string is translatable, and Finnish and English are complete.

Fails when a template shows text outside {% translate %} / {% blocktranslate %}, when a
translated template string is missing from the catalogues (run `make messages` after
`manage.py makemessages`), or when fi/en has an untranslated or fuzzy entry.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))
# Text that is the same in every language: the brand, symbols, numbers.
ALLOWED_TEXT = re.compile(r"^(·\s*)?(Kotopaikka|[\W\d_]+)$", re.I)

# Like Django's own tokenizer: a tag, variable or {# comment #} never spans lines (a multi-line one is text).
TAG = re.compile(r"{%.*?%}|{{.*?}}|{#.*?#}")
BLOCKTRANS = re.compile(r"{%\s*blocktranslate\b.*?%}.*?{%\s*endblocktranslate\s*%}", re.S)
COMMENT = re.compile(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}|<!--.*?-->", re.S)
CLASS_BLOCK = re.compile(r"{%\s*block body_class\s*%}.*?{%\s*endblock\s*%}", re.S)
SCRIPT_STYLE = re.compile(r"<(script|style|svg)\b.*?</\1>", re.S)
HTML_TAG = re.compile(r"<[^>]*>", re.S)
TRANSLATE = re.compile(r"""{%\s*(?:translate|trans)\s+(["'])(.+?)\1""")


def _visible_text(source):
    text = COMMENT.sub(" ", source)
    text = BLOCKTRANS.sub(" ", text)
    text = CLASS_BLOCK.sub(" ", text)
    text = SCRIPT_STYLE.sub(" ", text)
    text = TAG.sub(" ", text)
    text = HTML_TAG.sub(" ", text)
    return [chunk.strip() for chunk in re.split(r"\s{2,}|\n", text) if chunk.strip()]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_template_shows_no_untranslated_text(template):
    leftovers = [t for t in _visible_text(template.read_text()) if not ALLOWED_TEXT.match(t)]
    assert leftovers == [], f"text not marked for translation in {template.name}: {leftovers}"


def _catalogue(lang):
    return polib.pofile(str(ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_finnish_and_english_catalogues_are_complete(lang):
    po = _catalogue(lang)
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert untranslated == [], f"{lang}: untranslated {untranslated[:10]}"
    assert fuzzy == [], f"{lang}: fuzzy {fuzzy[:10]}"


@pytest.mark.parametrize("lang", [code for code, _name in settings.LANGUAGES])
def test_every_template_string_is_in_each_catalogue(lang):
    msgids = {e.msgid for e in _catalogue(lang)}
    missing = sorted(
        {m.group(2) for t in TEMPLATES for m in TRANSLATE.finditer(t.read_text())} - msgids
    )
    assert missing == [], f"{lang}: run makemessages; missing {missing[:10]}"


@pytest.mark.parametrize("lang", [code for code, _name in settings.LANGUAGES if code not in ("fi", "en")])
def test_other_catalogues_are_marked_for_native_review(lang):
    po = _catalogue(lang)
    assert "native speaker" in po.metadata.get("X-Review-Status", "").lower()


def _plural_count(po):
    return int(re.search(r"nplurals\s*=\s*(\d+)", po.metadata["Plural-Forms"])[1])


@pytest.mark.parametrize("lang", [code for code, _name in settings.LANGUAGES])
def test_plural_entries_have_every_form_the_language_needs(lang):
    """Arabic has six plural forms, most languages two; a missing form shows the English source."""
    po = _catalogue(lang)
    forms = _plural_count(po)
    incomplete = [
        e.msgid for e in po
        if e.msgid_plural and e.translated() and len([s for s in e.msgstr_plural.values() if s]) != forms
    ]
    assert incomplete == [], f"{lang}: {incomplete[:5]}"


# The course catalogue, course and lesson pages say how long a course takes: "about 5 minutes".
# Arabic counts differently for 1, 2, 3–10 and 11–99 (the review read "حوالي 5 دقيقة", a singular).
COURSE_LENGTH = [
    ("ar", 5, "حوالي 5 دقائق"),
    ("ar", 15, "حوالي 15 دقيقة"),
    ("ru", 5, "около 5 минут"),
    ("ru", 3, "около 3 минут"),
    ("uk", 5, "близько 5 хвилин"),
    ("en", 1, "about 1 minute"),
    ("en", 15, "about 15 minutes"),
    ("fi", 15, "noin 15 minuuttia"),
]


@pytest.mark.parametrize(("lang", "minutes", "shown"), COURSE_LENGTH)
def test_course_length_is_said_with_the_right_plural(client, make_course, lang, minutes, shown):
    course = make_course(lessons=1)
    course.estimated_minutes = minutes
    course.save_revision().publish()
    lesson = course.get_children().first().specific
    lesson.estimated_minutes = minutes
    lesson.save_revision().publish()
    for url in (course.get_parent().url, course.url, lesson.url):
        html = client.get(f"/{lang}{url.removeprefix('/fi')}").content.decode()
        assert shown in html, url


def test_arabic_correct_answer_mark_is_not_a_true_false_choice():
    """Arabic true/false choices are "صحيح"/"خطأ"; a mark "صحيح" next to the right choice "خطأ" read
    "false true". The mark (msgid "correct" in quiz_page.html) must be neither word."""
    with translation.override("ar"):
        mark = translation.gettext("correct")
    assert mark not in ("صحيح", "خطأ", "correct")
