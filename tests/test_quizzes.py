"""Taking a quiz: answers graded on the server, stored once, history kept."""

from importlib import import_module

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.models import Enrollment, StepCompletion
from home.translation import translate
from quizzes.models import Answer, QuizAttempt, QuizPage
from quizzes.privacy import export
from quizzes.services import question_statistics
from quizzes.views import quiz_specs
from tests.fixtures_quizzes import QUESTIONS

# These tests read messages in their English source text (see the fixture).
pytestmark = pytest.mark.usefixtures("source_strings")

HTMX = {"HTTP_HX_REQUEST": "true"}


def answer_url(quiz):
    return reverse("quiz_answer", args=[quiz.pk])


def payload(spec, right=True, attempt=None):
    """A form post answering `spec`, rightly or wrongly."""
    data = {"question": spec["id"]}
    if attempt is not None:
        data["attempt"] = attempt.pk
    if spec["type"] == "ordering":
        ids = [item["id"] for item in spec["items"]]
        if not right:
            ids = ids[1:] + ids[:1]
        data.update({f"position-{item_id}": ids.index(item_id) + 1 for item_id in ids})
    else:
        flags = [c["correct"] for c in spec["choices"]]
        if spec["type"] == "multiple_choice":
            data["choice"] = [c["id"] for c in spec["choices"] if c["correct"] is right]
        else:
            data["choice"] = [next(c["id"] for c, flag in zip(spec["choices"], flags, strict=True) if flag is right)]
    return data


@pytest.fixture
def learner(make_user):
    return make_user("oppija")


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


def open_quiz(client, quiz):
    response = client.get(quiz.url)
    assert response.status_code == 200
    return response


def take(client, quiz, right=True, htmx=True):
    """Open the quiz and answer every question; returns the last response."""
    open_quiz(client, quiz)
    attempt = QuizAttempt.objects.filter(finished_at__isnull=True).order_by("-pk").first()
    response = None
    for spec in quiz_specs(quiz).values():
        response = client.post(answer_url(quiz), payload(spec, right, attempt), **(HTMX if htmx else {}))
    return response


# --- the learner flow ---------------------------------------------------------------------------------


