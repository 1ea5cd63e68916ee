"""`python manage.py clear_page_cache`: forget every cached route, outline, menu and lesson body now.

For operators: after changing content behind Wagtail's back (SQL, `QuerySet.update()`, a restored
backup), which sends none of the signals that keep the page cache fresh (home/signals.py). It starts a
new content version, as a publish does; the database is untouched and the cache refills on the next
requests. Console output for operators, in English like Django's own commands.
"""

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.management.base import BaseCommand

from home import page_cache


class Command(BaseCommand):
    help = "Empty the page cache (home/page_cache.py) by starting a new content version."

    def handle(self, *args, **options):
        old, new = page_cache.clear()
        self.stdout.write(self.style.SUCCESS(f"Page cache cleared: content version {old} -> {new}."))
        if not page_cache.enabled():
            self.stdout.write("The page cache is off in these settings (PAGE_CACHE), so nothing was being cached.")
        elif isinstance(caches["default"], LocMemCache):
            self.stdout.write(self.style.WARNING(
                f"The cache is this process's own memory ({settings.CACHES['default']['BACKEND']}): a running server "
                "keeps its own copy. Restart the server, or set REDIS_URL so that every process shares one cache."
            ))
