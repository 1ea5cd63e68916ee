"""A learner who switches language mid-quiz sees their answered questions in the page's language.

Attempts are shared across languages (design idea 1); what was answered is graded on its snapshot
(design idea 5), but its texts come from the page the learner is reading when it asks the same
question with the same answer key.
"""

import pytest
from django.urls import reverse

from home.translation import translate
from quizzes.grading import grade, worded_as
from quizzes.models import Answer, QuizAttempt
from quizzes.views import quiz_specs

pytestmark = pytest.mark.usefixtures("source_strings")

HTMX = {"HTTP_HX_REQUEST": "true"}

ENGLISH = {
    "Kuka maksaa palkan?": "Who pays the wage?",
    "Työnantaja": "The employer",
    "Kunta": "The municipality",
    "Naapuri": "The neighbour",
    "Oikein, työnantaja maksaa.": "Right, the employer pays.",
    "Ei, kunta ei maksa palkkaa.": "No, the municipality does not pay the wage.",
    "Palkan maksaa aina työnantaja.": "The employer always pays the wage.",
    "Mitä työsopimuksessa sovitaan?": "What does an employment contract agree on?",
    "Palkka": "The wage",
    "Työaika": "Working hours",
    "Lempiruoka": "Favourite food",
    "Kyllä.": "Yes.",
    "Ei kuulu sopimukseen.": "Not part of the contract.",
}


def section(html, question_id):
    """The HTML of one question's section on the quiz page."""
    start = html.index(f'id="q-{question_id}"')
    return html[start : html.index("</section>", start)]


@pytest.fixture
def quizzes(make_quiz):
    finnish = make_quiz(shuffle_choices=True)
    return finnish, translate(finnish, "en", ENGLISH)


def answer(client, quiz, spec, choice_ids):
    response = client.post(
        reverse("quiz_answer", args=[quiz.pk]), {"question": spec["id"], "choice": choice_ids}, **HTMX
    )
    assert response.status_code == 200


@pytest.fixture
def answered_in_two_languages(client, make_user, quizzes):
    """Question 1 answered rightly on the Finnish quiz, question 2 wrongly on the English one."""
    finnish, english = quizzes
    client.force_login(make_user("oppija"))
    client.get(finnish.url)
    first, second = list(quiz_specs(finnish).values())[:2]
    answer(client, finnish, first, [c["id"] for c in first["choices"] if c["correct"]])
    client.get(english.url)
    answer(client, english, second, [c["id"] for c in second["choices"] if not c["correct"]])
    assert QuizAttempt.objects.count() == 1
    return client, first["id"], second["id"]


def test_answered_questions_show_in_the_language_of_the_page_read(answered_in_two_languages, quizzes):
    client, first, second = answered_in_two_languages
    finnish, english = quizzes
    html = client.get(english.url).content.decode()
    one, two = section(html, first), section(html, second)
    assert "Who pays the wage?" in one and "Kuka maksaa palkan?" not in one
    assert "The employer" in one and "Työnantaja" not in one
    assert "Right, the employer pays." in one and "The employer always pays the wage." in one
    assert "Right!" in one and "Not quite." not in one
    assert "What does an employment contract agree on?" in two and "Favourite food" in two
    assert "Not quite." in two and "Right!" not in two

    html = client.get(finnish.url).content.decode()
    one, two = section(html, first), section(html, second)
    assert "Kuka maksaa palkan?" in one and "Who pays the wage?" not in one
    assert "Oikein, työnantaja maksaa." in one and "Right!" in one
    assert "Mitä työsopimuksessa sovitaan?" in two and "What does an employment contract" not in two
    assert "Lempiruoka" in two and "Not quite." in two


