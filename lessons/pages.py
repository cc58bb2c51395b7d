from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import ContentStreamBlock


class LessonPage(Page):
    """One step of a module: a short lesson read on a phone in a few minutes."""

    intro = models.TextField(
        _("introduction"), max_length=400, blank=True, help_text=_("Ce que la leçon apporte.")
    )
    estimated_minutes = models.PositiveSmallIntegerField(_("durée de lecture (minutes)"), default=5)
    body = StreamField(ContentStreamBlock(), verbose_name=_("contenu"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("leçon")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_progress, step_context
        from courses.services import enrollment_touch

        context = super().get_context(request, *args, **kwargs)
        context.update(step_context(self))
        context["can_mark_done"] = True
        if not getattr(request, "is_preview", False):
            enrollment_touch(user=request.user, step=self, course=context["course"])
        context["progress"] = course_progress(
            user=request.user, course=context["course"], outline=context["outline"]
        )
        return context
