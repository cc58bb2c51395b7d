"""QuizPage: a step of a module, shaped like Wagtail's form pages (AbstractForm.serve in
wagtail.contrib.forms): build a form from the question blocks, validate it, call a service, and
serve the result itself (a sub-route of the quiz page, as form pages serve their landing page)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import (
    Http404,
    HttpResponseBadRequest,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
)
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from cms.http import make_private
from courses.steps import StepPage

from .blocks import QuestionStreamBlock, questions_from_stream

MAX_ID = 2**63 - 1  # ids beyond 64 bits are no attempt of ours (and overflow the database)


class GradingMethod(models.TextChoices):
    HIGHEST = "highest", _("La meilleure tentative")
    LAST = "last", _("La dernière tentative")


class FeedbackTiming(models.TextChoices):
    IMMEDIATE = "immediate", _("Tout de suite après l'envoi")
    AFTER_PASS_OR_LAST = (
        "after_pass_or_last",
        _("Seulement une fois le quiz réussi ou les tentatives épuisées"),
    )


class QuizPage(RoutablePageMixin, StepPage):
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
    lessons_required = models.BooleanField(
        _("leçons du module obligatoires"),
        default=False,
        help_text=_(
            "Le quiz ne s'ouvre qu'une fois terminées les leçons du module placées avant lui ; "
            "l'apprenant voit la liste de celles qui restent."
        ),
    )

    content_panels = StepPage.content_panels + [FieldPanel("intro"), FieldPanel("questions")]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
                FieldPanel("grading_method"),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")]),
                FieldPanel("feedback_timing"),
                FieldPanel("is_practice"),
                FieldPanel("lessons_required"),
            ],
            heading=_("Réglages du quiz"),
        ),
    ] + StepPage.settings_panels
    search_fields = StepPage.search_fields + [index.SearchField("intro")]

    template = "quizzes/quiz_page.html"
    result_template = "quizzes/attempt_detail.html"
    http_methods = ("GET", "HEAD", "POST")

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

    # Editors preview the quiz and, like a form page's landing page, its result page.
    preview_modes = [("", _("Quiz")), ("result", _("Page de résultat"))]

    def serve_preview(self, request, mode_name):
        if mode_name != "result":
            return super().serve_preview(request, mode_name)
        from .selectors import attempt_review, preview_attempt

        attempt, answers = preview_attempt(self)
        context = StepPage.get_context(self, request)
        context.update(
            attempt=attempt, overview=None, feedback=True, is_latest=True, preview=True,
            rows=attempt_review(attempt, answers=answers),
        )
        return TemplateResponse(request, self.result_template, context)

    def result_url(self, attempt_id: int) -> str:
        return self.url + self.reverse_subpage("result", args=[attempt_id])

    def get_context(self, request, *args, form=None, **kwargs):
        from .forms import QuizForm
        from .selectors import lessons_to_do, quiz_overview

        context = super().get_context(request, *args, **kwargs)
        context["lessons_to_do"] = lessons_to_do(
            user=request.user, quiz=self, outline=context["outline"]
        )
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

    def serve(self, request, view=None, args=None, kwargs=None):
        if request.method not in self.http_methods:
            return HttpResponseNotAllowed(self.http_methods)
        return super().serve(request, view, args, kwargs)

    @path("")
    def quiz(self, request):
        """The quiz: its questions, or the learner's attempts and the start button; POST starts
        or submits an attempt."""
        if request.method != "POST":
            return TemplateResponse(request, self.get_template(request), self.get_context(request))
        if not request.user.is_authenticated:
            return redirect_to_login(self.url)
        action = request.POST.get("action")
        if action == "start":
            return self._serve_start(request)
        if action == "submit":
            return self._serve_submit(request)
        return HttpResponseBadRequest()

    @path("tentatives/<int:attempt_id>/", name="result")  # past 64 bits: 404 below
    def result(self, request, attempt_id: int):
        """The result and review of one of the learner's own attempts (404 for anyone else)."""
        from .selectors import attempt_for_owner, attempt_review, quiz_overview

        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        attempt = attempt_for_owner(request.user, attempt_id) if attempt_id <= MAX_ID else None
        if attempt is None or attempt.quiz_id != self.pk:
            raise Http404
        if not attempt.is_submitted:
            return HttpResponseRedirect(self.url + "#quiz")
        attempt.quiz = self
        overview = quiz_overview(request.user, self)
        context = StepPage.get_context(self, request)
        context.update(
            attempt=attempt,
            overview=overview,
            feedback=overview.feedback_allowed,
            rows=attempt_review(attempt),
            is_latest=bool(overview.submitted) and overview.submitted[-1].pk == attempt.pk,
        )
        return make_private(TemplateResponse(request, self.result_template, context))

    def _serve_start(self, request):
        from .services import AttemptRefused, attempt_start

        try:
            attempt_start(user=request.user, quiz=self)
        except AttemptRefused as error:
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
        if not 0 < attempt_id <= MAX_ID:
            return HttpResponseBadRequest()
        attempt = QuizAttempt.objects.filter(pk=attempt_id, user=request.user, quiz=self).first()
        if attempt is None:
            return HttpResponseBadRequest()
        if attempt.is_submitted:
            # A second (or concurrent) submission: show the result of the first one.
            return HttpResponseRedirect(self.result_url(attempt.pk))
        form = QuizForm(quiz=self, attempt=attempt, data=request.POST)
        if not form.is_valid():
            context = self.get_context(request, form=form)
            return TemplateResponse(request, self.get_template(request), context, status=400)
        try:
            attempt_submit(attempt=attempt, answers=form.answers())
        except InvalidAnswers:  # the quiz changed between the form's check and the submission
            return HttpResponseBadRequest()
        return HttpResponseRedirect(self.result_url(attempt.pk))
