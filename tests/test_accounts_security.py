"""Accounts hold under attack: lock-out behind the proxy, rate limits on join codes
and password-reset mails, look-alike usernames, sessions that end with the account or the password,
and the sign-up, sign-in and profile edges that used to answer 500 or 503.
"""

import importlib

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.db.models.signals import pre_save
from django.test import Client

from learners.models import LearnerProfile
from tests.conftest import PASSWORD

User = get_user_model()
LOGIN = "/fi/accounts/login/"
SIGNUP = "/fi/accounts/signup/"
PROFILE = "/fi/accounts/profile/"
RESET = "/fi/accounts/password/reset/"
STRONG = "Kahvitauko-kello-10"
PROXY = "10.0.0.2"  # nginx, as docs/deploy.md sets it up: every request reaches the app from here


def signup_data(**overrides):
    data = {
        "username": "uusi-oppija", "email": "", "password1": STRONG, "password2": STRONG,
        "preferred_language": "fi", "audience": "immigrant", "join_code": "",
    }
    data.update(overrides)
    return data


def sign_in(client, username, password, forwarded_for):
    """A sign-in that reached the app through nginx, which appended the visitor's address."""
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded_for,
    )


# Lock-out behind the proxy


@pytest.fixture
def behind_nginx(settings):
    settings.TRUSTED_PROXY_COUNT = 1


def test_behind_the_proxy_a_stranger_cannot_lock_the_administrator_out(behind_nginx, make_user):
    make_user("root", is_staff=True, is_superuser=True)
    for _ in range(5):
        sign_in(Client(), "root", "guess", forwarded_for="203.0.113.5")
    assert sign_in(Client(), "root", "guess-6", forwarded_for="203.0.113.5").status_code == 429

    response = sign_in(Client(), "root", PASSWORD, forwarded_for="198.51.100.7")
    assert response.status_code == 302
    assert User.objects.get(username="root").last_login is not None


def test_a_forged_forwarded_address_does_not_escape_the_lock(behind_nginx, make_learner):
    """Only the address nginx appended counts: whatever the visitor wrote in front of it is ignored."""
    make_learner("amina")
    for n in range(5):
        sign_in(Client(), "amina", "guess", forwarded_for=f"192.0.2.{n}, 203.0.113.5")
    response = sign_in(Client(), "amina", PASSWORD, forwarded_for="192.0.2.99, 203.0.113.5")
    assert response.status_code == 429


def test_without_trusted_proxies_the_forwarded_header_is_not_believed(settings, make_learner):
    settings.TRUSTED_PROXY_COUNT = 0
    make_learner("amina")
    for n in range(5):
        sign_in(Client(), "amina", "guess", forwarded_for=f"192.0.2.{n}")
    assert sign_in(Client(), "amina", PASSWORD, forwarded_for="192.0.2.200").status_code == 429


def test_one_address_spraying_passwords_over_many_usernames_is_stopped(behind_nginx, settings, make_learner):
    settings.SIGN_IN_FAILURES_PER_ADDRESS = 8
    make_learner("amina")
    for n in range(8):
        sign_in(Client(), f"someone-{n}", "Password1", forwarded_for="203.0.113.5")
    response = sign_in(Client(), "amina", PASSWORD, forwarded_for="203.0.113.5")
    assert response.status_code == 429
    assert "learners/locked_out.html" in [t.name for t in response.templates]
    # The learner herself, at home, is not affected.
    assert sign_in(Client(), "amina", PASSWORD, forwarded_for="198.51.100.7").status_code == 302


def test_the_production_guide_names_the_trusted_proxy_setting():
    deploy = (django_settings.BASE_DIR / "docs" / "deploy.md").read_text()
    security = (django_settings.BASE_DIR / "docs" / "security.md").read_text()
    assert "TRUSTED_PROXY_COUNT" in deploy
    assert "TRUSTED_PROXY_COUNT" in security


# Join codes and password-reset mails are rate-limited


@pytest.fixture
def low_limits(settings):
    settings.RATE_LIMITS = {
        **settings.RATE_LIMITS,
        "join_code_address": (6, 3600),
        "join_code_account": (3, 3600),
        "password_reset_address": (4, 3600),
        "password_reset_email": (2, 3600),
    }


def test_a_learner_guessing_join_codes_is_stopped_even_with_the_right_code(low_limits, roles, home_page):
    client = roles.client("other_learner")
    for code in ("AAAA1111", "AAAA3333", "AAAA4444"):
        assert client.post(PROFILE, {"join_code": code}).status_code == 200
    response = client.post(PROFILE, {"join_code": roles.cohort_a.join_code})
    assert response.status_code == 429
    assert "join_code" in response.context["join_form"].errors
    assert not roles.users["other_learner"].profile.cohorts.filter(pk=roles.cohort_a.pk).exists()


