"""Question blocks: what a trainer builds a quiz from (docs/quiz-contract: names and shapes are fixed).

A question's identity is its StreamField block id and a choice's identity is its ListBlock
item id; wagtail-localize keeps both equal in every language, so answers and statistics add up
across languages (docs/design.md, idea 1). Which choice is correct is checked in `clean()`, so a
trainer sees an error in the editor rather than a quiz that cannot be passed.
Optional text fields default to "" (never None): wagtail-localize's segment extraction raises
TypeError on None.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock


class ChoiceBlock(blocks.StructBlock):
    """One answer option, whether it is correct, and the feedback a learner gets on choosing it."""

    text = blocks.CharBlock(label=_("Choice"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"), required=False, default="", help_text=_("Shown to a learner who chose this.")
    )

    class Meta:
        icon = "tick"
        label = _("Choice")


class OrderingItemBlock(blocks.StructBlock):
    """One step of an ordering question; the correct order is the order the trainer enters."""

    text = blocks.CharBlock(label=_("Step"), max_length=300)

    class Meta:
        icon = "list-ol"
        label = _("Step")


def _choice_list_error(message):
    return StructBlockValidationError(block_errors={"choices": ValidationError(message)})


class ChoiceQuestionBlock(blocks.StructBlock):
    """Shared shape of single choice, multiple choice and true/false questions."""

    question = blocks.TextBlock(label=_("Question"))
    image = ImageChooserBlock(label=_("Image"), required=False)
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Choices"), min_num=2)
    explanation = blocks.TextBlock(
        label=_("Explanation"), required=False, default="", help_text=_("Shown after answering.")
    )

    kind = "single"

    def clean(self, value):
        value = super().clean(value)
        choices = list(value.get("choices") or [])
        correct = sum(1 for choice in choices if choice.get("correct"))
        if len(choices) < 2:
            raise _choice_list_error(_("Give at least two choices."))
        if correct == 0:
            raise _choice_list_error(_("Mark at least one choice as correct."))
        if self.kind == "single" and correct != 1:
            raise _choice_list_error(_("Mark exactly one choice as correct."))
        return value

    class Meta:
        icon = "radio-full"
        template = "blocks/quiz_question_block.html"


class SingleChoiceBlock(ChoiceQuestionBlock):
    """A question with exactly one correct choice (radio buttons)."""

    class Meta:
        label = _("Single choice")
        icon = "radio-full"
        description = _("The learner picks one choice; exactly one is correct.")
        preview_value = {
            "question": "Kuka maksaa työntekijän palkan?",
            "choices": [
                {"text": "Työnantaja", "correct": True, "feedback": "Oikein."},
                {"text": "Kunta", "correct": False, "feedback": "Ei, palkan maksaa työnantaja."},
            ],
            "explanation": "Työnantaja maksaa palkan sovittuna palkanmaksupäivänä.",
        }


class MultipleChoiceBlock(ChoiceQuestionBlock):
    """A question with one or more correct choices; right only when all of them and no wrong one are chosen."""

    kind = "multiple"

    class Meta:
        label = _("Multiple choice")
        icon = "tasks"
        description = _("The learner picks every correct choice and no wrong one.")
        preview_value = {
            "question": "Mitä työsopimuksessa sovitaan?",
            "choices": [
                {"text": "Palkka", "correct": True, "feedback": ""},
                {"text": "Työaika", "correct": True, "feedback": ""},
                {"text": "Lempiruoka", "correct": False, "feedback": "Ei kuulu työsopimukseen."},
            ],
            "explanation": "",
        }


class TrueFalseBlock(ChoiceQuestionBlock):
    """A statement that is true or false: exactly two choices, one correct."""

    def get_default(self):
        """Offer "Tosi"/"Epätosi" ready-made (content is written in Finnish first)."""
        return self.normalize(
            {
                "question": "",
                "image": None,
                "choices": [
                    {"text": "Tosi", "correct": True, "feedback": ""},
                    {"text": "Epätosi", "correct": False, "feedback": ""},
                ],
                "explanation": "",
            }
        )

    def clean(self, value):
        choices = list(value.get("choices") or [])
        if len(choices) != 2:
            raise _choice_list_error(_("A true/false question has exactly two choices."))
        return super().clean(value)

    class Meta:
        label = _("True or false")
        icon = "help"
        description = _("A statement the learner marks true or false.")
        preview_value = {
            "question": "Työntekijällä on oikeus palkalliseen vuosilomaan.",
            "choices": [
                {"text": "Tosi", "correct": True, "feedback": ""},
                {"text": "Epätosi", "correct": False, "feedback": ""},
            ],
            "explanation": "",
        }


class OrderingBlock(blocks.StructBlock):
    """Put steps in order; graded right only in exactly the order the trainer entered."""

    question = blocks.TextBlock(label=_("Question"))
    image = ImageChooserBlock(label=_("Image"), required=False)
    items = blocks.ListBlock(OrderingItemBlock(), label=_("Steps in the correct order"), min_num=2)
    explanation = blocks.TextBlock(
        label=_("Explanation"), required=False, default="", help_text=_("Shown after answering.")
    )

    def clean(self, value):
        value = super().clean(value)
        if len(list(value.get("items") or [])) < 2:
            raise StructBlockValidationError(block_errors={"items": ValidationError(_("Give at least two steps."))})
        return value

    class Meta:
        label = _("Ordering")
        icon = "order"
        template = "blocks/quiz_question_block.html"
        description = _("The learner puts steps in the right order.")
        preview_value = {
            "question": "Missä järjestyksessä työnhaku etenee?",
            "items": [{"text": "Hakemus"}, {"text": "Haastattelu"}, {"text": "Työsopimus"}],
            "explanation": "",
        }


class QuestionStreamBlock(blocks.StreamBlock):
    """The questions of a quiz."""

    single_choice = SingleChoiceBlock()
    multiple_choice = MultipleChoiceBlock()
    true_false = TrueFalseBlock()
    ordering = OrderingBlock()

    class Meta:
        block_counts = {}
