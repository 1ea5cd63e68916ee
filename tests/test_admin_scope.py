"""Learner identities do not leak through Wagtail's admin views of the learner snippets.

Organisation, Cohort and LearnerProfile are snippets. Every admin view of them (listing, results, search,
per-object pages, the four chooser endpoints, bulk-action confirmation pages) must follow the one
visibility rule of learners/visibility.py. The URLs are derived from the viewsets' own URL patterns
(`viewset.get_urlpatterns()` reversed with `viewset.get_url_name`), so a view Wagtail adds in a later
release is swept too instead of silently skipped.

The cast is the `roles` fixture: organisations A (Saarijärvi) and B (Jämsä), cohort A (join code
AAAA2222, trained by trainer-a) and cohort B (BBBB3333), a learner in each, Reporting staff of A and
of B, and a superuser.
"""

import importlib
import json

import pytest
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.urls.resolvers import RegexPattern, RoutePattern
from wagtail.log_actions import log

from learners.models import Cohort, LearnerProfile, Organisation

MODELS = [Organisation, Cohort, LearnerProfile]
VIEWERS = ["staff_a", "trainer_a"]

# What a viewer in A's scope must never read: B's learner (name and e-mail), B's staff member (a profile
# that is nobody's learner), B's organisation and cohort, and B's join code.
OUTSIDE_A = ["other-learner", "other-learner@example.org", "staff-b", "Jämsä", "Kevät B", "BBBB3333"]


@pytest.fixture
def cast(roles, home_page):
    """The `roles` cast, with e-mail addresses (the admin search looks them up too)."""
    for user in roles.users.values():
        user.email = f"{user.username}@example.org"
        user.save(update_fields=["email"])
    return roles


def outside(roles, model):
    """The object of `model` in organisation B: outside the scope of staff_a and trainer_a."""
    return {
        Organisation: roles.org_b,
        Cohort: roles.cohort_b,
        LearnerProfile: roles.users["other_learner"].profile,
    }[model]


def inside(roles, model):
    return {
        Organisation: roles.org_a,
        Cohort: roles.cohort_a,
        LearnerProfile: roles.users["learner"].profile,
    }[model]


def _kwarg_names(pattern):
    if isinstance(pattern.pattern, RoutePattern):
        return set(pattern.pattern.converters)
    assert isinstance(pattern.pattern, RegexPattern)
    return set(pattern.pattern.regex.groupindex)


def viewset_urls(viewset, pk):
    """Every URL of a viewset: those without arguments as they are, those with a `pk` for object `pk`.

    A pattern with any other argument fails the test: it is a view this sweep does not know how to reach.
    """
    urls = []
    for pattern in viewset.get_urlpatterns():
        names = _kwarg_names(pattern)
        assert names <= {"pk"}, f"{pattern.name}: add a way to reach this view to the sweep"
        args = (quote(pk),) if names else ()
        urls.append(reverse(viewset.get_url_name(pattern.name), args=args))
    return urls


def object_urls(viewset, pk):
    """The URLs of a viewset that take an object's pk."""
    return [
        reverse(viewset.get_url_name(pattern.name), args=(quote(pk),))
        for pattern in viewset.get_urlpatterns()
        if "pk" in _kwarg_names(pattern)
    ]


def bulk_urls(model, pks):
    base = reverse("wagtail_bulk_action", args=(model._meta.app_label, model._meta.model_name, "delete"))
    return [f"{base}?id=all", *(f"{base}?id={pk}" for pk in pks)]


def every_admin_url(roles, model):
    """Every admin URL of a snippet model, for an object inside and one outside A's scope, with searches."""
    viewset = model.snippet_viewset
    chooser = viewset.chooser_viewset
    pks = [inside(roles, model).pk, outside(roles, model).pk]
    urls = []
    for pk in pks:
        urls += viewset_urls(viewset, pk) + viewset_urls(chooser, pk)
    searches = ["other", "BBBB", "Jäm", "Kev", "example.org", "staff"]
    for listing in ("list", "list_results"):
        urls += [f"{reverse(viewset.get_url_name(listing))}?q={q}" for q in searches]
    for listing in ("choose", "choose_results"):
        url = reverse(chooser.get_url_name(listing))
        urls += [f"{url}?multiple=1", *(f"{url}?q={q}" for q in searches)]
    chosen_multiple = reverse(chooser.get_url_name("chosen_multiple"))
    urls.append(chosen_multiple + "?" + "&".join(f"id={pk}" for pk in pks))
    urls += bulk_urls(model, pks)
    return urls


