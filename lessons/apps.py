from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LessonsConfig(AppConfig):
    name = "lessons"
    verbose_name = _("Leçons")

    def ready(self):
        from courses.steps import register_step_type

        from .models import LessonPage

        register_step_type(LessonPage)
