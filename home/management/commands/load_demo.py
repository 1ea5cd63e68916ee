"""Build the demo site: `python manage.py load_demo`. Idempotent: a second run changes nothing.

Each app that has demo content keeps it in its own `demo.py` with a `load(stdout)` function;
this command calls them in INSTALLED_APPS order (home, guide, learners, courses, quizzes,
reports), then each optional `finish(stdout)`, so this app needs to know none of the others.
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
        # A second round for content that links to what later apps made (the home page's cards).
        for module in modules:
            if hasattr(module, "finish"):
                with transaction.atomic():
                    module.finish(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
