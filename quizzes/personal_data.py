"""A learner's quiz data for the "my data" export: every attempt with its answers, readable by
its owner (choice and item texts, not ids), and with correctness only where the quiz's feedback
rule (selectors.feedback_allowed) would show it.

Two queries, plus the lesson choosers' look-up when building each quiz's questions.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Prefetch

from .models import QuizAnswer, QuizAttempt
from .selectors import feedback_allowed


def personal_data(user) -> dict:
    attempts = list(
        QuizAttempt.objects.filter(user=user)
        .select_related("quiz")
        .prefetch_related(Prefetch("answers", queryset=QuizAnswer.objects.order_by("pk")))
        .order_by("started_at", "pk")
    )
    submitted = defaultdict(list)
    quizzes = {}
    for attempt in attempts:
        quizzes.setdefault(attempt.quiz_id, attempt.quiz)  # one copy per quiz: questions built once
        if attempt.is_submitted:
            submitted[attempt.quiz_id].append(attempt)
    # The one feedback rule, as on the review page: correctness only once the quiz shows it.
    shown = {pk: feedback_allowed(q, submitted[pk], q.attempt_limit) for pk, q in quizzes.items()}
    exported = []
    for attempt in attempts:
        quiz = quizzes[attempt.quiz_id]
        questions = {q.id: q for q in quiz.get_questions()}
        exported.append(
            {
                "quiz": quiz.title,
                "quiz_id": attempt.quiz_id,
                "number": attempt.number,
                "started_at": attempt.started_at.isoformat(),
                "submitted_at": attempt.submitted_at.isoformat() if attempt.submitted_at else None,
                "score": attempt.score,
                "passed": attempt.passed,
                "is_practice": attempt.is_practice,
                "corrections_shown": shown[attempt.quiz_id],
                "answers": [
                    _answer(questions.get(answer.question_id), answer, shown[attempt.quiz_id])
                    for answer in attempt.answers.all()
                ],
            }
        )
    return {"quiz_attempts": exported}


def _answer(question, answer: QuizAnswer, corrections: bool) -> dict:
    if question is None:  # removed from the quiz since: only what was recorded
        entry = {"question": "", "question_type": answer.question_type, "answer": answer.response}
    else:
        kind = question.kind
        entry = {
            "question": question.prompt,
            "question_type": str(kind.label),
            "answer": kind.answer_text(question, answer.response),
        }
    if corrections:
        entry |= {"is_correct": answer.is_correct, "credit": answer.credit}
    return entry
