"""The glossary check: working-life terms stay the same across lessons, quizzes and interface.

`check_glossary` reads files only, so these tests need no database. The real content/ must pass for every
language that has a glossary (that is "the check runs in CI and passes"); a small folder written by each
test shows what it flags, where, and which glossary files it refuses.
"""

import io
import textwrap

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from content_io.glossary import glossary_languages, load_terms

TERMS = """\
- id: employment-contract
  fi: työsopimus
  match: [työsopimu]
  en: employment contract
- id: pay
  fi: palkka
  match: [palkka, palkan]
  en: pay
- id: minimum-wage
  fi: vähimmäispalkka
  match: [vähimmäispalk]
  en: minimum wage
"""
SWEDISH = """\
employment-contract:
  term: anställningsavtal
  match: [anställningsavtal]
pay:
  term: lön
  match: [lön]
minimum-wage:
  term: minimilön
  match: [minimilön]
"""
CONTENT_PO = """\
msgid ""
msgstr ""
"Language: sv\\n"
"Content-Type: text/plain; charset=utf-8\\n"

msgctxt "home/kurssi/palkka:intro"
msgid "Palkka maksetaan kerran kuukaudessa."
msgstr "Ersättningen betalas en gång i månaden."

msgctxt "home/kurssi/palkka:body.1"
msgid "Vähimmäispalkka sovitaan työehtosopimuksessa."
msgstr "Minimilönen avtalas i kollektivavtalet."

msgctxt "home/kurssi/palkka:body.2"
msgid "Työsopimus kertoo palkan."
msgstr "Anställningsavtalet anger lönen."

msgctxt "home/kurssi/palkka:body.3"
msgid "Palkka ei ole vielä käännetty."
msgstr ""

msgctxt "home/kurssi/palkka:body.4"
msgid "Vähimmäispalkka ja palkka ovat eri asioita."
msgstr "Minimilön och ersättning är olika saker."
"""
KELA = """\
- id: kela
  fi: Kela
  match: [kela]
  except: [liikelaito]
  en: Kela
"""
ENTRY = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=utf-8\\n"

msgctxt "home/kurssi/palkka:intro"
msgid "{msgid}"
msgstr "{msgstr}"
"""
INTERFACE_PO = """\
msgid ""
msgstr ""
"Language: sv\\n"
"Content-Type: text/plain; charset=utf-8\\n"

msgid "Your pay this month"
msgstr "Din ersättning denna månad"

msgid "Payment method"
msgstr "Betalningssätt"

msgid "Employment contracts"
msgstr "Anställningsavtal"
"""


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def line_of(path, text):
    """The line (1-based) of the entry whose msgctxt or msgid is `text`: where a translator looks."""
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if text in line)
    while index > 0 and lines[index - 1].startswith(("msgctxt", "#")):
        index -= 1
    return index + 1


@pytest.fixture
def small_glossary(tmp_path):
    """content/locale with three terms and a Swedish glossary, and an interface folder beside it."""
    write(tmp_path / "content" / "locale" / "glossary.yaml", TERMS)
    write(tmp_path / "content" / "locale" / "sv" / "glossary.yaml", SWEDISH)
    return tmp_path


def run(tmp_path, *languages):
    """check_glossary on the folder; (stdout, stderr, whether it failed)."""
    out, err = io.StringIO(), io.StringIO()
    args = [*languages, "--dir", str(tmp_path / "content"), "--interface-dir", str(tmp_path / "locale")]
    try:
        call_command("check_glossary", *args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue() + str(error), True
    return out.getvalue(), err.getvalue(), False


def test_the_glossary_has_at_least_40_working_life_terms():
    assert len(load_terms()) >= 40


@pytest.mark.parametrize("language", glossary_languages())
def test_every_translated_language_uses_the_agreed_terms(language):
    """The repository passes: every lesson, quiz and interface text that uses a term uses its agreed
    translation. A failure lists each entry as file:line with the term it lacks."""
    out = io.StringIO()
    try:
        call_command("check_glossary", language, stdout=out)
    except CommandError:
        pytest.fail(out.getvalue())
    assert f"{language}: 0 flagged" in out.getvalue()


def test_the_languages_translated_before_the_glossary_have_one():
    assert {"en", "ar", "uk"} <= set(glossary_languages())


def test_a_translation_without_the_agreed_term_is_flagged_with_its_file_and_line(small_glossary):
    po = write(small_glossary / "content" / "locale" / "sv" / "kurssi.po", CONTENT_PO)
    out, _, failed = run(small_glossary, "sv")
    findings = [line for line in out.splitlines() if "[" in line]
    assert failed
    lacks = '-> translation lacks "lön"'
    assert findings == [
        f'{po}:{line_of(po, "palkka:intro")}: [pay] "Palkka maksetaan kerran kuukaudessa." {lacks}',
        f'{po}:{line_of(po, "palkka:body.4")}: [pay] "Vähimmäispalkka ja palkka ovat eri asioita." {lacks}',
    ]
    assert "sv: 2 flagged (4 translated entries in 1 files)" in out


def test_a_longer_term_hides_the_shorter_one_inside_it(small_glossary):
    """vähimmäispalkka holds palkka, minimilön holds lön: a minimum wage is not also a mention of pay, in the
    source or in the translation, but pay beside it still needs its own word."""
    po = write(small_glossary / "content" / "locale" / "sv" / "kurssi.po", CONTENT_PO)
    out, _, _ = run(small_glossary, "sv")
    assert f"{po}:{line_of(po, 'palkka:body.1')}:" not in out
    assert f"{po}:{line_of(po, 'palkka:body.4')}: [pay]" in out
    assert "[minimum-wage]" not in out


def test_an_untranslated_entry_is_left_to_the_completeness_check(small_glossary):
    po = write(small_glossary / "content" / "locale" / "sv" / "kurssi.po", CONTENT_PO)
    out, _, _ = run(small_glossary, "sv")
    assert f"{po}:{line_of(po, 'palkka:body.3')}:" not in out


def test_the_interface_is_checked_with_the_english_term_as_a_word(small_glossary):
    po = write(small_glossary / "locale" / "sv" / "LC_MESSAGES" / "django.po", INTERFACE_PO)
    out, _, failed = run(small_glossary, "sv")
    assert failed
    assert f'{po}:{line_of(po, "Your pay this month")}: [pay] "Your pay this month" -> translation lacks "lön"' in out
    assert "Payment method" not in out  # "pay" inside another word is not the term
    assert "Employment contracts" not in out  # the plural is the term, and the translation has it
    assert "sv: 1 flagged (3 translated entries in 1 files)" in out


def test_a_word_listed_under_except_hides_the_stem_inside_it(small_glossary):
    """Kela's stem is inside "liikelaitos" (a public enterprise): the name of one is no mention of Kela."""
    write(small_glossary / "content" / "locale" / "glossary.yaml", TERMS + KELA)
    swedish_kela = "kela:\n  term: FPA\n  match: [fpa]\n"
    write(small_glossary / "content" / "locale" / "sv" / "glossary.yaml", SWEDISH + swedish_kela)
    po = write(small_glossary / "content" / "locale" / "sv" / "kurssi.po", ENTRY.format(
        msgid="Perusturvaliikelaitos Saarikka neuvoo. Kela maksaa.", msgstr="Saarikka ger råd. Kela betalar."))
    out, _, failed = run(small_glossary, "sv")
    assert failed
    assert f'{po}:{line_of(po, "Perusturvaliikelaitos")}: [kela] "…aliikelaitos Saarikka neuvoo. Kela maksaa."' in out
    assert out.count("[kela]") == 1  # the second mention only, not the one inside liikelaitos


