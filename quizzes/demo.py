"""Demo quizzes for `load_demo`: the quizzes of every course in courses/demo_content.

Runs after `courses.demo` (INSTALLED_APPS order), so each module's quiz is added as the
module's last child and a course's final quiz after its modules. Translated like the lessons,
through wagtail-localize, so a question keeps its block id (its identity) in every language.
"""

from courses.demo_content.loader import (
    SOURCE,
    child_by_slug,
    discover_courses,
    ensure_child,
    ensure_course_index,
    native_stream,
    pick,
    translate_missing,
)

from .models import QuizPage

CONTRACT_FIELDS = {"questions", "pass_mark"}


def question_data(questions, language=SOURCE):
    """Questions [(type, value), ...] as QuizPage.questions raw data (contract in quiz-contract.md)."""
    data = []
    for question_type, value in questions:
        value = pick(value, language)
        raw = {"question": value["question"], "image": None, "explanation": value.get("explanation", "")}
        if question_type == "ordering":
            raw["items"] = [{"text": item["text"]} for item in value["items"]]
        else:
            raw["choices"] = [
                {"text": c["text"], "correct": bool(c.get("correct")), "feedback": c.get("feedback", "")}
                for c in value["choices"]
            ]
        data.append({"type": question_type, "value": raw})
    return data


def quiz_page(quiz):
    return QuizPage(
        title=pick(quiz["title"]),
        slug=quiz["slug"],
        intro=pick(quiz.get("intro", "")),
        pass_mark=quiz.get("pass_mark", 80),
        questions=native_stream(QuizPage.questions.field.stream_block, question_data(quiz["questions"])),
    )


def quiz_ready(quiz):
    return isinstance(quiz, dict) and {"slug", "title", "questions"} <= quiz.keys()


def load(stdout=None):
    """Add each demo course's module quizzes and final quiz, with their translations."""
    fields = {f.name for f in QuizPage._meta.get_fields()}
    if not CONTRACT_FIELDS <= fields:
        if stdout:
            stdout.write("  QuizPage has no questions yet: demo quizzes skipped")
        return
    index = ensure_course_index(stdout)
    for content in discover_courses(stdout):
        course = child_by_slug(index, content.course["slug"])
        if course is None:
            continue
        placed = []
        for module_data in content.modules:
            module = child_by_slug(course, module_data["slug"])
            quiz = module_data.get("quiz")
            if module is not None and quiz_ready(quiz):
                placed.append((module, quiz))
        if quiz_ready(content.final_quiz):
            placed.append((course, content.final_quiz))
        for parent, quiz in placed:
            page, _created = ensure_child(parent, quiz_page(quiz), stdout)
            translate_missing(page, content.languages, quiz, stdout)
