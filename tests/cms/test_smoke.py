from tests.factories import build_course


def test_course_tree_builds_in_order(db):
    course, lessons = build_course(modules=2, lessons_per_module=2)
    assert [lesson.get_parent().get_parent().pk for lesson in lessons] == [course.pk] * 4
