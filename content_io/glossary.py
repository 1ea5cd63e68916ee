"""The glossary check: a working-life term in a source text comes out as its agreed translation.

A learner meets "työsopimus" in a lesson, a quiz question and a button; if one says "employment contract",
another "work agreement" and the third "job contract", they cannot tell they are the same thing. The terms
are data beside the PO files:

    content/locale/glossary.yaml          every term: id, Finnish term, Finnish `match` stems, English term
    content/locale/<lang>/glossary.yaml   each language's agreed term and its own `match` stems, by id

`check_language()` reads a language's PO files and reports every entry whose source uses a term while its
translation does not use that term's agreed translation:

- content PO files (content/locale/<lang>/*.po): the source is Finnish, found with the Finnish stems;
- the interface catalogue (locale/<lang>/LC_MESSAGES/django.po): the source is English, found with the
  English term as a word (its plural too), so "Employees" is the term employee but "employment" is not.

A stem is found anywhere in the lower-cased text, so one stem finds every case ending and compound
("työsopimu" finds "työsopimuksen" and "määräaikainen työsopimus"). Where two terms' matches overlap
("vähimmäispalkka" holds "palkka"), only the longest counts, in the source and in the translation alike: a
minimum wage is not also a mention of pay. An untranslated (empty) or fuzzy entry is not checked here; the
completeness checks report those. Only files are read, never the database, so the check runs anywhere.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import polib
import yaml
from django.conf import settings

from . import yamlfile
from .yamlfile import ContentError

GLOSSARY = "glossary.yaml"
# Languages whose interface catalogue has the English source as its translation: nothing to check there.
INTERFACE_SOURCE_LANGUAGES = {"en"}
SNIPPET_CONTEXT = 30
TERM_FIELDS = {"id", "fi", "match", "en", "except"}
AGREED_FIELDS = {"term", "match", "except"}
# Arabic and Persian short-vowel marks and the tatweel are optional in writing: a translation that adds them
# ("أجرٌ", "يعرّفك") still holds the stem written without ("أجر", "يعرفك").
OPTIONAL_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640])
# Python lower-cases Turkish "İ" to "i" + U+0307 (a combining dot above): dropped, so "İşveren" starting a
# sentence still holds the stem "işveren".
OPTIONAL_MARKS[0x0307] = None


@dataclass(frozen=True)
class Term:
    """One term of content/locale/glossary.yaml."""

    id: str
    fi: str
    match: tuple
    en: str
    exclude: tuple = ()


@dataclass(frozen=True)
class Agreed:
    """A language's agreed translation of one term, and the stems that find it in a translation."""

    id: str
    term: str
    match: tuple
    exclude: tuple = ()


@dataclass(frozen=True)
class Finding:
    """A PO entry whose source uses a term and whose translation lacks the agreed translation."""

    path: Path
    line: int
    term_id: str
    snippet: str
    agreed: str

    def __str__(self):
        where = f"{display_path(self.path)}:{self.line}"
        return f'{where}: [{self.term_id}] "{self.snippet}" -> translation lacks "{self.agreed}"'


@dataclass
class Report:
    """What checking one language found."""

    language: str
    findings: list
    files: int = 0
    entries: int = 0


def default_root():
    return Path(settings.BASE_DIR) / "content"


def default_interface_root():
    return Path(settings.BASE_DIR) / "locale"


def fold(text):
    """A translation or a stem as the check compares them: lower case, without optional vowel marks."""
    return text.lower().translate(OPTIONAL_MARKS)


def display_path(path):
    """`path` relative to the project when it is inside it: what a developer types and an editor opens."""
    try:
        return Path(path).relative_to(settings.BASE_DIR).as_posix()
    except ValueError:
        return str(path)


def _stems(value):
    """A `match` value as a tuple of stems, or None when it is not a non-empty list of texts."""
    if not isinstance(value, list) or not value or not all(isinstance(stem, str) and stem.strip() for stem in value):
        return None
    return tuple(value)


def _check_stems(path, line, term_id, term, value, exclude):
    """The `match` and `except` stems of a term; what would make the check silently wrong is an error."""
    stems = _stems(value)
    if stems is None:
        raise ContentError(path, line, f"{term_id}: `match` must be a non-empty list of stems")
    excluded = _stems(exclude) if exclude is not None else ()
    if excluded is None:
        raise ContentError(path, line, f"{term_id}: `except` must be a non-empty list of stems")
    upper = [stem for stem in stems + excluded if stem != stem.lower()]
    if upper:
        raise ContentError(path, line, f"{term_id}: the text is lower-cased, so write stems in lower case: {upper}")
    if not any(fold(stem) in fold(term) for stem in stems):
        raise ContentError(path, line, f"{term_id}: the term {term!r} contains none of its own `match` stems")
    idle = [stem for stem in excluded if not any(fold(match) in fold(stem) for match in stems)]
    if idle:
        raise ContentError(path, line, f"{term_id}: an `except` stem that holds no `match` stem hides nothing: {idle}")
    return stems, excluded


def load_terms(root=None):
    """The terms of content/locale/glossary.yaml by id, in the file's order; a broken file is a ContentError."""
    path = Path(root or default_root()) / "locale" / GLOSSARY
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ContentError(path, 1, f"cannot read the glossary: {error}") from error
    if not isinstance(data, list):
        raise ContentError(path, 1, "the glossary is a list of terms (- id: ...)")
    terms = {}
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict) or not {"id", "fi", "match", "en"} <= set(item) <= TERM_FIELDS:
            raise ContentError(path, 1, f"term {number}: a term has the fields id, fi, match and en (and maybe except)")
        if item["id"] in terms:
            raise ContentError(path, 1, f"term {number}: the id {item['id']!r} is given twice")
        stems, excluded = _check_stems(path, 1, item["id"], item["fi"], item["match"], item.get("except"))
        terms[item["id"]] = Term(item["id"], item["fi"], stems, item["en"], excluded)
    return terms