def answer(client, url, **kwargs):
    """The response to GET `url`, after LocaleMiddleware's retry of a 404 under the default language's prefix.

    (A 404 under /admin/ comes back as a redirect to /fi/admin/..., which then answers 404.)
    """
    response = client.get(url, **kwargs)
    if response.status_code == 302 and response["Location"].endswith(url) and response["Location"] != url:
        response = client.get(response["Location"], **kwargs)
    return response


def text_of(response):
    """The body as a person would read it: the choosers answer JSON, which escapes "ä" as "\\u00e4"; the
    spreadsheet exports stream."""
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    body = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        body = json.dumps(json.loads(body), ensure_ascii=False)
    return body


def leaks(client, urls, secrets):
    """(url, secret) for every page among `urls` that shows one of `secrets`, (url, status) for a server error."""
    found = []
    for url in urls:
        response = answer(client, url)
        if response.status_code >= 500:
            found.append((url, response.status_code))
        body = text_of(response)
        found += [(url, secret) for secret in secrets if secret in body]
    return found


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
@pytest.mark.parametrize("role", VIEWERS)
def test_no_admin_page_of_a_learner_snippet_shows_anything_outside_the_viewers_scope(cast, role, model):
    urls = every_admin_url(cast, model)
    assert leaks(cast.client(role), urls, OUTSIDE_A) == []


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_no_admin_page_of_a_learner_snippet_is_a_server_error_for_the_superuser(cast, model):
    assert leaks(cast.client("superuser"), every_admin_url(cast, model), []) == []


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
@pytest.mark.parametrize("role", VIEWERS)
def test_every_per_object_admin_view_answers_404_or_403_for_an_object_outside_the_scope(cast, role, model):
    viewset = model.snippet_viewset
    pk = outside(cast, model).pk
    urls = object_urls(viewset, pk) + object_urls(viewset.chooser_viewset, pk) + bulk_urls(model, [pk])[1:]
    client = cast.client(role)
    answers = {url: answer(client, url).status_code for url in urls}
    assert {url: status for url, status in answers.items() if status not in (403, 404)} == {}


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_reporting_staff_cannot_open_the_choosers_of_learner_snippets(cast, model):
    """Reporting staff hold only access_admin: they read learners in the reports, never through a chooser."""
    chooser = model.snippet_viewset.chooser_viewset
    client = cast.client("staff_a")
    statuses = {
        name: client.get(reverse(chooser.get_url_name(name)), headers={"x-requested-with": "XMLHttpRequest"})
        .status_code
        for name in ("choose", "choose_results", "chosen_multiple")
    }
    assert statuses == dict.fromkeys(statuses, 403)


def test_a_trainer_lists_only_the_cohorts_they_train_and_only_their_join_codes(cast):
    """The cohort listing once showed every cohort's join code, other organisations' too."""
    client = cast.client("trainer_a")
    listing = client.get(reverse(Cohort.snippet_viewset.get_url_name("list")))
    assert listing.status_code == 200
    body = listing.content.decode()
    assert "AAAA2222" in body
    assert "BBBB3333" not in body
    assert "Jämsä" not in body  # nor as a choice of the organisation filter


def test_a_trainer_chooses_only_among_the_cohorts_they_train(cast):
    chooser = Cohort.snippet_viewset.chooser_viewset
    client = cast.client("trainer_a")
    body = text_of(client.get(reverse(chooser.get_url_name("choose"))))
    assert "Syksy A" in body
    assert "Kevät B" not in body
    chosen = answer(client, reverse(chooser.get_url_name("chosen"), args=(cast.cohort_b.pk,)))
    assert chosen.status_code == 404


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_a_superuser_still_sees_and_chooses_everything(cast, model):
    """The scope narrows the other roles only: the superuser still administers every organisation."""
    viewset = model.snippet_viewset
    chooser = viewset.chooser_viewset
    client = cast.client("superuser")
    obj = outside(cast, model)
    name = {Organisation: "Jämsä", Cohort: "Kevät B", LearnerProfile: "other-learner"}[model]
    for url in (reverse(viewset.get_url_name("list")), reverse(chooser.get_url_name("choose"))):
        assert name in text_of(client.get(url)), url
    assert client.get(reverse(viewset.get_url_name("edit"), args=(obj.pk,))).status_code == 200
    chosen = client.get(reverse(chooser.get_url_name("chosen"), args=(obj.pk,)))
    assert chosen.status_code == 200
    assert name in text_of(chosen)
    bulk = client.get(bulk_urls(model, [obj.pk])[1])
    assert bulk.status_code == 200
    assert name in bulk.content.decode()


