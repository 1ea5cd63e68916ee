"""Grading rules: pure functions, no database and no request (docs/design.md, idea 4).

Everything here works on a *question spec*: a plain, JSON-ready dict made from a question
block (`question_spec`) or read back from an Answer's snapshot. Grading a stored snapshot and
grading the live block therefore follow the same rule, and a test needs no database.

A spec looks like:
    {"id": block id, "type": "single_choice" | "multiple_choice" | "true_false" | "ordering",
     "question": str, "image_id": int | None, "explanation": str,
     "choices": [{"id", "text", "correct", "feedback"}, ...]     # choice types, in the order shown
     "items": [{"id", "text"}, ...]}                               # ordering, in the correct order
"""

import random
from dataclasses import dataclass

CHOICE_TYPES = ("single_choice", "multiple_choice", "true_false")
SINGLE_ANSWER_TYPES = ("single_choice", "true_false")
ORDERING = "ordering"


@dataclass(frozen=True)
class ReviewLine:
    """One choice (or one step of an ordering question) as the review shows it."""

    id: str
    text: str
    chosen: bool
    correct: bool
    feedback: str = ""
    position: int | None = None  # ordering: the learner's position (1-based)
    correct_position: int | None = None  # ordering: the trainer's position (1-based)


@dataclass(frozen=True)
class Result:
    """The outcome of one answer: right or wrong, what to tell the learner, and a review."""

    correct: bool
    chosen: tuple[str, ...]
    feedback: tuple[str, ...]
    explanation: str
    review: tuple[ReviewLine, ...]


def question_spec(block_type, value, block_id):
    """A plain dict of what a question block holds (choice and item ids included)."""
    image = value.get("image")
    spec = {
        "id": str(block_id),
        "type": block_type,
        "question": value.get("question") or "",
        "image_id": getattr(image, "pk", None),
        "explanation": value.get("explanation") or "",
    }
    if block_type == ORDERING:
        spec["items"] = [
            {"id": str(child.id), "text": child.value.get("text") or ""} for child in _children(value, "items")
        ]
    else:
        spec["choices"] = [
            {
                "id": str(child.id),
                "text": child.value.get("text") or "",
                "correct": bool(child.value.get("correct")),
                "feedback": child.value.get("feedback") or "",
            }
            for child in _children(value, "choices")
        ]
    return spec


def _children(value, name):
    """The ListBlock children (with their ids) of a struct value."""
    list_value = value.get(name) or []
    return list(getattr(list_value, "bound_blocks", list_value))


def option_ids(spec):
    """The ids a learner may submit for this question."""
    return [option["id"] for option in spec.get("items" if spec["type"] == ORDERING else "choices", [])]


def shown(spec, seed=None, shuffle=False):
    """The spec as the learner sees it: choices shuffled when asked, ordering steps always shuffled.

    Deterministic for a seed (the attempt), so a reload shows the same order. Ordering steps are
    never shown in the correct order, or the page would give the answer away.
    """
    spec = dict(spec)
    rng = random.Random(f"{seed}:{spec['id']}")
    if spec["type"] == ORDERING:
        items = list(spec["items"])
        rng.shuffle(items)
        if len(items) > 1 and items == spec["items"]:
            items = items[1:] + items[:1]
        spec["display_items"] = items
    elif shuffle:
        choices = list(spec["choices"])
        rng.shuffle(choices)
        spec["choices"] = choices
    return spec


def public_view(spec):
    """What the page may contain before the learner answers: no correctness, no feedback."""
    view = {key: spec[key] for key in ("id", "type", "question", "image_id")}
    if spec["type"] == ORDERING:
        view["items"] = [dict(item) for item in spec.get("display_items", spec["items"])]
    else:
        view["choices"] = [{"id": c["id"], "text": c["text"]} for c in spec["choices"]]
    return view


def _answer_key(spec):
    """What decides a verdict: the right order of the steps, or each choice id with its flag."""
    if spec["type"] == ORDERING:
        return tuple(item["id"] for item in spec["items"])
    return frozenset((choice["id"], choice["correct"]) for choice in spec["choices"])


def worded_as(snapshot, spec):
    """The snapshot in the words of `spec`: the same question on the page the learner now reads.

    Attempts are shared across languages (design idea 1), so an answer given in Somali may be
    reviewed on the Finnish page: when `spec` asks the same question (block id, type, choice or
    step ids) with the same answer key, its texts (question, choices, feedback, explanation)
    replace the snapshot's. Ids, flags and the order shown stay the snapshot's, so the verdict
    and the shuffled order are those of the attempt. A question whose choices or answer key were
    edited since keeps the snapshot's texts (design idea 5).
    """
    if spec.get("id") != snapshot["id"] or spec.get("type") != snapshot["type"]:
        return snapshot
    if _answer_key(spec) != _answer_key(snapshot):
        return snapshot
    options = {option["id"]: option for option in spec.get("items" if spec["type"] == ORDERING else "choices", [])}
    worded = dict(snapshot, question=spec["question"], explanation=spec["explanation"])
    for key in ("choices", "items", "display_items"):
        if key in snapshot:
            worded[key] = [_worded_option(option, options[option["id"]]) for option in snapshot[key]]
    return worded


def _worded_option(option, current):
    """One choice or step of a snapshot with the current texts (an ordering step has no feedback)."""
    return dict(option, **{field: current[field] for field in ("text", "feedback") if field in option})


def grade(spec, chosen):
    """Grade the ids a learner submitted against a question spec.

    Single choice / true-false: right when the one chosen choice is correct. Multiple choice:
    right when every correct choice and no wrong one is chosen. Ordering: right only in exactly
    the trainer's order. Unknown ids make the answer wrong (forms reject them before this).
    """
    chosen = tuple(str(c) for c in chosen)
    if spec["type"] == ORDERING:
        return _grade_ordering(spec, chosen)
    picked = set(chosen)
    right = {c["id"] for c in spec["choices"] if c["correct"]}
    if spec["type"] in SINGLE_ANSWER_TYPES:
        correct = len(chosen) == 1 and chosen[0] in right
    else:
        correct = picked == right
    review = tuple(
        ReviewLine(id=c["id"], text=c["text"], chosen=c["id"] in picked, correct=c["correct"], feedback=c["feedback"])
        for c in spec["choices"]
    )
    feedback = tuple(line.feedback for line in review if line.chosen and line.feedback)
    return Result(correct=correct, chosen=chosen, feedback=feedback, explanation=spec["explanation"], review=review)


def _grade_ordering(spec, chosen):
    order = [item["id"] for item in spec["items"]]
    texts = {item["id"]: item["text"] for item in spec["items"]}
    correct = list(chosen) == order
    review = tuple(
        ReviewLine(
            id=item_id,
            text=texts.get(item_id, ""),
            chosen=True,
            correct=index < len(order) and order[index] == item_id,
            position=index + 1,
            correct_position=order.index(item_id) + 1 if item_id in order else None,
        )
        for index, item_id in enumerate(chosen)
    )
    return Result(correct=correct, chosen=chosen, feedback=(), explanation=spec["explanation"], review=review)


def score_percent(correct_count, total):
    """A whole percent; an empty quiz scores 0."""
    return round(100 * correct_count / total) if total else 0


def passed(score, pass_mark):
    return score >= pass_mark
