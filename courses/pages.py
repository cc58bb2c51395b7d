"""Page types of the catalogue: CourseIndexPage -> CoursePage -> ModulePage -> steps."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from cms.page_serving import ServedPageMixin


@register_snippet
class Topic(models.Model):
    """A theme of the catalogue (CV, organisation, interview) used to filter courses."""

    name = models.CharField(_("nom"), max_length=80, unique=True)
    slug = models.SlugField(_("identifiant"), max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        verbose_name = _("thème")
        verbose_name_plural = _("thèmes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class CourseIndexPage(ServedPageMixin, Page):
    """The catalogue: every published course, filterable by topic and duration."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("catalogue de cours")

    def get_context(self, request, *args, **kwargs):
        from .selectors import catalogue_counts, catalogue_courses, topics_in_use

        context = super().get_context(request, *args, **kwargs)
        topic = request.GET.get("theme", "")
        duration = request.GET.get("duree", "")
        courses = catalogue_courses(self, topic_slug=topic, duration=duration)
        page = Paginator(courses, 12).get_page(request.GET.get("page"))
        counts = catalogue_counts(self, topic_slug=topic, duration=duration)
        context.update(
            courses=page,
            topics=topics_in_use(self, duration=duration),
            durations=counts.durations,
            counts=counts,
            selected_topic=topic,
            selected_duration=duration,
        )
        return context


class CoursePage(ServedPageMixin, Page):
    """A course: what it teaches, for whom, how long, and its syllabus (its modules and steps)."""

    summary = models.TextField(
        _("résumé"), max_length=300, help_text=_("Deux phrases affichées dans le catalogue.")
    )
    audience = models.TextField(
        _("public"), max_length=500, help_text=_("À qui s'adresse ce cours.")
    )
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Objectif"), max_length=200, icon="tick"))],
        verbose_name=_("ce que vous saurez faire"),
        help_text=_("Un objectif par ligne, formulé du point de vue de l'apprenant."),
    )
    estimated_duration_minutes = models.PositiveSmallIntegerField(
        _("durée estimée (minutes)"), default=60
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image de couverture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("thème"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="courses",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("topic"), FieldPanel("estimated_duration_minutes"), FieldPanel("audience")],
            heading=_("Public et durée"),
        ),
        FieldPanel("learning_outcomes"),
        FieldPanel("cover_image"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("audience"),
        index.SearchField("learning_outcomes"),
        index.FilterField("topic"),
        index.FilterField("estimated_duration_minutes"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("cours")
        verbose_name_plural = _("cours")

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_outline, course_progress

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline(self)
        context["progress"] = course_progress(
            user=request.user, course=self, outline=context["outline"]
        )
        return context


class ModulePage(ServedPageMixin, Page):
    """A module groups a few steps (lessons, quizzes) around one goal."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["courses.CoursePage"]
    # The step page types, filled by the step apps through courses.steps.register_step_type.
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_outline

        context = super().get_context(request, *args, **kwargs)
        course = self.get_parent().specific
        context["course"] = course
        context["outline"] = course_outline(course)
        from .selectors import course_progress

        context["progress"] = course_progress(
            user=request.user, course=course, outline=context["outline"]
        )
        return context
