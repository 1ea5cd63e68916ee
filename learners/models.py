"""Who the learners are and whom they belong to.

An Organisation (municipality, joint authority, service provider) owns Cohorts (a class of
learners, e.g. an autumn integration training) that learners join with a code. Every signed-up
learner has one LearnerProfile; reporting staff use the same profile to record which
organisations' learners they may see (learners/visibility.py reads it). The admin's log entries of
these three live apart from Wagtail's shared log, in LearnerLogEntry.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models.audit_log import BaseLogEntry, ModelLogEntryManager

# No 0/O, 1/I/L: a code read aloud in a classroom or copied from a whiteboard must not be misread.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 8


def new_join_code():
    """A random, readable join code that no other cohort uses yet."""
    while True:
        code = "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))
        if not Cohort.objects.filter(join_code=code).exists():
            return code


def normalise_join_code(code):
    """Learners type codes in any case and with spaces or dashes; compare the bare letters."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


class Organisation(models.Model):
    """A municipality, joint authority or service provider whose learners and staff use the site.

    Reporting staff are tied to organisations; a learner belongs to at most one.
    """

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        JOINT_AUTHORITY = "joint_authority", _("Joint authority")
        SERVICE_PROVIDER = "service_provider", _("Service provider")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.MUNICIPALITY)
    municipalities = models.TextField(
        _("municipalities"), blank=True,
        help_text=_("For a joint authority or service provider: the municipalities it serves, comma-separated."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class Cohort(models.Model):
    """A group of learners in one organisation (e.g. an autumn integration training class).

    Named Cohort so it is never confused with the auth groups that carry roles. Learners join it
    with its join code; its trainers see its learners' progress.
    """

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="cohorts", verbose_name=_("organisation"),
    )
    name = models.CharField(_("name"), max_length=200)
    join_code = models.CharField(
        _("join code"), max_length=16, unique=True, blank=True, default=new_join_code,
        help_text=_("Learners type this code when they sign up. Clear the field and save to get a new code."),
    )
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="trained_cohorts", verbose_name=_("trainers"),
        # Only members of the Trainers group can be chosen, so the admin does not list every learner.
        limit_choices_to={"groups__name": "Trainers"},
    )
    active = models.BooleanField(_("active"), default=True, help_text=_("Only active cohorts accept new learners."))

    class Meta:
        ordering = ["organisation__name", "name"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")

    def __str__(self):
        return f"{self.name} ({self.organisation})"

    def save(self, *args, **kwargs):
        # An emptied code in the admin means "give me a new one"; codes are stored normalised.
        self.join_code = normalise_join_code(self.join_code) or new_join_code()
        super().save(*args, **kwargs)

    def regenerate_join_code(self):
        """Replace a leaked code; learners already in the cohort stay."""
        self.join_code = new_join_code()
        self.save(update_fields=["join_code"])
        return self.join_code


class LearnerProfile(models.Model):
    """What the site knows about a person beyond their account: language, audience, memberships.

    staff_organisations is used only for Reporting staff: the organisations whose learners they see.
    """

    class Audience(models.TextChoices):
        IMMIGRANT = "immigrant", _("I am new to Finnish working life")
        STAFF = "staff", _("I work with immigrants")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile", verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, related_name="learners",
        verbose_name=_("organisation"),
    )
    cohorts = models.ManyToManyField(Cohort, blank=True, related_name="learners", verbose_name=_("cohorts"))
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE,
    )
    audience = models.CharField(_("audience"), max_length=16, choices=Audience.choices, default=Audience.IMMIGRANT)
    # Comma-separated language codes, e.g. "en,fi": where a page missing in the learner's language is shown
    # instead, in order (home/fallback.py reads it; blank means the site's default, English then Finnish).
    fallback_languages = models.CharField(
        _("languages for pages not yet in your language"), max_length=40, blank=True, default="",
    )
    staff_organisations = models.ManyToManyField(
        Organisation, blank=True, related_name="staff_members", verbose_name=_("organisations whose reports they see"),
        help_text=_("For reporting staff only: they see the learners of these organisations."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("learner profile")
        verbose_name_plural = _("learner profiles")

    def __str__(self):
        return str(self.user)

    def join(self, cohort):
        """Add the learner to a cohort; the cohort's organisation becomes theirs if they had none."""
        self.cohorts.add(cohort)
        if self.organisation_id is None:
            self.organisation = cohort.organisation
            self.save(update_fields=["organisation"])


class LearnerLogEntryManager(ModelLogEntryManager):
    """Wagtail's manager for model log entries, with the visibility rule in `viewable_by_user`."""

    def viewable_by_user(self, user):
        # Imported here: admin_scope loads Wagtail's admin views, which need every app's models first.
        from .admin_scope import log_entries_in_scope

        return log_entries_in_scope(self.all(), user)


class LearnerLogEntry(BaseLogEntry):
    """The admin's history ("Created", "Edited", "Deleted") of organisations, cohorts and learner profiles.

    Wagtail writes the log entries of snippets to its shared ModelLogEntry, whose site history report shows
    a user every entry of a model they hold any permission on: a Trainer (who may view cohorts) read the
    names of other organisations' cohorts there (security issue #15). Wagtail lets a model keep its log in
    a model of its own (`register_model` in learners/wagtail_hooks.py), and asks each log model which
    entries a user may see, so here a user sees the entries of the objects in their scope
    (learners/admin_scope.py), and only a superuser those of deleted objects.
    Docs: https://docs.wagtail.org/en/v7.4/extending/audit_log.html
    """

    object_id = models.CharField(max_length=255, blank=False, db_index=True)

    objects = LearnerLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("learner log entry")
        verbose_name_plural = _("learner log entries")

    def __str__(self):
        return f"LearnerLogEntry {self.pk}: {self.action!r} on {self.object_verbose_name!r} with id {self.object_id}"
