"""The quiz's HTTP side: the answer endpoint and "Try again" (docs/design.md, ideas 6 and 8). The page
itself is QuizPage.serve; what both show of a learner's go at the quiz is in quizzes/state.py.

Each question is a real <form method="post"> to `quiz_answer`; htmx posts the same form and gets
the "answered" partial (feedback into the aria-live region, the answered question and the
"3 / 10 answered" counter out of band). Without JavaScript the same post redirects back to the
page, which shows the same feedback. Signed-in learners' answers go through
`quizzes.services`; a guest's answers stay in the session and nothing is written to the database.
A guest who only looks gets no session at all: it starts with their first answer.
"""

from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods
from django.views.decorators.vary import vary_on_headers

from home.access import refusal
from home.fallback import learner_url

from .forms import AnswerForm
from .grading import grade, shown
from .models import QuizPage
from .services import (
    ATTEMPT_FINISHED,
    ATTEMPTS_USED_UP,
    QuizError,
    all_answered,
    attempts_used,
    can_start,
    record_answer,
    start_attempt,
)
from .state import (
    QuizState,
    answers_by_question,
    guest_key,
    guest_state,
    page_context,
    quiz_specs,
    save_guest_state,
    state_for,
)

TEMPLATE = "quizzes/quiz_page.html"

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
        return HttpResponseRedirect(learner_url(quiz.localized.url))
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
        return HttpResponseRedirect(f"{learner_url(quiz.url)}#{anchor}")
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
    answers = answers_by_question(outcome.answers)
    finished = outcome.attempt.finished_at is not None
    return QuizState(
        quiz,
        specs,
        seed=attempt_id,
        answers=answers,
        finished=finished,
        attempt=outcome.attempt,
        # Only computed when the page shows "Try again": after the last answer.
        can_retry=finished and can_start(quiz, attempts_used(request.user, quiz)),
    )


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
    return HttpResponseRedirect(learner_url(quiz.url))
