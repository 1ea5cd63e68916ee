"""Imports point one way, as README.md promises: `reports` -> `quizzes` -> `courses` -> `learners`;
`home` (the shared base) is imported by all and imports none of them; `guide` knows none of them;
`content_io` (the content files' importer and exporter) sits above every app and none imports it.

A newcomer can then read an app knowing only the apps below it, and a change in a lower app never
needs a change above it to import. Every import counts, also one inside a function (the usual way to
hide a cycle). Read with `ast`, so nothing is imported to check. `config/` (settings, urls) wires the
apps together and is not an app.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings

# Each app and the project apps it may import. Anything not listed is against the direction.
ALLOWED = {
    "home": set(),
    "guide": {"home"},
    "learners": {"home"},
    "courses": {"learners", "home"},
    "quizzes": {"courses", "learners", "home"},
    "reports": {"quizzes", "courses", "learners", "home"},
    "content_io": {"reports", "quizzes", "courses", "learners", "guide", "home"},
}
# Inside an app, views are the outermost layer (HTTP): only URL configurations and Wagtail hooks import
# them. A model that imports a view ties the data to one way of serving it, and closes a cycle.
MAY_IMPORT_VIEWS = {"urls", "wagtail_hooks"}


def imports_of(path, package):
    """(line, dotted module) for every import in the file at `path`, a module of `package`."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module
            yield node.lineno, module
            for alias in node.names:  # `from . import views` imports a module too
                yield node.lineno, f"{module}.{alias.name}"


def modules(app):
    root = Path(settings.BASE_DIR)
    for path in sorted((root / app).rglob("*.py")):
        relative = path.relative_to(root).with_suffix("")
        # The package relative imports start from: the folder, for a module and for an __init__ alike.
        yield relative.as_posix() + ".py", path, ".".join(relative.parts[:-1]), relative.parts


@pytest.mark.parametrize("app", sorted(ALLOWED))
def test_each_app_imports_only_the_apps_below_it(app):
    wrong = [
        f"{name}:{line} imports {module}"
        for name, path, package, _parts in modules(app)
        for line, module in imports_of(path, package)
        if (other := module.split(".")[0]) in ALLOWED and other != app and other not in ALLOWED[app]
    ]
    assert wrong == [], f"{app} may import only {sorted(ALLOWED[app]) or 'no project app'}"


@pytest.mark.parametrize("app", sorted(ALLOWED))
def test_views_are_imported_only_by_urls_and_hooks(app):
    wrong = [
        f"{name}:{line} imports {module}"
        for name, path, package, parts in modules(app)
        if parts[-1] not in MAY_IMPORT_VIEWS
        for line, module in imports_of(path, package)
        if module.split(".")[-1] == "views" and module.split(".")[0] in ALLOWED
    ]
    assert wrong == []


def test_every_project_app_has_a_place_in_the_rule():
    """A new app must say where it stands, or the rule silently stops covering it."""
    root = Path(settings.BASE_DIR)
    project_apps = {app.split(".")[0] for app in settings.INSTALLED_APPS if (root / app.split(".")[0]).is_dir()}
    assert project_apps == set(ALLOWED)


def test_the_checker_sees_relative_and_in_function_imports(tmp_path):
    """The checker itself: a `from .views import` inside a method is found and resolved."""
    source = tmp_path / "models.py"
    source.write_text("def serve():\n    from .views import serve_quiz\n    from . import grading\n")
    found = {module for _line, module in imports_of(source, "quizzes")}
    assert {"quizzes.views", "quizzes.views.serve_quiz", "quizzes.grading"} <= found