def load_language(language, terms, root=None):
    """A language's agreed terms by id. Every id of `terms` and no other, each with a term and stems."""
    path = Path(root or default_root()) / "locale" / language / GLOSSARY
    data = yamlfile.load(path)
    agreed = {}
    for term_id, value in data.items():
        line = data.line_of(term_id)
        if term_id not in terms:
            raise ContentError(path, line, f"unknown term id {term_id!r}: the ids are those of locale/{GLOSSARY}")
        if not isinstance(value, dict) or not {"term", "match"} <= set(value) <= AGREED_FIELDS:
            raise ContentError(path, line, f"{term_id}: give `term` (the agreed term), `match` and maybe `except`")
        if not isinstance(value["term"], str) or not value["term"].strip():
            raise ContentError(path, line, f"{term_id}: `term` is empty")
        line = value.line_of("match")
        stems, excluded = _check_stems(path, line, term_id, value["term"], value["match"], value.get("except"))
        agreed[term_id] = Agreed(term_id, value["term"], stems, excluded)
    missing = [term_id for term_id in terms if term_id not in agreed]
    if missing:
        raise ContentError(path, 1, f"terms missing: {', '.join(missing)}")
    return {term_id: agreed[term_id] for term_id in terms}


def glossary_languages(root=None):
    """The languages that have a glossary file, sorted."""
    locale = Path(root or default_root()) / "locale"
    return sorted(path.parent.name for path in locale.glob(f"*/{GLOSSARY}"))


def stem_patterns(terms):
    """(term id, regex) pairs that find the terms' stems anywhere in lower-cased text; `except` stems
    come with the id None: they win an overlap when longer, and then count as no term."""
    return [(term.id, re.compile(re.escape(fold(stem)))) for term in terms for stem in term.match] + [
        (None, re.compile(re.escape(fold(stem)))) for term in terms for stem in term.exclude
    ]


def english_patterns(terms):
    """(term id, regex) pairs that find each English term as a word, singular or plural ("break", "breaks")."""
    return [(term.id, re.compile(rf"\b{re.escape(term.en.lower())}(?:e?s)?\b")) for term in terms.values()]


def find_terms(text, patterns):
    """The (start, end, term id) spans of the terms in `text`, in order. Where the matches of two terms
    overlap, the longest wins (the earlier on a tie), so "vähimmäispalkka" is minimum wage and not pay."""
    candidates = [(hit.start(), hit.end(), term_id) for term_id, pattern in patterns for hit in pattern.finditer(text)]
    candidates.sort(key=lambda span: (span[0] - span[1], span[0]))
    kept = []
    for start, end, term_id in candidates:
        if all(end <= other_start or start >= other_end for other_start, other_end, _ in kept):
            kept.append((start, end, term_id))
    return sorted(span for span in kept if span[2] is not None)


def snippet(text, start, end):
    """The words around a match, on one line, so a finding shows where the term stands."""
    left, right = max(0, start - SNIPPET_CONTEXT), min(len(text), end + SNIPPET_CONTEXT)
    piece = " ".join(text[left:right].split()).replace('"', "'")
    return ("…" if left else "") + piece + ("…" if right < len(text) else "")


def _translations(entry):
    """The translated texts of an entry a learner sees: none when untranslated or fuzzy."""
    if entry.obsolete or entry.fuzzy or not entry.msgid:
        return []
    if entry.msgid_plural:
        return [text for _, text in sorted(entry.msgstr_plural.items()) if text]
    return [entry.msgstr] if entry.msgstr else []


def check_file(path, source_patterns, target_patterns, agreed):
    """The findings in one PO file, and how many translated entries it has."""
    findings, checked = [], 0
    for entry in polib.pofile(str(path)):
        texts = _translations(entry)
        if not texts:
            continue
        checked += 1
        source = "\n".join(filter(None, [entry.msgid, entry.msgid_plural]))
        used = {}
        for start, end, term_id in find_terms(source.lower(), source_patterns):
            used.setdefault(term_id, (start, end))
        if not used:
            continue
        # A plural entry has several translations; each must use the term.
        present = set.intersection(*({span[2] for span in find_terms(fold(text), target_patterns)} for text in texts))
        for term_id, (start, end) in used.items():
            if term_id not in present:
                where = snippet(source, start, end)
                findings.append(Finding(path, entry.linenum, term_id, where, agreed[term_id].term))
    return findings, checked


def check_language(language, terms, agreed, root=None, interface_root=None):
    """Check a language's content PO files against the Finnish terms and its interface catalogue against
    the English ones; returns a Report."""
    root = Path(root or default_root())
    interface_root = Path(interface_root or default_interface_root())
    target_patterns = stem_patterns(agreed.values())
    finnish_patterns = stem_patterns(terms.values())
    report = Report(language, [])
    files = [(path, finnish_patterns) for path in sorted((root / "locale" / language).glob("*.po"))]
    interface = interface_root / language / "LC_MESSAGES" / "django.po"
    if language not in INTERFACE_SOURCE_LANGUAGES and interface.is_file():
        files.append((interface, english_patterns(terms)))
    for path, source_patterns in files:
        findings, checked = check_file(path, source_patterns, target_patterns, agreed)
        report.findings += findings
        report.files += 1
        report.entries += checked
    return report
