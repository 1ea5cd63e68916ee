"""Fill the database with many synthetic learners and their progress, in bulk, for the reports benchmark.

    python manage.py seed_load --learners 100000 --courses 5

Creates (when missing) `--courses` small courses with four lessons and a five-question quiz, ten
organisations with four cohorts each, the accounts seed-admin (superuser) and seed-staff (Reporting
staff of the first organisation), then learners seed-000001... up to `--learners` in all, each with
one to three courses of believable progress (reports/synthetic.py). Rows go in with bulk_create in
batches, so 100,000 learners take minutes, not hours. Never run it against a production database.
"""

import random
import time
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.site_setup import ensure_site
from learners.models import Cohort, LearnerProfile, Organisation
from learners.visibility import REPORTING_STAFF
from quizzes.models import QuizPage
from reports.synthetic import BATCH, Writer, course_plans, simulate

PREFIX = "seed-"
LANGUAGES = ["fi", "fi", "fi", "en", "ar", "ar", "so", "ru", "uk", "fa", "et", "sv", "tr"]


def _question(n):
    kinds = ["single_choice", "multiple_choice", "true_false", "single_choice", "ordering"]
    kind = kinds[n % len(kinds)]
    if kind == "ordering":
        items = [{"type": "item", "id": str(uuid.uuid4()), "value": {"text": f"Vaihe {i + 1}"}} for i in range(3)]
        value = {"question": f"Järjestä vaiheet {n + 1}", "image": None, "items": items, "explanation": ""}
    else:
        count = 2 if kind == "true_false" else 4
        correct = {0, 1} if kind == "multiple_choice" else {0}
        choices = [
            {"type": "item", "id": str(uuid.uuid4()),
             "value": {"text": f"Vaihtoehto {chr(65 + i)}", "correct": i in correct, "feedback": ""}}
            for i in range(count)
        ]
        value = {"question": f"Kysymys {n + 1}", "image": None, "choices": choices, "explanation": ""}
    return {"type": kind, "id": str(uuid.uuid4()), "value": value}


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


class Command(BaseCommand):
    help = "Fill the database with synthetic learners, enrolments, completions, attempts and answers (in bulk)."

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, default=1000, help="learners seed-* in all (default 1000)")
        parser.add_argument("--courses", type=int, default=5, help="seed courses to use (default 5)")
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, learners, courses, seed, **options):
        if not getattr(settings, "DEMO_ACCOUNTS_ALLOWED", False):
            raise CommandError("seed_load never runs under production settings.")
        started = time.monotonic()
        rng = random.Random(seed)
        course_pages = self.ensure_courses(courses)
        plans = course_plans(course_pages)
        cohorts = self.ensure_organisations()
        self.ensure_accounts(cohorts[0].organisation)
        new_ids = self.create_learners(learners, cohorts, rng)
        writer = Writer()
        for index, (user_id, language) in enumerate(new_ids, 1):
            for plan in rng.sample(plans, k=min(len(plans), rng.choice([1, 1, 2, 2, 3]))):
                simulate(writer, rng, user_id, language, plan)
            if index % 10000 == 0:
                self.stdout.write(f"  {index} learners simulated ({time.monotonic() - started:.0f} s)")
        writer.flush()
        counts = writer.counts
        self.stdout.write(self.style.SUCCESS(
            f"{len(new_ids)} learners added: {counts['enrollments']} enrolments, {counts['completions']} completed "
            f"steps, {counts['attempts']} attempts, {counts['answers']} answers in {time.monotonic() - started:.0f} s"
        ))

    def ensure_courses(self, count):
        home = ensure_site()
        index = CourseIndexPage.objects.child_of(home).first() or _publish(
            home, CourseIndexPage(title="Kurssit", slug="kurssit")
        )
        pages = []
        for n in range(1, count + 1):
            slug = f"{PREFIX}kurssi-{n}"
            course = CoursePage.objects.filter(slug=slug).first()
            if course is None:
                course = _publish(index, CoursePage(
                    title=f"Testikurssi {n}", slug=slug, intro="Kuormitustestin kurssi.", audience="immigrants",
                ))
                for lesson in range(1, 5):
                    _publish(course, LessonPage(
                        title=f"Oppitunti {lesson}", slug=f"{slug}-oppitunti-{lesson}", body=[
                            {"type": "paragraph", "value": f"<p>Oppitunti {lesson}.</p>"}
                        ],
                    ))
                _publish(course, QuizPage(
                    title="Koe", slug=f"{slug}-koe", pass_mark=60, questions=[_question(q) for q in range(5)],
                ))
                self.stdout.write(f"  course {slug} created")
            pages.append(course)
        return pages

    def ensure_organisations(self):
        cohorts = []
        for n in range(1, 11):
            organisation, _created = Organisation.objects.get_or_create(name=f"Seed-organisaatio {n:02d}")
            for c in range(1, 5):
                cohort, _created = Cohort.objects.get_or_create(
                    organisation=organisation, name=f"Ryhmä {c}", defaults={"join_code": f"SEED{n:02d}{c}"}
                )
                cohorts.append(cohort)
        return cohorts

    def ensure_accounts(self, organisation):
        User = get_user_model()
        admin = User.objects.filter(username=f"{PREFIX}admin").first()
        if admin is None:
            admin = User(username=f"{PREFIX}admin", is_superuser=True, is_staff=True)
            admin.set_password("kotopaikka-demo")
            admin.save()
        staff = User.objects.filter(username=f"{PREFIX}staff").first()
        if staff is None:
            staff = User(username=f"{PREFIX}staff")
            staff.set_password("kotopaikka-demo")
            staff.save()
            staff.groups.add(Group.objects.get(name=REPORTING_STAFF))
            profile = LearnerProfile.objects.create(user=staff, audience=LearnerProfile.Audience.STAFF)
            profile.staff_organisations.add(organisation)

    def create_learners(self, total, cohorts, rng):
        """Bulk-create learners seed-000001... up to `total`; returns [(user id, language)] of the new ones."""
        User = get_user_model()
        existing = User.objects.filter(username__regex=rf"^{PREFIX}\d+$").count()
        created = []
        Membership = LearnerProfile.cohorts.through
        for start in range(existing + 1, total + 1, BATCH):
            stop = min(total, start + BATCH - 1)
            users = User.objects.bulk_create([
                User(username=f"{PREFIX}{n:06d}", first_name=f"Oppija{n}", last_name="Testi", password="!")
                for n in range(start, stop + 1)
            ])
            homes = [rng.choice(cohorts) for _user in users]
            languages = [rng.choice(LANGUAGES) for _user in users]
            profiles = LearnerProfile.objects.bulk_create([
                LearnerProfile(user=user, organisation_id=cohort.organisation_id, preferred_language=language)
                for user, cohort, language in zip(users, homes, languages, strict=True)
            ])
            Membership.objects.bulk_create([
                Membership(learnerprofile_id=profile.pk, cohort_id=cohort.pk)
                for profile, cohort in zip(profiles, homes, strict=True)
            ])
            created.extend((user.pk, language) for user, language in zip(users, languages, strict=True))
        self.stdout.write(f"  {len(created)} learners created ({existing} existed)")
        return created
