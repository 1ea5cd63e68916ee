"""`load_demo`'s content step: the pages, snippets and translations of content/, via `import_content`.

Runs after learners.demo and before reports.demo (INSTALLED_APPS order), which gives demo
learners progress in the courses imported here.
"""

from django.core.management.base import CommandError

from .importer import import_content
from .yamlfile import ContentError


def load(stdout=None):
    """Import content/; a second run writes nothing. A broken file stops load_demo with its file and line."""
    try:
        written = import_content()
    except ContentError as error:
        raise CommandError(str(error)) from error
    if stdout:
        stdout.write(f"  content/: {written} changes")
