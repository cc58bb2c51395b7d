"""Demo progress for the demo learner, so "Mon parcours" is not empty on first run.

`apprenant@example.org` (made by the demo accounts loader) gets:
- "Réussir son CV": every step done (quizzes passed through the quiz service), the course
  completed and its certificate written;
- "Organiser sa recherche d'emploi": the first module done, the next step opened (so "Reprendre"
  goes to the second module).

Idempotent: completions, attempts and the certificate are only added when missing.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model

from courses.models import CoursePage, Enrollment
from courses.selectors import course_outline, course_progress
from courses.services import certificate_issue, enrollment_create, enrollment_touch, step_complete
from quizzes import grading
from quizzes.models import QuizAttempt, QuizPage
from quizzes.services import attempt_start, attempt_submit

DEMO_LEARNER = "apprenant@example.org"
COMPLETED_COURSE = "reussir-son-cv"
STARTED_COURSE = "organiser-sa-recherche-d-emploi"


def _write(stdout, message: str) -> None:
    if stdout is not None:
        stdout.write(message + "\n")


def _correct_answers(questions) -> dict:
    """The right answer to every question (self-assessment: the top of the scale)."""
    answers = {}
    for q in questions:
        correct = [c.id for c in q.choices if c.correct]
        if q.type in (grading.SINGLE_CHOICE, grading.TRUE_FALSE):
            answers[q.id] = correct[0] if correct else q.choice_ids[0]
        elif q.type == grading.MULTIPLE_CHOICE:
            answers[q.id] = correct or [q.choice_ids[0]]
        elif q.type == grading.SHORT_TEXT:
            answers[q.id] = (q.accepted_answers or ("réponse",))[0]
        elif q.type == grading.ORDERING:
            answers[q.id] = list(q.choice_ids)
        else:
            answers[q.id] = grading.SCALE[-1]
    return answers


def _complete_step(user, page) -> None:
    """A lesson is marked done; a quiz is passed through the quiz service."""
    specific = page.specific
    if isinstance(specific, QuizPage):
        if not QuizAttempt.objects.filter(user=user, quiz=specific, passed=True).exists():
            attempt = QuizAttempt.objects.filter(
                user=user, quiz=specific, submitted_at__isnull=True
            ).first() or attempt_start(user=user, quiz=specific)
            questions = grading.attempt_questions(specific.get_questions(), attempt.question_order)
            attempt_submit(attempt=attempt, answers=_correct_answers(questions))
    step_complete(user=user, step=page)  # no-op when the quiz service already recorded it


def load_demo_progress(stdout=None) -> dict:
    """Give the demo learner one course in progress and one completed with its certificate."""
    user = get_user_model().objects.filter(email__iexact=DEMO_LEARNER).first()
    if user is None:
        _write(stdout, f"Progression de démo ignorée : compte {DEMO_LEARNER} introuvable.")
        return {}
    summary = {}

    completed = CoursePage.objects.live().filter(slug=COMPLETED_COURSE).first()
    if completed is not None:
        enrollment_create(user=user, course=completed)
        steps = course_outline(completed).steps
        for step in steps:
            _complete_step(user, step.page)
        if steps:
            enrollment_touch(user=user, step=steps[-1].page, course=completed)
        enrollment = Enrollment.objects.get(user=user, course=completed)
        if enrollment.completed_at:
            certificate = certificate_issue(enrollment=enrollment)
            summary[COMPLETED_COURSE] = certificate.code
            _write(stdout, f"Cours terminé pour {DEMO_LEARNER} : {completed.title} "
                           f"(certificat {certificate.display_code}).")
    else:
        _write(stdout, f"Cours « {COMPLETED_COURSE} » introuvable : pas de cours terminé en démo.")

    started = CoursePage.objects.live().filter(slug=STARTED_COURSE).first()
    if started is not None:
        enrollment_create(user=user, course=started)
        outline = course_outline(started)
        first_module = outline.modules[0].steps if outline.modules else []
        # Leave the course unfinished: never the whole course, even if it has a single module.
        to_do = first_module if len(first_module) < len(outline.steps) else first_module[:-1]
        for step in to_do:
            _complete_step(user, step.page)
        progress = course_progress(user=user, course=started, outline=outline)
        if progress and progress.next_step:
            enrollment_touch(user=user, step=progress.next_step.page, course=started)
        summary[STARTED_COURSE] = progress.percent if progress else 0
        _write(stdout, f"Cours en cours pour {DEMO_LEARNER} : {started.title} "
                       f"({summary[STARTED_COURSE]} %).")
    else:
        _write(stdout, f"Cours « {STARTED_COURSE} » introuvable : pas de cours en cours en démo.")
    return summary
