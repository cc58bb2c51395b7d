from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import ContentStreamBlock
from .emails import SentEmail  # noqa: F401  (lives in cms.emails; Django finds it here)
from .users import User  # noqa: F401  (the model lives in cms.users; Django finds it here)


class HomePage(Page):
    """The site's front door: what the platform is for, and the courses to start with."""

    hero_title = models.CharField(_("titre d'accroche"), max_length=150)
    hero_text = models.TextField(_("texte d'accroche"), max_length=500, blank=True)
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("contenu"))

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "cms.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("page d'accueil")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import featured_courses

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = featured_courses(limit=6)
        return context


class StandardPage(Page):
    """A plain page: about, accessibility statement, legal notice."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("contenu"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("page standard")
