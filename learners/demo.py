"""Demo accounts of docs/design.md's contract, with the organisations, cohorts and roles they belong to.

Never created under production settings. Idempotent: run it twice and nothing is duplicated.
The organisations are the Kotopaikka project's partners (Central Finland, 2017-2019).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import CommandError

from .models import Cohort, LearnerProfile, Organisation
from .roles import ensure_roles
from .visibility import REPORTING_STAFF, TRAINERS

DEMO_PASSWORD = "kotopaikka-demo"
DEMO_USERS = [
    # username, first name, last name, superuser
    ("admin", "Ada", "Admin", True),
    ("demo-trainer", "Tiina", "Kouluttaja", False),
    ("demo-staff", "Sami", "Sihteeri", False),
    ("demo-learner", "Amina", "Oppija", False),
]

MUNICIPALITIES = ["Jämsä", "Keuruu", "Kyyjärvi", "Laukaa", "Saarijärvi", "Viitasaari", "Äänekoski"]
JOINT_AUTHORITIES = {"Saarikka": "Kannonkoski, Karstula, Kivijärvi, Kyyjärvi, Saarijärvi"}

# organisation, cohort name, fixed join code (so a demo can be given on paper), trained by demo-trainer
DEMO_COHORTS = [
    ("Saarijärvi", "Kotoutumiskoulutus syksy", "SAARI2026", True),
    ("Äänekoski", "Työelämätaidot kevät", "AANE2026", True),
    ("Saarikka", "Henkilöstön monikulttuurisuuskoulutus", "SAARIKKA26", False),
]


def _organisations():
    for name in MUNICIPALITIES:
        Organisation.objects.get_or_create(name=name, defaults={"kind": Organisation.Kind.MUNICIPALITY})
    for name, municipalities in JOINT_AUTHORITIES.items():
        Organisation.objects.get_or_create(
            name=name, defaults={"kind": Organisation.Kind.JOINT_AUTHORITY, "municipalities": municipalities},
        )
    return {o.name: o for o in Organisation.objects.all()}


def load(stdout=None):
    """Create what is missing: accounts, organisations, cohorts, roles and profiles."""
    if not settings.DEMO_ACCOUNTS_ALLOWED:
        raise CommandError("Demo accounts are never created under production settings.")
    User = get_user_model()
    users = {}
    for username, first, last, superuser in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, first_name=first, last_name=last,
                        is_staff=superuser, is_superuser=superuser)
            user.set_password(DEMO_PASSWORD)
            user.save()
            if stdout:
                stdout.write(f"  account {username} created")
        users[username] = user

    organisations = _organisations()
    trainer, staff, learner = users["demo-trainer"], users["demo-staff"], users["demo-learner"]
    cohorts = []
    for org_name, name, code, trained in DEMO_COHORTS:
        cohort, _created = Cohort.objects.get_or_create(
            organisation=organisations[org_name], name=name, defaults={"join_code": code},
        )
        if trained:
            cohort.trainers.add(trainer)
        cohorts.append(cohort)

    ensure_roles()
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    if not trainer.is_staff:
        trainer.is_staff = True
        trainer.save(update_fields=["is_staff"])
    staff.groups.add(Group.objects.get(name=REPORTING_STAFF))

    for user in (trainer, staff, learner):
        LearnerProfile.objects.get_or_create(
            user=user, defaults={"audience": LearnerProfile.Audience.STAFF if user != learner else "immigrant"},
        )
    staff.profile.staff_organisations.add(organisations["Saarijärvi"])
    learner.profile.join(cohorts[0])
    if stdout:
        stdout.write(f"  {len(organisations)} organisations, {len(cohorts)} demo cohorts (join code {cohorts[0].join_code})")
