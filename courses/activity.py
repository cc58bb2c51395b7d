"""What learners did with courses. Content lives in pages; these rows record activity.

Each model carries the unique constraint that makes a repeated (or concurrent) request harmless.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.storage import private_storage


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

    def __str__(self):
        return f"{self.user_id} ✓ {self.step_id}"


# Crockford-like alphabet: no I, L, O, U, 0 or 1, so a code read aloud or retyped stays unambiguous.
CERTIFICATE_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
CERTIFICATE_CODE_LENGTH = 12


def new_certificate_code() -> str:
    import secrets

    return "".join(
        secrets.choice(CERTIFICATE_CODE_ALPHABET) for _ in range(CERTIFICATE_CODE_LENGTH)
    )


class Certificate(models.Model):
    """The certificate of a completed course: one per enrollment, checked by its public code."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="certificates"
    )
    enrollment = models.OneToOneField(
        Enrollment, on_delete=models.CASCADE, related_name="certificate"
    )
    code = models.CharField(
        _("code de vérification"), max_length=CERTIFICATE_CODE_LENGTH, unique=True,
        default=new_certificate_code, editable=False,
    )
    issued_at = models.DateTimeField(_("délivré le"), auto_now_add=True)
    # Empty until the PDF is written (by a Celery task, right after the course is completed).
    # Private storage: no public address; the owner downloads it through certificate_download.
    file = models.FileField(
        _("fichier PDF"), upload_to="certificates/", blank=True, storage=private_storage
    )

    class Meta:
        verbose_name = _("certificat")
        verbose_name_plural = _("certificats")

    def __str__(self):
        return f"{self.code} ({self.course_id})"

    @property
    def display_code(self) -> str:
        """The code in groups of four, easier to read and to type: ABCD-EFGH-JKMN."""
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))
