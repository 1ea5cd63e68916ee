"""The one place that decides which learners a user may see.

Every report, export and dashboard asks `visible_learners(user)` and nothing else, so a rule
change here changes everything at once (DESIGN.md idea 7). The rules:

- a superuser sees every learner;
- Reporting staff see the learners whose organisation is one of their staff organisations;
- Trainers see the learners of the cohorts they train;
- a person in both groups sees the union; everyone else sees nobody.

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
    rule = Q()
    if is_reporting_staff(user):
        rule |= Q(profile__organisation__staff_members__user=user)
    if is_trainer(user):
        rule |= Q(profile__cohorts__trainers=user)
    if not rule:
        return learners.none()
    # A learner in two of a trainer's cohorts must appear once: filter ids in a subquery, no DISTINCT on the outside
    # (reports annotate and aggregate over this queryset).
    return learners.filter(pk__in=User.objects.filter(rule).values("pk"))

