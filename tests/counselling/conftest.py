import pytest

from tests.counselling.factories import link
from tests.factories import build_course
from tests.quizzes.factories import QuizPageFactory


@pytest.fixture
def course_with_quiz(db):
    """A course: one module of two lessons then a quiz limited to two attempts."""
    course, lessons = build_course(modules=1, lessons_per_module=2)
    module = lessons[0].get_parent()
    quiz = QuizPageFactory(parent=module, title="Quiz du CV", max_attempts=2, pass_mark=70)
    return course, lessons, quiz


@pytest.fixture
def linked(counsellor, learner):
    return link(counsellor, learner)
