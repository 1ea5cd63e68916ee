"""What the learner sees of a course: its outline, their place in it, and the way onward.

The course page, the module page, every step page (lessons here, quizzes in the quizzes app)
and "My courses" all read a course through this module, with a fixed number of queries
however many steps the course has (the query budgets in tests/test_courses_queries.py).

The outline follows the course's default-language (Finnish) tree, like `courses.progress`,
so a half-translated course lists the same steps in every language; each step is shown in
the active language when it has a live translation there, otherwise in Finnish.
"""

from dataclasses import dataclass, field
from uuid import UUID

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from wagtail.models import Page

from home import page_cache
from home.fallback import fallback_order, learner_url

from . import progress as progress_api
from .models import Audience, CoursePage, ModulePage

DONE, NEXT, TODO = "done", "next", "todo"


@dataclass
class OutlineStep:
    """One step as the outline shows it."""

    title: str
    key: UUID
    number: int
    kind: str
    status: str = TODO
    url: str = ""
    current: bool = False
    lang: str = ""


@dataclass
class OutlineGroup:
    """Steps that share a module (or none: steps placed straight under the course)."""

    module: "TreeRow | None"
    url: str = ""
    steps: list[OutlineStep] = field(default_factory=list)


@dataclass
class Outline:
    course: Page
    progress: progress_api.Progress
    groups: list[OutlineGroup]
    steps: list[OutlineStep]
    course_url: str = ""
    current: OutlineStep | None = None
    previous: OutlineStep | None = None
    following: OutlineStep | None = None

    @property
    def next_step(self):
        """Where "Continue" leads: the first step not done (None when all are done)."""
        return next((s for s in self.steps if s.status == NEXT), None)

    @property
    def first_step(self):
        return self.steps[0] if self.steps else None

    @property
    def has_modules(self):
        return any(group.module is not None for group in self.groups)


def _content_type_ids():
    """Content type ids of step pages and of module pages (ContentType's cache: no query after the first)."""
    step_models = progress_api.step_models()
    by_model = ContentType.objects.get_for_models(*step_models, ModulePage)
    module_id = by_model[ModulePage].pk
    steps = {
        ct.pk: model._meta.model_name.removesuffix("page") for model, ct in by_model.items() if model is not ModulePage
    }
    return steps, module_id


def canonical_path(course):
    """The tree path of the course's default-language page, as an SQL expression.

    Used inside the outline's one query, so finding the canonical tree costs nothing extra;
    a course that exists only in another language falls back to its own tree.
    """
    default = Page.objects.filter(
        translation_key=course.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).values("path")[:1]
    return Coalesce(Subquery(default), Value(course.path))


def localize(pages, locale_id):
    """Map translation_key -> the live page in `locale_id`, for many pages in one query."""
    keys = [p.translation_key for p in pages]
    if not keys or locale_id is None:
        return {}
    pages = Page.objects.live().filter(translation_key__in=keys, locale_id=locale_id).select_related("locale")
    return {p.translation_key: p for p in pages}


@dataclass
class TreeRow:
    """One step or module of a course's canonical tree, as shown in the course's language.

    Plain values rather than Page objects: a cached tree is unpickled on every step page.
    """

    key: UUID
    content_type_id: int
    path: str
    title: str
    url: str
    lang: str = ""


def course_tree(course, request):
    """The course's modules and steps (canonical tree, shown in the course's language) and its URL.

    Two queries at most, and none while the page cache holds it (home/page_cache.py): it changes
    only when pages are published, moved or deleted, which drops the cache.
    """

    def load():
        step_types, module_type = _content_type_ids()
        rows = list(
            Page.objects.live()
            .filter(path__startswith=canonical_path(course), depth__gt=course.depth)
            .filter(content_type_id__in=[*step_types, module_type])
            .select_related("locale")
            .order_by("path")
        )
        translated = localize(rows, course.locale_id) if rows and rows[0].locale_id != course.locale_id else {}
        shown = [translated.get(row.translation_key, row) for row in rows]
        tree = [
            TreeRow(
                row.translation_key, row.content_type_id, row.path, page.title, page.get_url(request),
                page.locale.language_code,
            )
            for row, page in zip(rows, shown, strict=True)
        ]
        return tree, course.get_url(request)

    return page_cache.get_or_compute(request, ("course-tree", course.pk), load)


