"""The state of one learner's (or guest's) go at a quiz, and what the quiz page shows of it.

Both sides of the quiz read it: QuizPage.serve for the whole page, quizzes.views for the answers
posted to it. Signed-in learners' state comes from their attempts (`quizzes.services` writes them);
a guest's from the session, written only once they answer.
"""

from functools import cached_property

from courses.outline import step_context
from home import page_cache

from .grading import grade, passed, public_view, question_spec, score_percent, shown, worded_as
from .models import FeedbackMode, QuizAttempt
from .services import QuizError, all_answered, can_start, finish_if_complete, start_attempt

SESSION_PREFIX = "quiz:"
# The shuffle seed of a guest who has not answered yet, kept in their session from the first answer
# on: the same for every guest, so a look needs no session and a reload shows the same order.
GUEST_SEED = 0


def quiz_specs(quiz, request=None):
    """The live questions of `quiz` as plain specs, keyed by block id, in page order.

    Reading the StreamField was a fifth of an answer's time, so with a request the specs are kept
    in the page cache (home/page_cache.py), which every publish drops; a preview reads its draft.
    """

    def read():
        return {block.id: question_spec(block.block_type, block.value, block.id) for block in quiz.questions}

    if request is None or getattr(request, "is_preview", False):
        return read()
    return page_cache.get_or_compute(request, ("quiz-specs", quiz.pk), read)


# --- state of one learner's (or guest's) go at the quiz -------------------------------------------------


class QuizState:
    """What the page shows: the current (or last) attempt, its answers, and whether another may start."""

    def __init__(self, quiz, specs, seed, answers, finished, attempt=None, can_retry=False, locked=False):
        self.quiz = quiz
        self.specs = specs
        self.seed = seed
        self.answers = answers  # question id -> {"chosen": [...], "correct": bool, "snapshot": spec}
        self.finished = finished
        self.attempt = attempt
        self.can_retry = can_retry
        self.locked = locked  # no attempts left and nothing open: show the last result only

    @property
    def total(self):
        return len(self.specs)

    @property
    def answered(self):
        """Answers to the live questions: one to a question the trainer removed since counts for nothing."""
        return sum(1 for question_id in self.answers if question_id in self.specs)

    @property
    def score(self):
        if self.attempt is not None and self.attempt.score is not None:
            return self.attempt.score
        right = sum(1 for qid, a in self.answers.items() if a["correct"] and qid in self.specs)
        return score_percent(right, self.total)

    @property
    def passed(self):
        if self.attempt is not None and self.attempt.finished_at:
            return self.attempt.passed
        return passed(self.score, self.quiz.pass_mark)

    @cached_property
    def images(self):
        """The live questions' images (the StreamField loads them in one query)."""
        return {block.id: block.value.get("image") for block in self.quiz.questions}

    def image_for(self, question_id, spec):
        image = self.images.get(question_id)
        return image if image is not None and image.pk == spec.get("image_id") else None

    def shown_spec(self, question_id):
        return shown(self.specs[question_id], seed=self.seed, shuffle=self.quiz.shuffle_choices)

    def worded(self, question_id, snapshot):
        """The snapshot in the words of the page read, when it asks the same question (grading.worded_as)."""
        spec = self.specs.get(question_id)
        return snapshot if spec is None else worded_as(snapshot, spec)

    def item(self, question_id, number):
        """Template data for one question: the public view before answering, the snapshot after.

        The snapshot is graded as stored; its texts are the page's own when the page asks the
        same question (an answer given in another language reads in this page's language).
        """
        stored = self.answers.get(question_id)
        if stored is None:
            spec = public_view(self.shown_spec(question_id))
            return {
                "id": question_id,
                "number": number,
                "answered": False,
                "spec": spec,
                "image": self.image_for(question_id, spec),
            }
        snapshot = self.worded(question_id, stored["snapshot"])
        return {
            "id": question_id,
            "number": number,
            "answered": True,
            "spec": snapshot,
            "image": self.image_for(question_id, snapshot),
            "result": grade(snapshot, stored["chosen"]),
            "show_feedback": self.finished or self.quiz.feedback_mode == FeedbackMode.EACH,
        }

    def items(self):
        return [self.item(qid, number) for number, qid in enumerate(self.specs, start=1)]

    def review(self):
        """The end-of-quiz review, graded on the snapshots: later edits to the quiz never change it.

        Texts are the page's own where it asks the same question (`worded`), so answers given in
        several languages read in one. An answer to a question removed since stays in the review,
        marked as not counted.
        """
        review = []
        for number, (qid, a) in enumerate(self.answers.items(), start=1):
            spec = self.worded(qid, a["snapshot"])
            review.append(
                {"number": number, "spec": spec, "result": grade(spec, a["chosen"]), "removed": qid not in self.specs}
            )
        return review


