"""Fixtures for the learners tests (registered in tests/conftest.py).

`roles` builds the cast of the permission matrix: two organisations (A and B) with one cohort each,
a learner in each, the trainer of cohort A, reporting staff of A and of B, and a superuser. Other
areas (reports) reuse it: `roles.users["staff_a"]`, `roles.client("trainer_a")`.
"""

from dataclasses import dataclass, field

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from learners.models import Cohort, LearnerProfile, Organisation
from learners.roles import ensure_roles
from learners.visibility import REPORTING_STAFF, TRAINERS

ROLE_NAMES = ["anonymous", "learner", "other_learner", "trainer_a", "staff_a", "staff_b", "superuser"]


@dataclass
class Roles:
    org_a: Organisation
    org_b: Organisation
    cohort_a: Cohort
    cohort_b: Cohort
    users: dict = field(default_factory=dict)

    def client(self, role):
        """A test client signed in as the role (anonymous: not signed in)."""
        client = Client()
        if role != "anonymous":
            client.force_login(self.users[role], backend="django.contrib.auth.backends.ModelBackend")
        return client


@pytest.fixture
def make_learner(make_user):
    """make_learner("name", cohort=None, language="fi") -> User with a LearnerProfile."""

    def make(username="learner", cohort=None, language="fi", **extra):
        user = make_user(username, **extra)
        profile = LearnerProfile.objects.create(user=user, preferred_language=language)
        if cohort is not None:
            profile.join(cohort)
        return user

    return make


@pytest.fixture
def roles(db, make_user, make_learner):
    ensure_roles()  # a transactional test elsewhere may have flushed the groups the migration made
    org_a = Organisation.objects.create(name="Saarijärvi", kind=Organisation.Kind.MUNICIPALITY)
    org_b = Organisation.objects.create(name="Jämsä", kind=Organisation.Kind.MUNICIPALITY)
    cohort_a = Cohort.objects.create(organisation=org_a, name="Syksy A", join_code="AAAA2222")
    cohort_b = Cohort.objects.create(organisation=org_b, name="Kevät B", join_code="BBBB3333")
    users = {
        "learner": make_learner("learner", cohort=cohort_a),
        "other_learner": make_learner("other-learner", cohort=cohort_b),
        "trainer_a": make_user("trainer-a", is_staff=True),
        "staff_a": make_user("staff-a"),
        "staff_b": make_user("staff-b"),
        "superuser": make_user("root", is_staff=True, is_superuser=True),
    }
    users["trainer_a"].groups.add(Group.objects.get(name=TRAINERS))
    cohort_a.trainers.add(users["trainer_a"])
    for role, org in (("staff_a", org_a), ("staff_b", org_b)):
        users[role].groups.add(Group.objects.get(name=REPORTING_STAFF))
        LearnerProfile.objects.create(user=users[role]).staff_organisations.add(org)
    return Roles(org_a=org_a, org_b=org_b, cohort_a=cohort_a, cohort_b=cohort_b, users=users)
