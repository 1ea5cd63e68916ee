"""`export_content`: write the site's Finnish pages, snippets, media and translations to content/.

What a trainer changed in the Wagtail editor becomes a change in the files, to review and
version like code. Files that no page produces any more are removed, so the folder mirrors the
site. Exporting what `import_content` imported gives the same bytes (tests/test_content_files.py).
"""

import re
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from . import tree as content_tree
from . import yamlfile
from .data import to_data

MEDIA_NAME = re.compile(r"[\w.-]+\.[A-Za-z0-9]+", re.ASCII)
PO_HEADER = (
    "Kotopaikka content: {tree}, {language}.\n"
    "Made by `manage.py export_content` from wagtail-localize's Translation.export_po(); read back by\n"
    "`manage.py import_content` with import_po(). msgctxt is <content path>:<wagtail-localize segment context>.\n"
    "Translate msgstr only; see docs/content.md."
)


def media_name(item):
    """The file name of an image or document: its title when that is a file name (as imported), else made from it."""
    extension = Path(item.file.name).suffix.lower()
    if MEDIA_NAME.fullmatch(item.title) and item.title.lower().endswith(extension):
        return item.title
    return f"{slugify(item.title) or 'file'}{extension}"


class ExportRefs:
    """Turns database references into names: media files beside the page, page paths, snippet paths."""

    def __init__(self, snippet_paths):
        self.snippet_paths = snippet_paths
        self.folder = None
        self.media = {}  # (folder, name) -> image or document

    def _media(self, model, pk):
        if not pk:
            return None
        item = model.objects.filter(pk=pk).first()
        if item is None:
            return None
        name = media_name(item)
        other = self.media.setdefault((self.folder, name), item)
        if other != item:
            raise ValueError(f"two files would be called {self.folder}/{name}: rename one of {other!r}, {item!r}")
        return name

    def image_name(self, pk):
        return self._media(get_image_model(), pk)

    def document_name(self, pk):
        return self._media(get_document_model(), pk)

    def page_path(self, pk):
        page = Page.objects.filter(pk=pk).first()
        if page is None:
            return None
        source = page.get_translation_or_none(Locale.get_default()) or page
        return source.url_path.strip("/")

    def snippet_path(self, model, pk):
        instance = model.objects.filter(pk=pk).first()
        if instance is None:
            return None
        source = instance.get_translation_or_none(Locale.get_default()) or instance
        return self.snippet_paths[(model, source.pk)]


def _snippet_paths(locale):
    """Each Finnish snippet's path: <folder>/<slugified name>, made unique in a stable order."""
    paths = {}
    for folder, label in content_tree.SNIPPETS.items():
        model = apps.get_model(label)
        taken = set()
        for instance in sorted(model.objects.filter(locale=locale), key=lambda i: (str(i), str(i.translation_key))):
            stem = slugify(str(instance)) or "snippet"
            candidate, n = stem, 2
            while candidate in taken:
                candidate, n = f"{stem}-{n}", n + 1
            taken.add(candidate)
            paths[(model, instance.pk)] = f"{folder}/{candidate}"
    return paths


