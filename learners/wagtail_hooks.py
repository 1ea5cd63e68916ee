"""What the Wagtail admin shows of learners: organisations, cohorts and learner profiles as snippets.

Docs: https://docs.wagtail.org/en/v7.4/topics/snippets/customising.html (SnippetViewSet).
Learner profiles are where an administrator ties a staff user to the organisations whose reports
they see (staff_organisations), so no custom user form or setting is needed.

Every view of these snippets (listings, search, per-object pages, choosers, bulk actions) shows only what
learners/visibility.py lets the user see: each viewset's `scope` is that module's function for its model,
applied by learners/admin_scope.py, so no staff member sees learners outside their scope. Their log
entries are kept in LearnerLogEntry, whose manager applies the same rule to Wagtail's site history report.
"""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from .admin_scope import ScopedDeleteBulkAction, ScopedSnippetViewSet
from .models import Cohort, LearnerLogEntry, LearnerProfile, Organisation
from .visibility import cohorts_in_scope, organisations_in_scope, profiles_in_scope


class OrganisationViewSet(ScopedSnippetViewSet):
    model = Organisation
    icon = "site"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "municipalities"]
    list_filter = ["kind"]
    search_fields = ["name", "municipalities"]
    search_backend_name = None  # plain ORM lookups: no search index to keep up to date
    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("municipalities")]

    def scope(self, user):
        return organisations_in_scope(user)


class TranslatedBooleanColumn(BooleanColumn):
    """Wagtail's tick or cross, titled yes/no in the admin's language rather than the English "True"/"False"."""

    cell_template_name = "learners/admin/boolean_cell.html"


class CohortViewSet(ScopedSnippetViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    # A tick or cross: a plain "active" column printed the English "True" in every language.
    list_display = [
        "name", "organisation", "join_code",
        TranslatedBooleanColumn("active", label=capfirst(_("active")), sort_key="active"),
    ]
    list_filter = ["organisation", "active"]
    search_fields = ["name", "join_code"]
    search_backend_name = None  # plain ORM lookups: no search index to keep up to date

    def scope(self, user):
        # One query for the listing and the chooser, not one per row for the organisation.
        return cohorts_in_scope(user).select_related("organisation")

    panels = [
        FieldPanel("organisation"),
        FieldPanel("name"),
        FieldPanel("join_code"),
        FieldPanel("trainers", widget=forms.CheckboxSelectMultiple),
        FieldPanel("active"),
    ]


class LearnerProfileViewSet(ScopedSnippetViewSet):
    model = LearnerProfile
    icon = "user"
    menu_label = _("Learner profiles")
    list_display = ["user", "organisation", "preferred_language", "audience"]
    list_filter = ["audience", "organisation", "preferred_language"]
    search_fields = ["user__username", "user__email"]
    search_backend_name = None  # plain ORM lookups: no search index to keep up to date

    def scope(self, user):
        return profiles_in_scope(user).select_related("user", "organisation")

    panels = [
        FieldPanel("user"),
        MultiFieldPanel([
            FieldPanel("organisation"),
            FieldPanel("cohorts", widget=forms.CheckboxSelectMultiple),
            FieldPanel("preferred_language"),
            FieldPanel("audience"),
        ], heading=_("Learner")),
        MultiFieldPanel(
            [FieldPanel("staff_organisations", widget=forms.CheckboxSelectMultiple)], heading=_("Reporting staff"),
        ),
    ]


class LearnersGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, CohortViewSet, LearnerProfileViewSet)
    menu_icon = "group"
    menu_label = _("Learners")
    menu_name = "learners"


register_snippet(LearnersGroup)
# After Wagtail's own bulk delete (order 0), so this one is the one registered for the scoped snippets.
hooks.register("register_bulk_action", ScopedDeleteBulkAction, order=1)


@hooks.register("register_log_actions")
def keep_learner_snippet_logs_in_scope(actions):
    """Log these snippets to LearnerLogEntry instead of Wagtail's shared ModelLogEntry (the most specific
    registered class wins), so the site history shows each user only the entries of objects in their scope.
    Docs: https://docs.wagtail.org/en/v7.4/reference/hooks.html#register-log-actions
    """
    for model in LearnersGroup.items:
        actions.register_model(model.model, LearnerLogEntry)
