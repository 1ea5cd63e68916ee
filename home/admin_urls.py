"""Two Wagtail admin URLs answered here before the views that would serve them, so the
admin shows no one data outside their scope and answers bad URLs with a 4xx, not a 500.

Both were found by the role sweep (tests/test_sweep_roles.py). Each view checks what the original does not
and then hands the request to that original view, so nothing else of its behaviour changes.

- **Previewing a new page of a type that is not a page.** Wagtail's `PreviewOnCreate`
  (wagtail/admin/views/pages/preview.py) builds an object of whatever `app_label/model_name` the URL names
  and calls tree methods on it: `/admin/pages/add/learners/cohort/<parent>/preview/` was a 500
  (`'Cohort' object has no attribute '_get_path'`). `preview_on_add` answers 404 for a content type that
  is not a Page subclass, as Wagtail's own page-create view does. Wagtail's core admin URLs come before any
  `register_admin_urls` hook, so this pattern is listed in config/urls.py ahead of `wagtail.admin.urls`
  (`urlpatterns` below); it keeps Wagtail's path, so `reverse("wagtailadmin_pages:preview_on_add")` leads
  here.

- **wagtail-localize's snippets API** (`/admin/localize/api/snippets/<app_label>/<model_name>/[<pk>/]`,
  wagtail_localize/views/snippets_api.py) returned every object of any snippet model to anyone with admin
  access, with no permission check: every learner profile's username, other organisations' included.
  Its only use in wagtail-localize's UI is the translation editor's snippet chooser
  (static_src/common/components/SnippetChooser), which fetches the title and edit link of the snippet an
  *overridable* segment points to. Overridable snippet segments are those of non-translatable snippets
  (a translatable one is a related-object segment instead), so refusing non-translatable models would break
  that chooser. `SnippetsAPIViewSet` answers instead the way Wagtail's own snippet views do, for every
  snippet model: it needs a permission on the model (403 without one) and lists only
  `permission_policy.instances_user_has_any_permission_for(user, ...)` of the model's snippet viewset,
  which for the learner snippets is their visibility scope (learners/admin_scope.py,
  ScopedPermissionPolicy), so an object outside it is a 404. home/wagtail_hooks.py registers these
  patterns through `register_admin_urls` ahead of wagtail-localize's own (Wagtail's admin URLconf applies
  its admin-access check to them).

Docs: https://docs.wagtail.org/en/v7.4/reference/hooks.html#register-admin-urls,
wagtail/permission_policies/base.py (instances_user_has_any_permission_for).
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import path
from rest_framework.permissions import BasePermission
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.preview import PreviewOnCreate
from wagtail.models import Page
from wagtail_localize.views import snippets_api

ANY_ACTION = ["add", "change", "delete", "view"]

wagtail_preview_on_add = PreviewOnCreate.as_view()


@require_admin_access
def preview_on_add(request, content_type_app_name, content_type_model_name, parent_page_id):
    """Wagtail's preview of a page being added, for page types only; any other content type is a 404."""
    try:
        model = ContentType.objects.get_by_natural_key(content_type_app_name, content_type_model_name).model_class()
    except ContentType.DoesNotExist as error:
        raise Http404 from error
    if model is None or not issubclass(model, Page):  # None: a content type whose model is gone
        raise Http404
    return wagtail_preview_on_add(
        request,
        content_type_app_name=content_type_app_name,
        content_type_model_name=content_type_model_name,
        parent_page_id=parent_page_id,
    )


def snippet_permission_policy(view):
    """The permission policy of the snippet model the API view's URL names (404 for a model that is none)."""
    return view.get_model().snippet_viewset.permission_policy


class HasAnySnippetPermission(BasePermission):
    """A permission on the snippet model is needed, as for Wagtail's own snippet listing."""

    def has_permission(self, request, view):
        return snippet_permission_policy(view).user_has_any_permission(request.user, ANY_ACTION)


class SnippetsAPIViewSet(snippets_api.SnippetViewSet):
    """wagtail-localize's snippets API, answering with only the objects the user may see in Wagtail's admin."""

    permission_classes = [HasAnySnippetPermission]

    def get_queryset(self):
        return snippet_permission_policy(self).instances_user_has_any_permission_for(self.request.user, ANY_ACTION)


# Included ahead of wagtail.admin.urls by config/urls.py, under "admin/".
urlpatterns = [
    path(
        "pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/preview/",
        preview_on_add,
        name="preview_on_add_page_types_only",
    ),
]


def localize_snippets_api_urls():
    """wagtail-localize's two snippets API patterns (same paths), answered by SnippetsAPIViewSet."""
    return [
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
            SnippetsAPIViewSet.as_view({"get": "list"}),
            name="localize_snippets_api_listing_in_scope",
        ),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SnippetsAPIViewSet.as_view({"get": "retrieve"}),
            name="localize_snippets_api_detail_in_scope",
        ),
    ]
