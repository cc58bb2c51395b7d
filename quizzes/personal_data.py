"""A learner's quiz data for the "my data" export: every attempt with its answers (two queries)."""

from __future__ import annotations

from django.db.models import Prefetch

from .models import QuizAnswer, QuizAttempt


def personal_data(user) -> dict:
    attempts = (
        QuizAttempt.objects.filter(user=user)
        .select_related("quiz")
        .prefetch_related(Prefetch("answers", queryset=QuizAnswer.objects.order_by("pk")))
        .order_by("started_at", "pk")
    )
    exported = []
    for attempt in attempts:
        prompts = {q.id: q.prompt for q in attempt.quiz.get_questions()}
        exported.append(
            {
                "quiz": attempt.quiz.title,
                "quiz_id": attempt.quiz_id,
                "number": attempt.number,
                "started_at": attempt.started_at.isoformat(),
                "submitted_at": attempt.submitted_at.isoformat() if attempt.submitted_at else None,
                "score": attempt.score,
                "passed": attempt.passed,
                "is_practice": attempt.is_practice,
                "answers": [
                    {
                        "question_id": answer.question_id,
                        "question": prompts.get(answer.question_id, ""),
                        "question_type": answer.question_type,
                        "response": answer.response,
                        "is_correct": answer.is_correct,
                        "credit": answer.credit,
                    }
                    for answer in attempt.answers.all()
                ],
            }
        )
    return {"quiz_attempts": exported}