def test_a_superuser_still_lists_the_profiles_of_staff_members(cast):
    """Staff profiles are nobody's learners, but the superuser ties them to organisations in the admin."""
    body = cast.client("superuser").get(reverse(LearnerProfile.snippet_viewset.get_url_name("list"))).content
    assert b"staff-b" in body


def test_a_superuser_can_still_bulk_delete_cohorts(cast):
    url = bulk_urls(Cohort, [cast.cohort_b.pk])[1]
    response = cast.client("superuser").post(url)
    assert response.status_code == 302
    assert not Cohort.objects.filter(pk=cast.cohort_b.pk).exists()


def test_a_trainer_cannot_bulk_delete_a_cohort_of_another_organisation(cast):
    url = bulk_urls(Cohort, [cast.cohort_b.pk])[1]
    response = cast.client("trainer_a").post(url)
    assert response.status_code in (403, 404) or response["Location"].endswith(url)
    assert Cohort.objects.filter(pk=cast.cohort_b.pk).exists()


@pytest.mark.parametrize("pk", ["abc", "999999", "1%00"])
def test_a_malformed_or_unknown_id_in_a_chooser_or_bulk_action_is_a_404(cast, pk):
    chooser = LearnerProfile.snippet_viewset.chooser_viewset
    client = cast.client("superuser")
    assert answer(client, reverse(chooser.get_url_name("chosen"), args=(pk,))).status_code == 404
    bulk = reverse("wagtail_bulk_action", args=("learners", "learnerprofile", "delete"))
    assert answer(client, f"{bulk}?id={pk}").status_code == 404
    multiple = answer(client, reverse(chooser.get_url_name("chosen_multiple")) + f"?id={pk}")
    assert multiple.status_code in (200, 404)
    assert b"other-learner" not in multiple.content


@pytest.mark.parametrize("role", VIEWERS)
def test_the_dashboard_the_snippet_index_and_the_admin_search_show_nothing_outside_the_scope(cast, role):
    search = reverse("wagtailadmin_pages:search")
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailsnippets:index"),
        *(f"{search}?q={q}" for q in ("other", "BBBB", "Jäm")),  # never a whole secret: the box echoes it
    ]
    assert leaks(cast.client(role), urls, OUTSIDE_A) == []


def test_no_role_group_may_add_change_or_delete_learner_snippets(cast):
    """The edit forms of these snippets offer every organisation, cohort and account as a choice, which is
    right for the superuser only. If a role ever gets these permissions, those forms need scoping first."""
    from django.contrib.auth.models import Group

    granted = Group.objects.filter(
        name__in=["Trainers", "Reporting staff"],
        permissions__content_type__app_label="learners",
        permissions__codename__regex=r"^(add|change|delete)_",
    ).values_list("name", "permissions__codename")
    assert list(granted) == []


def log_edits(objects, user):
    for obj in objects:
        log(obj, "wagtail.edit", user=user)


def history_urls(roles):
    """Every admin page that lists log entries: the site history (listing, results, its filters, its export),
    the dashboard, and the history of a page."""
    history = reverse("wagtailadmin_reports:site_history")
    results = reverse("wagtailadmin_reports:site_history_results")
    return [
        history,
        results,
        *(f"{results}?label={q}" for q in ("Kev", "Jäm", "other")),
        f"{history}?export=csv",
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:history", args=(roles.home_page.pk,)),
    ]


@pytest.fixture
def logged(cast, home_page):
    """The cast, with an edit logged by the superuser on every learner snippet of A and of B."""
    log_edits([model_object(cast, model) for model in MODELS for model_object in (inside, outside)],
              cast.users["superuser"])
    cast.home_page = home_page
    return cast


@pytest.mark.parametrize("role", VIEWERS)
def test_the_site_history_shows_no_organisation_cohort_or_learner_outside_the_viewers_scope(logged, role):
    """Wagtail's site history listed every log entry of a model the user holds any permission on: a Trainer,
    who may view cohorts, read the names of other organisations' cohorts there, in its filters and its export."""
    assert leaks(logged.client(role), history_urls(logged), OUTSIDE_A) == []


def test_a_trainer_still_finds_the_cohort_they_train_in_the_site_history(logged):
    body = text_of(logged.client("trainer_a").get(reverse("wagtailadmin_reports:site_history_results")))
    assert "Syksy A" in body


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_a_superuser_still_sees_every_learner_snippet_in_the_site_history_and_its_own_history(logged, model):
    client = logged.client("superuser")
    name = {Organisation: "Jämsä", Cohort: "Kevät B", LearnerProfile: "other-learner"}[model]
    assert name in text_of(client.get(reverse("wagtailadmin_reports:site_history_results")))
    obj = outside(logged, model)
    log(obj, "wagtail.edit", user=logged.users["trainer_a"])  # the object's history names its editors
    history = reverse(model.snippet_viewset.get_url_name("history"), args=(obj.pk,))
    assert "trainer-a" in client.get(history).content.decode()


