"""Drop the page cache (home/page_cache.py) when what learners see changes, and only then.

Wagtail 7.4's editor autosaves a draft every 500 ms while a trainer types. When every save of a page
row emptied the cache, one trainer at work turned the cache off for every learner. So:

- Wagtail's own signals, sent whoever acts (the editor, wagtail-localize, scheduled publishing, code):
  `page_published`, `page_unpublished`, `post_page_move`, as wagtail.contrib.frontend_cache does.
- Deleting a page, a site or a locale; saving a site or a locale. The menu is the home page's live
  children marked "show in menus", so it changes only through pages, which the rules here cover.
- Editing or deleting an image or a document: cached lesson HTML links their files and renditions,
  which Wagtail deletes when a file is replaced. Uploading one does not bump: nothing shows it yet.
- Saving a page row, only when it can change what learners see (`_page_saved`).

Not drafts, autosaves, locks, comments or revisions: they live in revisions and in bookkeeping columns
of the page row (latest_revision, draft_title, has_unpublished_changes, locked...), which Wagtail writes
with `save(update_fields=[...])`. The editor never writes a live page's content columns without
publishing (it saves the form with commit=False).
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, Site
from wagtail.models.pages import COMMENTS_RELATION_NAME
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import page_cache

# Columns of the page row that only the editor reads: Wagtail updates them alone on a draft save or
# autosave (save_revision), a lock or unlock, and comments.
BOOKKEEPING_FIELDS = frozenset({
    "latest_revision", "latest_revision_created_at", "draft_title", "has_unpublished_changes",
    COMMENTS_RELATION_NAME, "locked", "locked_at", "locked_by",
})


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    page_cache.bump()


@receiver(post_delete)
def _row_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page | Site | Locale | AbstractImage | AbstractDocument):
        page_cache.bump()


def _bookkeeping_only(update_fields):
    return update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS


@receiver(pre_save)
def _remember_whether_live(sender, instance, update_fields=None, **kwargs):
    """A page saved as not live may have been live a moment ago (`page.live = False; page.save()`).

    One small query, only for full saves of pages that are not live: in the editor, a page that was
    never published (its draft is saved on the row itself).
    """
    if isinstance(instance, Page) and instance.pk and not instance.live and not _bookkeeping_only(update_fields):
        instance._page_cache_was_live = Page.objects.filter(pk=instance.pk, live=True).exists()


@receiver(post_save)
def _row_saved(sender, instance, created=False, update_fields=None, **kwargs):
    if isinstance(instance, Site | Locale):
        page_cache.bump()
    elif isinstance(instance, AbstractImage | AbstractDocument):
        if not created and update_fields is None:  # an edit in the admin, not Wagtail's file_hash/file_size
            page_cache.bump()
    elif isinstance(instance, Page):
        _page_saved(instance, update_fields)


def _page_saved(page, update_fields):
    """Bump when the row of a live page (or of one live until now) was written beyond bookkeeping.

    The whole row of a live page is what learners see: the route cache keeps the page itself (title,
    intro, body...), outlines and menus its title, slug and url_path. So a data loader, a test or
    wagtail-localize writing a live row directly is a real change, even when it changes no value,
    which is not worth a column-by-column comparison: such saves are rare, drafts are not among them.
    A page that is not live and was not live is seen by nobody but editors.
    """
    if _bookkeeping_only(update_fields):
        return
    if page.live or vars(page).pop("_page_cache_was_live", False):
        page_cache.bump()
