"""A learner who switches language mid-quiz sees their answered questions in the page's language.

Attempts are shared across languages (design idea 1); what was answered is graded on its snapshot
(design idea 5), but its texts come from the page the learner is reading when it asks the same
question with the same answer key.
"""

import pytest
from django.urls import reverse

from home.translation import translate
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