def build_outline(course, request, current=None, module=None, enrollment=None):
    """The outline of `course` for `request.user`, marking `current` (a step page) if given.

    Queries: the course tree (cached, see course_tree), the enrolment and the completions; never one
    per step.
    """
    step_types, module_type = _content_type_ids()
    rows, course_url = course_tree(course, request)
    # Links stay under the learner's language prefix, whatever language each step is shown in
    # (home/fallback.py); the cached tree keeps the pages' own addresses.
    course_url = learner_url(course_url)
    step_keys = [row.key for row in rows if row.content_type_id in step_types]
    progress = progress_api.Progress(course_key=course.translation_key, step_keys=step_keys)
    progress_api.attach_learner_progress(
        request.user, {course.translation_key: progress}, enrollments=[enrollment] if enrollment else None
    )

    groups, steps = [], []
    group, module_path = None, None
    next_key = progress.next_step_key
    current_key = current.translation_key if current is not None else None
    for row in rows:
        if row.content_type_id == module_type:
            group, module_path = OutlineGroup(module=row, url=learner_url(row.url)), row.path
            groups.append(group)
            continue
        if group is None or (module_path is not None and not row.path.startswith(module_path)):
            group, module_path = OutlineGroup(module=None), None
            groups.append(group)
        key = row.key
        status = DONE if progress.is_done(key) else NEXT if key == next_key else TODO
        step = OutlineStep(
            title=row.title,
            key=key,
            number=len(steps) + 1,
            kind=step_types[row.content_type_id],
            status=status,
            url=learner_url(row.url),
            current=key == current_key,
            lang=row.lang,
        )
        group.steps.append(step)
        steps.append(step)

    if module is not None:
        groups = [g for g in groups if g.module is not None and g.module.key == module.translation_key]
    outline = Outline(course=course, progress=progress, groups=groups, steps=steps, course_url=course_url)
    for index, step in enumerate(steps):
        if step.current:
            outline.current = step
            outline.previous = steps[index - 1] if index > 0 else None
            outline.following = steps[index + 1] if index + 1 < len(steps) else None
    return outline


def step_context(step, request):
    """Context for a step page: breadcrumbs, the course, the outline and the learner's place.

    Signed-in learners are enrolled on their first visit to a step (record_visit); a trainer's
    preview in the editor records nothing.
    """
    if not step.path:  # previewing a page that is not saved yet
        return {"breadcrumbs": [], "course": None, "outline": None}
    breadcrumbs, course = page_cache.get_or_compute(
        request, ("step-ancestors", step.pk), lambda: _ancestors(step, request)
    )
    breadcrumbs = [{**crumb, "url": learner_url(crumb["url"])} for crumb in breadcrumbs]
    context = {"breadcrumbs": breadcrumbs, "course": course, "outline": None}
    if course is None:
        return context
    visit = request.user.is_authenticated and not getattr(request, "is_preview", False)
    enrollment = progress_api.record_visit(request.user, step, course) if visit else None
    context["outline"] = build_outline(course, request, current=step, enrollment=enrollment)
    return context


def _ancestors(step, request):
    """Breadcrumbs (title and URL of each ancestor below the root) and the live course above `step`."""
    ancestors = list(Page.objects.ancestor_of(step).filter(depth__gt=1).order_by("depth"))
    course_type = ContentType.objects.get_for_model(CoursePage).pk
    course = next((p for p in ancestors if p.content_type_id == course_type and p.live), None)
    return [{"title": p.title, "url": p.get_url(request)} for p in ancestors], course


def catalogue_context(index_page, request):
    """Every course of the catalogue, in the active language when it has one, filtered by audience, with progress.

    A course not yet in the learner's language is listed all the same, in the first of their fallback
    languages it has (home/fallback.py), with the languages it is available in; its links stay under the
    learner's prefix. The catalogue's translations share one translation_key, so the courses under any
    of them are found in one query (their paths are cached with the page structure).
    """
    audience = request.GET.get("audience", "")
    if audience not in Audience.values:
        audience = ""
    parents = page_cache.get_or_compute(
        request,
        ("catalogue-paths", index_page.translation_key),
        lambda: list(
            Page.objects.live().filter(translation_key=index_page.translation_key).values_list("path", flat=True)
        ),
    )
    under_any = Q(pk__in=[])
    for path in parents:
        under_any |= Q(path__startswith=path)
    courses = (
        CoursePage.objects.live()
        .filter(under_any, depth=index_page.depth + 1)
        .select_related("locale", "cover_image")
        .prefetch_related("cover_image__renditions")  # {% picture %} reuses them: no query per card
        .order_by("path")
    )
    if audience:
        courses = courses.filter(audience=audience)
    versions = {}
    for course in courses:
        versions.setdefault(course.translation_key, {})[course.locale.language_code] = course
    active = get_language()
    order = None
    shown = []
    for by_language in versions.values():
        course = by_language.get(active)
        if course is None:
            order = order if order is not None else fallback_order(request)
            course = next((by_language[c] for c in order if c in by_language), next(iter(by_language.values())))
        languages = [code for code, _name in settings.LANGUAGES if code in by_language]
        shown.append((course, languages))
    # Catalogue order: the default language's tree order, whichever version is shown.
    canonical = {key: by_language.get(settings.LANGUAGE_CODE) for key, by_language in versions.items()}
    shown.sort(key=lambda item: (canonical[item[0].translation_key] or item[0]).path)
    progress = progress_api.progress_for_courses(request.user, [course for course, _languages in shown])
    return {
        "audience": audience,
        "audiences": Audience.choices,
        "courses": [(course, progress[course.translation_key], languages) for course, languages in shown],
    }
