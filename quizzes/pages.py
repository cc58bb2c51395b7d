"""QuizPage: a step of a module, shaped like Wagtail's form pages (AbstractForm.serve in
wagtail.contrib.forms): build a form from the question blocks, validate it, call a service,
show the result."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import QuestionStreamBlock, questions_from_stream


def learner_progress(request, quiz, context: dict) -> dict:
    """What the shared step layout shows about the learner's progress (as lessons do)."""
    from courses.selectors import course_progress
    from courses.services import enrollment_touch

    if request.method == "GET" and not getattr(request, "is_preview", False):
        enrollment_touch(user=request.user, step=quiz, course=context["course"])
    return {
        "can_mark_done": False,  # a quiz completes when passed (or submitted, for practice)
        "progress": course_progress(
            user=request.user, course=context["course"], outline=context["outline"]
        ),
    }


class GradingMethod(models.TextChoices):
    HIGHEST = "highest", _("La meilleure tentative")
    LAST = "last", _("La dernière tentative")


class FeedbackTiming(models.TextChoices):
    IMMEDIATE = "immediate", _("Tout de suite après l'envoi")
    AFTER_PASS_OR_LAST = (
        "after_pass_or_last",
        _("Seulement une fois le quiz réussi ou les tentatives épuisées"),
    )


class QuizPage(Page):
    """A quiz: questions authored as StreamField blocks, graded on the server, every answer kept."""

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("Ce que le quiz vérifie, en une ou deux phrases rassurantes."),
    )
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("questions"))
    pass_mark = models.PositiveSmallIntegerField(
        _("seuil de réussite (%)"),
        default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("nombre maximal de tentatives"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Laissez vide pour un nombre illimité."),
    )
    grading_method = models.CharField(
        _("note retenue"),
        max_length=16,
        choices=GradingMethod.choices,
        default=GradingMethod.HIGHEST,
    )
    shuffle_questions = models.BooleanField(_("mélanger les questions"), default=False)
    shuffle_choices = models.BooleanField(_("mélanger les réponses proposées"), default=False)
    feedback_timing = models.CharField(
        _("affichage des corrections"),
        max_length=32,
        choices=FeedbackTiming.choices,
        default=FeedbackTiming.IMMEDIATE,
    )
    is_practice = models.BooleanField(
        _("entraînement"),
        default=False,
        help_text=_(
            "Aucune note n'est affichée ; l'étape est terminée dès l'envoi, "
            "sans limite de tentatives."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("questions")]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
                FieldPanel("grading_method"),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")]),
                FieldPanel("feedback_timing"),
                FieldPanel("is_practice"),
            ],
            heading=_("Réglages du quiz"),
        ),
    ] + Page.settings_panels
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    template = "quizzes/quiz_page.html"

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quiz")

    # -- reading ---------------------------------------------------------------------------------

    def get_questions(self):
        """The questions as grading.Question dataclasses (cached per instance)."""
        if not hasattr(self, "_questions_cache"):
            self._questions_cache = questions_from_stream(self.questions)
        return self._questions_cache

    @property
    def attempt_limit(self) -> int | None:
        """Practice quizzes never block: no limit."""
        return None if self.is_practice else self.max_attempts

    def get_context(self, request, *args, form=None, **kwargs):
        from courses.selectors import step_context

        from .forms import QuizForm
        from .selectors import quiz_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(step_context(self))
        context.update(learner_progress(request, self, context))
        overview = None
        if request.user.is_authenticated and not getattr(request, "is_preview", False):
            overview = quiz_overview(request.user, self)
            if form is None and overview.open_attempt is not None:
                form = QuizForm(quiz=self, attempt=overview.open_attempt)
        elif getattr(request, "is_preview", False):
            form = QuizForm(quiz=self, attempt=None)
        context.update(
            overview=overview,
            form=form,
            question_count=len(self.get_questions()),
        )
        return context

    # -- serving ---------------------------------------------------------------------------------

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        if not request.user.is_authenticated:
            return redirect_to_login(self.url)
        action = request.POST.get("action")
        if action == "start":
            return self._serve_start(request)
        if action == "submit":
            return self._serve_submit(request)
        return HttpResponseBadRequest()

    def _serve_start(self, request):
        from .services import AttemptLimitReached, attempt_start

        try:
            attempt_start(user=request.user, quiz=self)
        except AttemptLimitReached as error:
            messages.error(request, str(error))
        return HttpResponseRedirect(self.url + "#quiz")

    def _serve_submit(self, request):
        from .forms import QuizForm
        from .grading import InvalidAnswers
        from .models import QuizAttempt
        from .services import attempt_submit

        try:
            attempt_id = int(request.POST.get("attempt", ""))
        except ValueError:
            return HttpResponseBadRequest()
        attempt = QuizAttempt.objects.filter(pk=attempt_id, user=request.user, quiz=self).first()
        if attempt is None:
            return HttpResponseBadRequest()
        if attempt.is_submitted:
            # A second (or concurrent) submission: show the result of the first one.
            return HttpResponseRedirect(reverse("quizzes:attempt", args=[attempt.pk]))
        form = QuizForm(quiz=self, attempt=attempt, data=request.POST)
        if not form.is_valid():
            context = self.get_context(request, form=form)
            return TemplateResponse(request, self.get_template(request), context, status=400)
        try:
            attempt_submit(attempt=attempt, answers=form.answers())
        except InvalidAnswers:  # the quiz changed between the form's check and the submission
            return HttpResponseBadRequest()
        return HttpResponseRedirect(reverse("quizzes:attempt", args=[attempt.pk]))
