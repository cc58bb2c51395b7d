from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from .admin_views import QuizStatsIndexView, QuizStatsView
from .models import QuizPage
from .selectors import quizzes_for_user

stats_urls = (
    [
        path("", QuizStatsIndexView.as_view(), name="index"),
        path("<id:page_id>/", QuizStatsView.as_view(), name="detail"),
    ],
    "quiz_stats",
)


@hooks.register("register_admin_urls")
def register_quiz_stats_urls():
    return [path("quiz-stats/", include(stats_urls, namespace="quiz_stats"))]


class QuizStatsMenuItem(MenuItem):
    def is_shown(self, request):
        return quizzes_for_user(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_quiz_stats_menu_item():
    return QuizStatsMenuItem(
        _("Statistiques des quiz"),
        reverse("quiz_stats:index"),
        name="quiz-stats",
        icon_name="list-ol",
        order=710,
    )


@hooks.register("register_page_listing_more_buttons")
def quiz_stats_listing_button(page, user, next_url=None):
    kind = page.specific_class
    if kind and issubclass(kind, QuizPage) and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Statistiques"),
            reverse("quiz_stats:detail", args=[page.pk]),
            icon_name="list-ol",
            priority=45,
        )