def test_join_code_guesses_from_one_address_are_limited_across_sign_ups(low_limits, roles, home_page):
    for n in range(6):
        response = Client().post(SIGNUP, signup_data(username=f"arvaaja-{n}", join_code=f"ZZZZ{n}{n}{n}{n}"))
        assert response.status_code == 200
    response = Client().post(SIGNUP, signup_data(username="arvaaja-x", join_code=roles.cohort_a.join_code))
    assert response.status_code == 429
    assert "join_code" in response.context["form"].errors
    assert not User.objects.filter(username="arvaaja-x").exists()


def test_a_right_join_code_is_not_counted_as_a_guess(low_limits, roles, home_page):
    client = roles.client("other_learner")
    for _ in range(5):
        assert client.post(PROFILE, {"join_code": roles.cohort_a.join_code}).status_code == 302


def test_password_reset_mails_to_one_address_are_limited(low_limits, make_learner):
    make_learner("amina", email="amina@example.fi")
    for n in range(2):
        Client().post(RESET, {"email": "amina@example.fi"}, REMOTE_ADDR=f"192.0.2.{n}")
    response = Client().post(RESET, {"email": "Amina@Example.fi"}, REMOTE_ADDR="192.0.2.50")
    assert response.status_code == 429
    assert "email" in response.context["form"].errors
    assert len(mail.outbox) == 2


def test_password_reset_requests_from_one_address_are_limited(low_limits, make_learner):
    for n in range(4):
        Client().post(RESET, {"email": f"someone-{n}@example.fi"})
    make_learner("amina", email="amina@example.fi")
    response = Client().post(RESET, {"email": "amina@example.fi"})
    assert response.status_code == 429
    assert len(mail.outbox) == 0


def test_the_rate_limits_are_documented():
    security = (django_settings.BASE_DIR / "docs" / "security.md").read_text()
    for name in ("join_code_address", "join_code_account", "password_reset_address", "password_reset_email"):
        assert name in security


# Look-alike usernames


@pytest.mark.parametrize(
    ("existing", "look_alike"),
    [
        ("admin", "аdmin"),  # Cyrillic а
        ("demo-teacher", "dеmo-teacher"),  # Cyrillic е
        ("omar", "ОМАR"),  # Cyrillic О and М, upper case
        ("paavo", "ρaavo"),  # Greek rho
        ("аnna", "anna"),  # the Cyrillic one came first
        ("koulu", "ｋｏｕｌｕ"),  # full-width letters
    ],
)
def test_a_username_that_looks_like_an_existing_one_is_refused(client, home_page, make_user, existing, look_alike):
    make_user(existing)
    response = client.post(SIGNUP, signup_data(username=look_alike))
    assert response.status_code == 200
    assert "username" in response.context["form"].errors
    assert not User.objects.filter(username=look_alike).exists()


def test_a_username_in_another_script_that_looks_like_nothing_existing_is_welcome(client, home_page, make_user):
    make_user("anna")
    response = client.post(SIGNUP, signup_data(username="анна"))
    assert response.status_code == 302
    assert User.objects.filter(username="анна").exists()


def test_the_look_alike_error_is_translated(client, home_page, make_user):
    from django.utils import translation

    from learners.forms import LOOK_ALIKE_USERNAME

    make_user("admin")
    response = client.post(SIGNUP, signup_data(username="аdmin"))
    with translation.override("fi"):
        assert str(LOOK_ALIKE_USERNAME) in response.context["form"].errors["username"]


# Sessions end with the account and with the password


def signed_in_clients(user, count):
    clients = []
    for _ in range(count):
        client = Client()
        client.post(LOGIN, {"username": user.username, "password": PASSWORD})
        assert client.session.get("_auth_user_id") == str(user.pk)
        clients.append(client)
    return clients


def stored_sessions_of(user):
    engine = importlib.import_module(django_settings.SESSION_ENGINE)
    model = engine.SessionStore.get_model_class()
    return [s for s in model.objects.all() if s.get_decoded().get("_auth_user_id") == str(user.pk)]


