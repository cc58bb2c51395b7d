"""A job seeker on a phone: sign up, enrol, read a lesson, mark it done, see the dashboard move,
press "Reprendre" and land on the next lesson. No serious/critical axe-core violation on the way."""

import re

import pytest

from courses.models import Enrollment, StepCompletion
from tests.factories import CourseIndexPageFactory, build_course

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def course_and_lessons():
    index = CourseIndexPageFactory()
    return build_course(modules=2, lessons_per_module=2, index=index, title="Réussir son CV")


def test_sign_up_enrol_complete_and_resume(
    phone_page, course_and_lessons, assert_accessible, assert_no_horizontal_scroll
):
    from playwright.sync_api import expect

    page = phone_page
    course, lessons = course_and_lessons

    # An anonymous reader opens a lesson: readable, with an invitation to keep progress.
    page.goto(lessons[0].url)
    actions = page.locator("#actions-etape")
    expect(actions).to_contain_text("Connectez-vous")
    assert_accessible(page)
    assert_no_horizontal_scroll(page)

    # Sign up from the invitation; the sign-up form brings the reader back.
    actions.get_by_role("link", name="Créer un compte").click()
    page.fill("#id_first_name", "Awa")
    page.fill("#id_last_name", "Diallo")
    page.fill("#id_email", "awa.diallo@example.org")
    page.fill("#id_password1", "un-mot-de-passe-solide-42")
    page.fill("#id_password2", "un-mot-de-passe-solide-42")
    page.get_by_role("button", name="Créer mon compte").click()
    page.wait_for_load_state()

    # Enrol from the course page: the learner lands on the first step.
    page.goto(course.url)
    assert_accessible(page)
    page.get_by_role("button", name="Commencer le cours").click()
    expect(page).to_have_url(re.compile(re.escape(lessons[0].url) + "$"))
    assert Enrollment.objects.filter(user__email="awa.diallo@example.org").count() == 1

    # Read the lesson, mark it done.
    expect(page.get_by_role("heading", level=1)).to_have_text(lessons[0].title)
    assert_accessible(page)
    page.get_by_role("button", name="Marquer comme terminée").click()
    expect(page.locator("#actions-etape")).to_contain_text("Étape terminée")
    expect(page.get_by_role("status").first).to_contain_text("Votre progression est enregistrée")
    assert StepCompletion.objects.filter(step=lessons[0]).count() == 1
    assert_accessible(page)

    # The dashboard shows the progress: 1 step of 4.
    page.locator("#actions-etape").get_by_role("link", name="Mon parcours").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mon parcours")
    bar = page.get_by_role("progressbar", name="Progression du cours")
    expect(bar).to_have_attribute("aria-valuenow", "25")
    expect(page.get_by_text("1 étape terminée sur 4")).to_be_visible()
    assert_accessible(page)
    assert_no_horizontal_scroll(page)

    # "Reprendre" goes to the next lesson to do.
    page.get_by_role("link", name=re.compile("^Reprendre")).click()
    expect(page).to_have_url(re.compile(re.escape(lessons[1].url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(lessons[1].title)
    assert_accessible(page)
