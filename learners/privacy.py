"""The learner's own data: what "My data" downloads and what "Delete my account" removes.

Each app that stores something about a person offers `<app>/privacy.py: export(user) -> dict`.
`collect(user)` asks every installed app that has one, so a new app's data appears in the download
without anyone editing this file. Deletion relies on ON DELETE CASCADE from the user: every
progress, attempt and answer row points at the user. The only personal rows without a foreign key
are django-axes' sign-in records (they store the username), the admin's history of the learner profile
(Wagtail labels each entry with the username), removed here explicitly, and the person's sessions on
other devices (home/sessions), which would otherwise stay stored until they expire.
"""

import importlib
import importlib.util

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from home.sessions import end_sessions


def _iso(value):
    return value.isoformat() if value else None


def _sign_in_records(username):
    from axes.models import AccessAttempt, AccessLog

    return AccessAttempt.objects.filter(username=username), AccessLog.objects.filter(username=username)


def export(user):
    """The account, the learner profile and the sign-in records kept for lock-out."""
    data = {
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
        },
        "profile": None,
    }
    profile = getattr(user, "profile", None)  # RelatedObjectDoesNotExist is an AttributeError
    if profile is not None:
        data["profile"] = {
            "preferred_language": profile.preferred_language,
            "audience": profile.audience,
            "organisation": profile.organisation.name if profile.organisation else None,
            "cohorts": [
                {"name": c.name, "organisation": c.organisation.name}
                for c in profile.cohorts.select_related("organisation")
            ],
            "created_at": _iso(profile.created_at),
        }
    attempts, logs = _sign_in_records(user.get_username())
    data["sign_in_records"] = {
        "failed_attempts": [
            {"ip_address": a.ip_address, "failures": a.failures_since_start, "time": _iso(a.attempt_time)}
            for a in attempts
        ],
        "sign_ins": [
            {"ip_address": log.ip_address, "time": _iso(log.attempt_time), "sign_out": _iso(log.logout_time)}
            for log in logs
        ],
    }
    return data


def privacy_modules():
    """The `privacy` submodule of every installed app that has one, in INSTALLED_APPS order."""
    modules = []
    for config in apps.get_app_configs():
        name = f"{config.name}.privacy"
        if importlib.util.find_spec(name) is not None:
            modules.append((config.label, importlib.import_module(name)))
    return modules


def collect(user):
    """Everything stored about this person, as one JSON-ready dict keyed by app."""
    data = {"generated_at": timezone.now().isoformat()}
    for label, module in privacy_modules():
        export_function = getattr(module, "export", None)
        if callable(export_function):
            data[label] = export_function(user)
    return data


@transaction.atomic
def delete_account(user):
    """Remove the person for good: the user row cascades to profile, progress, attempts and answers.

    Every session of theirs ends too, so a phone left signed in holds nothing of theirs.
    """
    from .models import LearnerLogEntry, LearnerProfile

    username = user.get_username()
    end_sessions(user)
    attempts, logs = _sign_in_records(username)
    attempts.delete()
    logs.delete()
    profile = LearnerProfile.objects.filter(user=user).values_list("pk", flat=True).first()
    if profile is not None:
        LearnerLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(LearnerProfile), object_id=str(profile)
        ).delete()
    user.delete()
