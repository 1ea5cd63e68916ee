"""Drop the page cache (home/page_cache.py) whenever published structure may have changed.

Publishing, unpublishing, moving and deleting pages send Wagtail's and Django's signals whoever does
it (the editor, wagtail-localize, scheduled publishing, code). Saving a page row directly is caught by
post_save, so tests and data loaders that save live pages are never served a stale copy.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Locale, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import page_cache


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    page_cache.bump()


@receiver(post_save)
@receiver(post_delete)
def _row_changed(sender, instance, **kwargs):
    if isinstance(instance, Page | Site | Locale):
        page_cache.bump()
