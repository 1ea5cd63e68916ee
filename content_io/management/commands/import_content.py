"""`python manage.py import_content [--check] [--only PATH ...] [--dir DIR]`: content/ into the site."""

from django.core.management.base import BaseCommand, CommandError

from content_io.importer import import_content
from content_io.yamlfile import ContentError


class Command(BaseCommand):
    help = "Build or update the pages, snippets and translations from content/ (strict, idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Validate everything, write nothing.")
        parser.add_argument("--only", nargs="+", metavar="PATH", help="Only these content paths (and their ancestors).")
        parser.add_argument("--dir", help="The content folder (default: content/ of the project).")

    def handle(self, *args, **options):
        try:
            written = import_content(
                options["dir"],
                only=options["only"],
                check=options["check"],
                stdout=self.stdout if options["verbosity"] > 1 else None,
            )
        except ContentError as error:
            raise CommandError(str(error)) from error
        if options["check"]:
            self.stdout.write(self.style.SUCCESS("Content is valid."))
        else:
            self.stdout.write(self.style.SUCCESS(f"Content imported: {written} changes."))
