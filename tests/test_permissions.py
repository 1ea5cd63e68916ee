"""Who may open what: every account and admin URL, for every role, in one table.

The table is data: to cover a new page, add a row to MATRIX (the reports area adds its report
URLs here). A row is (url, expectations); url is a path or a callable taking the `roles` fixture,
expectations map each role of tests.fixtures_learners.ROLE_NAMES to an outcome:

  OK        200, the page itself
  LOGIN     a redirect to a sign-in page (the site's or the admin's)
  REDIRECT  a redirect elsewhere (e.g. sign-up when already signed in goes to the profile)
  DENIED    403 or 404, or Wagtail's "no permission" redirect to the admin dashboard
"""

import pytest
from django.urls import reverse

from learners.visibility import can_view_reports, visible_learners
from tests.fixtures_learners import ROLE_NAMES

OK, LOGIN, REDIRECT, DENIED = "ok", "login", "redirect", "denied"
SIGNED_IN = [r for r in ROLE_NAMES if r != "anonymous"]


def everyone(outcome):
    return dict.fromkeys(ROLE_NAMES, outcome)


def signed_in_only():
    """Pages about the signed-in person themselves: everyone sees their own, the anonymous sign in first."""
    return {**everyone(OK), "anonymous": LOGIN}


def admin_roles(**overrides):
    """The admin: learners and the anonymous are sent to the admin sign-in."""
    base = {"anonymous": LOGIN, "learner": LOGIN, "other_learner": LOGIN,
            "trainer_a": OK, "staff_a": OK, "staff_b": OK, "superuser": OK}
    return {**base, **overrides}


MATRIX = [
    ("/fi/accounts/signup/", {**everyone(REDIRECT), "anonymous": OK}),
    ("/fi/accounts/login/", {**everyone(REDIRECT), "anonymous": OK}),
    ("/fi/accounts/privacy/", everyone(OK)),
    ("/fi/accounts/profile/", signed_in_only()),
    ("/fi/accounts/my-data/", signed_in_only()),
    ("/fi/accounts/my-data/download/", signed_in_only()),
    ("/fi/accounts/delete/", signed_in_only()),
    ("/fi/accounts/password/change/", signed_in_only()),
    ("/fi/accounts/password/reset/", everyone(OK)),
    ("/admin/", admin_roles()),
    ("/admin/snippets/learners/cohort/", admin_roles(staff_a=DENIED, staff_b=DENIED)),
    ("/admin/snippets/learners/organisation/", admin_roles(trainer_a=DENIED, staff_a=DENIED, staff_b=DENIED)),
    ("/admin/snippets/learners/learnerprofile/", admin_roles(trainer_a=DENIED, staff_a=DENIED, staff_b=DENIED)),
    ("/admin/pages/", admin_roles(staff_a=DENIED, staff_b=DENIED)),
    ("/admin/users/", admin_roles(trainer_a=DENIED, staff_a=DENIED, staff_b=DENIED)),
]


def outcome_of(response):
    if response.status_code == 200:
        return OK
    if response.status_code in (403, 404):
        return DENIED
    if response.status_code == 302:
        location = response["Location"]
        if "login" in location:
            return LOGIN
        if location.rstrip("/").endswith("/admin"):
            return DENIED  # Wagtail's permission_denied: back to the dashboard with an error message
        return REDIRECT
    return f"status {response.status_code}"


def _cases():
    for url, expectations in MATRIX:
        assert set(expectations) == set(ROLE_NAMES), f"{url}: every role needs an expectation"
        for role in ROLE_NAMES:
            yield pytest.param(url, role, expectations[role], id=f"{url}-{role}")


@pytest.mark.parametrize(("url", "role", "expected"), list(_cases()))
def test_each_role_sees_exactly_what_it_may(roles, home_page, url, role, expected):
    path = url(roles) if callable(url) else url
    response = roles.client(role).get(path)
    assert outcome_of(response) == expected


def test_my_data_download_holds_only_the_signed_in_learners_data(roles):
    response = roles.client("learner").get(reverse("my-data-download"))
    body = response.content.decode()
    assert '"username": "learner"' in body
    assert "other-learner" not in body
    assert "attachment" in response["Content-Disposition"]


ROLE_SEES = {
    "anonymous": set(),
    "learner": set(),
    "other_learner": set(),
    "trainer_a": {"learner"},
    "staff_a": {"learner"},
    "staff_b": {"other-learner"},
    "superuser": {"learner", "other-learner"},
}


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_visible_learners_follow_the_role(roles, role, django_user_model):
    from django.contrib.auth.models import AnonymousUser

    user = AnonymousUser() if role == "anonymous" else roles.users[role]
    assert set(visible_learners(user).values_list("username", flat=True)) == ROLE_SEES[role]
    assert can_view_reports(user) == (role in {"trainer_a", "staff_a", "staff_b", "superuser"})


def test_a_learner_in_two_of_a_trainers_cohorts_is_listed_once(roles):
    trainer = roles.users["trainer_a"]
    roles.cohort_b.trainers.add(trainer)
    roles.users["learner"].profile.cohorts.add(roles.cohort_b)
    usernames = list(visible_learners(trainer).values_list("username", flat=True))
    assert sorted(usernames) == ["learner", "other-learner"]


def test_staff_of_two_organisations_see_both(roles):
    staff = roles.users["staff_a"]
    staff.profile.staff_organisations.add(roles.org_b)
    assert set(visible_learners(staff).values_list("username", flat=True)) == {"learner", "other-learner"}


def test_a_deactivated_trainer_sees_nobody(roles):
    trainer = roles.users["trainer_a"]
    trainer.is_active = False
    trainer.save()
    assert not visible_learners(trainer).exists()
    assert not can_view_reports(trainer)


def test_visible_learners_is_one_query_once_the_scope_is_known(roles, django_assert_max_num_queries):
    trainer = roles.users["trainer_a"]
    # The role lookup, the trained cohorts' ids, the accounts that are never learners, then the learners.
    with django_assert_max_num_queries(4):
        list(visible_learners(trainer))
    with django_assert_max_num_queries(1):  # a report asks again and again in one request
        list(visible_learners(trainer))
