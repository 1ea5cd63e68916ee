"""Role sweep: every URL pattern of the site and of the Wagtail admin, requested as each role.

DESIGN.md idea 14: "Scope holds in every view ... a sweep over every URL for every role proves it."
The URLconf is walked (i18n_patterns and Wagtail's admin URLs included) and each pattern's path
parameters are filled generically, by parameter name (and converter), with real objects of the
role's own organisation, of the other organisation and with ids that do not exist. Each response is
then checked: no 5xx, and no username, name, e-mail or join code of anyone outside the role's scope
(learners.visibility decides the scope) in the body.

A new view or snippet is covered without anyone adding a test: its parameters are filled by name.
A pattern whose parameters the sweep cannot fill must be listed in SKIPPED with a reason, or
`test_every_url_pattern_is_swept_or_listed_with_a_reason` fails.
"""

import io
import zipfile
from dataclasses import dataclass, field
from itertools import count

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.db import models
from django.test import Client
from django.urls import NoReverseMatch, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter, PathConverter, SlugConverter, StringConverter, UUIDConverter
from django.urls.resolvers import RegexPattern, RoutePattern
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Revision,
    Task,
    TaskState,
    Workflow,
    WorkflowState,
)
from wagtail_localize.models import OverridableSegment, StringSegment, Translation, TranslationSource

from learners.models import Cohort, LearnerProfile, Organisation
from learners.visibility import cohorts_in_scope, visible_learners
from tests.fixtures_sweep import JOIN_CODES, PEOPLE, SUBMITTER, SUMMARY, SWEEP_ROLES, missing_uuid

MISSING_ID = 987654

# Patterns the sweep does not request, each with the reason. Keys are the full route as the
# URLconf spells it (see `routes()`).
SKIPPED = {
    "admin/failwhale/": "Wagtail's deliberate error page: it raises on purpose to test error reporting (500 by design)",
}

# Regex patterns with positional groups: filled by pattern name (positional groups have no names).
POSITIONAL = {
    "wagtail_serve": "page_path",
    "wagtaildocs_serve": "document_file",
    "wagtailadmin_pages:revisions_compare": "revision_compare",
}
# Regex patterns without any group that still need a concrete path.
LITERAL = {"admin/^.*/$": "/admin/no-such-admin-view/"}

# Which model a `pk` means where the view does not say it (by namespace or namespaced name).
PK_MODELS = {
    "wagtailadmin_api:pages": Page,
    "wagtailadmin_api:documents": Document,
    "wagtailadmin_api:images": Image,
    "wagtailadmin_collections": Collection,
    "wagtailadmin_workflows:edit_task": Task,
    "wagtailadmin_workflows:disable_task": Task,
    "wagtailadmin_workflows:enable_task": Task,
    "wagtailadmin_workflows": Workflow,
    "wagtaildocs_chooser": Document,
    "wagtailimages_chooser": Image,
}

# Integer parameters by name -> the model whose ids they take.
ID_MODELS = {
    "page_id": Page,
    "parent_page_id": Page,
    "page_to_move_id": Page,
    "destination_id": Page,
    "page_pk": Page,
    "document_id": Document,
    "doc_id": Document,
    "image_id": Image,
    "collection_id": Collection,
    "redirect_id": Redirect,
    "workflow_pk": Workflow,
    "task_id": Task,
    "task_state_id": TaskState,
    "workflow_state_id": WorkflowState,
    "revision_id": Revision,
    "translation_id": Translation,
    "translation_source_id": TranslationSource,
    "string_segment_id": StringSegment,
    "overridable_segment_id": OverridableSegment,
    "restriction_id": CollectionViewRestriction,
    "page_view_restriction_id": PageViewRestriction,
    "uploaded_file_id": apps.get_model("wagtailcore", "UploadedFile"),
    "session_id": apps.get_model("wagtailadmin", "EditingSession"),
}

