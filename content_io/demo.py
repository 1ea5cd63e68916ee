"""`load_demo`'s content step: the pages, snippets and translations of content/, via `import_content`.

Runs after learners.demo and before reports.demo (INSTALLED_APPS order), which gives demo
learners progress in the courses imported here.
"""

from django.core.management.base import CommandError

from learners.roles import ensure_roles

from .importer import import_content
from .yamlfile import ContentError


def load(stdout=None):
    """Import content/; a second run writes nothing. A broken file stops load_demo with its file and line."""
    try:
        written = import_content()
    except ContentError as error:
        raise CommandError(str(error)) from error
    # The Trainers' page and collection permissions hang on the root page and root collection. A migrated
    # database has them before learners.demo runs; one emptied by a test's flush gets them from this import,
    # so the roles are completed here (idempotent), or a second load_demo would add them.
    ensure_roles()
    if stdout:
        stdout.write(f"  content/: {written} changes")
