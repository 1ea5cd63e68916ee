"""Believable progress for many learners at once, written in bulk (demo data and the load benchmark).

The rows are exactly the ones the progress API and the quiz services write (Enrollment,
StepCompletion, QuizAttempt, Answer), created with `bulk_create` in batches, because going through
`complete_step` once per step would take hours at 100,000 learners. Timestamps are spread over
the past months, so "started", "last activity" and "days to complete" mean something; the
auto_now fields are switched off while the rows are written so those dates are kept.
"""

import contextlib
import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from courses.models import Enrollment, StepCompletion
from courses.progress import course_steps
from quizzes.grading import ORDERING, question_spec
from quizzes.models import Answer, QuizAttempt, QuizPage

BATCH = 5000


@dataclass
class Step:
    key: object
    questions: list = field(default_factory=list)  # question specs; empty for a lesson
    pass_mark: int = 80

    @property
    def is_quiz(self):
        return bool(self.questions)


@dataclass
class CoursePlan:
    key: object
    steps: list
    languages: set


def course_plans(courses):
    """A plan per course page (default language): its live steps, quiz questions and languages."""
    plans = []
    for course in courses:
        steps = course_steps(course)
        quizzes = {q.pk: q for q in QuizPage.objects.filter(pk__in=[s.pk for s in steps])}
        plan_steps = []
        for page in steps:
            quiz = quizzes.get(page.pk)
            questions = [question_spec(b.block_type, b.value, b.id) for b in quiz.questions] if quiz else []
            plan_steps.append(Step(page.translation_key, questions, quiz.pass_mark if quiz else 80))
        languages = set(course.get_translations(inclusive=True).values_list("locale__language_code", flat=True))
        if plan_steps:
            plans.append(CoursePlan(course.translation_key, plan_steps, languages))
    return plans


@contextlib.contextmanager
def keep_given_dates():
    """Let bulk_create store the dates we give instead of now() (auto_now/auto_now_add off meanwhile)."""
    fields = [
        Enrollment._meta.get_field("started_at"),
        Enrollment._meta.get_field("last_activity_at"),
        StepCompletion._meta.get_field("completed_at"),
        QuizAttempt._meta.get_field("started_at"),
        Answer._meta.get_field("answered_at"),
    ]
    saved = [(f, f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, auto_now, auto_now_add in saved:
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


def _answer(rng, spec, right):
    """The ids a learner picks: right, or a plausible mistake (one tempting wrong choice is favoured)."""
    if spec["type"] == ORDERING:
        order = [item["id"] for item in spec["items"]]
        if not right and len(order) > 1:
            i = rng.randrange(len(order) - 1)
            order[i], order[i + 1] = order[i + 1], order[i]
        return order
    correct = [c["id"] for c in spec["choices"] if c["correct"]]
    wrong = [c["id"] for c in spec["choices"] if not c["correct"]]
    if right or not wrong:
        return correct
    tempting = wrong[0] if rng.random() < 0.6 else rng.choice(wrong)
    return [tempting]


class Writer:
    """Collects rows and writes them in batches; attempts are written before their answers."""

    def __init__(self):
        self.rows = {Enrollment: [], StepCompletion: [], QuizAttempt: []}
        self.answers = []  # (attempt object, Answer without attempt_id)
        self.counts = dict.fromkeys(["enrollments", "completions", "attempts", "answers"], 0)

    def add(self, model, row):
        self.rows[model].append(row)
        if len(self.rows[model]) >= BATCH or len(self.answers) >= BATCH:
            self.flush()

    def flush(self):
        with keep_given_dates():
            enrollments = self.rows[Enrollment]
            Enrollment.objects.bulk_create(enrollments, batch_size=BATCH)
            StepCompletion.objects.bulk_create(self.rows[StepCompletion], batch_size=BATCH)
            attempts = QuizAttempt.objects.bulk_create(self.rows[QuizAttempt], batch_size=BATCH)
            for attempt, answer in self.answers:
                answer.attempt_id = attempt.pk
            Answer.objects.bulk_create([answer for _attempt, answer in self.answers], batch_size=BATCH)
        self.counts["enrollments"] += len(enrollments)
        self.counts["completions"] += len(self.rows[StepCompletion])
        self.counts["attempts"] += len(attempts)
        self.counts["answers"] += len(self.answers)
        self.rows = {Enrollment: [], StepCompletion: [], QuizAttempt: []}
        self.answers = []


def simulate(writer, rng, learner_id, language, plan, now=None, profile="mixed"):
    """Write one learner's history in one course: enrolment, completed steps, quiz attempts and answers."""
    now = now or timezone.now()
    started = now - datetime.timedelta(days=rng.uniform(2, 200))
    total = len(plan.steps)
    roll = rng.random()
    if profile == "complete" or roll < 0.4:
        done_count = total
    elif profile == "started" or roll < 0.55:
        done_count = rng.randint(0, 1)
    else:
        done_count = rng.randint(1, max(1, total - 1))
    locale = language if language in plan.languages else settings.LANGUAGE_CODE
    ability = rng.uniform(0.55, 0.98)
    moment = started
    last_step = None
    best_score = None
    for index, step in enumerate(plan.steps):
        if index > done_count:
            break
        finishing = index < done_count
        moment = min(now, moment + datetime.timedelta(hours=rng.uniform(0.2, 72)))
        if step.is_quiz:
            best = None
            tries = 1 if not finishing else (1 if rng.random() < 0.7 else 2)
            for attempt_number in range(tries):
                must_pass = finishing and attempt_number == tries - 1
                best = _attempt(writer, rng, learner_id, plan, step, locale, moment, ability, must_pass)
                best_score = best if best_score is None else max(best_score, best)
                moment = min(now, moment + datetime.timedelta(minutes=rng.uniform(5, 600)))
            if not finishing:
                last_step = step.key
                break
            writer.add(StepCompletion, StepCompletion(
                learner_id=learner_id, course_key=plan.key, step_key=step.key, completed_at=moment, score=best,
            ))
        elif finishing:
            writer.add(StepCompletion, StepCompletion(
                learner_id=learner_id, course_key=plan.key, step_key=step.key, completed_at=moment,
            ))
        last_step = step.key
    completed_at = moment if done_count >= total else None
    writer.add(Enrollment, Enrollment(
        learner_id=learner_id, course_key=plan.key, started_at=started, completed_at=completed_at,
        last_step_key=last_step, last_activity_at=moment, steps_done=min(done_count, total),
        best_score=best_score,
    ))


def _attempt(writer, rng, learner_id, plan, step, locale, moment, ability, must_pass):
    questions = step.questions
    needed = -(-step.pass_mark * len(questions) // 100)
    while True:
        rights = [rng.random() < ability for _ in questions]
        passed = sum(rights) >= needed
        if passed == must_pass or (not must_pass and needed == 0):
            break
        if must_pass:
            rights = [True] * len(questions)
            break
        ability *= 0.8
    score = round(100 * sum(rights) / len(questions)) if questions else 0
    attempt = QuizAttempt(
        learner_id=learner_id, quiz_key=step.key, course_key=plan.key, locale=locale, started_at=moment,
        finished_at=moment + datetime.timedelta(minutes=rng.uniform(2, 15)), score=score,
        passed=score >= step.pass_mark,
    )
    writer.add(QuizAttempt, attempt)
    for spec, right in zip(questions, rights, strict=True):
        writer.answers.append((attempt, Answer(
            question_id=spec["id"], chosen=_answer(rng, spec, right), correct=right,
            snapshot=spec, answered_at=moment,
        )))
    return score
