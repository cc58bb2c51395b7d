"""Read side of "Mon parcours": a fixed number of queries for any number of courses."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F, Q

from courses.models import Enrollment, StepCompletion
from courses.selectors import CourseProgress, build_progress, course_outlines
from quizzes.selectors import recent_results


@dataclass
class Dashboard:
    in_progress: list[CourseProgress]
    completed: list[CourseProgress]
    quiz_results: list

    @property
    def is_empty(self) -> bool:
        return not self.in_progress and not self.completed


def learner_dashboard(*, user, quiz_results_limit: int = 5) -> Dashboard:
    """Everything "Mon parcours" shows, in a fixed number of queries for any number of courses:
    courses in progress (live ones only) and completed courses (kept with their certificate even
    if the course is unpublished later). Queries: enrollments with their course and certificate
    (1), all outlines (1), all completions (1), the latest quiz results (1)."""
    enrollments = list(
        Enrollment.objects.filter(user_id=user.pk)
        .filter(Q(course__live=True) | Q(completed_at__isnull=False))
        .select_related("course", "certificate")
        .order_by(F("last_activity_at").desc(nulls_last=True), "-enrolled_at")
    )
    outlines = course_outlines([e.course for e in enrollments])
    done_by_course: dict[int, set[int]] = {e.course_id: set() for e in enrollments}
    if enrollments:
        completions = StepCompletion.objects.filter(
            user_id=user.pk, course_id__in=list(done_by_course)
        ).values_list("course_id", "step_id")
        for course_id, step_id in completions:
            done_by_course[course_id].add(step_id)
    in_progress, completed = [], []
    for enrollment in enrollments:
        progress = build_progress(
            outlines[enrollment.course_id], enrollment, done_by_course[enrollment.course_id]
        )
        (completed if enrollment.completed_at else in_progress).append(progress)
    completed.sort(key=lambda p: p.enrollment.completed_at, reverse=True)
    return Dashboard(
        in_progress=in_progress,
        completed=completed,
        quiz_results=recent_results(user, limit=quiz_results_limit),
    )
