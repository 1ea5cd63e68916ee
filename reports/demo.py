"""Demo progress for `load_demo`: about forty demo learners with a spread of progress, so every report shows something.

Runs last (INSTALLED_APPS order), after learners.demo (organisations, cohorts, demo accounts) and
content_io.demo (the courses and quizzes of content/). Deterministic (a seeded random generator) and idempotent: a learner
who already has an enrolment is left as they are. Missing courses are tolerated: with none, only
the learners are created.
"""

import random

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import CommandError

from courses.models import CoursePage, Enrollment
from learners.models import Cohort, LearnerProfile, Organisation

from .synthetic import Writer, course_plans, simulate

DEMO_LEARNERS = 40
SEED = 20261128
LANGUAGES = ["fi", "fi", "en", "ar", "ar", "so", "ru", "uk", "fa", "et"]
FIRST_NAMES = ["Aisha", "Mehmet", "Olga", "Hassan", "Maryam", "Yonas", "Lena", "Farid", "Nadia", "Omar",
               "Sara", "Ivan", "Leyla", "Abdi", "Mira", "Reza", "Hodan", "Taras", "Ayaan", "Elif"]
LAST_NAMES = ["Ali", "Yilmaz", "Petrova", "Hussein", "Karimi", "Tesfaye", "Korhonen", "Nieminen", "Abdullahi",
              "Kovalenko", "Rahimi", "Mäkinen", "Warsame", "Tamm", "Said"]


def demo_learners(rng, stdout=None):
    """demo-learner-01 ... -40, spread over the demo cohorts and a few organisations without a cohort."""
    User = get_user_model()
    cohorts = list(Cohort.objects.select_related("organisation").order_by("pk"))
    loose = list(Organisation.objects.filter(name__in=["Jämsä", "Laukaa", "Keuruu"]))
    learners, created = [], 0
    for n in range(1, DEMO_LEARNERS + 1):
        username = f"demo-learner-{n:02d}"
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        language = rng.choice(LANGUAGES)
        slot = rng.randrange(len(cohorts) + len(loose)) if cohorts or loose else None
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, first_name=first, last_name=last)
            user.set_unusable_password()
            user.save()
            created += 1
        profile, _made = LearnerProfile.objects.get_or_create(user=user, defaults={"preferred_language": language})
        if slot is not None and profile.organisation_id is None:
            if slot < len(cohorts):
                profile.join(cohorts[slot])
            else:
                profile.organisation = loose[slot - len(cohorts)]
                profile.save(update_fields=["organisation"])
        learners.append((user, profile.preferred_language))
    if stdout:
        stdout.write(f"  {created} demo learners created ({DEMO_LEARNERS} in all)")
    return learners


def load(stdout=None):
    if not settings.DEMO_ACCOUNTS_ALLOWED:
        raise CommandError("Demo learners are never created under production settings.")
    rng = random.Random(SEED)
    learners = demo_learners(rng, stdout)
    courses = list(CoursePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path"))
    plans = course_plans(courses)
    if not plans:
        if stdout:
            stdout.write("  no demo courses: demo progress skipped")
        return
    demo_learner = get_user_model().objects.filter(username="demo-learner").first()
    if demo_learner is not None:
        learners.append((demo_learner, getattr(getattr(demo_learner, "profile", None), "preferred_language", "fi")))
    already = set(Enrollment.objects.filter(learner__in=[u for u, _l in learners]).values_list("learner_id", flat=True))
    writer = Writer()
    for user, language in learners:
        taking = rng.sample(plans, k=min(len(plans), rng.randint(1, 3)))
        if user.pk in already:
            continue
        if user.username == "demo-learner":
            # Some progress, never all of it: the demo learner can show a course in progress.
            simulate(writer, rng, user.pk, language, plans[0], profile="started")
            continue
        for plan in taking:
            simulate(writer, rng, user.pk, language, plan)
    writer.flush()
    if stdout:
        counts = writer.counts
        stdout.write(
            f"  demo progress: {counts['enrollments']} enrolments, {counts['completions']} completed steps, "
            f"{counts['attempts']} quiz attempts"
        )
