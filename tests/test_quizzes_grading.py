"""Grading rules (quizzes/grading.py): pure functions, so no database here."""

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st
from wagtail.blocks.struct_block import StructBlockValidationError

from quizzes.blocks import MultipleChoiceBlock, OrderingBlock, SingleChoiceBlock, TrueFalseBlock
from quizzes.grading import grade, passed, public_view, score_percent, shown


def choice_spec(kind, flags, feedback=None):
    feedback = feedback or [f"feedback {i}" for i in range(len(flags))]
    return {
        "id": "q1",
        "type": kind,
        "question": "?",
        "image_id": None,
        "explanation": "Because.",
        "choices": [
            {"id": f"c{i}", "text": f"choice {i}", "correct": flag, "feedback": feedback[i]}
            for i, flag in enumerate(flags)
        ],
    }


def ordering_spec(n=4):
    return {
        "id": "q2",
        "type": "ordering",
        "question": "Order?",
        "image_id": None,
        "explanation": "",
        "items": [{"id": f"i{k}", "text": f"step {k}"} for k in range(n)],
    }


def test_single_choice_is_right_only_with_the_correct_choice():
    spec = choice_spec("single_choice", [False, True, False])
    assert grade(spec, ["c1"]).correct
    assert not grade(spec, ["c0"]).correct
    assert not grade(spec, ["c1", "c0"]).correct


def test_true_false_is_graded_like_single_choice():
    spec = choice_spec("true_false", [True, False])
    assert grade(spec, ["c0"]).correct
    assert not grade(spec, ["c1"]).correct


def test_multiple_choice_needs_every_correct_choice_and_no_wrong_one():
    spec = choice_spec("multiple_choice", [True, True, False])
    assert grade(spec, ["c0", "c1"]).correct
    assert grade(spec, ["c1", "c0"]).correct
    assert not grade(spec, ["c0"]).correct
    assert not grade(spec, ["c0", "c1", "c2"]).correct


def test_ordering_is_right_only_in_exactly_the_trainers_order():
    spec = ordering_spec(3)
    assert grade(spec, ["i0", "i1", "i2"]).correct
    result = grade(spec, ["i1", "i0", "i2"])
    assert not result.correct
    assert [(line.id, line.correct, line.correct_position) for line in result.review] == [
        ("i1", False, 2),
        ("i0", False, 1),
        ("i2", True, 3),
    ]


def test_learner_sees_the_feedback_of_the_choice_they_picked():
    spec = choice_spec("single_choice", [True, False, False], ["Yes!", "No, the employer pays.", ""])
    assert grade(spec, ["c1"]).feedback == ("No, the employer pays.",)
    assert grade(spec, ["c0"]).feedback == ("Yes!",)
    assert grade(spec, ["c2"]).feedback == ()
    assert grade(spec, ["c0"]).explanation == "Because."


def test_review_marks_each_choice_chosen_and_correct():
    spec = choice_spec("multiple_choice", [True, False, True])
    review = grade(spec, ["c0", "c1"]).review
    assert [(line.chosen, line.correct) for line in review] == [(True, True), (True, False), (False, True)]


def test_page_data_before_answering_holds_no_correctness_or_feedback():
    spec = choice_spec("single_choice", [False, True, False])
    view = public_view(shown(spec, seed=1))
    assert "correct" not in str(view)
    assert "feedback" not in str(view)
    assert "explanation" not in view


def test_ordering_steps_are_never_shown_in_the_correct_order():
    spec = ordering_spec(2)
    for seed in range(30):
        assert [i["id"] for i in public_view(shown(spec, seed=seed))["items"]] == ["i1", "i0"]


def test_shuffle_is_the_same_for_the_same_attempt():
    spec = choice_spec("single_choice", [True] + [False] * 7)
    first = [c["id"] for c in shown(spec, seed=42, shuffle=True)["choices"]]
    assert first == [c["id"] for c in shown(spec, seed=42, shuffle=True)["choices"]]
    assert any([c["id"] for c in shown(spec, seed=seed, shuffle=True)["choices"]] != first for seed in range(43, 60))


