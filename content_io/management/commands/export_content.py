"""`python manage.py export_content [--dir DIR]`: the site's pages and translations into content/."""

from django.core.management.base import BaseCommand

from content_io.exporter import export_content


class Command(BaseCommand):
    help = "Write the site's Finnish pages, snippets, media and PO translations to content/."

    def add_arguments(self, parser):
        parser.add_argument("--dir", help="The content folder (default: content/ of the project).")

    def handle(self, *args, **options):
        changed = export_content(options["dir"])
        self.stdout.write(self.style.SUCCESS(f"Content exported: {changed} files written or removed."))
