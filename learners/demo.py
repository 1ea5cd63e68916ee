"""Demo accounts of DESIGN.md's contract; never created under production settings."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import CommandError

DEMO_PASSWORD = "kotopaikka-demo"
DEMO_USERS = [
    # username, first name, last name, superuser
    ("admin", "Ada", "Admin", True),
    ("demo-trainer", "Tiina", "Kouluttaja", False),
    ("demo-staff", "Sami", "Sihteeri", False),
    ("demo-learner", "Amina", "Oppija", False),
]


def load(stdout=None):
    """Create the demo accounts that are missing; refuse under production settings."""
    if not settings.DEMO_ACCOUNTS_ALLOWED:
        raise CommandError("Demo accounts are never created under production settings.")
    User = get_user_model()
    for username, first, last, superuser in DEMO_USERS:
        if User.objects.filter(username=username).exists():
            continue
        user = User(username=username, first_name=first, last_name=last,
                    is_staff=superuser, is_superuser=superuser)
        user.set_password(DEMO_PASSWORD)
        user.save()
        if stdout:
            stdout.write(f"  account {username} created")
