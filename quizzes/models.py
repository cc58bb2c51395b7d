"""Quiz pages (content) and quiz attempts (activity): every answer is kept, one row per question."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .pages import QuizPage  # noqa: F401


class QuizAttempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey("quizzes.QuizPage", on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField(_("numéro"))
    started_at = models.DateTimeField(_("commencée le"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("envoyée le"), null=True, blank=True)
    # The question ids, and for choice/ordering questions the choice ids, in the order shown.
    question_order = models.JSONField(default=list)
    choice_order = models.JSONField(default=dict)
    score = models.FloatField(_("score (%)"), null=True, blank=True)
    # None until submitted, and always None for a practice quiz (which shows no grade).
    passed = models.BooleanField(_("réussie"), null=True, blank=True)
    is_practice = models.BooleanField(_("entraînement"), default=False)

    class Meta:
        verbose_name = _("tentative de quiz")
        verbose_name_plural = _("tentatives de quiz")
        ordering = ["quiz", "user", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="unique_quiz_attempt_number"
            ),
            # At most one attempt in progress per learner and quiz, even under concurrent starts.
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(submitted_at__isnull=True),
                name="one_open_quiz_attempt",
            ),
        ]
        indexes = [
            models.Index(fields=["quiz", "submitted_at"]),
            models.Index(fields=["user", "submitted_at"]),
        ]

    def __str__(self):
        return f"{self.user} · {self.quiz_id} · #{self.number}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


class QuizAnswer(models.Model):
    """One answer to one question of a submitted attempt (bulk-created at submission)."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="answers")
    question_id = models.CharField(_("question"), max_length=64)  # the StreamField block id
    question_type = models.CharField(_("type de question"), max_length=32)
    # A choice id, a list of choice ids, the typed text (plain text), an ordered list, or 1-5
    # (see quizzes.grading); None: an optional question (self-assessment) left blank.
    response = models.JSONField(_("réponse"), null=True, blank=True)
    is_correct = models.BooleanField(_("correcte"), null=True, blank=True)  # None: not graded
    credit = models.FloatField(_("crédit"), null=True, blank=True)  # 0 to 1; None: not graded

    class Meta:
        verbose_name = _("réponse de quiz")
        verbose_name_plural = _("réponses de quiz")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_id"], name="unique_quiz_answer_per_question"
            ),
        ]
        indexes = [models.Index(fields=["question_id"])]

    def __str__(self):
        return f"{self.attempt_id} · {self.question_id}"


class AttemptGrant(models.Model):
    """One more attempt on a quiz, given by a counsellor to a learner who had used them all.

    `after_attempts` is the number of submitted attempts when it was granted: unique with the
    learner and quiz, so a double click (or two tabs) records one grant, not two.
    """

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="attempt_grants",
        verbose_name=_("apprenant"),
    )
    quiz = models.ForeignKey(
        "quizzes.QuizPage",
        on_delete=models.CASCADE,
        related_name="attempt_grants",
        verbose_name=_("quiz"),
    )
    # The counsellor's own account deletion keeps the learner's extra attempt.
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attempt_grants_given",
        verbose_name=_("accordée par"),
    )
    granted_at = models.DateTimeField(_("accordée le"), auto_now_add=True)
    reason = models.CharField(_("motif"), max_length=300, blank=True)
    after_attempts = models.PositiveSmallIntegerField(_("après la tentative n°"))

    class Meta:
        verbose_name = _("tentative supplémentaire")
        verbose_name_plural = _("tentatives supplémentaires")
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "quiz", "after_attempts"], name="one_attempt_grant_per_step"
            ),
        ]
        indexes = [models.Index(fields=["learner", "quiz"])]

    def __str__(self):
        return f"{self.learner_id} +1 {self.quiz_id}"