def test_score_and_pass_mark():
    assert score_percent(4, 5) == 80
    assert passed(80, 80)
    assert not passed(79, 80)
    assert score_percent(0, 0) == 0


@given(flags=st.lists(st.booleans(), min_size=2, max_size=8).filter(any), data=st.data())
def test_multiple_choice_is_right_exactly_when_the_chosen_set_equals_the_correct_set(flags, data):
    spec = choice_spec("multiple_choice", flags)
    ids = [c["id"] for c in spec["choices"]]
    chosen = data.draw(st.lists(st.sampled_from(ids), unique=True))
    expected = set(chosen) == {ids[i] for i, flag in enumerate(flags) if flag}
    result = grade(spec, chosen)
    assert result.correct is expected
    assert sum(line.chosen for line in result.review) == len(chosen)


@given(n=st.integers(min_value=2, max_value=8), data=st.data())
def test_ordering_is_right_exactly_for_the_identity_permutation(n, data):
    spec = ordering_spec(n)
    ids = [item["id"] for item in spec["items"]]
    order = data.draw(st.permutations(ids))
    result = grade(spec, order)
    assert result.correct is (list(order) == ids)
    assert result.correct is all(line.correct for line in result.review)


@given(seed=st.integers(), n=st.integers(min_value=2, max_value=8))
def test_shuffling_keeps_every_choice_once(seed, n):
    spec = choice_spec("single_choice", [True] + [False] * (n - 1))
    shuffled = shown(spec, seed=seed, shuffle=True)["choices"]
    assert sorted(c["id"] for c in shuffled) == sorted(c["id"] for c in spec["choices"])


def block_value(block, data):
    return block.to_python(data)


def choices(*flags):
    return [{"text": f"c{i}", "correct": flag, "feedback": ""} for i, flag in enumerate(flags)]


@pytest.mark.parametrize(
    "block, flags",
    [
        (SingleChoiceBlock(), (False, False)),
        (SingleChoiceBlock(), (True, True)),
        (MultipleChoiceBlock(), (False, False, False)),
        (TrueFalseBlock(), (True, True)),
        (TrueFalseBlock(), (True, False, False)),
        (SingleChoiceBlock(), (True,)),
    ],
)
def test_editor_rejects_questions_without_a_sound_set_of_correct_choices(block, flags):
    value = block.to_python({"question": "Q?", "image": None, "choices": choices(*flags), "explanation": ""})
    with pytest.raises((StructBlockValidationError, ValidationError)):
        block.clean(value)


@pytest.mark.parametrize(
    "block, flags",
    [
        (SingleChoiceBlock(), (False, True)),
        (MultipleChoiceBlock(), (True, True, False)),
        (TrueFalseBlock(), (False, True)),
    ],
)
def test_editor_accepts_sound_questions(block, flags):
    value = block.to_python({"question": "Q?", "image": None, "choices": choices(*flags), "explanation": ""})
    assert block.clean(value)["question"] == "Q?"


def test_editor_rejects_an_ordering_question_with_one_step():
    block = OrderingBlock()
    value = block.to_python({"question": "Q?", "image": None, "items": [{"text": "only"}], "explanation": ""})
    with pytest.raises((StructBlockValidationError, ValidationError)):
        block.clean(value)


def test_true_false_offers_tosi_and_epatosi_by_default():
    default = TrueFalseBlock().get_default()
    assert [c["text"] for c in default["choices"]] == ["Tosi", "Epätosi"]


def test_optional_texts_default_to_empty_strings_never_none():
    value = SingleChoiceBlock().to_python({"question": "Q?", "choices": choices(True, False)})
    assert value["explanation"] == ""
    assert all(c["feedback"] == "" for c in value["choices"])


@pytest.mark.parametrize("block", [SingleChoiceBlock(), MultipleChoiceBlock(), TrueFalseBlock(), OrderingBlock()])
def test_every_question_block_has_an_editor_preview(block):
    assert block.meta.icon and block.meta.description and block.meta.template
    html = block.render(block.get_preview_value())
    assert block.meta.preview_value["question"] in html
