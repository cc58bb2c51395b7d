"""The outline beside a step is rendered once per course, page version and language and shared by
every reader; what is the reader's own (the current step, the status badges) is filled in per
request. These tests prove that nothing leaks from one reader, step or language to another."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from courses.services import enrollment_create, step_complete
from tests.factories import build_course

pytestmark = pytest.mark.django_db


def outline(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find(
        "details", attrs={"data-outline": True}
    )


def badges(nav) -> list[str]:
    return [
        " ".join(li.get_text(" ").split()[-2:]) for li in nav.find_all("li", class_="items-center")
    ]


def test_each_reader_sees_their_own_progress_and_step(client, learner, other_learner):
    course, lessons = build_course(modules=2, lessons_per_module=2)
    for user in (learner, other_learner):
        enrollment_create(user=user, course=course)
    step_complete(user=learner, step=lessons[0])
    step_complete(user=learner, step=lessons[1])

    client.force_login(learner)
    mine = outline(client, lessons[2].url)
    assert [a.get_text(" ", strip=True) for a in mine.select('[aria-current="step"]')] == [
        f"3. {lessons[2].title} (étape en cours)"
    ]
    mine_text = mine.get_text(" ")
    assert mine_text.count("Terminée") == 2 and "À faire ensuite" in mine_text

    client.force_login(other_learner)  # same course, same cached outline, other progress and step
    theirs = outline(client, lessons[0].url)
    current = theirs.select('[aria-current="step"]')
    assert len(current) == 1 and lessons[0].title in current[0].get_text()
    assert "Terminée" not in theirs.get_text(" ")
    assert "(étape en cours)" in current[0].get_text()
    assert theirs.get_text(" ").count("(étape en cours)") == 1

    client.logout()  # a visitor: no badge at all, still the current step
    anonymous = outline(client, lessons[1].url)
    assert "Terminée" not in anonymous.get_text() and "À faire" not in anonymous.get_text()
    assert lessons[1].title in anonymous.select_one('[aria-current="step"]').get_text()
    assert "\x1f" not in str(anonymous)


def test_the_outline_follows_the_language_and_the_pages(client, learner):
    course, lessons = build_course(modules=1, lessons_per_module=2)
    enrollment_create(user=learner, course=course)
    step_complete(user=learner, step=lessons[0])
    client.force_login(learner)
    assert "Terminée" in outline(client, lessons[1].url).get_text()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = outline(client, lessons[1].url)
    assert "Completed" in english.get_text() and "(current step)" in english.get_text()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"

    lessons[0].title = "Un titre tout neuf"
    lessons[0].save_revision().publish()
    assert "Un titre tout neuf" in outline(client, lessons[1].url).get_text()