class Exporter:
    def __init__(self, root):
        self.root = Path(root or content_tree.default_root())
        self.files = {}  # path -> bytes
        self.locale = Locale.get_default()

    def home(self):
        site = Site.objects.filter(is_default_site=True).first()
        home = site.root_page if site else Page.objects.filter(depth=2, locale=self.locale).first()
        return home.get_translation_or_none(self.locale) or home

    def run(self):
        snippet_paths = _snippet_paths(self.locale)
        refs = ExportRefs(snippet_paths)
        po_entries = {}  # (tree, language) -> [POEntry]
        targets = []  # (content path, instance) in file order
        for (model, pk), path in sorted(snippet_paths.items(), key=lambda item: item[1]):
            instance = model.objects.get(pk=pk)
            refs.folder = path.rsplit("/", 1)[0]
            data = {"key": str(instance.translation_key), **to_data(instance, refs)}
            self.files[f"{path}.yaml"] = yamlfile.dump(data).encode()
            targets.append((path, instance))
        home = self.home()
        pages = [home, *home.get_descendants().filter(locale=self.locale).order_by("path")]
        specific = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()}
        for page in pages:
            page = specific[page.pk]
            path = page.url_path.strip("/")
            refs.folder = "pages/" + path.rsplit("/", 1)[0] if "/" in path else "pages"
            data = {"type": page._meta.label, **to_data(page, refs)}
            children = list(page.get_children().filter(locale=self.locale).values_list("slug", flat=True))
            if children:
                data["children"] = children
            self.files[f"pages/{path}.yaml"] = yamlfile.dump(data).encode()
            targets.append((path, page))
        for (folder, name), item in refs.media.items():
            with item.file.open("rb") as handle:
                self.files[f"{folder}/{name}"] = handle.read()
        tree_of = self._tree_namer(targets)
        for path, instance in targets:
            for language, entries in self._translations(path, instance):
                po_entries.setdefault((tree_of(path), language), []).extend(entries)
        for (tree, language), entries in po_entries.items():
            self.files[f"locale/{language}/{tree}.po"] = self._po(tree, language, entries)
        return self.write()

    def _tree_namer(self, targets):
        """The PO file of each path, by the same rule the importer reads them with."""
        names = content_tree.ContentTree(root=self.root)
        for path, instance in targets:
            if isinstance(instance, Page):
                names.pages[path] = content_tree.PageFile(path, None, None, type(instance), None)
            else:
                names.snippets[path] = content_tree.SnippetFile(path, None, None, type(instance))
        return names.po_tree

    def _translations(self, path, instance):
        source = TranslationSource.objects.filter(object_id=instance.translation_key, locale=instance.locale).first()
        if source is None:
            return []
        result = []
        translations = Translation.objects.filter(source=source).select_related("target_locale")
        for translation in sorted(translations, key=lambda t: t.target_locale.language_code):
            if instance.get_translation_or_none(translation.target_locale) is None:
                continue
            entries = [
                polib.POEntry(msgctxt=f"{path}:{entry.msgctxt}", msgid=entry.msgid, msgstr=entry.msgstr)
                for entry in translation.export_po()
                if not entry.obsolete
            ]
            result.append((translation.target_locale.language_code, entries))
        return result

    def _po(self, tree, language, entries):
        existing = self.root / "locale" / language / f"{tree}.po"
        review = content_tree.NOT_REVIEWED
        if existing.is_file():
            review = polib.pofile(str(existing)).metadata.get(content_tree.REVIEW_HEADER, review)
        names = dict(settings.LANGUAGES)
        po = polib.POFile()
        po.header = PO_HEADER.format(tree=tree, language=names.get(language, language))
        po.metadata = {
            "Project-Id-Version": f"kotopaikka-content {tree}",
            "Language": language,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=utf-8",
            "Content-Transfer-Encoding": "8bit",
            content_tree.REVIEW_HEADER: review,
        }
        po.extend(entries)
        return (str(po) + "\n").encode()

    def write(self):
        """Write every file that changed and remove the ones no longer produced; returns the count written."""
        written = 0
        for relative, content in sorted(self.files.items()):
            target = self.root / relative
            if target.is_file() and target.read_bytes() == content:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
            written += 1
        # Every file under pages/ and the snippet folders is made here; under locale/ only the PO files
        # are, so a glossary (TBX, CSV) beside them stays.
        stale_files = [path for folder in ["pages", *content_tree.SNIPPETS] for path in (self.root / folder).rglob("*")]
        stale_files += (self.root / "locale").glob("*/*.po")
        for stale in sorted(stale_files):
            if stale.is_file() and stale.relative_to(self.root).as_posix() not in self.files:
                stale.unlink()
                written += 1
        for folder in sorted(self.root.rglob("*"), reverse=True):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        return written


def export_content(root=None):
    """Export the site into content/ (or `root`); returns how many files were written or removed."""
    return Exporter(root).run()
