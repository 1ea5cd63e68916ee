"""Sign-up, sign-in in the learner's language, lock-out, profile, and the learner's own data."""

import datetime
import importlib.util
import json
import re
import uuid

import pytest
from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from learners.models import Cohort, LearnerProfile, normalise_join_code
from tests.conftest import PASSWORD

User = get_user_model()
SIGNUP = "/fi/accounts/signup/"
LOGIN = "/fi/accounts/login/"
STRONG = "Kahvitauko-kello-10"


def signup_data(**overrides):
    data = {
        "username": "uusi-oppija", "email": "", "password1": STRONG, "password2": STRONG,
        "preferred_language": "ar", "audience": "immigrant", "join_code": "",
    }
    data.update(overrides)
    return data


# Sign-up


def test_sign_up_with_a_join_code_puts_the_learner_in_the_cohort_and_signs_them_in(client, roles, home_page):
    response = client.post(SIGNUP, signup_data(join_code="aaaa-2222"))
    assert response.status_code == 302
    assert response["Location"] == "/ar/"
    assert response.cookies["django_language"].value == "ar"
    user = User.objects.get(username="uusi-oppija")
    assert list(user.profile.cohorts.all()) == [roles.cohort_a]
    assert user.profile.organisation == roles.org_a
    assert user.profile.preferred_language == "ar"
    assert client.get("/ar/accounts/profile/").context["user"] == user


def test_sign_up_without_a_code_and_without_email_works(client, db):
    response = client.post(SIGNUP, signup_data(preferred_language="fi"))
    assert response["Location"] == "/fi/"
    profile = User.objects.get(username="uusi-oppija").profile
    assert profile.organisation is None and not profile.cohorts.exists()


@pytest.mark.parametrize("code", ["WRONG123", "BBBB3333-inactive"])
def test_a_wrong_or_closed_join_code_is_an_error_and_no_account_is_made(client, roles, code):
    roles.cohort_b.active = False
    roles.cohort_b.save()
    users_before = User.objects.count()
    response = client.post(SIGNUP, signup_data(join_code=code.removesuffix("-inactive")))
    assert response.status_code == 200
    assert "join_code" in response.context["form"].errors
    assert 'aria-invalid="true"' in response.content.decode()
    assert 'aria-describedby="id_join_code_helptext id_join_code_error"' in response.content.decode()
    assert User.objects.count() == users_before
    assert not LearnerProfile.objects.filter(user__username="uusi-oppija").exists()


def test_a_taken_username_is_refused(client, roles):
    response = client.post(SIGNUP, signup_data(username="learner"))
    assert "username" in response.context["form"].errors
    assert User.objects.filter(username="learner").count() == 1


@pytest.mark.parametrize("weak", ["12345678", "password", "uusi-oppija1", "lyhyt"])
def test_a_weak_password_is_refused(client, db, weak):
    response = client.post(SIGNUP, signup_data(password1=weak, password2=weak))
    assert "password2" in response.context["form"].errors
    assert not User.objects.filter(username="uusi-oppija").exists()


def test_sign_up_form_is_labelled_and_autocompletes(client, db):
    html = client.get(SIGNUP).content.decode()
    assert 'autocomplete="username"' in html
    assert html.count('autocomplete="new-password"') == 2
    assert '<label for="id_join_code">' in html
    assert 'aria-describedby="id_join_code_helptext"' in html


def _input_tag(html, name):
    return re.search(rf'<input[^>]*name="{name}"[^>]*>', html).group(0)


def test_latin_only_fields_stay_left_to_right_on_arabic_pages(client, make_learner):
    """E-mail addresses and join codes are Latin text: on a right-to-left page they were right-aligned and their
    punctuation jumped about, so their inputs are dir="ltr". Usernames are mostly Latin but may be Arabic, so
    theirs is dir="auto": the first letter typed decides."""
    signup = client.get("/ar/accounts/signup/").content.decode()
    login = client.get("/ar/accounts/login/").content.decode()
    for html, name in [(signup, "email"), (signup, "join_code")]:
        assert 'dir="ltr"' in _input_tag(html, name), name
    for html in (signup, login):
        assert 'dir="auto"' in _input_tag(html, "username")
    assert 'dir="ltr"' not in _input_tag(signup, "password1")


# Sign-in


def test_signing_in_switches_the_site_to_the_learners_language(client, make_learner, home_page):
    make_learner("amina", language="ar")
    response = client.post(LOGIN, {"username": "amina", "password": PASSWORD})
    assert response["Location"] == "/ar/"
    assert response.cookies["django_language"].value == "ar"


def test_signing_in_keeps_the_next_page_in_the_learners_language(client, make_learner):
    make_learner("amina", language="en")
    response = client.post(LOGIN, {"username": "amina", "password": PASSWORD, "next": "/fi/accounts/my-data/"})
    assert response["Location"] == "/en/accounts/my-data/"