def answers_by_question(answers):
    """Stored Answer rows as the state keeps them: question id -> chosen ids, correctness, snapshot."""
    return {a.question_id: {"chosen": a.chosen, "correct": a.correct, "snapshot": a.snapshot} for a in answers}


def learner_state(request, quiz, specs, start=True):
    """The signed-in learner's state; an open attempt whose every live question is answered finishes here.

    That happens when a trainer removes the questions a learner had left: without this the attempt
    could never finish (there is nothing left to answer).
    """
    attempts = list(QuizAttempt.objects.filter(learner=request.user, quiz_key=quiz.translation_key).order_by("-pk"))
    current = next((a for a in attempts if a.finished_at is None), None) or (attempts[0] if attempts else None)
    if current is None and start and can_start(quiz, 0):
        current = start_attempt(request.user, quiz)
        attempts = [current]
    if current is None:
        return QuizState(quiz, specs, seed=0, answers={}, finished=False, locked=True)
    answers = answers_by_question(current.answers.order_by("answered_at", "pk"))
    if current.finished_at is None and all_answered(specs, answers):
        finish_if_complete(request.user, quiz, current.pk, list(specs))
        current.refresh_from_db()
    finished = current.finished_at is not None
    return QuizState(
        quiz,
        specs,
        seed=current.pk,
        answers=answers,
        finished=finished,
        attempt=current,
        can_retry=finished and can_start(quiz, len(attempts)),
        locked=finished and not can_start(quiz, len(attempts)),
    )


def guest_key(quiz):
    return f"{SESSION_PREFIX}{quiz.translation_key}"


def guest_state(request, quiz, specs):
    """A guest's state from their session (read only: nothing is written until `save_guest_state`)."""
    data = request.session.get(guest_key(quiz)) or {}
    seed = data.get("seed", GUEST_SEED)
    answers = data.get("answers") or {}
    finished = bool(data.get("finished")) or all_answered(specs, answers)
    return QuizState(quiz, specs, seed=seed, answers=answers, finished=finished, can_retry=True)


def save_guest_state(request, quiz, state):
    """Keep a guest's answers in their session: only after an answer, so a mere look stores nothing."""
    request.session[guest_key(quiz)] = {"seed": state.seed, "answers": state.answers, "finished": state.finished}


def state_for(request, quiz, specs, start=True):
    if request.user.is_authenticated and not getattr(request, "is_preview", False):
        return learner_state(request, quiz, specs, start=start)
    return guest_state(request, quiz, specs)


def page_context(request, quiz, state, error=None, error_question=None):
    """Wagtail's own page context (so hooks and base templates see what they expect) plus the quiz's state."""
    return quiz.get_context(request) | {
        "state": state,
        "questions": state.items(),
        "review": state.review() if state.finished else [],
        "error": error,
        "error_question": error_question,
        "is_guest": not request.user.is_authenticated,
        "course": quiz.get_course() if state.finished else None,
    }


def quiz_page_context(quiz, request):
    """The whole quiz page's context (QuizPage.serve). A signed-in learner's attempt starts on opening.

    A guest's state is only read here, never saved: a look at the page sets no session cookie and
    writes no session row (crawlers would otherwise grow the session table without bound).
    """
    specs = quiz_specs(quiz, request)
    try:
        state = state_for(request, quiz, specs)
    except QuizError:
        state = learner_state(request, quiz, specs, start=False)
    # The whole page also shows the quiz's place in its course (breadcrumbs, previous/next);
    # the htmx answer responses do not need it, so it is not part of page_context.
    return page_context(request, quiz, state) | step_context(quiz, request)
