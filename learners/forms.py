"""Forms a learner fills in: sign-up, profile, joining a cohort, deleting their account.

Sign-up builds on Django's UserCreationForm so the password validators of settings apply.
Every field carries an autocomplete hint (https://html.spec.whatwg.org/#autofill) so phones fill them in.
"""

import unicodedata

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
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
        attrs.update({"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false", "dir": "ltr"})
        return attrs


INVALID_JOIN_CODE = _("No active group has this join code. Check the code with your trainer, or leave the field empty.")
TOO_MANY_JOIN_CODES = _(
    "Too many wrong join codes were tried. Please wait an hour, or ask your trainer to add you to the group."
)
LOOK_ALIKE_USERNAME = _(
    "This username looks the same as one that is already taken. Please choose another username."
)
# The user table's e-mail column holds 254 characters (the longest address RFC 5321 allows).
EMAIL_MAX_LENGTH = get_user_model()._meta.get_field("email").max_length

# Cyrillic and Greek letters that look like Latin ones, after case folding (so the upper-case look-alikes,
# Cyrillic "В" for "B" or Greek "Η" for "H", are covered by their lower-case forms). A small, deliberate
# subset of Unicode's confusables list (https://www.unicode.org/Public/security/latest/confusables.txt)
# for the scripts learners here write in; no confusables library is installed.
LOOK_ALIKES = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "һ": "h", "н": "h", "і": "i", "ј": "j", "к": "k",
    "ӏ": "l", "м": "m", "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t", "ц": "u", "ѵ": "v", "ԝ": "w",
    "х": "x", "у": "y", "ү": "y", "ё": "e", "ї": "i", "ӓ": "a", "ӧ": "o",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ζ": "z", "η": "h", "ι": "i", "κ": "k", "μ": "m", "ν": "n", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "y", "χ": "x",
})


def username_skeleton(username):
    """What a username looks like, so names that read the same compare equal.

    NFKC folds full-width and other compatibility forms, casefold() ignores case, and LOOK_ALIKES
    replaces Cyrillic and Greek letters that look like Latin ones: "аdmin" with a Cyrillic "а" and
    "ＡＤＭＩＮ" both become "admin".
    """
    return unicodedata.normalize("NFKC", username).casefold().translate(LOOK_ALIKES)


def username_looks_taken(username, exclude_pk=None):
    """True when an existing username has the same skeleton as `username`.

    Stored usernames that are plain ASCII are their own skeleton (lower-cased), so they are found by one
    indexed comparison; only the usernames with other letters are read and compared here.
    """
    User = get_user_model()
    skeleton = username_skeleton(username)
    users = User.objects.exclude(pk=exclude_pk) if exclude_pk else User.objects.all()
    if users.filter(username__iexact=skeleton).exists():
        return True
    others = users.exclude(username__regex=r"^[ -~]*$").values_list("username", flat=True)
    return any(username_skeleton(name) == skeleton for name in others.iterator())


class LoginForm(AuthenticationForm):
    """Django's sign-in form; the username runs the way its first letter does, also on an Arabic page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs["dir"] = "auto"


class SignupForm(UserCreationForm):
    """A new learner: username and password (Django's validators), optional e-mail, language, audience, code.

    `guesses` (learners/ratelimit.py) counts wrong join codes; once over its limit no code is checked.
    """

    email = forms.EmailField(
        label=_("E-mail (optional)"), required=False, max_length=EMAIL_MAX_LENGTH,
        help_text=_("Only needed if you want to reset a forgotten password by e-mail."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
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

    def __init__(self, *args, guesses=None, **kwargs):
        self.guesses = guesses
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = get_language()
        # dir="auto": usernames are mostly Latin, but Django allows any letters; the first one typed decides.
        self.fields["username"].widget.attrs.update(
            {"autocomplete": "username", "autocapitalize": "none", "dir": "auto"},
        )
        self.fields["password1"].widget.attrs["autocomplete"] = "new-password"
        self.fields["password2"].widget.attrs["autocomplete"] = "new-password"

    def clean_username(self):
        """Django refuses a name taken in another case; this also refuses one that only looks the same."""
        username = super().clean_username()
        if username and not self.has_error("username") and username_looks_taken(username):
            raise forms.ValidationError(LOOK_ALIKE_USERNAME, code="look_alike_username")
        return username

    def clean_join_code(self):
        code = self.cleaned_data.get("join_code", "")
        if not normalise_join_code(code):
            return None
        return cohort_for_code(code, self.guesses)

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


FALLBACK_CHOICES = [("", "—"), *settings.LANGUAGES]


def fallback_field(label):
    """One place in the learner's fallback order: a language (named in itself) or none."""
    return forms.ChoiceField(label=label, choices=FALLBACK_CHOICES, required=False)


FALLBACK_FIELDS = ["fallback_1", "fallback_2", "fallback_3"]


class ProfileForm(forms.ModelForm):
    """What a learner may change about themselves. Organisation and cohorts change only through join codes.

    The fallback order (LearnerProfile.fallback_languages) is three choices, first to third: the languages
    a page not yet in the learner's language is shown in, tried in that order (home/fallback.py).
    """

    fallback_1 = fallback_field(_("If a page is not yet in your language, show it in"))
    fallback_2 = fallback_field(_("If not in that language either, show it in"))
    fallback_3 = fallback_field(_("Else in"))

    email = forms.EmailField(
        label=_("E-mail (optional)"), required=False, max_length=EMAIL_MAX_LENGTH,
        help_text=_("Only needed if you want to reset a forgotten password by e-mail."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
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
        for name, code in zip(FALLBACK_FIELDS, self.instance.fallback_languages.split(","), strict=False):
            self.fields[name].initial = code
        self.order_fields(["preferred_language", "audience", *FALLBACK_FIELDS, "email"])

    def clean(self):
        cleaned = super().clean()
        chosen = [cleaned.get(name) for name in FALLBACK_FIELDS]
        self.instance.fallback_languages = ",".join(dict.fromkeys(code for code in chosen if code))
        return cleaned

    @transaction.atomic
    def save(self, commit=True):
        profile = super().save(commit=commit)
        user = profile.user
        user.email = self.cleaned_data["email"]
        user.save(update_fields=["email"])
        return profile


class JoinCohortForm(forms.Form):
    """Join one more cohort with a code from a trainer; `guesses` as in SignupForm."""

    join_code = JoinCodeField(required=True)

    def __init__(self, *args, guesses=None, **kwargs):
        self.guesses = guesses
        super().__init__(*args, **kwargs)

    def clean_join_code(self):
        return cohort_for_code(self.cleaned_data["join_code"], self.guesses)


def cohort_for_code(code, guesses=None):
    """The cohort of a join code, or a ValidationError; wrong codes count against `guesses`.

    Once too many wrong codes were tried, even a right one is refused until the window ends,
    so the refusal tells a guesser nothing.
    """
    if guesses is not None and guesses.exceeded():
        raise forms.ValidationError(TOO_MANY_JOIN_CODES, code="rate_limited")
    cohort = find_cohort(code)
    if cohort is None:
        if guesses is not None:
            guesses.count()
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
