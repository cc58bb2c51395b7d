"""Admin wiring of the site: where a new lesson lands in its module.

Wagtail adds a new page as the last child of its parent, and moving it up needs the publish
permission (PagePermissionTester.can_reorder_children), which editors do not have: their new lesson
would stay after the module's quiz until a moderator reorders it. So a lesson created in a module
is placed right before the module's first quiz, for whoever creates it.
"""

from wagtail import hooks
from wagtail.actions.move_page import MovePageAction

from courses.pages import ModulePage
from lessons.models import LessonPage
from quizzes.models import QuizPage


def place_new_lesson(lesson: LessonPage, *, user=None) -> bool:
    """Move `lesson` just before its module's first quiz if it is after it; True if moved."""
    module = lesson.get_parent()
    if module is None or module.specific_class is not ModulePage:
        return False
    first_quiz = module.get_children().type(QuizPage).order_by("path").first()
    if first_quiz is None or first_quiz.path > lesson.path:
        return False
    # A placement decided by the site, not a reordering chosen by the editor: no publish check.
    MovePageAction(lesson, first_quiz, pos="left", user=user).execute(skip_permission_checks=True)
    return True


@hooks.register("after_create_page")
def place_new_lesson_before_the_quiz(request, page):
    if isinstance(page.specific, LessonPage):
        place_new_lesson(page.specific, user=request.user)
