"""The quiz's HTTP side: the page, the answer endpoint and "Try again" (DESIGN.md ideas 6 and 8).

Each question is a real <form method="post"> to `quiz_answer`; htmx posts the same form and gets
the "answered" partial (feedback into the aria-live region, the answered question and the
"3 / 10 answered" counter out of band). Without JavaScript the same post redirects back to the
page, which shows the same feedback. Signed-in learners' answers go through
`quizzes.services`; a guest's answers stay in the session and nothing is written to the database.
A guest who only looks gets no session at all: it starts with their first answer.
"""

from functools import cached_property

from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods
from django.views.decorators.vary import vary_on_headers

from courses.outline import step_context
from home import page_cache
from home.access import refusal

from .forms import AnswerForm
from .grading import grade, passed, public_view, question_spec, score_percent, shown
from .models import FeedbackMode, QuizAttempt, QuizPage
from .services import (
    ATTEMPT_FINISHED,
    ATTEMPTS_USED_UP,
    QuizError,
    all_answered,
    can_start,
    finish_if_complete,
    record_answer,
    start_attempt,
)

TEMPLATE = "quizzes/quiz_page.html"
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

    def item(self, question_id, number):
        """Template data for one question: the public view before answering, the snapshot after."""
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
        snapshot = stored["snapshot"]
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
        """The end-of-quiz review, from the snapshots only: later edits to the quiz never change it.

        An answer to a question removed since stays in the review, marked as not counted.
        """
        return [
            {
                "number": number,
                "spec": a["snapshot"],
                "result": grade(a["snapshot"], a["chosen"]),
                "removed": qid not in self.specs,
            }
            for number, (qid, a) in enumerate(self.answers.items(), start=1)
        ]


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
    answers = {
        a.question_id: {"chosen": a.chosen, "correct": a.correct, "snapshot": a.snapshot}
        for a in current.answers.order_by("answered_at", "pk")
    }
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


def serve_quiz(quiz, request):
    """GET the quiz page (Wagtail's serve delegates here). A signed-in learner's attempt starts on opening.

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
    context = page_context(request, quiz, state) | step_context(quiz, request)
    return TemplateResponse(request, quiz.get_template(request), context)


# --- the answer endpoint ---------------------------------------------------------------------------------


def _error(request, quiz, specs, status, message, question_id=None):
    """A refused answer: the message in the question's feedback region (htmx) or on the whole page."""
    if request.htmx:
        return TemplateResponse(request, f"{TEMPLATE}#error", {"error": message}, status=status)
    state = state_for(request, quiz, specs, start=False)
    context = page_context(
        request, quiz, state, error=message, error_question=question_id if question_id in specs else None
    )
    return TemplateResponse(request, TEMPLATE, context, status=status)


@vary_on_headers("HX-Request")
@require_http_methods(["GET", "POST"])
def answer(request, page_id):
    """Validate, grade and store one answer; nothing is stored from an invalid request.

    The page's view restrictions come first: a request that may not view the quiz is sent to the
    password form or to sign in, before its post is read, graded, stored or the quiz rendered.
    """
    quiz = get_object_or_404(QuizPage.objects.live().select_related("locale"), pk=page_id)
    if refused := refusal(quiz, request):
        return refused
    if request.method == "GET":
        return HttpResponseRedirect(quiz.localized.url)
    specs = quiz_specs(quiz, request)
    form = AnswerForm(request.POST, specs)
    if not form.is_valid():
        return _error(request, quiz, specs, 400, form.first_error(), request.POST.get("question"))
    question_id = form.cleaned_data["question"]
    if request.user.is_authenticated:
        try:
            state = _answer_as_learner(request, quiz, specs, form)
        except QuizError as refused:
            return _error(request, quiz, specs, refused.status, refused.message, question_id)
    else:
        state = guest_state(request, quiz, specs)
        if state.finished:
            return _error(request, quiz, specs, 409, ATTEMPT_FINISHED, question_id)
        if question_id not in state.answers:
            snapshot = state.shown_spec(question_id)
            result = grade(snapshot, form.cleaned_data["chosen"])
            state.answers[question_id] = {
                "chosen": list(result.chosen),
                "correct": result.correct,
                "snapshot": snapshot,
            }
            state.finished = all_answered(specs, state.answers)
            save_guest_state(request, quiz, state)
    if not request.htmx:
        anchor = "quiz-result" if state.finished else f"q-{question_id}"
        return HttpResponseRedirect(f"{quiz.url}#{anchor}")
    context = page_context(request, quiz, state)
    context["question"] = state.item(question_id, list(specs).index(question_id) + 1)
    return TemplateResponse(request, f"{TEMPLATE}#answered", context)


def _answer_as_learner(request, quiz, specs, form):
    attempt_id = form.cleaned_data.get("attempt")
    if attempt_id is None:
        attempt_id = start_attempt(request.user, quiz).pk
    question_id = form.cleaned_data["question"]
    snapshot = shown(specs[question_id], seed=attempt_id, shuffle=quiz.shuffle_choices)
    outcome = record_answer(request.user, quiz, attempt_id, snapshot, form.cleaned_data["chosen"], list(specs))
    answers = {
        a.question_id: {"chosen": a.chosen, "correct": a.correct, "snapshot": a.snapshot} for a in outcome.answers
    }
    finished = outcome.attempt.finished_at is not None
    return QuizState(
        quiz,
        specs,
        seed=attempt_id,
        answers=answers,
        finished=finished,
        attempt=outcome.attempt,
        # Only computed when the page shows "Try again": after the last answer.
        can_retry=finished and _can_retry(request.user, quiz),
    )


def _can_retry(learner, quiz):
    from .services import attempts_used

    return can_start(quiz, attempts_used(learner, quiz))


@vary_on_headers("HX-Request")
@require_http_methods(["POST"])
def restart(request, page_id):
    """ "Try again": a new attempt for a learner (if attempts remain), a clean slate for a guest.

    Only for those who may view the quiz (its view restrictions, as for the answer endpoint).
    """
    quiz = get_object_or_404(QuizPage.objects.live().select_related("locale"), pk=page_id)
    if refused := refusal(quiz, request):
        return refused
    if request.user.is_authenticated:
        try:
            start_attempt(request.user, quiz)
        except QuizError:
            specs = quiz_specs(quiz, request)
            return _error(request, quiz, specs, 403, ATTEMPTS_USED_UP)
    else:
        request.session.pop(guest_key(quiz), None)
    return HttpResponseRedirect(quiz.url)
