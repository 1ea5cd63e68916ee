"""Forms a learner fills in: sign-up, profile, joining a cohort, deleting their account.

Sign-up builds on Django's UserCreationForm so the password validators of settings apply.
Every field carries an autocomplete hint (https://html.spec.whatwg.org/#autofill) so phones fill them in.
"""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.db import transaction
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import Cohort, LearnerProfile, normalise_join_code


def find_cohort(code):
    """The active cohort with this join code, or None."""
    code = normalise_join_code(code)
    if not code:
        return None
    return Cohort.objects.filter(join_code=code, active=True).select_related("organisation").first()


class JoinCodeField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Join code"))
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault(
            "help_text", _("Your trainer may give you a code of 8 letters and numbers. Upper or lower case both work."),
        )
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update({"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"})
        return attrs


INVALID_JOIN_CODE = _("No active group has this join code. Check the code with your trainer, or leave the field empty.")


class SignupForm(UserCreationForm):
    """A new learner: username and password (Django's validators), optional e-mail, language, audience, code."""

    email = forms.EmailField(
        label=_("E-mail (optional)"), required=False,
        help_text=_("Only needed if you want to reset a forgotten password by e-mail."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    preferred_language = forms.ChoiceField(
        label=_("Language of the site"), choices=settings.LANGUAGES,
        widget=forms.Select(attrs={"autocomplete": "language"}),
    )
    audience = forms.ChoiceField(
        label=_("Who are you?"), choices=LearnerProfile.Audience.choices, widget=forms.RadioSelect,
        initial=LearnerProfile.Audience.IMMIGRANT,
    )
    join_code = JoinCodeField(required=False)

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = get_language()
        self.fields["username"].widget.attrs.update({"autocomplete": "username", "autocapitalize": "none"})
        self.fields["password1"].widget.attrs["autocomplete"] = "new-password"
        self.fields["password2"].widget.attrs["autocomplete"] = "new-password"

    def clean_join_code(self):
        code = self.cleaned_data.get("join_code", "")
        if not normalise_join_code(code):
            return None
        cohort = find_cohort(code)
        if cohort is None:
            raise forms.ValidationError(INVALID_JOIN_CODE, code="invalid_join_code")
        return cohort

    @transaction.atomic
    def save(self, commit=True):
        """Account, profile and cohort membership together, or nothing at all."""
        user = super().save(commit=True)
        profile = LearnerProfile.objects.create(
            user=user,
            preferred_language=self.cleaned_data["preferred_language"],
            audience=self.cleaned_data["audience"],
        )
        cohort = self.cleaned_data.get("join_code")
        if cohort is not None:
            profile.join(cohort)
        return user


class ProfileForm(forms.ModelForm):
    """What a learner may change about themselves. Organisation and cohorts change only through join codes."""

    email = forms.EmailField(
        label=_("E-mail (optional)"), required=False,
        help_text=_("Only needed if you want to reset a forgotten password by e-mail."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    class Meta:
        model = LearnerProfile
        fields = ("preferred_language", "audience")
        labels = {"preferred_language": _("Language of the site"), "audience": _("Who are you?")}
        widgets = {
            "preferred_language": forms.Select(attrs={"autocomplete": "language"}),
            "audience": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].initial = self.instance.user.email
        self.order_fields(["preferred_language", "audience", "email"])

    @transaction.atomic
    def save(self, commit=True):
        profile = super().save(commit=commit)
        user = profile.user
        user.email = self.cleaned_data["email"]
        user.save(update_fields=["email"])
        return profile


class JoinCohortForm(forms.Form):
    """Join one more cohort with a code from a trainer."""

    join_code = JoinCodeField(required=True)

    def clean_join_code(self):
        cohort = find_cohort(self.cleaned_data["join_code"])
        if cohort is None:
            raise forms.ValidationError(INVALID_JOIN_CODE, code="invalid_join_code")
        return cohort


class DeleteAccountForm(forms.Form):
    """Deleting is for good, so the learner proves it is them by typing their password."""

    password = forms.CharField(
        label=_("Your password"), strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."), code="wrong_password")
        return password
