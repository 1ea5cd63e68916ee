"""A learner's quiz data for "My data" (the learners app's privacy page calls `export`).

Everything stored about a learner's quizzes is in QuizAttempt and Answer; the snapshots are
included, because they are what the learner saw and answered.
"""

from django.db.models import Prefetch

from .models import Answer, QuizAttempt


def export(user):
    """Every quiz attempt of `user` with its answers, as JSON-ready data (two queries)."""
    attempts = (
        QuizAttempt.objects.filter(learner=user)
        .order_by("started_at", "pk")
        .prefetch_related(Prefetch("answers", queryset=Answer.objects.order_by("answered_at", "pk")))
    )
    return {
        "quiz_attempts": [
            {
                "quiz_key": str(attempt.quiz_key),
                "course_key": str(attempt.course_key),
                "language": attempt.locale,
                "started_at": attempt.started_at.isoformat(),
                "finished_at": attempt.finished_at.isoformat() if attempt.finished_at else None,
                "score": attempt.score,
                "passed": attempt.passed,
                "answers": [
                    {
                        "question_id": answer.question_id,
                        "question": answer.snapshot.get("question", ""),
                        "chosen": answer.chosen,
                        "correct": answer.correct,
                        "answered_at": answer.answered_at.isoformat(),
                        "as_shown": answer.snapshot,
                    }
                    for answer in attempt.answers.all()
                ],
            }
            for attempt in attempts
        ]
    }