# Parameters filled together (the first group whose names a pattern has wins).
GROUPS = [
    ("app_label", "model_name", "action"),
    ("content_type_app_name", "content_type_model_name"),
    ("app_label", "model_name"),
    ("app_name", "model_name"),
    ("uidb64", "token"),
]
# Other named parameters with their own filler (see Filler.value).
NAMED = {"course_key", "code", "action_name", "filter_spec", "mode", "path", "object_id", "pk"}

CONVERTERS = {IntConverter: "int", StringConverter: "str", SlugConverter: "slug", UUIDConverter: "uuid",
              PathConverter: "path"}
VARIANTS = ("own", "other", "missing")


@dataclass
class Route:
    """One URL pattern: its full route, namespaced name, view and parameters."""

    route: str
    name: str | None
    namespace: str
    callback: object
    params: list  # [(name, converter type)]
    positional: int = 0

    @property
    def key(self):
        return self.route


def routes():
    """Every URL pattern, with the parameters of its whole prefix chain (i18n prefix included)."""

    def walk(patterns, prefix, namespaces, params):
        for p in patterns:
            own = list(params)
            positional = 0
            if isinstance(p.pattern, RoutePattern):
                own += [(name, CONVERTERS.get(type(conv), type(conv).__name__))
                        for name, conv in p.pattern.converters.items()]
            elif isinstance(p.pattern, RegexPattern):
                regex = p.pattern.regex
                own += [(name, "regex") for name in regex.groupindex]
                positional = regex.groups - len(regex.groupindex)
            if isinstance(p, URLResolver):
                yield from walk(p.url_patterns, prefix + str(p.pattern),
                                namespaces + ((p.namespace,) if p.namespace else ()), own)
            else:
                name = ":".join(namespaces + (p.name,)) if p.name else None
                yield Route(prefix + str(p.pattern), name, ":".join(namespaces), p.callback, own, positional)

    return list(walk(get_resolver().url_patterns, "", (), []))


def _model_class(value):
    return value if isinstance(value, type) and issubclass(value, models.Model) else None


def pk_model(route, kwargs):
    """The model a `pk` parameter refers to, or None when nothing says."""
    initkwargs = getattr(route.callback, "view_initkwargs", {}) or {}
    model = _model_class(initkwargs.get("model"))
    if model:
        return model
    app = kwargs.get("app_label") or kwargs.get("app_name")
    if app and kwargs.get("model_name"):
        try:
            return apps.get_model(app, kwargs["model_name"])
        except LookupError:
            return None
    for key in (route.name, route.namespace):
        if key in PK_MODELS:
            return PK_MODELS[key]
    view_class = getattr(route.callback, "view_class", None)
    return _model_class(getattr(view_class, "model", None))


def unfillable(route):
    """Why the sweep cannot fill this pattern's parameters ("" when it can)."""
    if route.key in LITERAL:
        return ""
    if route.positional and route.name not in POSITIONAL:
        return f"{route.positional} positional group(s) and no entry in POSITIONAL"
    names = [name for name, _conv in route.params]
    grouped = set()
    for group in GROUPS:
        if set(group) <= set(names) - grouped:
            grouped |= set(group)
    for name, conv in route.params:
        if name in grouped or name in ID_MODELS and conv in ("int", "regex"):
            continue
        if name == "pk":
            sample = {"app_label": "learners", "model_name": "cohort"} if "model_name" in names else {}
            if pk_model(route, sample) is None:
                return "a `pk` of an unknown model (add the namespace to PK_MODELS)"
            continue
        if name in NAMED:
            continue
        return f"no filler for parameter {name!r} ({conv})"
    return ""


