"""What learners did with courses. Content lives in pages; these rows record activity.

Each model carries the unique constraint that makes a repeated (or concurrent) request harmless.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enrollment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="enrollments"
    )
    enrolled_at = models.DateTimeField(_("inscrit le"), auto_now_add=True)
    # The step most recently opened, so that "Reprendre" can go back to it.
    last_step = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_activity_at = models.DateTimeField(_("dernière activité"), null=True, blank=True)
    # Set once, when every step of the course is done; never moves afterwards.
    completed_at = models.DateTimeField(_("terminé le"), null=True, blank=True)

    class Meta:
        verbose_name = _("inscription")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="unique_enrollment"),
        ]
        indexes = [models.Index(fields=["course", "completed_at"])]

    def __str__(self):
        return f"{self.user} → {self.course}"


class StepCompletion(models.Model):
    """A step (lesson or quiz) done by a learner. Quizzes record it only when passed."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="step_completions"
    )
    step = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    # Denormalised from the tree so that a course's progress is one indexed query.
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="step_completions"
    )
    completed_at = models.DateTimeField(_("terminé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("étape terminée")
        verbose_name_plural = _("étapes terminées")
        constraints = [
            models.UniqueConstraint(fields=["user", "step"], name="unique_step_completion"),
        ]
        indexes = [models.Index(fields=["user", "course"])]
