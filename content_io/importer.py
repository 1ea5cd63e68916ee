"""`import_content`: build or update the Finnish pages from content/, then their translations.

Strict: every problem is a ContentError naming the file, the line and the reason, raised before
the transaction commits, so a broken file changes nothing. Idempotent: a page is saved (a new
revision, published) only when its file says something the page does not, and a translation is
re-made only when its PO entries or its source changed. Translations are wagtail-localize's own:
`Translation.import_po()` stores the strings, `create_or_update_translation()` makes the page.
"""

import hashlib
from pathlib import Path

import polib
from django.core.files import File
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, DraftStateMixin, Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.site_setup import ensure_site

from . import tree as content_tree
from .data import Where, apply_data, derived_id, to_data
from .yamlfile import ContentError


class DatabaseRefs:
    """References as database ids: used to compare a page before and after applying its file."""

    def image_name(self, pk):
        return ("image", pk) if pk else None

    def document_name(self, pk):
        return ("document", pk) if pk else None

    def page_path(self, pk):
        return ("page", pk) if pk else None

    def snippet_path(self, model, pk):
        return ("snippet", pk) if pk else None


class ImportRefs:
    """Resolves a file's references: image and document files, page paths, snippet files."""

    def __init__(self, tree, selected, home):
        self.tree, self.selected, self.home = tree, selected, home
        self.pages = {}  # content path -> page id, as pages are imported
        self.snippets = {}  # snippet path -> id
        self.media = {}  # resolved file path -> id
        self.created_files = []  # storage names written (removed again after --check)
        self.unresolved = False

    def _media(self, model, name, where, kind):
        if not isinstance(name, str) or "/" in name or name.startswith("."):
            raise where.error(f"an {kind} is named by its file name beside this file, e.g. picture.png")
        file = Path(where.path).parent / name
        if not file.is_file():
            raise where.error(f"missing {kind}: no file {name!r} beside {Path(where.path).name}")
        key = (model, file.resolve())
        if key not in self.media:
            content = file.read_bytes()
            digest = hashlib.sha1(content).hexdigest()  # noqa: S324 - Wagtail's own file_hash is SHA-1
            existing = model.objects.filter(file_hash=digest).order_by("pk").first()
            if existing is None:
                if Collection.get_first_root_node() is None:
                    Collection.add_root(name="Root")
                with file.open("rb") as handle:
                    existing = model(title=name, file=File(handle, name=name))
                    existing.file_hash = digest
                    try:
                        existing.save()
                    except Exception as error:  # noqa: BLE001 - Pillow and storages raise many kinds
                        raise where.error(f"{kind} {name!r} cannot be read: {error}") from error
                self.created_files.append(existing.file.name)
            self.media[key] = existing.pk
        return self.media[key]

    def image_id(self, name, where):
        return self._media(get_image_model(), name, where, "image")

    def document_id(self, name, where):
        return self._media(get_document_model(), name, where, "document")

    def page_id(self, path, where):
        if not isinstance(path, str) or path.strip("/") not in self.tree.pages:
            raise where.error(f"broken internal link: no page file content/pages/{path}.yaml")
        path = path.strip("/")
        if path in self.pages:
            return self.pages[path]
        existing = (
            Page.objects.filter(url_path=f"/{path}/", locale=self.home.locale).values_list("pk", flat=True).first()
        )
        if existing:
            return existing
        if self.selected is None or path in self.selected:
            self.unresolved = True  # imported later in this run: linked in a second pass
        return self.home.pk  # a page left out of a partial import: the home page stands in

    def snippet_id(self, model, path, where):
        snippet = self.tree.snippets.get(path) if isinstance(path, str) else None
        if snippet is None or snippet.model is not model:
            raise where.error(f"broken link: no {model._meta.verbose_name} file content/{path}.yaml")
        return self.snippets[path]