class Filler:
    """Candidate values for path parameters, for one role and one variant ("own", "other", "missing")."""

    def __init__(self, world, role, variant):
        self.world, self.role, self.variant = world, role, variant
        self.user = world.user(role)
        users, pages = world.users, world.pages
        me = self.user or users["learner_a"]
        self.people = {"own": [me, users["learner_a2"]], "other": [users["learner_b"], users["trainer_b"]]}
        self.by_model = {
            get_user_model(): self.people,
            LearnerProfile: {k: [u.profile for u in v] for k, v in self.people.items()},
            Cohort: {"own": [world.cohorts["cohort_a1"], world.cohorts["cohort_a2"]],
                     "other": [world.cohorts["cohort_b1"]]},
            Organisation: {"own": [world.orgs["a"]], "other": [world.orgs["b"]]},
            # Page types with different admin views: a quiz with attempts, the form page with a sign-up,
            # a translation, an event in a workflow, a password-protected page.
            Page: {"own": [pages["quiz"], pages["peer_group"], pages["lesson_ar"]],
                   "other": [pages["event"], pages["secret"]]},
        }

    def ids(self, model):
        if self.variant == "missing":
            return [MISSING_ID]
        if model in self.by_model:
            return [obj.pk for obj in self.by_model[model][self.variant]]
        for scoped_model, scoped in self.by_model.items():
            if issubclass(model, scoped_model) and model is not scoped_model:
                objs = [o for o in scoped[self.variant] if isinstance(getattr(o, "specific", o), model)]
                if objs:
                    return [o.pk for o in objs]
        return list(model._default_manager.order_by("pk").values_list("pk", flat=True)[:2])

    def dependent_ids(self, name, kwargs):
        """Ids that must belong to an object chosen earlier in the same URL."""
        if name not in ("revision_id", "string_segment_id", "overridable_segment_id"):
            return None
        if self.variant == "missing":
            return [MISSING_ID]
        if name == "revision_id" and "page_id" in kwargs:
            page = Page.objects.filter(pk=kwargs["page_id"]).first()
            revision = page and page.latest_revision
            return [revision.pk] if revision else [MISSING_ID]
        if name in ("string_segment_id", "overridable_segment_id") and "translation_id" in kwargs:
            model = StringSegment if name == "string_segment_id" else OverridableSegment
            translation = Translation.objects.filter(pk=kwargs["translation_id"]).first()
            found = model.objects.filter(source_id=translation.source_id).values_list("pk", flat=True)[:1] \
                if translation else []
            return list(found) or [MISSING_ID]
        return None

    def model_pairs(self):
        """Models for app_label/model_name parameters: page types, snippets, settings, a task type."""
        pairs = [("quizzes", "quizpage"), ("learners", "learnerprofile"), ("guide", "peergrouppage"),
                 ("learners", "cohort"), ("wagtailcore", "grouptask"), ("guide", "serviceprovider")]
        pairs += [(m._meta.app_label, m._meta.model_name) for m in settings_registry][:2]
        if self.variant == "missing":
            return [("nosuchapp", "nosuchmodel")]
        return pairs[0::2] if self.variant == "own" else pairs[1::2]

    def group(self, names, route, kwargs):
        """Value dicts for parameters that go together."""
        if names == ("app_label", "model_name", "action"):
            # Every registered bulk action, on objects of both organisations at once (its confirmation
            # page lists them); with ids that do not exist once.
            bulk_action_registry._scan_for_bulk_actions()
            if self.variant == "missing":
                return [{"app_label": "wagtailcore", "model_name": "page", "action": "delete", "?": f"id={MISSING_ID}"}]
            rows = []
            for app, by_model in bulk_action_registry.actions.items():
                for model_name, actions in by_model.items():
                    model = apps.get_model(app, model_name)
                    ids = Filler(self.world, self.role, "own").ids(model) + \
                        Filler(self.world, self.role, "other").ids(model)
                    for action in actions:
                        rows.append({"app_label": app, "model_name": model_name, "action": action,
                                     "?": "&".join(f"id={pk}" for pk in ids)})
            return rows
        if names == ("uidb64", "token"):
            if self.variant == "missing":
                return [{"uidb64": "OTg3NjU0", "token": "set-password"}]
            user = (self.user or self.world.users["learner_a"]) if self.variant == "own" else \
                self.world.users["learner_b"]
            token = default_token_generator.make_token(user) if self.variant == "own" and self.user else "bad-tok"
            return [{"uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": token}]
        pairs = self.model_pairs()
        return [dict(zip(names, pair, strict=True)) for pair in pairs]

    def value(self, name, conv, route, kwargs):
        """Candidate values for one parameter (a list; empty when this variant has none)."""
        dependent = self.dependent_ids(name, kwargs)
        if dependent is not None:
            return dependent
        if name in ID_MODELS and conv in ("int", "regex"):
            return self.ids(ID_MODELS[name])
        world = self.world
        if name == "pk":
            model = pk_model(route, kwargs)
            if model is None:  # e.g. app_label/model_name that name no model
                return [MISSING_ID] if conv == "int" else [str(MISSING_ID)]
            ids = self.ids(model)
            return [str(i) for i in ids] if conv == "str" else ids
        if name == "course_key":
            return [missing_uuid()] if self.variant == "missing" else [world.pages["course"].translation_key]
        if name == "code":
            # A certificate code is a capability (its public page shows the holder's name to whoever
            # has it, by design), so only the role's own code and codes that do not exist are used.
            own = world.certificates.get("learner_a") if self.role == "learner" else None
            return [own.code] if own and self.variant == "own" else ["NOSUCHCODE1"]
        if name == "action_name":
            return ["approve"] if "workflow" in route.route else ["copy"]
        if name == "filter_spec":
            return ["fill-10x10"]
        if name == "mode":
            return ["default"]
        if name == "path":
            image = world.objects["image"]
            return ["original_images/missing.png"] if self.variant == "missing" else [image.file.name]
        if name == "object_id":
            return [str(MISSING_ID)] if self.variant == "missing" else [str(world.pages["quiz"].pk)]
        raise AssertionError(f"no filler for {name}")

    def positional(self, kind):
        pages = self.world.pages
        if kind == "page_path":
            if self.variant == "missing":
                return [("no-such-page/",)]
            home = pages["home"]
            live = Page.objects.live().descendant_of(home).filter(locale=home.locale).order_by("path")
            paths = [p.url_path[len(home.url_path):] for p in live]
            return [(p,) for p in (paths[0::2] if self.variant == "own" else paths[1::2])]
        if kind == "document_file":
            if self.variant == "missing":
                return [(MISSING_ID, "missing.txt")]
            document = self.world.objects["document"]
            return [(document.pk, document.filename)]
        if kind == "revision_compare":
            page_ids = self.ids(Page)
            return [(pk, "earliest", "latest") for pk in page_ids] + [(page_ids[0], "live", "latest")]
        raise AssertionError(kind)

    def urls(self, route):
        """Concrete URLs for the route in this variant."""
        if route.key in LITERAL:
            return [LITERAL[route.key]]
        if route.name is None and not route.params:
            return ["/" + route.route]
        names = [name for name, _conv in route.params]
        groups, grouped = [], set()
        for group in GROUPS:
            if set(group) <= set(names) - grouped:
                groups.append(group)
                grouped |= set(group)
        urls = []
        positional = self.positional(POSITIONAL[route.name]) if route.positional else [()]
        for i in count():
            kwargs, longest = {}, len(positional)
            for group in groups:
                rows = self.group(group, route, kwargs)
                if not rows:
                    return urls
                longest = max(longest, len(rows))
                kwargs.update(rows[i % len(rows)])
            for name, conv in route.params:
                if name in grouped:
                    continue
                values = self.value(name, conv, route, kwargs)
                if not values:
                    return urls
                longest = max(longest, len(values))
                kwargs[name] = values[i % len(values)]
            query = kwargs.pop("?", "")
            args = positional[i % len(positional)]
            lookup = route.name or route.callback
            try:
                url = reverse(lookup, args=args, kwargs=kwargs or None)
            except NoReverseMatch:  # a value the pattern's own regex refuses: the URL cannot exist
                url = None
            if url is not None:
                urls.append(url + (f"?{query}" if query else ""))
            if i + 1 >= longest:
                return urls
        return urls


