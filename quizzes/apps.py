from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quiz")

    def ready(self):
        from courses.steps import register_step_type

        from .models import QuizPage

        register_step_type(QuizPage)
