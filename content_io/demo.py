"""`load_demo`'s content step: the pages, snippets and translations of content/, via `import_content`.

Runs after learners.demo and before reports.demo (INSTALLED_APPS order), which gives demo
learners progress in the courses imported here.
"""

from .importer import import_content


def load(stdout=None):
    """Import content/; a second run writes nothing."""
    written = import_content(stdout=None)
    if stdout:
        stdout.write(f"  content/: {written} changes")
