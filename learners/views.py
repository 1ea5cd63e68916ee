"""The learner's account pages: sign-in in their language, sign-up, profile, privacy, my data, deletion."""

import json
from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import FormView, TemplateView

from home.sessions import end_sessions

from . import privacy, ratelimit
from .forms import DeleteAccountForm, JoinCohortForm, LoginForm, ProfileForm, SignupForm
from .language import preferred_language, redirect_in_language
from .models import LearnerProfile

# Two authentication backends are configured (axes + ModelBackend); login() after sign-up must name one.
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"

TOO_MANY_RESET_MAILS = gettext_lazy(
    "Too many password-reset e-mails were asked for just now. Please wait an hour and try again."
)


def too_many_requests(response):
    """The form page again, with its error, as 429 Too Many Requests."""
    response.status_code = 429
    return response


class LoginView(auth_views.LoginView):
    """Django's sign-in; afterwards the site switches to the learner's preferred language."""

    redirect_authenticated_user = True
    form_class = LoginForm

    def get_redirect_url(self):
        """`next`, unless it is a sign-in page itself (the header's own link on this page carries one).

        A signed-in learner sent back to the sign-in page would loop; Django stops that with a 500.
        """
        url = super().get_redirect_url()
        try:
            if url and resolve(urlsplit(url).path).url_name == "login":
                return ""
        except Resolver404:
            pass
        return url

    def form_valid(self, form):
        response = super().form_valid(form)
        language = preferred_language(form.get_user())
        if language is None:
            return response
        return redirect_in_language(language, self.get_redirect_url() or None)


class SignupView(FormView):
    """A new learner account; a wrong join code leaves nothing behind (SignupForm.save is atomic)."""

    template_name = "learners/signup.html"
    form_class = SignupForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect("profile")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "guesses": ratelimit.join_code_guesses(self.request)}

    def form_invalid(self, form):
        response = super().form_invalid(form)
        return too_many_requests(response) if form.has_error("join_code", "rate_limited") else response

    def form_valid(self, form):
        try:
            user = form.save()
        except IntegrityError:
            # Someone took the username between the form's check and the insert (two sign-ups at once).
            # SignupForm.save is atomic, so nothing of this sign-up was stored.
            form.add_error("username", form.instance.unique_error_message(get_user_model(), ["username"]))
            return self.form_invalid(form)
        login(self.request, user, backend=MODEL_BACKEND)
        cohort = form.cleaned_data.get("join_code")
        language = user.profile.preferred_language
        response = redirect_in_language(language)
        # The welcome is shown on the next page, so it must be in the learner's chosen language.
        if cohort:
            messages.success(self.request, _("Welcome! You joined the group %(cohort)s.") % {"cohort": cohort.name})
        else:
            messages.success(self.request, _("Welcome! Your account is ready."))
        return response


def _profile_for(user):
    profile, _created = LearnerProfile.objects.get_or_create(
        user=user, defaults={"preferred_language": get_language()},
    )
    return profile


@login_required
def profile(request):
    """Edit language, audience and e-mail; join another cohort with a code."""
    profile = _profile_for(request.user)
    form = ProfileForm(instance=profile)
    join_form = JoinCohortForm()
    status = 200
    if request.method == "POST" and "join_code" in request.POST:
        join_form = JoinCohortForm(request.POST, guesses=ratelimit.join_code_guesses(request))
        if join_form.is_valid():
            cohort = join_form.cleaned_data["join_code"]
            profile.join(cohort)
            messages.success(request, _("You joined the group %(cohort)s.") % {"cohort": cohort.name})
            return redirect("profile")
        if join_form.has_error("join_code", "rate_limited"):
            status = 429
    elif request.method == "POST":
        form = ProfileForm(request.POST, instance=profile)
        if form.is_valid():
            form.save()
            language = profile.preferred_language
            messages.success(request, _("Your profile was saved."))
            return redirect_in_language(language, request.path)
    cohorts = profile.cohorts.select_related("organisation")
    return render(request, "learners/profile.html", {
        "form": form, "join_form": join_form, "profile": profile, "cohorts": cohorts,
    }, status=status)


class PrivacyView(TemplateView):
    """The privacy notice: what is stored, why, how long, who sees it, the learner's rights."""

    template_name = "learners/privacy.html"


@login_required
def my_data(request):
    """A summary of what is stored and the download button."""
    data = privacy.collect(request.user)
    return render(request, "learners/my_data.html", {
        "data": data,
        "data_json": json.dumps(data, ensure_ascii=False, indent=2),
    })


@never_cache
@login_required
@require_GET
def my_data_download(request):
    """Everything stored about the learner, as a JSON file."""
    data = privacy.collect(request.user)
    body = json.dumps(data, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"kotopaikka-{request.user.get_username()}-{timezone.now():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def delete_account(request):
    """Confirm with the password, then remove the person and their progress for good and sign them out.

    Any POST binds the form, an empty one too (`request.POST or None` left a POST without fields unbound,
    so it came back with no error): a missing password is shown as the form's error.
    """
    form = DeleteAccountForm(request.user, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        language = get_language()
        with transaction.atomic():
            logout(request)
            privacy.delete_account(user)
        messages.success(request, _("Your account and everything stored about you have been deleted."))
        return redirect(f"/{language}/")
    return render(request, "learners/delete_account.html", {"form": form})


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's password change; the person's sessions on other devices end, this one stays.

    Django already refuses those sessions on their next request (the session hash no longer matches);
    deleting them also removes what they stored.
    """

    template_name = "learners/password_change_form.html"

    def form_valid(self, form):
        response = super().form_valid(form)
        end_sessions(self.request.user, keep=self.request.session.session_key)
        return response


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset form, limited per visitor address and per e-mail address (learners/ratelimit.py).

    The limit applies whether or not an account has the address, so a refusal reveals no account.
    """

    def form_valid(self, form):
        limit = ratelimit.password_reset_mails(self.request, form.cleaned_data["email"])
        if limit.exceeded():
            form.add_error("email", TOO_MANY_RESET_MAILS)
            return too_many_requests(self.form_invalid(form))
        limit.count()
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Django's new-password form from the mailed link; every session of the person ends."""

    def form_valid(self, form):
        response = super().form_valid(form)
        end_sessions(form.user)
        return response