@dataclass
class Scope:
    """What one role may see: tokens (lower case) that must not appear in its responses, and why."""

    secrets: dict = field(default_factory=dict)


def scope_of(world, role):
    user = world.user(role)
    if user is not None and user.is_superuser:
        return Scope()
    visible = {user.pk} | set(visible_learners(user).values_list("pk", flat=True)) if user else set()
    secrets = {}
    for key, person in world.users.items():
        if key == "superuser" or person.pk in visible:
            continue
        for label, token in zip(("username", "first name", "last name", "e-mail"), PEOPLE[key], strict=True):
            secrets[token.lower()] = f"{label} of {key}"
    cohorts = set()
    if user is not None:
        cohorts = set(cohorts_in_scope(user).values_list("pk", flat=True))
        cohorts |= set(user.profile.cohorts.values_list("pk", flat=True))
    for key, cohort in world.cohorts.items():
        if cohort.pk not in cohorts:
            secrets[JOIN_CODES[key].lower()] = f"join code of {key}"
    peer_group = world.pages["peer_group"]
    if user is None or not peer_group.permissions_for_user(user).can_edit():
        secrets[SUBMITTER["nimi"].lower()] = "name in a peer-group sign-up"
        secrets[SUBMITTER["sahkoposti"].lower()] = "e-mail in a peer-group sign-up"
    return Scope(secrets)


