"""Read-side of the catalogue: outlines, step navigation, filters; each with a fixed query count."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.selectors import (
    catalogue_counts,
    catalogue_courses,
    course_outline,
    featured_courses,
    step_context,
    topics_in_use,
)
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    TopicFactory,
    build_course,
)
from tests.support.caches import cold_outlines

pytestmark = pytest.mark.django_db


def count_queries(fn):
    cold_outlines()  # the worst case: outlines built, not read from the cache
    with CaptureQueriesContext(connection) as ctx:
        result = fn()
    return len(ctx.captured_queries), result


@pytest.fixture
def index():
    return CourseIndexPageFactory()


def test_outline_lists_modules_and_steps_in_tree_order(index):
    course, lessons = build_course(modules=2, lessons_per_module=3, index=index)
    outline = course_outline(course)
    assert [m.number for m in outline.modules] == [1, 2]
    assert [s.page.pk for s in outline.steps] == [lesson.pk for lesson in lessons]
    assert [s.number for s in outline.steps] == [1, 2, 3, 4, 5, 6]
    assert [s.module.number for s in outline.steps] == [1, 1, 1, 2, 2, 2]
    assert outline.steps[3].module.page.pk == lessons[3].get_parent().pk


def test_outline_skips_unpublished_modules_and_steps(index):
    course, lessons = build_course(modules=2, lessons_per_module=2, index=index)
    lessons[0].unpublish()
    hidden_module = ModulePageFactory(parent=course, live=False)
    LessonPageFactory(parent=hidden_module)  # its lesson is live, but its module is not
    outline = course_outline(course)
    assert [s.page.pk for s in outline.steps] == [lesson.pk for lesson in lessons[1:]]
    assert len(outline.modules) == 2
    assert outline.steps[0].number == 1


def test_outline_does_not_leak_other_courses(index):
    course, lessons = build_course(modules=1, lessons_per_module=2, index=index)
    build_course(modules=1, lessons_per_module=2, index=index)
    assert [s.page.pk for s in course_outline(course).steps] == [lesson.pk for lesson in lessons]


def test_outline_of_an_empty_course(index):
    course = CoursePageFactory(parent=index)
    outline = course_outline(course)
    assert outline.modules == [] and outline.steps == []
    assert outline.neighbours(course.pk) == (None, None)


def test_outline_query_count_does_not_grow_with_lessons(index):
    small, _ = build_course(modules=1, lessons_per_module=3, index=index)
    large, _ = build_course(modules=3, lessons_per_module=10, index=index)
    small_count, small_outline = count_queries(lambda: course_outline(small))
    large_count, large_outline = count_queries(lambda: course_outline(large))
    assert len(small_outline.steps) == 3 and len(large_outline.steps) == 30
    assert small_count == large_count == 1


def test_step_context_links_previous_and_next_across_modules(index):
    course, lessons = build_course(modules=2, lessons_per_module=2, index=index)
    context = step_context(lessons[1])
    assert context["course"].pk == course.pk
    assert context["module"].page.pk == lessons[1].get_parent().pk
    assert context["current_step"].number == 2
    assert context["previous_step"].page.pk == lessons[0].pk
    assert context["next_step"].page.pk == lessons[2].pk  # first lesson of module 2
    assert context["next_step"].module.number == 2


def test_step_context_at_the_ends(index):
    _course, lessons = build_course(modules=2, lessons_per_module=2, index=index)
    first, last = step_context(lessons[0]), step_context(lessons[-1])
    assert first["previous_step"] is None and first["next_step"].page.pk == lessons[1].pk
    assert last["next_step"] is None and last["previous_step"].page.pk == lessons[-2].pk


def test_step_context_query_count_is_fixed(index):
    _small, small_lessons = build_course(modules=1, lessons_per_module=3, index=index)
    _large, large_lessons = build_course(modules=3, lessons_per_module=10, index=index)
    small_count, _ = count_queries(lambda: step_context(small_lessons[1]))
    large_count, _ = count_queries(lambda: step_context(large_lessons[15]))
    assert small_count == large_count == 2


def test_catalogue_filters_by_topic(index):
    cv, interview = TopicFactory(slug="cv"), TopicFactory(slug="entretien")
    a = CoursePageFactory(parent=index, topic=cv)
    CoursePageFactory(parent=index, topic=interview)
    CoursePageFactory(parent=index, topic=None)
    assert [c.pk for c in catalogue_courses(index, topic_slug="cv")] == [a.pk]
    assert list(catalogue_courses(index, topic_slug="inconnu")) == []
    assert len(catalogue_courses(index)) == 3


@pytest.mark.parametrize(
    ("duration", "expected"),
    [("court", [59]), ("moyen", [60, 180]), ("long", [181]), ("", [59, 60, 180, 181])],
)
def test_catalogue_filters_by_duration_with_inclusive_bounds(index, duration, expected):
    for minutes in (59, 60, 180, 181):
        CoursePageFactory(parent=index, estimated_duration_minutes=minutes)
    courses = catalogue_courses(index, duration=duration)
    assert [c.estimated_duration_minutes for c in courses] == expected


def test_catalogue_ignores_an_unknown_duration(index):
    CoursePageFactory(parent=index, estimated_duration_minutes=30)
    CoursePageFactory(parent=index, estimated_duration_minutes=300)
    assert len(catalogue_courses(index, duration="'; DROP TABLE--")) == 2


def test_catalogue_hides_unpublished_courses(index):
    live = CoursePageFactory(parent=index)
    CoursePageFactory(parent=index, live=False)
    assert [c.pk for c in catalogue_courses(index)] == [live.pk]


def test_catalogue_query_count_does_not_grow_with_courses(index):
    topic = TopicFactory(slug="cv")
    for _ in range(2):
        CoursePageFactory(parent=index, topic=topic)
    small_count, small = count_queries(lambda: list(catalogue_courses(index)))
    for _ in range(18):
        CoursePageFactory(parent=index, topic=topic)
    large_count, large = count_queries(
        lambda: [(c.topic, c.cover_image) for c in catalogue_courses(index)]
    )
    assert (len(small), len(large)) == (2, 20)
    assert small_count == large_count


def test_topics_in_use_lists_topics_of_live_courses_once(index):
    cv, unused, hidden = (
        TopicFactory(slug="cv"),
        TopicFactory(slug="vide"),
        TopicFactory(slug="cache"),
    )
    CoursePageFactory(parent=index, topic=cv)
    CoursePageFactory(parent=index, topic=cv)
    CoursePageFactory(parent=index, topic=hidden, live=False)
    assert list(topics_in_use(index)) == [cv]
    assert unused not in topics_in_use(index)


def test_featured_courses_are_live_and_limited(index):
    for _ in range(4):
        CoursePageFactory(parent=index)
    CoursePageFactory(parent=index, live=False)
    assert len(featured_courses(limit=3)) == 3
    assert len(featured_courses(limit=10)) == 4


def test_filter_counts_follow_the_other_filter(index):
    cv, interview = TopicFactory(name="CV", slug="cv"), TopicFactory(name="Entretien", slug="ent")
    CoursePageFactory(parent=index, topic=cv, estimated_duration_minutes=30)
    CoursePageFactory(parent=index, topic=cv, estimated_duration_minutes=90)
    CoursePageFactory(parent=index, topic=interview, estimated_duration_minutes=240)
    CoursePageFactory(parent=index, topic=None, estimated_duration_minutes=45)
    CoursePageFactory(parent=index, topic=cv, estimated_duration_minutes=30, live=False)

    def topic_counts(**filters):
        return [(t.name, t.course_count) for t in topics_in_use(index, **filters)]

    def duration_counts(counts):
        return [(o.key, o.course_count) for o in counts.durations]

    assert topic_counts() == [("CV", 2), ("Entretien", 1)]
    assert topic_counts(duration="court") == [("CV", 1), ("Entretien", 0)]
    everything = catalogue_counts(index)
    assert duration_counts(everything) == [("court", 2), ("moyen", 1), ("long", 1)]
    assert (everything.all_durations, everything.all_topics) == (4, 4)
    of_cv = catalogue_counts(index, topic_slug="cv", duration="long")
    assert duration_counts(of_cv) == [("court", 1), ("moyen", 1), ("long", 0)]
    assert (of_cv.all_durations, of_cv.all_topics) == (2, 1)
    # Each count is what the list shows once that option is chosen.
    for key, count in duration_counts(of_cv):
        assert len(catalogue_courses(index, topic_slug="cv", duration=key)) == count


def test_filter_counts_take_a_fixed_number_of_queries(index):
    def facets():
        return (
            [t.course_count for t in topics_in_use(index, duration="court")],
            catalogue_counts(index, topic_slug="t1", duration="court"),
        )

    TopicFactory(slug="t1")
    CoursePageFactory(parent=index, topic=TopicFactory(slug="t1"))
    small_count, _ = count_queries(facets)
    for n in range(12):
        CoursePageFactory(parent=index, topic=TopicFactory(slug=f"t{n}"))
    large_count, (topics, _counts) = count_queries(facets)
    assert len(topics) == 12
    assert small_count == large_count == 2


def test_catalogue_page_shows_counts_beside_each_filter(client, index):
    cv = TopicFactory(name="CV", slug="cv")
    CoursePageFactory(parent=index, topic=cv, estimated_duration_minutes=30)
    CoursePageFactory(parent=index, topic=cv, estimated_duration_minutes=90)
    page = BeautifulSoup(client.get(index.url).content, "html.parser")
    options = [
        o.get_text(strip=True) for o in page.find("select", id="filter-theme").find_all("option")
    ]
    assert options == ["Tous les thèmes (2)", "CV (2)"]
    radios = [
        " ".join(r.parent.get_text().split()) for r in page.find_all("input", {"name": "duree"})
    ]
    assert radios == [
        "Toutes les durées (2)",
        "Moins d'1 heure (1)",
        "1 à 3 heures (1)",
        "Plus de 3 heures (0)",
    ]