def test_the_history_of_a_deleted_cohort_is_shown_to_superusers_only(cast):
    """Once deleted, a cohort is in nobody's scope: its entries (its name in the label) are the superuser's."""
    cohort = Cohort.objects.create(organisation=cast.org_a, name="Kesä A", join_code="CCCC4444")
    cohort.trainers.add(cast.users["trainer_a"])
    log(cohort, "wagtail.create", user=cast.users["superuser"])
    log(cohort, "wagtail.delete", user=cast.users["superuser"])
    cohort.delete()
    results = reverse("wagtailadmin_reports:site_history_results")
    assert "Kesä A" not in text_of(cast.client("trainer_a").get(results))
    assert "Kesä A" in text_of(cast.client("superuser").get(results))


def test_log_entries_from_before_the_upgrade_leave_wagtails_shared_log(cast):
    """Entries written to Wagtail's ModelLogEntry before learners got their own log would still be listed by
    ModelLogEntry's permission-only rule: migration 0005 moves them over, and back when unapplied."""
    from django.apps import apps
    from wagtail.models import ModelLogEntry, Site

    from learners.models import LearnerLogEntry

    move = importlib.import_module("learners.migrations.0005_learnerlogentry")
    superuser = cast.users["superuser"]
    old = ModelLogEntry.objects.log_action(cast.cohort_b, "wagtail.edit", user=superuser, data={"x": 1})
    other = ModelLogEntry.objects.log_action(Site.objects.get(), "wagtail.edit", user=superuser)
    learner_types = ContentType.objects.get_for_models(*MODELS).values()

    move.to_learners_log(apps, None)
    assert list(ModelLogEntry.objects.filter(content_type__in=learner_types)) == []
    assert ModelLogEntry.objects.filter(pk=other.pk).exists()
    moved = LearnerLogEntry.objects.get()
    assert (moved.object_id, moved.label, moved.action, moved.user_id, moved.timestamp, moved.data) == (
        old.object_id, old.label, old.action, old.user_id, old.timestamp, old.data,
    )
    history = reverse("wagtailadmin_reports:site_history_results")
    assert "Kevät B" not in text_of(cast.client("trainer_a").get(history))

    move.to_wagtails_log(apps, None)
    assert not LearnerLogEntry.objects.exists()
    assert ModelLogEntry.objects.filter(content_type__in=learner_types, object_id=old.object_id).count() == 1


# wagtail-localize's snippets API (/admin/localize/api/snippets/...): the translation editor fetches a
# chosen snippet's title and edit link from it. It listed every object of any snippet model to anyone with
# admin access (the sweep found every learner's username there).


def localize_api_urls(model, pk):
    """The API's listing of `model` and its detail of object `pk`."""
    app_and_model = (model._meta.app_label, model._meta.model_name)
    return [
        reverse("wagtail_localize:snippets_api_listing", args=app_and_model),
        reverse("wagtail_localize:snippets_api_detail", args=(*app_and_model, quote(pk))),
    ]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
@pytest.mark.parametrize("role", VIEWERS)
def test_wagtail_localizes_snippet_api_shows_nothing_outside_the_viewers_scope(cast, role, model):
    client = cast.client(role)
    listing, detail = localize_api_urls(model, outside(cast, model).pk)
    assert leaks(client, [listing, detail], OUTSIDE_A) == []
    assert answer(client, detail).status_code in (403, 404)


def test_wagtail_localizes_snippet_api_still_answers_within_the_scope(cast):
    """A trainer reads the cohort they train; the superuser reads every learner."""
    listing, detail = localize_api_urls(Cohort, cast.cohort_a.pk)
    trainer = cast.client("trainer_a")
    assert [row["title"] for row in json.loads(trainer.get(listing).content)] == [str(cast.cohort_a)]
    assert json.loads(trainer.get(detail).content)["title"] == str(cast.cohort_a)
    profile = cast.users["other_learner"].profile
    _listing, detail = localize_api_urls(LearnerProfile, profile.pk)
    response = cast.client("superuser").get(detail)
    assert response.status_code == 200
    assert json.loads(response.content)["title"] == str(profile)


def test_wagtail_localizes_snippet_api_refuses_a_snippet_model_the_user_holds_no_permission_on(cast):
    """Every snippet model, not only the learner ones: Reporting staff hold no permission on the services."""
    from guide.models import ServiceProvider

    for url in localize_api_urls(ServiceProvider, 1):
        assert answer(cast.client("staff_a"), url).status_code == 403