def test_a_next_address_on_another_site_is_ignored(client, make_learner):
    make_learner("amina", language="fi")
    response = client.post(LOGIN, {"username": "amina", "password": PASSWORD, "next": "https://evil.example/"})
    assert response["Location"] == "/fi/"


def _fail(client, username, times):
    for _ in range(times):
        client.post(LOGIN, {"username": username, "password": "wrong-password"})


def test_five_wrong_passwords_lock_the_username_with_a_translated_page(client, make_learner):
    make_learner("amina")
    _fail(client, "amina", 5)
    response = client.post(LOGIN, {"username": "amina", "password": PASSWORD})
    assert response.status_code == 429
    assert "learners/locked_out.html" in [t.name for t in response.templates]
    assert reverse("password_reset") in response.content.decode()
    assert re.search(r"\b15\b", response.content.decode())  # the cool-off, in minutes
    assert "_auth_user_id" not in client.session


def test_four_wrong_passwords_do_not_lock(client, make_learner):
    make_learner("amina")
    _fail(client, "amina", 4)
    assert client.post(LOGIN, {"username": "amina", "password": PASSWORD}).status_code == 302


def test_the_lock_ends_after_the_cool_off(client, make_learner):
    make_learner("amina")
    _fail(client, "amina", 5)
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert client.post(LOGIN, {"username": "amina", "password": PASSWORD}).status_code == 302


def test_an_administrator_can_lift_the_lock(client, make_learner):
    make_learner("amina")
    _fail(client, "amina", 5)
    axes_reset(username="amina")
    assert client.post(LOGIN, {"username": "amina", "password": PASSWORD}).status_code == 302


def test_a_lock_on_one_username_does_not_lock_another(client, make_learner):
    make_learner("amina")
    make_learner("omar")
    _fail(client, "amina", 5)
    assert client.post(LOGIN, {"username": "omar", "password": PASSWORD}).status_code == 302


# Password reset and change