def test_answering_shows_feedback_and_updates_the_counter_out_of_band(learner_client, quiz):
    open_quiz(learner_client, quiz)
    attempt = QuizAttempt.objects.get()
    spec = list(quiz_specs(quiz).values())[0]
    response = learner_client.post(answer_url(quiz), payload(spec, right=False, attempt=attempt), **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Not quite." in html
    assert "Palkan maksaa aina työnantaja." in html  # the explanation
    assert 'id="quiz-progress" class="quiz-progress" hx-swap-oob="true">1 / 4' in html
    assert "data-quiz-focus" in html
    answer = Answer.objects.get()
    assert answer.correct is False
    assert answer.snapshot["question"] == "Kuka maksaa palkan?"


def test_learner_sees_the_feedback_written_for_the_choice_they_picked(learner_client, quiz):
    open_quiz(learner_client, quiz)
    spec = list(quiz_specs(quiz).values())[0]
    kunta = next(c for c in spec["choices"] if c["text"] == "Kunta")
    response = learner_client.post(answer_url(quiz), {"question": spec["id"], "choice": kunta["id"]}, **HTMX)
    html = response.content.decode()
    assert "Ei, kunta ei maksa palkkaa." in html
    assert "Oikein, työnantaja maksaa." not in html


def test_the_page_never_tells_which_choice_is_correct_before_answering(learner_client, quiz):
    html = open_quiz(learner_client, quiz).content.decode()
    for text in ("Oikein, työnantaja maksaa.", "Ei kuulu sopimukseen.", "Palkan maksaa aina työnantaja.", "is-correct"):
        assert text not in html
    ordering = list(quiz_specs(quiz).values())[3]
    shown = [html.index(f'id="item-{item["id"]}"') for item in ordering["items"]]
    assert shown != sorted(shown), "ordering steps must not be shown in the correct order"


def test_a_passed_attempt_completes_the_step_with_its_score(learner_client, learner, quiz):
    response = take(learner_client, quiz, right=True)
    attempt = QuizAttempt.objects.get()
    assert (attempt.score, attempt.passed) == (100, True)
    assert attempt.finished_at is not None
    assert attempt.revision_id == quiz.live_revision_id
    assert attempt.locale == "fi"
    assert attempt.course_key == quiz.get_course().translation_key
    assert StepCompletion.objects.get(learner=learner, step_key=quiz.translation_key).score == 100
    html = response.content.decode()
    assert "Passed!" in html and "You scored 100 %." in html
    assert 'id="quiz-result" hx-swap-oob="true"' in html


def test_a_failed_attempt_records_no_progress_and_offers_another_try(learner_client, learner, quiz):
    take(learner_client, quiz, right=False)
    attempt = QuizAttempt.objects.get()
    assert (attempt.score, attempt.passed) == (0, False)
    assert not StepCompletion.objects.filter(learner=learner).exists()
    html = learner_client.get(quiz.url).content.decode()
    assert "Not passed yet." in html
    assert "Try again" in html
    assert learner_client.post(reverse("quiz_restart", args=[quiz.pk])).status_code == 302
    assert QuizAttempt.objects.filter(finished_at__isnull=True).count() == 1


def test_a_score_below_the_pass_mark_fails(learner_client, quiz):
    open_quiz(learner_client, quiz)
    attempt = QuizAttempt.objects.get()
    specs = list(quiz_specs(quiz).values())
    for index, spec in enumerate(specs):  # three right out of four: 75 % < 80 %
        learner_client.post(answer_url(quiz), payload(spec, right=index > 0, attempt=attempt), **HTMX)
    attempt.refresh_from_db()
    assert (attempt.score, attempt.passed) == (75, False)


def test_without_javascript_the_same_form_posts_and_the_page_shows_the_feedback(learner_client, quiz):
    open_quiz(learner_client, quiz)
    spec = list(quiz_specs(quiz).values())[0]
    response = learner_client.post(answer_url(quiz), payload(spec, right=True, attempt=QuizAttempt.objects.get()))
    assert response.status_code == 302
    assert response["Location"] == f"{quiz.url}#q-{spec['id']}"
    html = learner_client.get(quiz.url).content.decode()
    assert "Right!" in html and "Oikein, työnantaja maksaa." in html
    assert "<html" in html and "1 / 4 answered" in html


def test_feedback_at_the_end_mode_shows_nothing_until_the_last_answer(learner_client, make_quiz):
    quiz = make_quiz(feedback_mode="end")
    open_quiz(learner_client, quiz)
    attempt = QuizAttempt.objects.get()
    specs = list(quiz_specs(quiz).values())
    first = learner_client.post(answer_url(quiz), payload(specs[0], right=False, attempt=attempt), **HTMX)
    assert "Answer saved" in first.content.decode()
    assert "Ei, kunta ei maksa palkkaa." not in first.content.decode() and "Not quite." not in first.content.decode()
    for spec in specs[1:]:
        last = learner_client.post(answer_url(quiz), payload(spec, right=True, attempt=attempt), **HTMX)
    html = last.content.decode()
    assert "You scored 75 %." in html
    assert "Palkan maksaa aina työnantaja." in html  # the review shows the first question's explanation


def test_choices_are_shuffled_the_same_way_on_every_reload(learner_client, make_quiz):
    quiz = make_quiz(shuffle_choices=True)
    first = open_quiz(learner_client, quiz).content.decode()
    second = open_quiz(learner_client, quiz).content.decode()
    spec = list(quiz_specs(quiz).values())[0]
    order = [first.index(c["id"]) for c in spec["choices"]]
    assert order == [second.index(c["id"]) for c in spec["choices"]]


# --- once and only once --------------------------------------------------------------------------------


def test_posting_the_same_answer_again_returns_the_stored_result(learner_client, quiz):
    open_quiz(learner_client, quiz)
    attempt = QuizAttempt.objects.get()
    spec = list(quiz_specs(quiz).values())[0]
    first = learner_client.post(answer_url(quiz), payload(spec, right=False, attempt=attempt), **HTMX)
    again = learner_client.post(answer_url(quiz), payload(spec, right=True, attempt=attempt), **HTMX)
    assert again.status_code == 200
    assert Answer.objects.count() == 1
    assert Answer.objects.get().correct is False
    assert "Not quite." in first.content.decode() and "Not quite." in again.content.decode()


def test_attempts_limit_is_enforced_on_the_server(learner_client, make_quiz):
    quiz = make_quiz(attempts_allowed=1)
    take(learner_client, quiz, right=False)
    assert "Try again" not in learner_client.get(quiz.url).content.decode()
    response = learner_client.post(reverse("quiz_restart", args=[quiz.pk]))
    assert response.status_code == 403
    assert "You have used all your attempts" in response.content.decode()
    spec = list(quiz_specs(quiz).values())[0]
    response = learner_client.post(answer_url(quiz), payload(spec), **HTMX)
    assert response.status_code == 403
    assert QuizAttempt.objects.count() == 1 and Answer.objects.count() == 4


def test_an_answer_to_a_finished_attempt_is_refused(learner_client, quiz):
    take(learner_client, quiz, right=False)
    attempt = QuizAttempt.objects.get()
    learner_client.post(reverse("quiz_restart", args=[quiz.pk]))
    spec = list(quiz_specs(quiz).values())[0]
    response = learner_client.post(answer_url(quiz), payload(spec, right=True, attempt=attempt), **HTMX)
    assert response.status_code == 409
    assert "already finished" in response.content.decode()
    assert Answer.objects.count() == 4
    assert not Answer.objects.filter(attempt__finished_at__isnull=True).exists()


def test_another_learners_attempt_cannot_be_answered(learner_client, quiz, make_user):
    other = Client()
    other.force_login(make_user("toinen"))
    open_quiz(other, quiz)
    spec = list(quiz_specs(quiz).values())[0]
    response = learner_client.post(answer_url(quiz), payload(spec, attempt=QuizAttempt.objects.get()), **HTMX)
    assert response.status_code == 404
    assert not Answer.objects.exists()


# --- bad input: a 4xx with a message, nothing stored ---------------------------------------------------


@pytest.fixture
def ready(learner_client, quiz):
    open_quiz(learner_client, quiz)
    specs = list(quiz_specs(quiz).values())
    return learner_client, quiz, specs, QuizAttempt.objects.get()


def assert_refused(response, status, message):
    assert response.status_code == status
    assert message in response.content.decode()
    assert not Answer.objects.exists()


def test_an_unknown_question_id_is_refused(ready):
    client, quiz, specs, attempt = ready
    data = payload(specs[0], attempt=attempt) | {"question": "not-a-question"}
    assert_refused(client.post(answer_url(quiz), data, **HTMX), 400, "This question is not part of the quiz.")


def test_a_choice_from_another_question_is_refused(ready):
    client, quiz, specs, attempt = ready
    data = payload(specs[0], attempt=attempt) | {"choice": [specs[1]["choices"][0]["id"]]}
    assert_refused(client.post(answer_url(quiz), data, **HTMX), 400, "That choice is not part of this question.")


def test_an_answer_without_a_choice_is_refused(ready):
    client, quiz, specs, attempt = ready
    data = {"question": specs[0]["id"], "attempt": attempt.pk}
    assert_refused(client.post(answer_url(quiz), data, **HTMX), 400, "Choose an answer first.")


def test_two_choices_for_a_single_choice_question_are_refused(ready):
    client, quiz, specs, attempt = ready
    data = {"question": specs[0]["id"], "attempt": attempt.pk, "choice": [c["id"] for c in specs[0]["choices"][:2]]}
    assert_refused(client.post(answer_url(quiz), data, **HTMX), 400, "Choose exactly one answer.")


def test_oversized_values_are_refused(ready):
    client, quiz, specs, attempt = ready
    data = payload(specs[0], attempt=attempt) | {"question": "x" * 10_000}
    assert client.post(answer_url(quiz), data, **HTMX).status_code == 400
    data = payload(specs[0], attempt=attempt) | {"choice": ["y" * 10_000]}
    assert_refused(client.post(answer_url(quiz), data, **HTMX), 400, "That choice is not part of this question.")


def test_thousands_of_values_are_refused(ready):
    client, quiz, specs, attempt = ready
    data = payload(specs[1], attempt=attempt) | {"choice": [specs[1]["choices"][0]["id"]] * 5000}
    assert client.post(answer_url(quiz), data, **HTMX).status_code == 400
    assert not Answer.objects.exists()


def test_a_malformed_attempt_id_is_refused(ready):
    client, quiz, specs, attempt = ready
    data = payload(specs[0]) | {"attempt": "1; DROP TABLE"}
    assert client.post(answer_url(quiz), data, **HTMX).status_code == 400
    assert not Answer.objects.exists()


def test_ordering_with_a_repeated_position_is_refused(ready):
    client, quiz, specs, attempt = ready
    data = {"question": specs[3]["id"], "attempt": attempt.pk}
    data.update({f"position-{item['id']}": 1 for item in specs[3]["items"]})
    assert_refused(client.post(answer_url(quiz), data, **HTMX), 400, "Give each step a different position.")


def test_ordering_with_a_missing_or_out_of_range_position_is_refused(ready):
    client, quiz, specs, attempt = ready
    data = payload(specs[3], attempt=attempt)
    data[f"position-{specs[3]['items'][0]['id']}"] = "9"
    assert_refused(client.post(answer_url(quiz), data, **HTMX), 400, "A position must be a number from the list.")
    del data[f"position-{specs[3]['items'][0]['id']}"]
    assert_refused(client.post(answer_url(quiz), data, **HTMX), 400, "Give every step a position.")


def test_a_superscript_digit_as_a_position_is_refused_and_arabic_indic_digits_count(ready):
    """"²" passes str.isdigit() but is no number int() reads; a learner's Arabic-Indic digits are numbers."""
    client, quiz, specs, attempt = ready
    data = payload(specs[3], attempt=attempt)
    first = f"position-{specs[3]['items'][0]['id']}"
    for bad in ("²", "1²", "½", "①"):
        data[first] = bad
        assert_refused(client.post(answer_url(quiz), data, **HTMX), 400, "A position must be a number from the list.")
    data = payload(specs[3], attempt=attempt)
    arabic_indic = "٠١٢٣٤٥٦٧٨٩"
    data.update({key: arabic_indic[int(value)] for key, value in data.items() if key.startswith("position-")})
    assert client.post(answer_url(quiz), data, **HTMX).status_code == 200
    assert Answer.objects.get().correct is True


def test_without_javascript_a_refused_answer_returns_the_whole_page_with_the_message(ready):
    client, quiz, specs, attempt = ready
    response = client.post(answer_url(quiz), {"question": specs[0]["id"], "attempt": attempt.pk})
    assert_refused(response, 400, "Choose an answer first.")
    assert "<html" in response.content.decode()


def test_an_unpublished_quiz_takes_no_answers(ready):
    client, quiz, specs, attempt = ready
    quiz.unpublish()
    response = client.post(answer_url(quiz), payload(specs[0], attempt=attempt), **HTMX)
    assert response.status_code == 404
    assert not Answer.objects.exists()


def test_an_answer_without_csrf_token_is_refused(learner, quiz):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    client.get(quiz.url)
    spec = list(quiz_specs(quiz).values())[0]
    response = client.post(answer_url(quiz), payload(spec, attempt=QuizAttempt.objects.get()), **HTMX)
    assert response.status_code == 403
    assert not Answer.objects.exists()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.dictionaries(
        st.sampled_from(["question", "choice", "attempt", "position-x", "csrfmiddlewaretoken", "other"]),
        st.one_of(st.text(max_size=80), st.integers().map(str), st.lists(st.text(max_size=40), max_size=5)),
        max_size=5,
    ),
    use_real_question=st.booleans(),
)
def test_random_payloads_never_cause_a_server_error_or_a_stored_answer(ready, data, use_real_question):
    client, quiz, specs, attempt = ready
    if use_real_question:
        data["question"] = specs[0]["id"]
    response = client.post(answer_url(quiz), data, **HTMX)
    assert response.status_code < 500
    if response.status_code == 200:  # only a valid answer is stored, and it is a real choice
        answer = Answer.objects.get()
        assert set(answer.chosen) <= {c["id"] for c in specs[0]["choices"]}
        answer.delete()
    assert not Answer.objects.exists()