def test_answered_choices_keep_the_attempts_shuffled_order_in_another_language(answered_in_two_languages, quizzes):
    client, first, _second = answered_in_two_languages
    _finnish, english = quizzes
    snapshot = Answer.objects.get(question_id=first).snapshot
    english_texts = {choice["id"]: choice["text"] for choice in quiz_specs(english)[first]["choices"]}
    one = section(client.get(english.url).content.decode(), first)
    positions = [one.index(english_texts[choice["id"]] + "<") for choice in snapshot["choices"]]
    assert positions == sorted(positions)


def test_the_end_review_reads_in_the_language_of_the_page_with_the_attempts_verdicts(
    answered_in_two_languages, quizzes
):
    client, first, second = answered_in_two_languages
    finnish, english = quizzes
    for spec in list(quiz_specs(finnish).values())[2:]:
        if spec["type"] == "ordering":
            data = {f"position-{item['id']}": n for n, item in enumerate(spec["items"], start=1)}
        else:
            data = {"choice": [c["id"] for c in spec["choices"] if c["correct"]]}
        client.post(reverse("quiz_answer", args=[finnish.pk]), {"question": spec["id"], **data}, **HTMX)
    assert QuizAttempt.objects.get().finished_at is not None
    html = client.get(english.url).content.decode()
    review = html[html.index('class="quiz-review"') :]
    items = review.split('class="quiz-review__item"')[1:]
    assert "Who pays the wage?" in items[0] and ">Right<" in items[0]
    assert "What does an employment contract agree on?" in items[1] and ">Wrong<" in items[1]
    assert "Kuka maksaa palkan?" not in review and "Mitä työsopimuksessa" not in review
    assert "You scored 75 %." in html


# --- the rule itself (no database) ---------------------------------------------------------------------------


def spec_of(question, **changes):
    """A spec like question_spec's, for the rule's own tests."""
    spec = {"id": "q1", "type": "single_choice", "question": question, "image_id": None, "explanation": "Miksi."}
    spec["choices"] = [
        {"id": "a", "text": "Yksi", "correct": True, "feedback": "Hyvä."},
        {"id": "b", "text": "Kaksi", "correct": False, "feedback": ""},
    ]
    return spec | changes


def test_a_question_whose_answer_key_changed_since_keeps_the_words_the_learner_saw():
    snapshot = spec_of("Kumpi?")
    flipped = spec_of("Which one?")
    flipped["choices"] = [dict(c, correct=not c["correct"]) for c in flipped["choices"]]
    assert worded_as(snapshot, flipped) is snapshot
    fewer = spec_of("Which one?")
    fewer["choices"] = fewer["choices"][:1]
    assert worded_as(snapshot, fewer) is snapshot


def test_a_translated_question_lends_its_words_but_not_its_order_or_verdict():
    snapshot = spec_of("Kumpi?")
    snapshot["choices"].reverse()  # the attempt's shuffled order
    english = spec_of("Which one?", explanation="Why.")
    english["choices"] = [dict(c, text=t) for c, t in zip(english["choices"], ("One", "Two"), strict=True)]
    english["choices"][0]["feedback"] = "Good."
    worded = worded_as(snapshot, english)
    assert (worded["question"], worded["explanation"]) == ("Which one?", "Why.")
    assert [c["text"] for c in worded["choices"]] == ["Two", "One"]
    result = grade(worded, ["a"])
    assert result.correct and result.feedback == ("Good.",)


def test_an_ordering_question_keeps_its_shown_order_in_another_language():
    items = [{"id": "x", "text": "Hakemus"}, {"id": "y", "text": "Haastattelu"}]
    snapshot = {"id": "q", "type": "ordering", "question": "Järjestys?", "image_id": None, "explanation": ""}
    snapshot |= {"items": items, "display_items": items[::-1]}
    english = dict(
        snapshot, question="Order?", items=[dict(items[0], text="Application"), dict(items[1], text="Interview")]
    )
    del english["display_items"]
    worded = worded_as(snapshot, english)
    assert [i["text"] for i in worded["display_items"]] == ["Interview", "Application"]
    assert grade(worded, ["x", "y"]).correct and not grade(worded, ["y", "x"]).correct
