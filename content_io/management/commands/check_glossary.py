"""`python manage.py check_glossary [LANG ...] [--dir DIR] [--interface-dir DIR]`: the glossary check.

Reads files only (content/locale and locale/), so it needs no database and skips the system checks.
"""

from django.core.management.base import BaseCommand, CommandError

from content_io import glossary
from content_io.yamlfile import ContentError


class Command(BaseCommand):
    help = (
        "Flag every PO entry whose source uses a glossary term while its translation lacks the agreed term "
        "(content/locale/<lang>/*.po and locale/<lang>/LC_MESSAGES/django.po). Exit status 1 when anything is flagged."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("languages", nargs="*", metavar="LANG", help="Languages (default: all with a glossary).")
        parser.add_argument("--dir", help="The content folder (default: content/ of the project).")
        parser.add_argument("--interface-dir", help="The interface catalogues (default: locale/ of the project).")

    def handle(self, *args, languages, dir, interface_dir, **options):
        try:
            terms = glossary.load_terms(dir)
        except ContentError as error:
            raise CommandError(str(error)) from error
        available = glossary.glossary_languages(dir)
        unknown = [language for language in languages if language not in available]
        if unknown:
            raise CommandError(f"No glossary file for {', '.join(unknown)}: write content/locale/<lang>/glossary.yaml")
        errors, flagged = [], 0
        for language in languages or available:
            try:
                agreed = glossary.load_language(language, terms, dir)
            except ContentError as error:
                errors.append(str(error))
                continue
            report = glossary.check_language(language, terms, agreed, dir, interface_dir)
            for finding in report.findings:
                self.stdout.write(str(finding))
            flagged += len(report.findings)
            style = self.style.ERROR if report.findings else self.style.SUCCESS
            checked = f"{report.entries} translated entries in {report.files} files"
            self.stdout.write(style(f"{language}: {len(report.findings)} flagged ({checked})"))
        for error in errors:
            self.stderr.write(error)
        if errors or flagged:
            raise CommandError(f"Glossary check: {flagged} flagged, {len(errors)} broken glossary files.")