# --- guests ----------------------------------------------------------------------------------------------


def test_a_guest_gets_feedback_but_nothing_is_stored(client, quiz):
    html = open_quiz(client, quiz).content.decode()
    assert "Sign in to save your progress" in html
    assert f"{reverse('login')}?next=" in html
    for spec in quiz_specs(quiz).values():
        response = client.post(answer_url(quiz), payload(spec, right=True), **HTMX)
        assert response.status_code == 200
    assert "You scored 100 %." in response.content.decode()
    assert not QuizAttempt.objects.exists() and not Answer.objects.exists()
    assert not StepCompletion.objects.exists()
    assert "You scored 100 %." in client.get(quiz.url).content.decode()
    assert client.post(reverse("quiz_restart", args=[quiz.pk])).status_code == 302
    assert "0 / 4 answered" in client.get(quiz.url).content.decode()


def test_a_guest_opening_a_quiz_gets_no_session_until_they_answer(client, make_quiz):
    """Crawlers open quiz pages by the thousand: a look stores nothing; the first answer starts the session."""
    Session = import_module(django_settings.SESSION_ENGINE).SessionStore.get_model_class()
    quiz = make_quiz(shuffle_choices=True)
    first = open_quiz(client, quiz)
    assert django_settings.SESSION_COOKIE_NAME not in first.cookies
    assert not Session.objects.exists()
    spec = list(quiz_specs(quiz).values())[0]
    order = [first.content.decode().index(c["id"]) for c in spec["choices"]]
    second = open_quiz(client, quiz).content.decode()
    assert [second.index(c["id"]) for c in spec["choices"]] == order  # the same order without a session
    response = client.post(answer_url(quiz), payload(spec, right=True))
    assert django_settings.SESSION_COOKIE_NAME in response.cookies
    assert Session.objects.count() == 1
    html = client.get(quiz.url).content.decode()
    assert "1 / 4 answered" in html and "Oikein, työnantaja maksaa." in html


