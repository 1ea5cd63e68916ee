"""Validation of a posted answer (docs/design.md, idea 8: bad input never becomes data).

The form knows the quiz's questions, so it rejects an unknown question id, a choice id that
belongs to another question, an empty answer and malformed or oversized values, each with a
message in the learner's language. Only a valid form reaches grading and the database.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .grading import ORDERING, SINGLE_ANSWER_TYPES, option_ids

MAX_ID_LENGTH = 64


class AnswerForm(forms.Form):
    """One answer to one question: `question` (block id) plus `choice` values or `position-<item id>` fields."""

    question = forms.CharField(max_length=MAX_ID_LENGTH, error_messages={"required": _("Which question?")})
    attempt = forms.IntegerField(required=False, min_value=1, max_value=2**62)

    def __init__(self, data, specs):
        super().__init__(data)
        self.specs = specs
        self.spec = None

    def clean_question(self):
        question_id = self.cleaned_data["question"]
        self.spec = self.specs.get(question_id)
        if self.spec is None:
            raise forms.ValidationError(_("This question is not part of the quiz."), code="unknown_question")
        return question_id

    def clean(self):
        cleaned = super().clean()
        if self.spec is None or self.errors:
            return cleaned
        if self.spec["type"] == ORDERING:
            cleaned["chosen"] = self._clean_order()
        else:
            cleaned["chosen"] = self._clean_choices()
        return cleaned

    def _clean_choices(self):
        allowed = set(option_ids(self.spec))
        values = self.data.getlist("choice") if hasattr(self.data, "getlist") else []
        if not values:
            raise forms.ValidationError(_("Choose an answer first."), code="no_choice")
        if len(values) > len(allowed) or any(len(v) > MAX_ID_LENGTH or v not in allowed for v in values):
            raise forms.ValidationError(_("That choice is not part of this question."), code="invalid_choice")
        if len(set(values)) != len(values):
            raise forms.ValidationError(_("Each choice can be chosen once."), code="invalid_choice")
        if self.spec["type"] in SINGLE_ANSWER_TYPES and len(values) != 1:
            raise forms.ValidationError(_("Choose exactly one answer."), code="invalid_choice")
        return values

    def _clean_order(self):
        ids = option_ids(self.spec)
        positions = {}
        for item_id in ids:
            raw = self.data.get(f"position-{item_id}", "")
            if not raw:
                raise forms.ValidationError(_("Give every step a position."), code="no_choice")
            # isdecimal, not isdigit: "²" and "①" are digits int() cannot read (a 500 before); decimal
            # digits of any script (Arabic-Indic "٣", Persian "۳") are numbers a learner may type.
            if len(raw) > 3 or not raw.isdecimal() or not 1 <= int(raw) <= len(ids):
                raise forms.ValidationError(_("A position must be a number from the list."), code="invalid_choice")
            positions[item_id] = int(raw)
        if len(set(positions.values())) != len(ids):
            raise forms.ValidationError(_("Give each step a different position."), code="invalid_choice")
        return sorted(ids, key=positions.__getitem__)

    def first_error(self):
        """The message to show the learner (the first one is enough to act on)."""
        for errors in self.errors.values():
            return errors[0]
        return ""
