"""The one place that decides which learners a user may see.

Every report, export and dashboard asks `visible_learners(user)` and nothing else, so a rule
change here changes everything at once (DESIGN.md idea 7). The rules:

- a superuser sees every learner;
- Reporting staff see the learners whose organisation is one of their staff organisations;
- Trainers see the learners of the cohorts they train;
- a person in both groups sees the union; everyone else sees nobody.

The report filters offer `organisations_in_scope` and `cohorts_in_scope`, derived from the same rules.

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


def visible_learners(user):
    """QuerySet of the User accounts (with a learner profile) this user may see in reports."""
    User = get_user_model()
    learners = User.objects.filter(profile__isnull=False, is_superuser=False).exclude(
        groups__name__in=[TRAINERS, REPORTING_STAFF]
    )
    if not (user.is_authenticated and user.is_active):
        return learners.none()
    if user.is_superuser:
        return learners
    organisations, cohorts = _scope_ids(user)
    rule = Q()
    if organisations:
        rule |= Q(profile__organisation_id__in=organisations)
    if cohorts:
        # A learner in two of a trainer's cohorts must appear once: ids from a subquery, no DISTINCT outside
        # (reports annotate and aggregate over this queryset).
        rule |= Q(pk__in=User.objects.filter(profile__cohorts__in=cohorts).values("pk"))
    if not rule:
        return learners.none()
    return learners.filter(rule)


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
