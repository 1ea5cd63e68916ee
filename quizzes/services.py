"""Storing attempts and answers: the one place that writes them (docs/design.md, ideas 4, 5 and 8).

`record_answer` runs inside one transaction: it locks the attempt row, stores the answer (the
unique constraint on attempt + question decides a replay or a concurrent post: the stored
result comes back, never a second row), and finishes the attempt when every live question is
answered. A trainer may edit the quiz while attempts are open: only answers to the questions
still in the quiz count, for finishing and for the score. A passed attempt completes the quiz's
step through `courses.progress`, the only writer of progress.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from courses.progress import complete_step, record_quiz_score

from .grading import grade, passed, score_percent
from .models import Answer, QuizAttempt


class QuizError(Exception):
    """A request the quiz refuses: carries the HTTP status and the learner-facing message."""

    def __init__(self, status, message):
        super().__init__(str(message))
        self.status = status
        self.message = message


ATTEMPTS_USED_UP = _("You have used all your attempts at this quiz.")
ATTEMPT_FINISHED = _("This attempt is already finished. Start a new attempt to answer again.")
ATTEMPT_UNKNOWN = _("This attempt does not exist.")


@dataclass
class AnswerOutcome:
    attempt: QuizAttempt
    answer: Answer
    created: bool
    answers: list  # every answer of the attempt, this one included
    finished_now: bool = False


def open_attempt(learner, quiz):
    """The learner's unfinished attempt at `quiz` (any language), or None."""
    return (
        QuizAttempt.objects.filter(learner=learner, quiz_key=quiz.translation_key, finished_at__isnull=True)
        .order_by("-started_at")
        .first()
    )


def attempts_used(learner, quiz):
    return QuizAttempt.objects.filter(learner=learner, quiz_key=quiz.translation_key).count()


def can_start(quiz, used):
    return quiz.attempts_allowed is None or used < quiz.attempts_allowed


def start_attempt(learner, quiz):
    """Return the learner's open attempt, starting one if attempts remain (else QuizError 403).

    A second concurrent start finds the first one: the attempt row is created inside a savepoint and
    looked up again if another request won.
    """
    with transaction.atomic():
        attempt = open_attempt(learner, quiz)
        if attempt:
            return attempt
        if not can_start(quiz, attempts_used(learner, quiz)):
            raise QuizError(403, ATTEMPTS_USED_UP)
        course = CoursePage.objects.ancestor_of(quiz).only("translation_key").first()
        try:
            with transaction.atomic():
                return QuizAttempt.objects.create(
                    learner=learner,
                    quiz_key=quiz.translation_key,
                    course_key=course.translation_key if course else quiz.translation_key,
                    locale=quiz.locale.language_code,
                    revision_id=quiz.live_revision_id,
                )
        except IntegrityError:  # another request started it first
            return open_attempt(learner, quiz)


def record_answer(learner, quiz, attempt_id, spec, chosen, question_ids):
    """Store one graded answer of a signed-in learner; return the AnswerOutcome.

    `spec` is the question as shown (the snapshot), `chosen` the validated ids, `question_ids` the
    quiz's live questions. A repeated post of the same question returns the stored answer unchanged
    (`created` False); it still finishes the attempt if every live question is answered, which is
    how an attempt ends whose last unanswered question a trainer removed.
    """
    with transaction.atomic():
        attempt = _locked_attempt(learner, quiz, attempt_id)
        if attempt is None:
            raise QuizError(404, ATTEMPT_UNKNOWN)
        if attempt.finished_at is not None:
            raise QuizError(409, ATTEMPT_FINISHED)
        result = grade(spec, chosen)
        created = True
        try:
            with transaction.atomic():
                answer = Answer.objects.create(
                    attempt=attempt,
                    question_id=spec["id"],
                    chosen=list(result.chosen),
                    correct=result.correct,
                    snapshot=spec,
                )
        except IntegrityError:
            created = False
            answer = Answer.objects.get(attempt=attempt, question_id=spec["id"])
        answers = list(attempt.answers.order_by("answered_at", "pk"))
        outcome = AnswerOutcome(attempt=attempt, answer=answer, created=created, answers=answers)
        outcome.finished_now = _finish_if_complete(attempt, quiz, answers, question_ids, learner)
        return outcome


def finish_if_complete(learner, quiz, attempt_id, question_ids):
    """Finish the learner's open attempt if every live question is answered; return True if it finished now.

    For the page load: a trainer may remove the one question a learner had left, and the attempt
    must not stay open for ever. Takes the same row lock as `record_answer`.
    """
    with transaction.atomic():
        attempt = _locked_attempt(learner, quiz, attempt_id)
        if attempt is None or attempt.finished_at is not None:
            return False
        answers = list(attempt.answers.all())
        return _finish_if_complete(attempt, quiz, answers, question_ids, learner)


def all_answered(question_ids, answered_ids):
    """True when the quiz has questions and each of them is answered (answers to removed ones don't count)."""
    question_ids = set(question_ids)
    return bool(question_ids) and question_ids <= set(answered_ids)


def _locked_attempt(learner, quiz, attempt_id):
    return (
        QuizAttempt.objects.select_for_update()
        .filter(learner=learner, quiz_key=quiz.translation_key, pk=attempt_id)
        .first()
    )


def _finish_if_complete(attempt, quiz, answers, question_ids, learner):
    if attempt.finished_at is not None or not all_answered(question_ids, (a.question_id for a in answers)):
        return False
    finish_attempt(attempt, quiz, answers, question_ids, learner)
    return True


def finish_attempt(attempt, quiz, answers, question_ids, learner):
    """Score the attempt; a pass completes the quiz's step (the only ways quizzes write progress).

    The score counts right answers to the live questions (`question_ids`) over their number: an
    answer to a question the trainer removed since counts for nothing, so the score never passes
    100 %. Every finished attempt, passed or not, may raise the enrolment's best score for the reports.
    """
    question_ids = set(question_ids)
    right = sum(1 for a in answers if a.correct and a.question_id in question_ids)
    score = min(100, score_percent(right, len(question_ids)))
    attempt.finished_at = timezone.now()
    attempt.score = score
    attempt.passed = passed(score, quiz.pass_mark)
    updated = QuizAttempt.objects.filter(pk=attempt.pk, finished_at__isnull=True).update(
        finished_at=attempt.finished_at, score=score, passed=attempt.passed
    )
    if updated and attempt.passed:
        complete_step(learner, quiz, score=score)
    if updated:
        record_quiz_score(learner, attempt.course_key, score)
    return attempt


def question_statistics(question_ids):
    """Answers and right answers per question id, across every language (for reports and tests)."""
    from django.db.models import Count

    rows = (
        Answer.objects.filter(question_id__in=list(question_ids))
        .values("question_id")
        .annotate(answers=Count("pk"), correct=Count("pk", filter=Q(correct=True)))
    )
    return {row["question_id"]: {"answers": row["answers"], "correct": row["correct"]} for row in rows}