# --- history and languages -------------------------------------------------------------------------------


def test_editing_a_question_later_does_not_change_an_old_review_or_score(learner_client, quiz):
    take(learner_client, quiz, right=True)
    attempt = QuizAttempt.objects.get()
    data = quiz.questions.raw_data
    data[0]["value"]["question"] = "Muutettu kysymys?"
    for choice in data[0]["value"]["choices"]:
        choice["value"]["correct"] = not choice["value"]["correct"]
        choice["value"]["feedback"] = "Uusi palaute"
    quiz.questions = data
    quiz.save_revision().publish()
    html = learner_client.get(quiz.url).content.decode()
    assert "Kuka maksaa palkan?" in html and "Oikein, työnantaja maksaa." in html
    assert "Muutettu kysymys?" not in html and "Uusi palaute" not in html
    attempt.refresh_from_db()
    assert (attempt.score, attempt.passed) == (100, True)
    assert "You scored 100 %." in html


def test_attempts_in_arabic_and_finnish_count_toward_the_same_question(quiz, make_user):
    arabic = translate(quiz, "ar", {"Kuka maksaa palkan?": "من يدفع الراتب؟", "Työnantaja": "صاحب العمل"})
    assert arabic.locale.language_code == "ar" and arabic.live
    fi_client, ar_client = Client(), Client()
    fi_client.force_login(make_user("suomi"))
    ar_client.force_login(make_user("arabia"))
    take(fi_client, quiz, right=True)
    ar_spec = list(quiz_specs(arabic).values())[0]
    assert ar_spec["question"] == "من يدفع الراتب؟"
    ar_client.get(arabic.url)
    response = ar_client.post(reverse("quiz_answer", args=[arabic.pk]), payload(ar_spec, right=False), **HTMX)
    assert response.status_code == 200
    question_id = list(quiz_specs(quiz))[0]
    assert question_statistics([question_id])[question_id] == {"answers": 2, "correct": 1}
    assert set(QuizAttempt.objects.values_list("quiz_key", flat=True)) == {quiz.translation_key}
    assert Answer.objects.get(attempt__locale="ar").snapshot["question"] == "من يدفع الراتب؟"