def test_arabic_vowel_marks_in_a_translation_do_not_hide_the_term(small_glossary):
    write(small_glossary / "content" / "locale" / "ar" / "glossary.yaml", SWEDISH.replace("[lön]", "[أجر]").replace(
        "term: lön", "term: الأجر"))
    write(small_glossary / "content" / "locale" / "ar" / "kurssi.po", ENTRY.format(
        msgid="Palkka maksetaan kuukausittain.", msgstr="يُدفع الأجْرُ شهريًا."))
    out, err, failed = run(small_glossary, "ar")
    assert not failed, out + err
    assert "ar: 0 flagged (1 translated entries in 1 files)" in out


def test_a_turkish_capital_dotted_i_starting_a_sentence_still_holds_the_term(small_glossary):
    """Python lower-cases "İ" to "i" + a combining dot: "İşveren" must still hold the stem "işveren"."""
    write(small_glossary / "content" / "locale" / "tr" / "glossary.yaml", SWEDISH.replace("[lön]", "[işveren]").replace(
        "term: lön", "term: işveren"))
    write(small_glossary / "content" / "locale" / "tr" / "kurssi.po", ENTRY.format(
        msgid="Palkka maksetaan kuukausittain.", msgstr="İşveren her ay öder."))
    out, err, failed = run(small_glossary, "tr")
    assert not failed, out + err
    assert "tr: 0 flagged (1 translated entries in 1 files)" in out


def test_a_language_whose_translations_all_use_the_terms_passes(small_glossary):
    write(small_glossary / "content" / "locale" / "sv" / "kurssi.po", CONTENT_PO.replace("Ersättning", "Lön").replace(
        "ersättning", "lön"))
    out, err, failed = run(small_glossary, "sv")
    assert not failed, out + err
    assert "sv: 0 flagged" in out


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda text: text + "overtime:\n  term: övertid\n  match: [övertid]\n", "unknown term id 'overtime'"),
        (lambda text: text.replace("minimum-wage:\n  term: minimilön\n  match: [minimilön]\n", ""),
         "terms missing: minimum-wage"),
        (lambda text: text.replace("match: [lön]", "match: []"), "pay: `match` must be a non-empty list"),
        (lambda text: text.replace("match: [lön]", "match: [Lön]"), "write stems in lower case"),
        (lambda text: text.replace("term: lön", "term: ersättning"), "contains none of its own `match` stems"),
    ],
    ids=["unknown id", "missing id", "empty match", "upper-case stem", "term outside its stems"],
)
def test_a_broken_glossary_file_is_an_error_that_names_its_file_and_line(small_glossary, change, reason):
    glossary = small_glossary / "content" / "locale" / "sv" / "glossary.yaml"
    glossary.write_text(change(glossary.read_text(encoding="utf-8")), encoding="utf-8")
    _, err, failed = run(small_glossary, "sv")
    assert failed
    assert f"{glossary}:" in err
    assert reason in err


def test_a_language_without_a_glossary_file_is_an_error(small_glossary):
    _, err, failed = run(small_glossary, "fi")
    assert failed
    assert "No glossary file for fi" in err