class Importer:
    def __init__(self, tree, only=None, stdout=None):
        self.tree = tree
        self.stdout = stdout
        self.selected = self._selection(only)
        self.source_locale = Locale.objects.none()
        self.changed = set()  # content paths whose Finnish page or snippet was written in this run
        self.sources = {}  # content path -> (TranslationSource, its segments, its segments before this run)
        self.written = 0

    def _selection(self, only):
        """Pages to import: those under the given content paths, and their ancestors.

        A path ending in "/." names the page alone, without its subtree ("home/." is the home page).
        """
        if not only:
            return None
        selected = set()
        for prefix in only:
            alone = prefix.endswith("/.")
            prefix = prefix.removesuffix("/.").strip("/")
            matches = [
                path for path in self.tree.pages if path == prefix or (not alone and path.startswith(prefix + "/"))
            ]
            if not matches:
                raise ContentError(self.tree.root / "pages", 1, f"--only {prefix!r} names no page in content/pages")
            selected.update(matches)
        for path in list(selected):
            parts = path.split("/")
            selected.update("/".join(parts[:depth]) for depth in range(1, len(parts)))
        return selected

    def say(self, message):
        if self.stdout:
            self.stdout.write(message)

    def run(self):
        home = ensure_site()
        self.source_locale = home.locale
        self.refs = ImportRefs(self.tree, self.selected, home)
        self.import_snippets()
        deferred = []
        for path, page_file in self.tree.pages.items():
            if self.selected is None or path in self.selected:
                if self.import_page(page_file, home):
                    deferred.append(page_file)
        for page_file in deferred:  # links to pages that did not exist yet on the first pass
            self.import_page(page_file, home, final=True)
        self.order_children()
        for path in [*self.tree.snippets, *self.tree.pages]:
            if path in self.tree.pages and self.selected is not None and path not in self.selected:
                continue
            for language, entries in sorted(self.tree.translations.get(path, {}).items()):
                self.translate(path, language, entries)
        return self.written

    # --- Finnish source ---------------------------------------------------------------------

    def import_snippets(self):
        for path, snippet in self.tree.snippets.items():
            where = Where(snippet.file, 1, (path,))
            key = str(snippet.data.get("key") or derived_id(path))
            instance = snippet.model.objects.filter(translation_key=key, locale=self.source_locale).first()
            created = instance is None
            if created:
                instance = snippet.model(translation_key=key, locale=self.source_locale)
            before = None if created else to_data(instance, DatabaseRefs())
            apply_data(instance, snippet.data, self.refs, where, skip=content_tree.SNIPPET_KEYS)
            if created or to_data(instance, DatabaseRefs()) != before:
                self._clean(instance, where)
                instance.save()
                self.changed.add(path)
                self.written += 1
                self.say(f"  {'created' if created else 'updated'} {path}")
            self.refs.snippets[path] = instance.pk

    def import_page(self, page_file, home, final=False):
        """Create or update one Finnish page; True when it links a page not imported yet."""
        where = Where(page_file.file, 1, (page_file.path,))
        if page_file.parent is None:
            if page_file.model is not type(home.specific) or page_file.slug != home.slug:
                raise where.error(f"the root page must be the site's {type(home.specific).__name__} {home.slug!r}")
            page, created = Page.objects.get(pk=home.pk).specific, False  # fresh: numchild changes
        else:
            parent = Page.objects.get(pk=self.refs.pages[page_file.parent])
            existing = parent.get_children().filter(slug=page_file.slug).first()
            created = existing is None
            page = page_file.model(slug=page_file.slug, locale=self.source_locale) if created else existing.specific
            if not isinstance(page, page_file.model):
                raise where.at(page_file.data, "type").error(
                    f"the site has a {type(page).__name__} here; change its type in the editor or rename the file"
                )
        before = None if created else to_data(page, DatabaseRefs())
        self.refs.unresolved = False
        apply_data(page, page_file.data, self.refs, where, skip=content_tree.PAGE_KEYS)
        unresolved = self.refs.unresolved and not final
        if created:
            self._clean(page, where, unresolved)
            parent.add_child(instance=page)
        if created or to_data(page, DatabaseRefs()) != before:
            if not created:
                self._clean(page, where, unresolved)
            page.save_revision().publish()
            self.changed.add(page_file.path)
            self.written += 1
            self.say(f"  {'created' if created else 'updated'} {page_file.path}")
        self.refs.pages[page_file.path] = page.pk
        return unresolved

    def _clean(self, instance, where, unresolved=False):
        """Django's and Wagtail's own validation, reported against the file."""
        from django.core.exceptions import ValidationError

        if unresolved:
            return
        try:
            instance.full_clean(exclude=["path", "depth", "url_path", "draft_title", "translation_key", "locale"])
        except ValidationError as error:
            field, messages = next(iter(error.message_dict.items()))
            raise where.error(f"{field}: {' '.join(str(m) for m in messages)}") from error

    def order_children(self):
        """Put each page's children in the order its `children:` list gives (only when they differ)."""
        for path, page_file in self.tree.pages.items():
            if not page_file.children or path not in self.refs.pages:
                continue
            wanted = [
                self.refs.pages[f"{path}/{slug}"] for slug in page_file.children if f"{path}/{slug}" in self.refs.pages
            ]
            parent = Page.objects.get(pk=self.refs.pages[path])
            actual = [pk for pk in parent.get_children().values_list("pk", flat=True) if pk in set(wanted)]
            if actual != wanted:
                for pk in wanted:
                    Page.objects.get(pk=pk).move(Page.objects.get(pk=parent.pk), pos="last-child")
                self.written += 1

    # --- Translations -------------------------------------------------------------------------

    def _instance(self, path):
        if path in self.tree.snippets:
            return self.tree.snippets[path].model.objects.get(pk=self.refs.snippets[path])
        return Page.objects.get(pk=self.refs.pages[path]).specific

    def _source(self, path, instance):
        """The page's TranslationSource, brought up to date when its Finnish text changed in this run,
        and the (context, text) pairs it had before (translations of those are outdated, not wrong)."""
        if path not in self.sources:
            old = TranslationSource.objects.filter(object_id=instance.translation_key, locale=instance.locale).first()
            before = set()
            if old is not None:
                before = set(StringSegment.objects.filter(source=old).values_list("context__path", "string__data"))
            if path in self.changed:
                source, _created = TranslationSource.update_or_create_from_instance(instance)
            else:
                source, _created = TranslationSource.get_or_create_from_instance(instance)
            segments = set(StringSegment.objects.filter(source=source).values_list("context__path", "string__data"))
            self.sources[path] = (source, segments, before)
        return self.sources[path]

    def translate(self, path, language, entries):
        instance = self._instance(path)
        locale = Locale.objects.get(language_code=language)
        source, segments, before = self._source(path, instance)
        remembered = set(
            StringTranslation.objects.filter(context__object_id=source.object_id, locale=locale).values_list(
                "context__path", "translation_of__data"
            )
        )
        contexts = {context for context, _text in segments}
        outdated = []
        for entry in entries:
            key = (entry.context, entry.msgid)
            if key in segments:
                continue
            if key in before or key in remembered:
                # Translated from a Finnish text that has changed since: kept in wagtail-localize's memory,
                # shown in Finnish until the translator updates it (export_content writes the new msgid).
                outdated.append(entry)
                self.say(f"  {entry.file}:{entry.line}: outdated, the Finnish text has changed")
                continue
            detail = "its msgid is not the Finnish text there now" if entry.context in contexts else "no such context"
            raise ContentError(
                entry.file, entry.line, f"PO entry matches no segment of {path} ({detail}; run export_content?)"
            )
        wanted = {
            (entry.context, entry.msgid): entry.msgstr
            for entry in entries
            if entry.msgstr and (entry.context, entry.msgid) in segments
        }
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        current = {(e.msgctxt, e.msgid): e.msgstr for e in translation.export_po() if not e.obsolete and e.msgstr}
        target = instance.get_translation_or_none(locale)
        up_to_date = target is not None and (not isinstance(target, DraftStateMixin) or target.live)
        if wanted == current and up_to_date and path not in self.changed:
            return
        po = polib.POFile()
        po.extend(polib.POEntry(msgctxt=context, msgid=msgid, msgstr=text) for (context, msgid), text in wanted.items())
        po.extend(polib.POEntry(msgctxt=e.context, msgid=e.msgid, msgstr=e.msgstr) for e in outdated if e.msgstr)
        warnings = translation.import_po(po, delete=True, tool_name="import_content")
        if warnings:
            raise ContentError(entries[0].file, entries[0].line, f"{path}: {warnings[0]}")
        if isinstance(instance, DraftStateMixin):
            target, _created = source.create_or_update_translation(
                locale, publish=False, fallback=True, copy_parent_pages=True
            )
            target.get_latest_revision().publish()
        else:
            source.create_or_update_translation(locale, fallback=True)
        self.written += 1
        self.say(f"  translated {path} into {language}")


def import_content(root=None, only=None, check=False, stdout=None):
    """Import content/ (or `root`); returns how many things were written. Raises ContentError.

    `only` limits the pages to those under the given content paths (and their ancestors); links
    to pages left out that the site does not have yet point at the home page meanwhile. `check`
    does everything, then rolls it back: the files are valid exactly when it raises nothing.
    """
    tree = content_tree.read(root)
    importer = Importer(tree, only=only, stdout=stdout)
    try:
        with transaction.atomic():
            written = importer.run()
            if check:
                transaction.set_rollback(True)
    except BaseException:
        _remove_files(importer)
        raise
    if check:
        _remove_files(importer)
    return written


def _remove_files(importer):
    """Media files saved for images and documents whose rows were rolled back."""
    refs = getattr(importer, "refs", None)
    if refs is None:
        return
    from django.core.files.storage import default_storage

    for name in refs.created_files:
        default_storage.delete(name)
