from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import ContentStreamBlock
from courses.steps import StepPage


class LessonPage(StepPage):
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

    class Meta:
        verbose_name = _("leçon")

    def completion_url(self) -> str:
        return reverse("lessons:complete", args=[self.pk])