def body_of(response):
    """The response body as lower-case text, spreadsheets (zip) unpacked."""
    raw = b"".join(response.streaming_content) if response.streaming else response.content
    if raw[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            raw = b"".join(archive.read(name) for name in archive.namelist())
    return raw.decode("utf-8", "replace").lower()


def signed_in(world, role):
    client = Client(raise_request_exception=False)
    user = world.user(role)
    if user is not None:
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_every_url_pattern_is_swept_or_listed_with_a_reason():
    """A new pattern the sweep cannot fill fails here until its parameters get a filler or SKIPPED a reason."""
    all_routes = routes()
    keys = {r.key for r in all_routes}
    problems = [f"{r.key} ({r.name}): {why}" for r in all_routes if r.key not in SKIPPED and (why := unfillable(r))]
    stale = sorted(set(SKIPPED) - keys)
    SUMMARY.append(f"role sweep: {len(all_routes)} URL patterns, {len(all_routes) - len(SKIPPED)} swept, "
                   f"{len(SKIPPED)} skipped: " + "; ".join(f"{k} ({why})" for k, why in SKIPPED.items()))
    assert not problems, "URL patterns the sweep can neither fill nor lists in SKIPPED:\n" + "\n".join(problems)
    assert not stale, f"SKIPPED lists patterns that no longer exist: {stale}"


def test_a_pattern_with_a_parameter_nobody_fills_is_reported():
    """The completeness check can fail: a new view taking an unknown id is reported until it gets a filler."""
    new_view = Route("admin/gizmos/<int:gizmo_id>/", "gizmos:edit", "gizmos", None, [("gizmo_id", "int")])
    assert "gizmo_id" in unfillable(new_view)
    positional = Route(r"fi/^gizmos/(\d+)/$", "gizmos:show", "", None, [], positional=1)
    assert "POSITIONAL" in unfillable(positional)


@pytest.mark.parametrize("role", SWEEP_ROLES)
def test_no_url_shows_anyone_outside_the_roles_scope_or_fails_with_5xx(sweep, role):
    """Each role requests every URL pattern with its own, the other organisation's and missing objects."""
    scope = scope_of(sweep, role)
    client = signed_in(sweep, role)
    user = sweep.user(role)
    requested, covered, errors, leaks, uncovered = 0, 0, [], [], []
    fillers = [Filler(sweep, role, variant) for variant in VARIANTS]
    # Without admin access every admin URL is the same redirect to the admin's sign-in: one URL per
    # pattern (with the other organisation's objects) shows that, the rest would only cost time.
    admin_prefix = reverse("wagtailadmin_home")
    in_admin = user is not None and user.has_perm("wagtailadmin.access_admin")
    for route in routes():
        if route.key in SKIPPED:
            continue
        per_variant = [filler.urls(route) for filler in fillers]
        # Ids that do not exist are tried as the superuser, who reaches every view (for others a permission
        # check usually answers first, the same way for a missing object as for a forbidden one), and
        # for any role where no object of the kind exists.
        if role != "superuser" and (per_variant[0] or per_variant[1]):
            per_variant[2] = []
        urls = list(dict.fromkeys(url for variant_urls in per_variant for url in variant_urls))
        if not in_admin and urls and urls[0].startswith(admin_prefix):
            urls = (per_variant[1] or urls)[:1]  # the "other" variant: another organisation's objects
        elif getattr(getattr(route.callback, "view_class", None), "list_export", None):
            # Listings with Wagtail's spreadsheet export: the CSV and XLSX files hold rows too.
            urls += [f"{url}{'&' if '?' in url else '?'}export={kind}" for url in urls for kind in ("csv", "xlsx")]
        if not urls:
            uncovered.append(route.key)
        covered += bool(urls)
        for url in urls:
            response = client.get(url)
            requested += 1
            if response.status_code >= 500:
                exc = getattr(response, "exc_info", None)
                errors.append(f"{response.status_code} {url} ({exc[0].__name__}: {exc[1]})" if exc else
                              f"{response.status_code} {url}")
            body = body_of(response)
            found = sorted({why for token, why in scope.secrets.items() if token in body})
            if found:
                leaks.append(f"{url} [{response.status_code}]: {', '.join(found)}")
            if user is not None and "_auth_user_id" not in response.wsgi_request.session:  # a logout URL
                client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    summary = f"role sweep [{role}]: {requested} URLs requested, {covered} patterns covered, {len(SKIPPED)} skipped"
    SUMMARY.append(f"{summary}; {len(errors)} 5xx, {len(leaks)} leaking, {len(uncovered)} not built")
    assert not errors and not leaks and not uncovered, (
        f"{summary}\n5xx:\n" + "\n".join(errors) + "\nout-of-scope data shown:\n" + "\n".join(leaks)
        + "\npatterns no URL could be built for (fix their fillers):\n" + "\n".join(uncovered)
    )


def test_what_each_role_must_not_see_follows_the_visibility_rule(sweep):
    """The sweep's secrets come from learners.visibility: another organisation's people and codes are
    secret, the role's own scope is not (so the leak check can fail, and does not cry wolf)."""
    staff = scope_of(sweep, "staff").secrets
    assert PEOPLE["learner_b"][3].lower() in staff and JOIN_CODES["cohort_b1"].lower() in staff
    assert PEOPLE["learner_a"][3].lower() not in staff
    trainer = scope_of(sweep, "trainer").secrets
    assert PEOPLE["learner_a2"][0].lower() in trainer  # same organisation, not the trainer's cohort
    assert JOIN_CODES["cohort_a1"].lower() not in trainer
    learner = scope_of(sweep, "learner").secrets
    assert PEOPLE["learner_a2"][1].lower() in learner and PEOPLE["learner_a"][1].lower() not in learner
    assert SUBMITTER["sahkoposti"].lower() in learner and SUBMITTER["sahkoposti"].lower() not in trainer
    assert scope_of(sweep, "superuser").secrets == {}
