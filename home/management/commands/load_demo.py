"""Build the demo site: `python manage.py load_demo`. Idempotent: a second run changes nothing.

The content (courses, guide, home page and their translations) is data in content/, imported by
`import_content` (content_io.demo). What is left in Python is what a demo needs besides content:
accounts, organisations and cohorts (learners.demo) and demo progress (reports.demo). Each app
with a `demo.py` has a `load(stdout)` function; this command calls them in INSTALLED_APPS order
(learners, content_io, reports), so this app needs to know none of the others.
"""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import module_has_submodule


class Command(BaseCommand):
    help = "Load the demo content and demo accounts (idempotent)."

    def handle(self, *args, **options):
        modules = [
            import_module(f"{app.name}.demo")
            for app in apps.get_app_configs()
            if "." not in app.name and module_has_submodule(app.module, "demo")
        ]
        for module in modules:
            self.stdout.write(f"Demo content: {module.__name__}")
            with transaction.atomic():
                module.load(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
