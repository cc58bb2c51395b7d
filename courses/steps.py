"""The seam between courses and the kinds of step a module holds (lessons, quizzes, ...).

`courses` knows steps only through this module: a step page type subclasses `StepPage` and is
registered from its app's `AppConfig.ready()` with `register_step_type`. Modules accept exactly the
registered types, and every step shares one page context (course, outline, neighbours, progress),
so a new kind of step (say, a CV draft reviewed by a counsellor) plugs in the same way.

A plain view of a step never writes to the database: the learner's last activity is recorded by
what they do (completing a step, starting or submitting a quiz), not by reading.
"""

from __future__ import annotations

from django.http import HttpResponseNotAllowed
from wagtail.models import Page

from cms.page_serving import ServedPageMixin

from .pages import ModulePage
from .selectors import course_progress, step_context

# Labels ("app.Model") of the registered step page types, in registration order: the very list
# ModulePage uses as its subpage_types, so registering a type is enough to allow it in modules.
STEP_PAGE_TYPES: list[str] = ModulePage.subpage_types


def register_step_type(model: type[StepPage]) -> None:
    """Allow `model` (a StepPage subclass) as a step of a module. Idempotent."""
    if not issubclass(model, StepPage):
        raise TypeError(f"{model!r} is not a StepPage")
    label = model._meta.label
    if label not in STEP_PAGE_TYPES:
        STEP_PAGE_TYPES.append(label)


class StepPage(ServedPageMixin, Page):
    """Abstract page type of a module's step. Subclasses override the hooks below."""

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []
    # Methods a step answers; anything else gets 405 (a quiz adds POST for its form).
    http_methods = ("GET", "HEAD")

    class Meta:
        abstract = True

    # -- hooks ------------------------------------------------------------------------------------
    def completion_url(self) -> str | None:
        """Where a "Marquer comme terminée" form posts, or None when the step completes otherwise
        (a quiz completes when passed)."""
        return None

    # -- shared behaviour -------------------------------------------------------------------------
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(step_context(self))
        context["progress"] = course_progress(
            user=request.user, course=context["course"], outline=context["outline"]
        )
        context["can_mark_done"] = self.completion_url() is not None
        return context

    def serve(self, request, *args, **kwargs):
        if request.method not in self.http_methods:
            return HttpResponseNotAllowed(self.http_methods)
        return super().serve(request, *args, **kwargs)