def test_password_reset_mails_a_link_to_a_learner_with_an_email(client, make_learner):
    make_learner("amina", email="amina@example.com")
    response = client.post("/fi/accounts/password/reset/", {"email": "amina@example.com"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/fi/accounts/password/reset/" in mail.outbox[0].body


def test_password_reset_page_says_it_needs_an_email(client, db):
    html = client.get("/fi/accounts/password/reset/").content.decode()
    assert 'autocomplete="email"' in html
    assert "notice" in html


def test_password_change_uses_the_validators(client, make_learner):
    user = make_learner("amina")
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    response = client.post("/fi/accounts/password/change/", {
        "old_password": PASSWORD, "new_password1": "123", "new_password2": "123",
    })
    assert "new_password2" in response.context["form"].errors
    response = client.post("/fi/accounts/password/change/", {
        "old_password": PASSWORD, "new_password1": STRONG, "new_password2": STRONG,
    })
    assert response["Location"] == "/fi/accounts/password/change/done/"
    user.refresh_from_db()
    assert user.check_password(STRONG)


# Profile


def test_changing_the_language_in_the_profile_moves_the_learner_to_it(roles):
    client = roles.client("learner")
    response = client.post("/fi/accounts/profile/", {
        "preferred_language": "uk", "audience": "staff", "email": "a@example.com",
    })
    assert response["Location"] == "/uk/accounts/profile/"
    assert response.cookies["django_language"].value == "uk"
    user = User.objects.get(username="learner")
    assert (user.profile.preferred_language, user.profile.audience, user.email) == ("uk", "staff", "a@example.com")


def test_joining_another_cohort_with_a_code(roles):
    client = roles.client("learner")
    response = client.post("/fi/accounts/profile/", {"join_code": "bbbb 3333"})
    assert response.status_code == 302
    profile = LearnerProfile.objects.get(user__username="learner")
    assert set(profile.cohorts.all()) == {roles.cohort_a, roles.cohort_b}
    assert profile.organisation == roles.org_a  # the first organisation stays


def test_joining_with_a_wrong_code_shows_an_error(roles):
    response = roles.client("learner").post("/fi/accounts/profile/", {"join_code": "NOPE"})
    assert response.status_code == 200
    assert "join_code" in response.context["join_form"].errors
    assert LearnerProfile.objects.get(user__username="learner").cohorts.count() == 1


def test_a_profile_is_made_for_an_account_that_had_none(make_user, client):
    client.force_login(make_user("old-account"), backend="django.contrib.auth.backends.ModelBackend")
    assert client.get("/en/accounts/profile/").status_code == 200
    assert LearnerProfile.objects.get(user__username="old-account").preferred_language == "en"


# Join codes


def test_join_codes_are_readable_and_unique(roles):
    codes = {Cohort.objects.create(organisation=roles.org_a, name=f"C{i}").join_code for i in range(30)}
    assert len(codes) == 30
    assert all(len(c) == 8 and not set(c) & set("01OIL") for c in codes)


def test_a_cohort_code_can_be_regenerated_and_the_old_one_stops_working(roles, client):
    old = roles.cohort_a.join_code
    new = roles.cohort_a.regenerate_join_code()
    assert new != old and normalise_join_code(new) == new
    response = client.post(SIGNUP, signup_data(join_code=old))
    assert "join_code" in response.context["form"].errors


def test_an_emptied_code_in_the_admin_gets_a_new_one(roles):
    roles.cohort_a.join_code = ""
    roles.cohort_a.save()
    assert len(roles.cohort_a.join_code) == 8


# My data


def _add_progress(user):
    """Progress rows written directly, as courses.progress and quizzes would store them."""
    from courses.models import Enrollment, StepCompletion

    course_key, step_key = uuid.uuid4(), uuid.uuid4()
    Enrollment.objects.create(learner=user, course_key=course_key)
    StepCompletion.objects.create(learner=user, course_key=course_key, step_key=step_key, score=80)
    attempt = None
    if importlib.util.find_spec("quizzes.privacy"):
        from quizzes.models import Answer, QuizAttempt

        attempt = QuizAttempt.objects.create(
            learner=user, quiz_key=uuid.uuid4(), course_key=course_key, locale="fi", score=80, passed=True,
        )
        Answer.objects.create(attempt=attempt, question_id="q-1", chosen=["c-2"], correct=True)
    return course_key, step_key, attempt


def test_my_data_download_contains_profile_cohorts_progress_and_attempts(roles):
    user = roles.users["learner"]
    course_key, step_key, attempt = _add_progress(user)
    response = roles.client("learner").get(reverse("my-data-download"))
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert data["learners"]["account"]["username"] == "learner"
    assert data["learners"]["profile"]["cohorts"] == [{"name": "Syksy A", "organisation": "Saarijärvi"}]
    if not importlib.util.find_spec("courses.privacy"):
        pytest.skip("courses/privacy.py is not there yet")
    body = json.dumps(data)
    assert str(course_key) in body and str(step_key) in body
    if attempt is not None:
        assert data["quizzes"]["quiz_attempts"][0]["answers"][0]["question_id"] == "q-1"


def test_my_data_page_lists_the_data_and_the_download(roles, django_assert_max_num_queries):
    client = roles.client("learner")
    with django_assert_max_num_queries(25):
        html = client.get(reverse("my-data")).content.decode()
    assert reverse("my-data-download") in html
    assert "Syksy A" in html


def test_sign_in_records_are_in_the_export(client, make_learner):
    user = make_learner("amina")
    _fail(client, "amina", 2)
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    data = json.loads(client.get(reverse("my-data-download")).content)
    assert data["learners"]["sign_in_records"]["failed_attempts"][0]["failures"] == 2


# Delete my account


def test_deleting_needs_the_right_password(roles):
    response = roles.client("learner").post(reverse("delete-account"), {"password": "not-it"})
    assert response.status_code == 200
    assert "password" in response.context["form"].errors
    assert User.objects.filter(username="learner").exists()


@pytest.mark.parametrize("data", [{}, {"password": ""}], ids=["no fields", "empty password"])
def test_deleting_with_an_empty_form_shows_the_missing_password(roles, data):
    """A post without the password is the form again with its error, as for a wrong one, never a silent page."""
    response = roles.client("learner").post(reverse("delete-account"), data)
    assert response.status_code == 200
    assert response.context["form"].has_error("password", "required")
    assert "errorlist" in response.content.decode()
    assert User.objects.filter(username="learner").exists()


def test_deleting_removes_the_learner_and_their_progress_and_nothing_else(roles):
    from courses.models import Enrollment, StepCompletion

    learner, other = roles.users["learner"], roles.users["other_learner"]
    _add_progress(learner)
    _add_progress(other)
    client = roles.client("learner")
    response = client.post(reverse("delete-account"), {"password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(username="learner").exists()
    assert not LearnerProfile.objects.filter(user_id=learner.pk).exists()
    assert not Enrollment.objects.filter(learner_id=learner.pk).exists()
    assert not StepCompletion.objects.filter(learner_id=learner.pk).exists()
    assert Enrollment.objects.filter(learner=other).count() == 1
    assert StepCompletion.objects.filter(learner=other).count() == 1
    assert Cohort.objects.filter(pk=roles.cohort_a.pk).exists()
    if importlib.util.find_spec("quizzes.privacy"):
        from quizzes.models import Answer, QuizAttempt

        assert not QuizAttempt.objects.filter(learner_id=learner.pk).exists()
        assert not Answer.objects.filter(attempt__learner_id=learner.pk).exists()
        assert Answer.objects.filter(attempt__learner=other).count() == 1
    assert client.get(reverse("profile"))["Location"].startswith("/fi/accounts/login/")


def test_deleting_removes_the_sign_in_records(client, make_learner):
    user = make_learner("amina")
    _fail(client, "amina", 2)
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    client.post(reverse("delete-account"), {"password": PASSWORD})
    assert not AccessAttempt.objects.filter(username="amina").exists()
