import pytest
from django.urls import reverse

from courses.services import step_complete
from quizzes.services import attempt_start, attempt_submit
from tests.quizzes.test_services import wrong_answers

pytestmark = pytest.mark.django_db


def test_pages_render(client, counsellor, learner, linked, course_with_quiz):
    course, lessons, quiz = course_with_quiz
    step_complete(user=learner, step=lessons[0])
    for _ in range(2):
        attempt_submit(attempt=attempt_start(user=learner, quiz=quiz), answers=wrong_answers())
    client.force_login(counsellor)
    for url in [
        reverse("counselling:caseload"),
        reverse("counselling:caseload") + "?flag=exhausted&sort=name&q=a",
        reverse("counselling:learner", args=[learner.pk]),
        reverse("counselling:brief", args=[learner.pk]),
        reverse("counselling:invitation_code"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
    response = client.post(
        reverse("counselling:note_create", args=[learner.pk]),
        {"body": "Bonjour **Karim**\n\n- un\n- deux <script>x</script>", "shared": "1"},
    )
    assert response.status_code == 302
    response = client.post(
        reverse("counselling:grant", args=[learner.pk, quiz.pk]), {"reason": "ok"}
    )
    assert response.status_code == 302
    csv = b"".join(client.get(reverse("counselling:export")).streaming_content).decode()
    print(csv)
    client.force_login(learner)
    for url in [
        reverse("dashboard:home"),
        reverse("counselling:sharing"),
        reverse("accounts:my_data"),
        quiz.url,
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert "accordé une tentative" in client.get(quiz.url).content.decode()
