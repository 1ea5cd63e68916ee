"""The layout of content/: which file holds which page, snippet and translation.

    content/pages/home.yaml                      the home page (the site's root page)
    content/pages/home/<slug>.yaml               its children, listed in order under `children:`
    content/pages/home/<slug>/<slug>.yaml        ... and so on down the page tree
    content/services/<name>.yaml                 the service providers (snippets) the guide lists
    content/locale/<lang>/<tree>.po              translations, one file per page tree and language

A page's content path is its file's path under pages/ without `.yaml` (home/opas/palvelukartta);
links between pages use it. Images and documents sit beside the files that use them.
"""

from dataclasses import dataclass, field
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from wagtail.models import Page

from . import yamlfile
from .yamlfile import ContentError

# Snippet folders and the model each holds (a snippet file's path is <folder>/<file stem>).
SNIPPETS = {"services": "guide.ServiceProvider"}
# Page types that start their own PO file (a course's modules, lessons and quizzes go with it).
PO_TREE_TYPES = {"courses.CoursePage"}
PAGE_KEYS = {"type", "children"}
SNIPPET_KEYS = {"key"}
# The header line that says who has checked a translation (docs/content.md).
REVIEW_HEADER = "X-Review-Status"
NOT_REVIEWED = "not reviewed by a native speaker"


def default_root():
    return Path(settings.BASE_DIR) / "content"


@dataclass
class PageFile:
    path: str  # content path, e.g. home/kurssit/tyoelaman-pelisaannot
    file: Path
    data: yamlfile.Mapping
    model: type
    parent: str | None
    children: list = field(default_factory=list)

    @property
    def slug(self):
        return self.path.rsplit("/", 1)[-1]


@dataclass
class SnippetFile:
    path: str  # e.g. services/saarijarven-tyollisyyspalvelut
    file: Path
    data: yamlfile.Mapping
    model: type


@dataclass
class POEntry:
    file: Path
    line: int
    language: str
    target: str  # the content path of the page or snippet
    context: str  # wagtail-localize's segment context inside it
    msgid: str
    msgstr: str


@dataclass
class ContentTree:
    root: Path
    pages: dict = field(default_factory=dict)  # content path -> PageFile, in tree order
    snippets: dict = field(default_factory=dict)  # snippet path -> SnippetFile
    translations: dict = field(default_factory=dict)  # target path -> {language: [POEntry]}
    headers: dict = field(default_factory=dict)  # PO file path -> its metadata

    def po_tree(self, path):
        """The PO file (without .po) that holds the translations of the page or snippet at `path`."""
        if path in self.snippets:
            return path.split("/", 1)[0]
        parts = path.split("/")
        for depth in range(len(parts), 0, -1):
            page = self.pages.get("/".join(parts[:depth]))
            if page is not None and page.model._meta.label in PO_TREE_TYPES:
                return page.slug
        return parts[1] if len(parts) > 1 else parts[0]


def page_model(label, where_file, line):
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        model = None
    if model is None or not issubclass(model, Page) or model is Page:
        raise ContentError(where_file, line, f"unknown page type {label!r} (write app.Model, e.g. courses.LessonPage)")
    return model


def read(root=None):
    """Read and check the whole of content/ (structure only: fields are checked on import)."""
    root = Path(root or default_root())
    tree = ContentTree(root=root)
    pages_dir = root / "pages"
    tops = sorted(pages_dir.glob("*.yaml"))
    if len(tops) != 1:
        raise ContentError(pages_dir, 1, f"pages/ holds exactly one root page file (found {len(tops)})")
    _read_page(tree, tops[0], tops[0].stem, None)
    for folder, label in SNIPPETS.items():
        model = apps.get_model(label)
        for file in sorted((root / folder).glob("*.yaml")):
            data = yamlfile.load(file)
            tree.snippets[f"{folder}/{file.stem}"] = SnippetFile(f"{folder}/{file.stem}", file, data, model)
    _read_translations(tree)
    return tree


def _read_page(tree, file, path, parent):
    data = yamlfile.load(file)
    if "type" not in data:
        raise ContentError(file, 1, "a page file starts with its type, e.g. `type: courses.LessonPage`")
    model = page_model(data["type"], file, data.line_of("type"))
    children = data.get("children") or []
    if not isinstance(children, list) or not all(isinstance(slug, str) for slug in children):
        raise ContentError(file, data.line_of("children"), "children is a list of the child pages' slugs, in order")
    page = PageFile(path, file, data, model, parent, list(children))
    tree.pages[path] = page
    folder = file.with_suffix("")
    listed = set()
    for index, slug in enumerate(children):
        child_file = folder / f"{slug}.yaml"
        if not child_file.is_file() or slug in listed:
            reason = "is listed twice" if slug in listed else f"has no file {child_file}"
            raise ContentError(file, children.line_of(index), f"child page {slug!r} {reason}")
        listed.add(slug)
        _read_page(tree, child_file, f"{path}/{slug}", path)
    for stray in sorted(folder.glob("*.yaml")):
        if stray.stem not in listed:
            raise ContentError(stray, 1, f"this page is not listed under `children:` in {file}")


def _read_translations(tree):
    languages = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES} - {settings.LANGUAGE_CODE}
    for file in sorted((tree.root / "locale").glob("*/*.po")):
        language = file.parent.name
        if language not in languages:
            raise ContentError(file, 1, f"{language!r} is not a content language ({', '.join(sorted(languages))})")
        try:
            po = polib.pofile(str(file), encoding="utf-8")
        except (OSError, ValueError) as error:
            raise ContentError(file, _line_in(str(error)), f"malformed PO file: {error}") from error
        tree.headers[file] = dict(po.metadata)
        if not po.metadata.get(REVIEW_HEADER):
            raise ContentError(
                file, 1, f"the header has no {REVIEW_HEADER} line (e.g. `{REVIEW_HEADER}: {NOT_REVIEWED}`)"
            )
        seen = set()
        for entry in po:
            if entry.obsolete:
                continue
            target, _colon, context = (entry.msgctxt or "").partition(":")
            if not context or (target not in tree.pages and target not in tree.snippets):
                raise ContentError(
                    file, entry.linenum, f"msgctxt {entry.msgctxt!r} names no page or snippet in content/"
                )
            # Rich text gives one segment per paragraph, all with the field's context: the key is both.
            if (entry.msgctxt, entry.msgid) in seen:
                raise ContentError(file, entry.linenum, f"msgctxt {entry.msgctxt!r} with this msgid appears twice")
            seen.add((entry.msgctxt, entry.msgid))
            tree.translations.setdefault(target, {}).setdefault(language, []).append(
                POEntry(file, entry.linenum, language, target, context, entry.msgid, entry.msgstr)
            )


def _line_in(message):
    """polib names the line of a syntax error in its message ("... at line 12")."""
    words = message.replace(")", " ").split()
    for before, word in zip(words, words[1:], strict=False):
        if before == "line" and word.isdigit():
            return int(word)
    return 1