def test_my_data_export_lists_attempts_and_answers(learner_client, learner, quiz):
    take(learner_client, quiz, right=True)
    data = export(learner)
    assert len(data["quiz_attempts"]) == 1
    attempt = data["quiz_attempts"][0]
    assert attempt["passed"] is True and len(attempt["answers"]) == 4
    assert attempt["answers"][0]["question"] == "Kuka maksaa palkan?"


# --- a quiz edited while attempts are open ------------------------------------------------------------------


def remove_question(quiz, index):
    """What a trainer does in the editor: delete one question block and publish."""
    data = quiz.questions.raw_data
    del data[index]
    quiz.questions = data
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


def answer_some(client, quiz, indexes, right=True):
    """Open the quiz and answer the questions at `indexes`; returns the open attempt and the specs."""
    open_quiz(client, quiz)
    attempt = QuizAttempt.objects.get(finished_at__isnull=True)
    specs = list(quiz_specs(quiz).values())
    for index in indexes:
        client.post(answer_url(quiz), payload(specs[index], right, attempt), **HTMX)
    return attempt, specs


def test_an_attempt_whose_only_unanswered_question_was_removed_finishes_on_page_load(learner_client, learner, quiz):
    attempt, specs = answer_some(learner_client, quiz, [0, 1, 2])
    quiz = remove_question(quiz, 3)
    html = learner_client.get(quiz.url).content.decode()
    attempt.refresh_from_db()
    assert attempt.finished_at is not None and (attempt.score, attempt.passed) == (100, True)
    assert "You scored 100 %." in html and "Passed!" in html
    assert StepCompletion.objects.get(learner=learner, step_key=quiz.translation_key).score == 100


