"""The Wagtail admin side of learners: snippets for organisations, cohorts and profiles; the demo data."""

import pytest
from django.contrib.auth.models import Group
from django.core.management.base import CommandError

from learners import demo
from learners.models import Cohort, LearnerProfile, Organisation
from learners.visibility import visible_learners


def test_a_superuser_ties_a_staff_user_to_organisations_in_the_admin(roles, home_page):
    client = roles.client("superuser")
    profile = roles.users["staff_b"].profile
    url = f"/admin/snippets/learners/learnerprofile/edit/{profile.pk}/"
    html = client.get(url).content.decode()
    assert 'name="staff_organisations"' in html
    response = client.post(url, {
        "user": roles.users["staff_b"].pk,
        "organisation": "",
        "preferred_language": "fi",
        "audience": "staff",
        "staff_organisations": [roles.org_a.pk, roles.org_b.pk],
    })
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert set(visible_learners(roles.users["staff_b"]).values_list("username", flat=True)) == {
        "learner", "other-learner"}


def test_a_cohort_made_in_the_admin_without_a_code_gets_one(roles, home_page):
    client = roles.client("superuser")
    response = client.post("/admin/snippets/learners/cohort/add/", {
        "organisation": roles.org_a.pk, "name": "Kevät 2027", "join_code": "", "active": "on",
    })
    assert response.status_code == 302
    code = Cohort.objects.get(name="Kevät 2027").join_code
    assert len(code) == 8


def test_the_trainer_sees_cohorts_but_may_not_change_them(roles, home_page):
    client = roles.client("trainer_a")
    assert client.get("/admin/snippets/learners/cohort/").status_code == 200
    edit = client.get(f"/admin/snippets/learners/cohort/edit/{roles.cohort_a.pk}/")
    assert edit.status_code in (302, 403)


def test_the_cohorts_list_shows_active_as_a_tick_not_the_english_word(roles, home_page):
    """A Finnish or Arabic trainer read "True" in the Cohorts list; Wagtail's BooleanColumn draws a tick or cross."""
    html = roles.client("superuser").get("/admin/snippets/learners/cohort/").content.decode()
    assert "icon-check" in html
    assert ">True<" not in html.replace(" ", "").replace("\n", "")
    assert ">kyllä<" in html.replace(" ", "").replace("\n", "")  # the tick's title, read by screen readers


def test_roles_exist_with_the_right_admin_access(db):
    trainers = Group.objects.get(name="Trainers")
    staff = Group.objects.get(name="Reporting staff")
    assert trainers.permissions.filter(codename="access_admin").exists()
    assert trainers.page_permissions.filter(permission__codename="publish_page", page__depth=1).exists()
    assert trainers.collection_permissions.filter(permission__codename="add_image").exists()
    assert list(staff.permissions.values_list("codename", flat=True)) == ["access_admin"]
    assert not staff.page_permissions.exists()


def test_demo_data_is_idempotent_and_ties_the_demo_accounts(home_page):
    demo.load()
    counts = (Organisation.objects.count(), Cohort.objects.count(), LearnerProfile.objects.count())
    demo.load()
    assert (Organisation.objects.count(), Cohort.objects.count(), LearnerProfile.objects.count()) == counts
    assert Organisation.objects.get(name="Saarikka").kind == Organisation.Kind.JOINT_AUTHORITY
    trainer = demo.get_user_model().objects.get(username="demo-trainer")
    staff = demo.get_user_model().objects.get(username="demo-staff")
    assert trainer.is_staff and trainer.groups.filter(name="Trainers").exists()
    assert list(staff.profile.staff_organisations.values_list("name", flat=True)) == ["Saarijärvi"]
    assert list(visible_learners(trainer).values_list("username", flat=True)) == ["demo-learner"]
    assert list(visible_learners(staff).values_list("username", flat=True)) == ["demo-learner"]


def test_demo_data_is_refused_under_production_settings(db, settings):
    settings.DEMO_ACCOUNTS_ALLOWED = False
    with pytest.raises(CommandError):
        demo.load()
    assert not Organisation.objects.exists()


@pytest.mark.parametrize("model", ["cohort", "learnerprofile"])
def test_admin_listings_do_not_query_per_row(roles, home_page, model):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = roles.client("superuser")
    url = f"/admin/snippets/learners/{model}/"
    client.get(url)  # warm caches (site, locales, permissions)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for i in range(8):
        org = Organisation.objects.create(name=f"Kunta {i}")
        cohort = Cohort.objects.create(organisation=org, name=f"Ryhmä {i}")
        user = demo.get_user_model().objects.create(username=f"extra-{i}")
        LearnerProfile.objects.create(user=user, organisation=org).cohorts.add(cohort)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) <= len(few) + 2, [q["sql"] for q in many.captured_queries]
