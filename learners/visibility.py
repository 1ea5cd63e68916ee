"""The one place that decides which learners a user may see.

Every report, export and dashboard asks `learner_rule(user, path)` (or `visible_profiles` and
`visible_learners`, the same rule on profiles and on accounts) and nothing else, so a rule
change here changes everything at once (docs/design.md, idea 7). The rules:

- a superuser sees every learner;
- Reporting staff see the learners whose organisation is one of their staff organisations;
- Trainers see the learners of the cohorts they train;
- a person in both groups sees the union; everyone else sees nobody.

The report filters offer `organisations_in_scope` and `cohorts_in_scope`, derived from the same rules.
The Wagtail admin's views of the learner snippets (learners/admin_scope.py) use those two and
`profiles_in_scope`, so a chooser, listing or bulk action never shows more than a report would.

"Learner" means an account with a LearnerProfile that is neither a superuser nor in a role group:
staff keep a profile too (for their staff organisations) but never appear in reports as learners.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from .roles import REPORTING_STAFF, TRAINERS


def _group_names(user):
    # Cached on the user object: a report page asks several times per request.
    if not hasattr(user, "_learners_group_names"):
        user._learners_group_names = set(user.groups.values_list("name", flat=True))
    return user._learners_group_names


def is_trainer(user):
    return user.is_authenticated and user.is_active and TRAINERS in _group_names(user)


def is_reporting_staff(user):
    return user.is_authenticated and user.is_active and REPORTING_STAFF in _group_names(user)


def can_view_reports(user):
    """Whether the user may open the reports at all (what they then see is visible_learners)."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or is_trainer(user) or is_reporting_staff(user)


def _scope_ids(user):
    """The ids of the organisations (as Reporting staff) and cohorts (as a Trainer) whose learners `user` sees.

    Read once per user object and put into report queries as plain id lists. With the role tables
    joined inside the report query instead, PostgreSQL could not tell how few learners one
    organisation has and scanned all of them: staff report pages took 1-2 s at 100,000 learners.
    """
    if not hasattr(user, "_learners_scope"):
        from .models import Cohort, Organisation

        organisations = (
            list(Organisation.objects.filter(staff_members__user=user).values_list("pk", flat=True))
            if is_reporting_staff(user)
            else []
        )
        cohorts = list(Cohort.objects.filter(trainers=user).values_list("pk", flat=True)) if is_trainer(user) else []
        user._learners_scope = (organisations, cohorts)
    return user._learners_scope


def _non_learner_ids(user):
    """Ids of the accounts that are never learners in a report: superusers and the role groups' members.

    A short list read once per request (cached on the viewer's user object), so report queries
    exclude them with a plain `NOT IN (...)` instead of joining every learner's account and groups.
    """
    if not hasattr(user, "_learners_non_learner_ids"):
        User = get_user_model()
        superusers = User.objects.filter(is_superuser=True).values_list("pk", flat=True)
        members = User.groups.through.objects.filter(group__name__in=[TRAINERS, REPORTING_STAFF])
        # A UNION of two small lookups: one OR across the group join read every account (23 ms at 100,000).
        user._learners_non_learner_ids = list(superusers.union(members.values_list("user_id", flat=True)))
    return user._learners_non_learner_ids


def learner_rule(user, profile=""):
    """The rule as a Q over the path `profile` from the queried model to a LearnerProfile.

    "" queries LearnerProfile itself (`visible_profiles`); "profile" queries accounts
    (`visible_learners`); reports join the profile straight from their own rows with
    "learner_profile" (Enrollment.learner_profile), the same join that gives them the organisation.
    A rule phrased on auth_user and its groups instead cost a third of the course overview's time
    at 100,000 learners. Nobody who may not view reports sees anyone.
    """
    from .models import LearnerProfile

    if not (user.is_authenticated and user.is_active):
        return Q(pk__in=[])
    path = f"{profile}__" if profile else ""
    rule = Q(**{f"{path}id__isnull": False}) if profile else Q()  # the account has a profile
    excluded = _non_learner_ids(user)
    if excluded:
        rule &= ~Q(**{f"{path}user_id__in": excluded})
    if user.is_superuser:
        return rule
    organisations, cohorts = _scope_ids(user)
    scope = Q()
    if organisations:
        scope |= Q(**{f"{path}organisation_id__in": organisations})
    if cohorts:
        # A learner in two of a trainer's cohorts must appear once: profile ids from a subquery, no
        # join to the memberships outside (reports annotate and aggregate over these rows).
        members = LearnerProfile.objects.filter(cohorts__in=cohorts).values("pk")
        scope |= Q(**{f"{path}pk__in": members})
    if not scope:
        return Q(pk__in=[])
    return rule & scope


def visible_profiles(user):
    """QuerySet of the LearnerProfiles this user may see in reports."""
    from .models import LearnerProfile

    return LearnerProfile.objects.filter(learner_rule(user))


def profiles_in_scope(user):
    """The LearnerProfiles the admin may show `user`: every one (staff members' too) for a superuser,
    who ties staff to organisations there; otherwise exactly the learners the reports show them."""
    from .models import LearnerProfile

    if user.is_authenticated and user.is_active and user.is_superuser:
        return LearnerProfile.objects.all()
    return visible_profiles(user)


def visible_learners(user):
    """QuerySet of the User accounts (with a learner profile) this user may see in reports."""
    return get_user_model().objects.filter(learner_rule(user, "profile"))


def organisations_in_scope(user):
    """The organisations a report may be filtered by: every one for a superuser; otherwise those the
    user reports on, and those of the cohorts they train. Any other organisation is an invalid choice."""
    from .models import Organisation

    if not can_view_reports(user):
        return Organisation.objects.none()
    if user.is_superuser:
        return Organisation.objects.all()
    organisations, cohorts = _scope_ids(user)
    ids = set(organisations) | set(
        Organisation.objects.filter(cohorts__in=cohorts).values_list("pk", flat=True) if cohorts else []
    )
    return Organisation.objects.filter(pk__in=ids)


def cohorts_in_scope(user):
    """The cohorts a report may be filtered by: every one for a superuser; otherwise the cohorts of the
    organisations the user reports on, and the cohorts they train."""
    from .models import Cohort

    if not can_view_reports(user):
        return Cohort.objects.none()
    if user.is_superuser:
        return Cohort.objects.all()
    organisations, cohorts = _scope_ids(user)
    return Cohort.objects.filter(Q(organisation_id__in=organisations) | Q(pk__in=cohorts))