def test_an_attempt_whose_only_unanswered_question_was_removed_finishes_on_a_replayed_answer(learner_client, quiz):
    attempt, specs = answer_some(learner_client, quiz, [0, 1, 2])
    quiz = remove_question(quiz, 3)
    response = learner_client.post(answer_url(quiz), payload(specs[2], attempt=attempt), **HTMX)
    assert response.status_code == 200
    attempt.refresh_from_db()
    assert attempt.finished_at is not None and attempt.score == 100
    assert Answer.objects.count() == 3


def test_a_guest_whose_only_unanswered_question_was_removed_sees_the_result(client, quiz):
    specs = list(quiz_specs(quiz).values())
    for spec in specs[:3]:
        client.post(answer_url(quiz), payload(spec, right=True), **HTMX)
    quiz = remove_question(quiz, 3)
    html = client.get(quiz.url).content.decode()
    assert "You scored 100 %." in html


@pytest.mark.parametrize("last_right, expected", [(True, 100), (False, 67)])
def test_removing_an_answered_question_scores_over_the_live_questions_only(
    learner_client, learner, quiz, last_right, expected
):
    """Three right answers, then the trainer deletes one of them: the score is right answers to the
    questions still in the quiz over their number, never above 100 %, in the attempt and the reports."""
    attempt, specs = answer_some(learner_client, quiz, [0, 1, 2])
    quiz = remove_question(quiz, 2)
    assert "2 / 3 answered" in learner_client.get(quiz.url).content.decode()
    response = learner_client.post(answer_url(quiz), payload(specs[3], last_right, attempt), **HTMX)
    assert f"You scored {expected} %." in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.finished_at is not None
    assert (attempt.score, attempt.passed) == (expected, last_right)
    best = Enrollment.objects.get(learner=learner, course_key=attempt.course_key).best_score
    assert best == expected


