"""The page tree's rules are data (parent_page_types / subpage_types): check every edge."""

from django.apps import apps
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cms.models import HomePage, StandardPage
from courses.pages import CourseIndexPage, CoursePage, ModulePage
from courses.steps import STEP_PAGE_TYPES
from lessons.models import LessonPage


def step_models():
    return {apps.get_model(label) for label in STEP_PAGE_TYPES}


class TreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {CourseIndexPage, StandardPage})
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_only_one_home_page(self):
        # Migration cms.0003 created it; max_count = 1 forbids a second one.
        root = Page.objects.get(depth=1)
        self.assertEqual(HomePage.objects.count(), 1)
        self.assertFalse(HomePage.can_create_at(root))

    def test_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(CourseIndexPage, StandardPage)
        self.assertCanNotCreateAt(ModulePage, StandardPage)

    def test_course_index_page(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertCanNotCreateAt(StandardPage, CourseIndexPage)
        self.assertCanNotCreateAt(CourseIndexPage, CourseIndexPage)

    def test_only_one_catalogue(self):
        home = HomePage.objects.get()
        self.assertTrue(CourseIndexPage.can_create_at(home))
        home.add_child(instance=CourseIndexPage(title="Catalogue", slug="cours"))
        self.assertFalse(CourseIndexPage.can_create_at(home))

    def test_course_page(self):
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(CoursePage, CoursePage)
        self.assertCanNotCreateAt(CoursePage, LessonPage)

    def test_module_page_accepts_every_step_type(self):
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(ModulePage, step_models())
        self.assertIn(LessonPage, step_models())
        self.assertCanCreateAt(ModulePage, LessonPage)
        self.assertCanNotCreateAt(ModulePage, ModulePage)
        self.assertCanNotCreateAt(ModulePage, CoursePage)

    def test_steps_live_only_in_modules_and_have_no_children(self):
        for step_model in step_models():
            with self.subTest(step=step_model.__name__):
                self.assertAllowedParentPageTypes(step_model, {ModulePage})
                self.assertAllowedSubpageTypes(step_model, set())
                self.assertCanNotCreateAt(CoursePage, step_model)
                self.assertCanNotCreateAt(HomePage, step_model)

    def test_lesson_page(self):
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())
