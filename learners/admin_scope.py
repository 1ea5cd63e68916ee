"""The visibility rule in every Wagtail admin view of the learner snippets, so no staff member sees
learners, cohorts or join codes of organisations outside their scope.

Wagtail's snippet views check model permissions only (may this user view cohorts at all?) and its chooser
views check nothing, so Reporting staff and Trainers could page through every learner, cohort and join code.
Organisation, Cohort and LearnerProfile need the answer to "which ones": each viewset's `scope(user)` returns
the queryset from learners/visibility.py (organisations_in_scope, cohorts_in_scope, profiles_in_scope), and
that one function narrows

- the permission policy (`ScopedPermissionPolicy`): Wagtail's per-instance checks and
  `instances_user_has_any_permission_for` follow the rule;
- the listing, its search and its filter choices (`ScopedSnippetViewSet.get_queryset`, `ScopedFilterSet`);
- every view that takes an object's pk (edit, delete, usage, history, inspect...): `construct_view` answers
  404 for an object outside the scope before Wagtail's view loads it, so a view that a later Wagtail
  release adds to the viewset is covered without a patch of its own;
- the chooser (`ScopedSnippetChooserViewSet`): it requires a permission on the model, then lists, searches
  and returns only objects in scope;
- the bulk delete (`ScopedDeleteBulkAction`): it acts on, and its confirmation page names, only the objects
  the user may delete;
- the admin's log (`log_entries_in_scope`, through LearnerLogEntry's manager): Wagtail's site history report
  and its export list only entries of objects in scope; those of deleted objects only for a superuser.

Not scoped: the choice lists of the add and edit forms (every organisation, cohort and account). Only the
superuser may add or change these snippets (learners/roles.py gives the role groups no such permission, and
tests/test_admin_scope.py checks it); a role that gets one needs those forms scoped first.

Docs: https://docs.wagtail.org/en/v7.4/reference/viewsets.html (SnippetViewSet, ChooserViewSet),
https://docs.wagtail.org/en/v7.4/extending/custom_bulk_actions.html, wagtail/permission_policies/base.py,
https://docs.wagtail.org/en/v7.4/extending/audit_log.html and wagtail/models/audit_log.py (log models).
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.http import Http404
from django.shortcuts import get_list_or_404
from django.utils.functional import cached_property, classproperty
from django_filters import ModelChoiceFilter, ModelMultipleChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.views import chooser
from wagtail.snippets.views.snippets import SnippetViewSet

ANY_ACTION = ["add", "change", "delete", "view"]
BAD_ID = (ValueError, TypeError, ValidationError)  # an id the primary key field cannot hold


class ScopedPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions (what a user may do) and the visibility rule (to which objects).

    `scope(user)` is the rule for this model. A user without any permission on the model has no instances.
    """

    def __init__(self, model, scope):
        super().__init__(model)
        self.scope = scope

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.scope(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self.in_scope(user, instance.pk)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        # One scope query, not one per action as the base class would make.
        return self.user_has_any_permission(user, actions) and self.in_scope(user, instance.pk)

    def in_scope(self, user, pk):
        """Whether the object `pk` is inside the user's scope; an id the model cannot hold is not."""
        try:
            return self.scope(user).filter(pk=pk).exists()
        except BAD_ID:
            return False


def scope_of(model):
    """The ScopedPermissionPolicy of a snippet model, or None for a model without one."""
    policy = getattr(getattr(model, "snippet_viewset", None), "permission_policy", None)
    return policy if isinstance(policy, ScopedPermissionPolicy) else None


def scoped_models():
    """The snippet models whose admin views follow a scope."""
    return [model for model in get_snippet_models() if scope_of(model) is not None]


def log_entries_in_scope(entries, user):
    """The log entries (of LearnerLogEntry) that `user` may read: those of objects in their scope.

    The same answer as the snippet views give: a user without a permission on the model reads none of its
    entries, others those whose object is in `scope(user)`. A deleted object is in nobody's scope, so only a
    superuser reads its entries, which keep its name. One subquery per model, so the site history's union of
    log models stays one query.
    """
    if user.is_active and user.is_superuser:
        return entries
    readable = Q(pk__in=[])
    for model in scoped_models():
        policy = scope_of(model)
        if not policy.user_has_any_permission(user, ANY_ACTION):
            continue
        # object_id is text, as in Wagtail's ModelLogEntry: compare it with the primary keys as text.
        ids = policy.scope(user).annotate(object_id=Cast("pk", CharField())).values("object_id")
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        readable |= Q(content_type=content_type, object_id__in=ids)
    return entries.filter(readable)


class ScopedFilterSet(WagtailFilterSet):
    """A listing filter offers only the organisations, cohorts and profiles the viewer may see.

    Without it the "Organisation" filter of the cohort listing named every organisation on the site.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self.request, "user", None)
        for filter_ in self.filters.values():
            if not isinstance(filter_, (ModelChoiceFilter, ModelMultipleChoiceFilter)):
                continue
            policy = scope_of(getattr(filter_.queryset, "model", None))
            if policy is not None:
                filter_.queryset = policy.scope(user) if user is not None else policy.model.objects.none()


def _only_in_scope(view, policy):
    """Wrap a viewset's view: a pk outside the user's scope is a 404, whatever the view would do with it."""

    @wraps(view)
    def scoped_view(request, *args, **kwargs):
        if "pk" in kwargs and not policy.in_scope(request.user, unquote(str(kwargs["pk"]))):
            raise Http404
        return view(request, *args, **kwargs)

    return scoped_view


class ScopedChooserMixin:
    """The chooser views of a scoped snippet: a permission on the model is required (Wagtail asks for
    none), and objects outside the user's scope do not exist for them."""

    permission_policy = None  # the snippet viewset's, passed on by ScopedSnippetViewSet.chooser_viewset

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_any_permission(request.user, ANY_ACTION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def in_scope(self):
        return self.permission_policy.instances_user_has_any_permission_for(self.request.user, ANY_ACTION)


class ScopedChooseView(ScopedChooserMixin, chooser.ChooseView):
    def get_object_list(self):
        return self.in_scope()


class ScopedChooseResultsView(ScopedChooserMixin, chooser.ChooseResultsView):
    def get_object_list(self):
        return self.in_scope()


class ScopedChosenView(ScopedChooserMixin, chooser.SnippetChosenView):
    def get_object(self, pk):
        try:
            return self.in_scope().get(pk=pk)
        except BAD_ID as error:
            raise Http404 from error


class ScopedChosenMultipleView(ScopedChooserMixin, chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        try:
            return list(self.in_scope().filter(pk__in=pks))
        except BAD_ID as error:
            raise Http404 from error


class ScopedCreateView(ScopedChooserMixin, chooser.SnippetCreateView):
    pass


class ScopedSnippetChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView
    create_view_class = ScopedCreateView

    def construct_view(self, view_class, **kwargs):
        # "chosen/<pk>/" outside the scope is a 404 before the permission check, as in the snippet views.
        return _only_in_scope(super().construct_view(view_class, **kwargs), self.permission_policy)


class ScopedSnippetViewSet(SnippetViewSet):
    """A SnippetViewSet whose every view, chooser and bulk action follows `scope(user)`.

    Subclasses define `scope(self, user)`, returning the queryset of objects the user may see (with any
    select_related their listing needs).
    """

    chooser_viewset_class = ScopedSnippetChooserViewSet

    def scope(self, user):
        raise NotImplementedError

    @cached_property
    def permission_policy(self):
        return ScopedPermissionPolicy(self.model, self.scope)

    def get_queryset(self, request):
        return self.permission_policy.instances_user_has_any_permission_for(request.user, ANY_ACTION)

    @cached_property
    def filterset_class(self):
        if not self.list_filter:
            return self.UNDEFINED
        meta = type("Meta", (), {"model": self.model, "fields": self.list_filter})
        return type(f"{self.model.__name__}FilterSet", (ScopedFilterSet,), {"Meta": meta})

    @property
    def chooser_viewset(self):
        viewset = super().chooser_viewset
        viewset.permission_policy = self.permission_policy
        return viewset

    def construct_view(self, view_class, **kwargs):
        return _only_in_scope(super().construct_view(view_class, **kwargs), self.permission_policy)


class ScopedDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete of snippets, for the scoped ones: only objects the user may delete exist here.

    Wagtail's own listed every chosen object on its confirmation page, those the user may not delete
    included ("?id=all" named every learner); here ids outside `instances_user_has_permission_for(user,
    "delete")` are dropped, and a request with none left is a 404. Registered after Wagtail's (hook order
    1), so it replaces it for these models.
    """

    @classproperty
    def models(cls):
        return scoped_models()

    def deletable(self):
        return scope_of(self.model).instances_user_has_permission_for(self.request.user, "delete")

    def get_all_objects_in_listing_query(self, parent_id):
        return self.deletable().values_list("pk", flat=True)

    def get_queryset(self, model, object_ids):
        try:
            return get_list_or_404(self.deletable(), pk__in=list(object_ids))
        except BAD_ID as error:
            raise Http404 from error