def test_the_editor_tells_the_trainer_how_many_learners_have_an_unfinished_attempt(client, quiz, make_user):
    trainer = make_user("kouluttaja", is_superuser=True, is_staff=True)
    client.force_login(trainer)
    edit_url = reverse("wagtailadmin_pages:edit", args=[quiz.pk])
    assert "unfinished attempt" not in client.get(edit_url).content.decode()
    for name in ("eka", "toka"):  # opening the quiz starts a signed-in learner's attempt
        other = Client()
        other.force_login(make_user(name))
        open_quiz(other, quiz)
    html = client.get(edit_url).content.decode()
    assert "2 learners have an unfinished attempt at this quiz" in html


# --- query budget ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("copies", [1, 5])
def test_answering_a_question_takes_at_most_12_queries(
    learner_client, make_quiz, copies, django_assert_max_num_queries
):
    quiz = make_quiz(questions=QUESTIONS * copies)
    open_quiz(learner_client, quiz)
    attempt = QuizAttempt.objects.get()
    specs = list(quiz_specs(quiz).values())
    learner_client.post(answer_url(quiz), payload(specs[0], attempt=attempt), **HTMX)
    with django_assert_max_num_queries(12):
        response = learner_client.post(answer_url(quiz), payload(specs[1], attempt=attempt), **HTMX)
    assert response.status_code == 200
    assert Answer.objects.count() == 2


@pytest.mark.parametrize("copies", [1, 5])
def test_the_last_answer_finishes_the_quiz_within_its_budget(
    learner_client, make_quiz, copies, django_assert_max_num_queries
):
    """The last answer also scores the attempt, completes the step under its row lock, stores the best
    score and may complete the course: still a fixed number of queries, whatever the number of questions.
    Two of them are the page's view restrictions (Wagtail's get_view_restrictions: ancestors, restrictions),
    checked before anything is graded, as Wagtail checks them when it serves the page."""
    quiz = make_quiz(questions=QUESTIONS * copies)
    open_quiz(learner_client, quiz)
    attempt = QuizAttempt.objects.get()
    specs = list(quiz_specs(quiz).values())
    for spec in specs[:-1]:
        learner_client.post(answer_url(quiz), payload(spec, attempt=attempt), **HTMX)
    with django_assert_max_num_queries(32):
        response = learner_client.post(answer_url(quiz), payload(specs[-1], attempt=attempt), **HTMX)
    assert response.status_code == 200
    attempt.refresh_from_db()
    assert attempt.finished_at is not None and attempt.passed


def test_a_trainer_can_open_the_quiz_editor(client, quiz, make_user):
    client.force_login(make_user("kouluttaja", is_superuser=True, is_staff=True))
    assert client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk])).status_code == 200
    course = quiz.get_parent()
    response = client.get(reverse("wagtailadmin_pages:add", args=["quizzes", "quizpage", course.pk]))
    assert response.status_code == 200