def test_deleting_the_account_removes_every_stored_session_of_the_person(make_learner, home_page):
    user = make_learner("amina")
    phone, laptop = signed_in_clients(user, 2)
    other = make_learner("omar")
    signed_in_clients(other, 1)
    assert len(stored_sessions_of(user)) == 2

    response = laptop.post("/fi/accounts/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert stored_sessions_of(user) == []
    assert len(stored_sessions_of(other)) == 1
    assert "_auth_user_id" not in phone.session


def test_with_cached_sessions_the_ended_sessions_cannot_be_read_from_the_cache(settings, make_learner, home_page):
    """With REDIS_URL sessions are read from the cache first (cached_db): ending one must drop that copy too."""
    settings.SESSION_ENGINE = "home.sessions.cached_db"
    user = make_learner("amina")
    phone, laptop = signed_in_clients(user, 2)
    phone_key = phone.session.session_key
    assert laptop.post("/fi/accounts/delete/", {"password": PASSWORD}).status_code == 302
    engine = importlib.import_module(settings.SESSION_ENGINE)
    assert engine.SessionStore(phone_key).load() == {}
    assert phone.get(PROFILE).status_code == 302


def test_changing_the_password_ends_the_other_sessions_and_keeps_this_one(make_learner, home_page):
    user = make_learner("amina")
    phone, laptop = signed_in_clients(user, 2)
    response = laptop.post(
        "/fi/accounts/password/change/",
        {"old_password": PASSWORD, "new_password1": STRONG, "new_password2": STRONG},
    )
    assert response.status_code == 302
    assert [s.session_key for s in stored_sessions_of(user)] == [laptop.session.session_key]
    assert laptop.get(PROFILE).status_code == 200
    assert phone.get(PROFILE).status_code == 302


def test_sessions_are_found_by_person_without_reading_every_session(make_learner, home_page):
    """The session row carries the user id, so ending someone's sessions is one indexed query."""
    from home.sessions.models import UserSession

    user = make_learner("amina")
    phone, = signed_in_clients(user, 1)
    row = UserSession.objects.get(session_key=phone.session.session_key)
    assert row.user_id == str(user.pk)
    assert any(index.fields == ["user_id"] for index in UserSession._meta.indexes) or UserSession._meta.get_field(
        "user_id"
    ).db_index


# Sign-up, sign-in and profile edges


def test_two_sign_ups_with_the_same_username_at_once_give_a_form_error(client, home_page):
    """Both passed the uniqueness check before either was stored: the later insert meets the constraint."""

    def the_other_one_wins(sender, instance, **kwargs):
        if instance.pk is None and instance.username == "uusi-oppija":
            pre_save.disconnect(the_other_one_wins, sender=User)
            User.objects.create_user("uusi-oppija", password=STRONG)

    pre_save.connect(the_other_one_wins, sender=User)
    try:
        response = client.post(SIGNUP, signup_data())
    finally:
        pre_save.disconnect(the_other_one_wins, sender=User)
    assert response.status_code == 200
    assert "username" in response.context["form"].errors
    assert "_auth_user_id" not in client.session
    assert not LearnerProfile.objects.exists()


def test_the_sign_in_link_on_the_sign_in_page_takes_a_signed_in_learner_home(make_learner, home_page):
    user = make_learner("amina", language="fi")
    client = Client(raise_request_exception=False)
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(f"{LOGIN}?next={LOGIN}")
    assert response.status_code == 302
    assert "/accounts/login/" not in response["Location"]


def test_an_email_longer_than_the_column_is_a_form_error_and_nothing_is_stored(make_learner, home_page):
    user = make_learner("amina")
    user.email = "amina@example.fi"
    user.save()
    client = Client(raise_request_exception=False)
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    long_email = "a" * 250 + "@example.fi"
    response = client.post(PROFILE, {"preferred_language": "fi", "audience": "immigrant", "email": long_email})
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    user.refresh_from_db()
    assert user.email == "amina@example.fi"


def test_an_email_longer_than_the_column_is_refused_at_sign_up(client, home_page):
    response = client.post(SIGNUP, signup_data(email="a" * 250 + "@example.fi"))
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert not User.objects.filter(username="uusi-oppija").exists()


def test_deleting_the_account_removes_the_admin_history_that_names_the_person(make_learner, make_user, home_page):
    """Wagtail's log label of a learner profile is the username: the history must go with the account."""
    from wagtail.log_actions import log

    from learners.models import LearnerLogEntry

    admin = make_user("boss", is_superuser=True, is_staff=True)
    user = make_learner("amina")
    other = make_learner("omar")
    log(instance=user.profile, action="wagtail.edit", user=admin)
    log(instance=other.profile, action="wagtail.edit", user=admin)
    assert LearnerLogEntry.objects.filter(label__icontains="amina").exists()

    client = Client()
    client.force_login(user)
    assert client.post("/fi/accounts/delete/", {"password": PASSWORD}).status_code == 302
    assert not LearnerLogEntry.objects.filter(label__icontains="amina").exists()
    assert LearnerLogEntry.objects.filter(label__icontains="omar").exists()
