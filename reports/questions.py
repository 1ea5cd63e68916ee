"""Rows of the question analysis: figures per question id, texts from the source-language quiz.

A question's identity is its StreamField block id, equal in every translation (docs/design.md, idea 1),
so answers given in Arabic and in Finnish add up under one id; the texts shown to trainers are
the Finnish (source) quiz's, the version they edit.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext

from quizzes.grading import ORDERING, question_spec
from quizzes.models import QuizPage


@dataclass
class QuestionRow:
    course_title: str
    quiz_title: str
    question: str
    answers: int
    percent_correct: int | None
    common_wrong_answer: str


def source_questions(catalogue, course_key=None):
    """(course title, quiz title, spec) for every question of every live source-language quiz, in tree order."""
    courses = [c for c in catalogue.courses if course_key is None or str(c.key) == str(course_key)]
    quizzes = QuizPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path")
    found = []
    for quiz in quizzes:
        course = next((c for c in courses if c.path and quiz.path.startswith(c.path)), None)
        if course is None:
            continue
        for block in quiz.questions:
            found.append((course.title, quiz.title, question_spec(block.block_type, block.value, block.id)))
    return found


def _option_texts(spec):
    if not spec:
        return {}
    return {o["id"]: o["text"] for o in spec.get("items" if spec.get("type") == ORDERING else "choices", [])}


def wrong_answer_text(spec, wrong):
    """The texts of a wrong answer: the chosen choices, or an ordering as its sequence of steps.

    Texts come from the source-language quiz; a choice it no longer has (edited or removed) is
    named from the snapshot the learner saw.
    """
    source, seen = _option_texts(spec), _option_texts(wrong.get("snapshot"))
    texts = [source.get(str(i)) or seen.get(str(i)) or "?" for i in wrong.get("chosen") or []]
    kind = (spec or wrong.get("snapshot") or {}).get("type")
    return (" → " if kind == ORDERING else ", ").join(texts)


def question_rows(catalogue, totals, wrong, course_key=None):
    rows = []
    seen = set()
    for course_title, quiz_title, spec in source_questions(catalogue, course_key):
        seen.add(spec["id"])
        rows.append(_row(course_title, quiz_title, spec["question"], spec, totals.get(spec["id"]), wrong))
    if course_key is None:
        # Answers to questions a trainer has since removed still count; show them at the end.
        for question_id in sorted(set(totals) - seen):
            rows.append(_row("", "", gettext("Removed question"), None, totals[question_id], wrong))
    return rows


def _row(course_title, quiz_title, text, spec, figures, wrong):
    answers = figures["answers"] if figures else 0
    correct = figures["correct_count"] if figures else 0
    common = wrong.get(figures["question_id"]) if figures else None
    return QuestionRow(
        course_title=course_title,
        quiz_title=quiz_title,
        question=text,
        answers=answers,
        percent_correct=round(100 * correct / answers) if answers else None,
        common_wrong_answer=wrong_answer_text(spec, common) if common else "",
    )
