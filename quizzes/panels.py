"""Editor panels of the quiz page (the admin side of docs/design.md, idea 5).

Learners may be halfway through a quiz while a trainer edits it. Their answers are kept (the
snapshots), but what counts changes: an answer to a removed question no longer counts towards the
score, and a question added must be answered before the attempt finishes. `OpenAttemptsPanel` says
so above the questions, with how many learners it concerns, so the trainer edits knowingly.
Docs: https://docs.wagtail.org/en/stable/reference/panels.html#helppanel
"""

from wagtail.admin.panels import HelpPanel


class OpenAttemptsPanel(HelpPanel):
    """A warning shown in the quiz editor while learners have an unfinished attempt (hidden otherwise)."""

    def __init__(self, template="quizzes/panels/open_attempts.html", **kwargs):
        kwargs.pop("content", None)
        super().__init__(template=template, **kwargs)

    @property
    def clean_name(self):
        return "open_attempts"

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.open_attempts = self._count_open_attempts()

        def _count_open_attempts(self):
            # Imported here: quizzes.models imports this module for QuizPage.content_panels.
            from .models import QuizAttempt

            if self.instance is None or self.instance.pk is None:
                return 0
            # One open attempt per learner and quiz (constraint one_open_attempt), in any language.
            return QuizAttempt.objects.filter(
                quiz_key=self.instance.translation_key, finished_at__isnull=True
            ).count()

        def is_shown(self):
            return self.open_attempts > 0 and super().is_shown()

        def get_context_data(self, parent_context=None):
            return super().get_context_data(parent_context) | {"open_attempts": self.open_attempts}
