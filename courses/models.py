"""What learners did with courses (activity). Content lives in pages.py; these rows record activity.

Each model carries the unique constraint that makes a repeated (or concurrent) request harmless.
"""

import unicodedata

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.storage import private_storage

from . import certificate_codes


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
        _("code de vérification"), max_length=certificate_codes.LENGTH, unique=True,
        default=certificate_codes.new_certificate_code, editable=False,
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
        return certificate_codes.display(self.code)

    @property
    def holder_public_name(self) -> str:
        """What the public verification page shows of the holder: "Łucja N." (needs self.user).

        Enough for a recruiter to tie the certificate to the candidate in front of them, not
        enough to look the person up.
        """
        first = unicodedata.normalize("NFC", self.user.first_name.strip())
        last = unicodedata.normalize("NFC", self.user.last_name.strip())
        initial = f"{last[0].upper()}." if last else ""
        return " ".join(part for part in (first, initial) if part)


# The page types, imported so that Django registers them with the app.
from .pages import CourseIndexPage, CoursePage, ModulePage, Topic  # noqa: E402, F401
