"""Progress read side: percentages, statuses, the step to resume."""

import pytest
from django.contrib.auth.models import AnonymousUser
from wagtail.models import Site

from courses.models import Enrollment
from courses.selectors import CURRENT, DONE, TODO, course_outline, course_outlines, course_progress
from courses.services import enrollment_create, enrollment_touch, step_complete
from tests.factories import LessonPageFactory, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_and_lessons():
    return build_course(modules=2, lessons_per_module=2)


def test_no_progress_for_anonymous_or_not_enrolled(learner, course_and_lessons):
    course, _ = course_and_lessons
    assert course_progress(user=AnonymousUser(), course=course) is None
    assert course_progress(user=learner, course=course) is None


def test_fresh_enrollment_starts_at_the_first_step(learner, course_and_lessons):
    course, lessons = course_and_lessons
    enrollment_create(user=learner, course=course)
    progress = course_progress(user=learner, course=course)
    assert (progress.done, progress.total, progress.percent) == (0, 4, 0)
    assert progress.next_step.page.pk == lessons[0].pk
    assert not progress.started


def test_course_and_module_shares(learner, course_and_lessons):
    course, lessons = course_and_lessons
    step_complete(user=learner, step=lessons[0])
    step_complete(user=learner, step=lessons[1])
    step_complete(user=learner, step=lessons[3])
    progress = course_progress(user=learner, course=course)
    assert (progress.done, progress.total, progress.percent) == (3, 4, 75)
    assert [(m.done, m.total, m.percent) for m in progress.modules] == [(2, 2, 100), (1, 2, 50)]


def test_next_step_is_the_first_not_done_in_outline_order(learner, course_and_lessons):
    course, lessons = course_and_lessons
    # Done out of order, and the last visited is further on: the gap comes first.
    step_complete(user=learner, step=lessons[0])
    step_complete(user=learner, step=lessons[2])
    enrollment_touch(user=learner, step=lessons[3])
    progress = course_progress(user=learner, course=course)
    assert progress.next_step.page.pk == lessons[1].pk
    statuses = [progress.status(s) for s in progress.outline.steps]
    assert statuses == [DONE, CURRENT, DONE, TODO]


def test_when_all_done_resume_goes_to_the_last_visited(learner, course_and_lessons):
    course, lessons = course_and_lessons
    for lesson in lessons:
        step_complete(user=learner, step=lesson)
    enrollment_touch(user=learner, step=lessons[1])
    progress = course_progress(user=learner, course=course)
    assert progress.completed and progress.percent == 100
    assert progress.next_step.page.pk == lessons[1].pk


def test_when_all_done_and_no_activity_recorded_resume_goes_to_the_first(
    learner, course_and_lessons
):
    course, lessons = course_and_lessons
    for lesson in lessons:
        step_complete(user=learner, step=lesson)
    Enrollment.objects.update(last_step=None)  # e.g. the step acted on last was deleted
    assert course_progress(user=learner, course=course).next_step.page.pk == lessons[0].pk


def test_an_unpublished_step_leaves_the_progress(learner, course_and_lessons):
    course, lessons = course_and_lessons
    step_complete(user=learner, step=lessons[0])
    step_complete(user=learner, step=lessons[1])
    lessons[0].unpublish()
    progress = course_progress(user=learner, course=course)
    assert (progress.done, progress.total) == (1, 3)


def test_progress_query_count_is_fixed(learner, course_and_lessons, django_assert_num_queries):
    course, lessons = course_and_lessons
    step_complete(user=learner, step=lessons[0])
    outline = course_outline(course)
    with django_assert_num_queries(2):
        course_progress(user=learner, course=course, outline=outline)


def test_outlines_of_several_courses_match_single_outlines(django_assert_num_queries):
    courses = [build_course(modules=2, lessons_per_module=i + 1)[0] for i in range(3)]
    Site.get_site_root_paths()  # the URLs of the steps need them: cached once per site change
    with django_assert_num_queries(1):
        outlines = course_outlines(courses)
    with django_assert_num_queries(0):  # cached until a page changes
        assert course_outlines(courses).keys() == outlines.keys()
    for course in courses:
        expected = course_outline(course)
        got = outlines[course.pk]
        assert [m.page.pk for m in got.modules] == [m.page.pk for m in expected.modules]
        assert [(s.page.pk, s.number) for s in got.steps] == [
            (s.page.pk, s.number) for s in expected.steps
        ]


def test_enrollment_completed_flag(learner, course_and_lessons):
    course, lessons = course_and_lessons
    for lesson in lessons:
        step_complete(user=learner, step=lesson)
    assert Enrollment.objects.get(user=learner).completed_at is not None


def test_outline_urls_are_the_pages_urls_and_a_change_of_page_is_seen():
    course, lessons = build_course(modules=2, lessons_per_module=2)
    outline = course_outline(course)
    assert [s.url for s in outline.steps] == [lesson.url for lesson in lessons]
    assert [m.url for m in outline.modules] == [m.page.url for m in outline.modules]
    lessons[0].title = "Renamed"
    lessons[0].save_revision().publish()
    assert course_outline(course).steps[0].page.title == "Renamed"
    LessonPageFactory(parent=lessons[-1].get_parent(), title="Added")  # saved, not "published"
    assert course_outline(course).steps[-1].page.title == "Added"
