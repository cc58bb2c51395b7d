import pytest
from django.urls import reverse

from courses.models import StepCompletion
from quizzes.models import QuizAnswer, QuizAttempt
from quizzes.services import attempt_start, attempt_submit
from tests.quizzes.factories import QuizPageFactory, form_data, sample_questions
from tests.quizzes.test_services import wrong_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz():
    return QuizPageFactory(max_attempts=3)


def start(client, quiz):
    response = client.post(quiz.url, {"action": "start"})
    assert response.status_code == 302
    return QuizAttempt.objects.get(quiz=quiz, submitted_at__isnull=True)


def test_anonymous_visitor_is_invited_to_log_in(client, quiz):
    response = client.get(quiz.url)
    assert response.status_code == 200
    assert "Se connecter pour répondre" in response.content.decode()
    assert client.post(quiz.url, {"action": "start"}).status_code == 302
    assert not QuizAttempt.objects.exists()


def test_quiz_page_in_the_course_outline_and_step_layout(client, learner, quiz):
    client.force_login(learner)
    response = client.get(quiz.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["current_step"].page.pk == quiz.pk
    assert "Commencer le quiz" in html


def test_take_fail_retake_pass_and_review(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    page = client.get(quiz.url).content.decode()
    assert 'name="attempt"' in page and "Question 1 sur 6" in page
    assert '<fieldset id="question-1"' in page and "<legend" in page

    response = client.post(quiz.url, form_data(attempt, wrong_answers()))
    assert response.status_code == 302
    # The result is served by the quiz page itself, at a sub-route.
    assert response["Location"] == quiz.result_url(attempt.pk)
    assert response["Location"].startswith(quiz.url)
    result = client.get(response["Location"]).content.decode()
    assert "Pas encore\u00a0: vous pouvez réessayer" in result
    assert "Il vous reste 2 tentatives." in result
    assert not StepCompletion.objects.exists()

    second = start(client, quiz)
    assert second.number == 2
    _q, key = sample_questions()
    response = client.post(quiz.url, form_data(second, key))
    result = client.get(response["Location"]).content.decode()
    assert "Bravo, quiz réussi\u00a0!" in result
    assert "Sans expérience, la formation vient d&#x27;abord." in result  # explanation
    assert StepCompletion.objects.filter(user=learner, step_id=quiz.pk).exists()
    # The quiz page lists both attempts with links to review them.
    page = client.get(quiz.url).content.decode()
    assert quiz.result_url(attempt.pk) in page
    assert "Note retenue (meilleure tentative)" in page and "100 %" in page


def test_double_submit_shows_the_first_result(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    first = client.post(quiz.url, form_data(attempt, wrong_answers()))
    _q, key = sample_questions()
    again = client.post(quiz.url, form_data(attempt, key))
    assert again.status_code == 302 and again["Location"] == first["Location"]
    attempt.refresh_from_db()
    assert attempt.score == 0 and QuizAnswer.objects.count() == 6


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d.update({"q_q-single": "c-inconnu"}),
        lambda d: d.update({"q_q-multi": ["c-coord", "pas-un-choix"]}),
        lambda d: d.pop("q_q-tf"),
        lambda d: d.update({"q_q-text": "x" * 201}),
        lambda d: d.update({"q_q-self": "cinq"}),
        lambda d: d.update({"q_q-self": "6"}),
        lambda d: d.update({"q_q-order__o-1": "2"}),  # two items at position 2
        lambda d: d.update({"q_q-order__o-1": "9"}),
        lambda d: d.update({"q_autre-question": "c-formation"}),
        lambda d: d.update({"q_q-text": "a\x00b"}),
    ],
)
def test_tampered_post_is_a_400_and_records_nothing(client, learner, quiz, tamper):
    client.force_login(learner)
    attempt = start(client, quiz)
    _q, key = sample_questions()
    data = form_data(attempt, key)
    tamper(data)
    response = client.post(quiz.url, data)
    assert response.status_code == 400
    assert "Il manque quelque chose avant d" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and not QuizAnswer.objects.exists()


@pytest.mark.parametrize("attempt_value", ["", "abc", "999999"])
def test_bad_attempt_id_is_a_400(client, learner, quiz, attempt_value):
    client.force_login(learner)
    start(client, quiz)
    response = client.post(quiz.url, {"action": "submit", "attempt": attempt_value})
    assert response.status_code == 400


def test_unknown_action_is_a_400(client, learner, quiz):
    client.force_login(learner)
    assert client.post(quiz.url, {"action": "supprimer"}).status_code == 400


def test_someone_elses_attempt_cannot_be_submitted_or_reviewed(
    client, learner, other_learner, quiz
):
    attempt = attempt_start(user=other_learner, quiz=quiz)
    client.force_login(learner)
    _q, key = sample_questions()
    assert client.post(quiz.url, form_data(attempt, key)).status_code == 400
    attempt_submit(attempt=attempt, answers=key)
    assert client.get(reverse("quizzes:attempt", args=[attempt.pk])).status_code == 404
    assert client.get(reverse("quizzes:attempt", args=[123456])).status_code == 404
    assert client.get(quiz.result_url(attempt.pk)).status_code == 404
    assert client.get(quiz.result_url(10**30)).status_code == 404


def test_old_attempt_link_redirects_to_the_result_on_the_quiz_page(client, learner, quiz):
    attempt = attempt_start(user=learner, quiz=quiz)
    attempt_submit(attempt=attempt, answers=sample_questions()[1])
    client.force_login(learner)
    response = client.get(reverse("quizzes:attempt", args=[attempt.pk]))
    assert response.status_code == 302 and response["Location"] == quiz.result_url(attempt.pk)


def test_quiz_urls_refuse_other_methods(client, learner, quiz):
    attempt = attempt_start(user=learner, quiz=quiz)
    attempt_submit(attempt=attempt, answers=sample_questions()[1])
    client.force_login(learner)
    for url in (quiz.url, quiz.result_url(attempt.pk)):
        assert client.put(url).status_code == 405
        assert client.delete(url).status_code == 405
    assert client.post(quiz.result_url(attempt.pk)).status_code == 405


def test_review_requires_login(client, learner, quiz):
    attempt = attempt_start(user=learner, quiz=quiz)
    response = client.get(reverse("quizzes:attempt", args=[attempt.pk]))
    assert response.status_code == 302
    response = client.get(quiz.result_url(attempt.pk))
    assert response.status_code == 302 and "/compte/" in response["Location"]


def test_free_text_is_escaped_on_output(client, learner, quiz):
    client.force_login(learner)
    attempt = start(client, quiz)
    answers = wrong_answers() | {"q-text": '<script>alert("x")</script>'}
    response = client.post(quiz.url, form_data(attempt, answers))
    html = client.get(response["Location"]).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert QuizAnswer.objects.get(question_id="q-text").response == '<script>alert("x")</script>'


def test_limit_reached_is_refused_with_a_clear_message(client, learner):
    quiz = QuizPageFactory(max_attempts=1)
    client.force_login(learner)
    attempt = start(client, quiz)
    client.post(quiz.url, form_data(attempt, wrong_answers()))
    response = client.post(quiz.url, {"action": "start"}, follow=True)
    html = response.content.decode()
    assert "Vous avez utilisé votre tentative pour ce quiz." in html
    assert QuizAttempt.objects.filter(user=learner).count() == 1


def test_feedback_after_pass_or_last_hides_answers_until_then(client, learner):
    quiz = QuizPageFactory(max_attempts=2, feedback_timing="after_pass_or_last")
    client.force_login(learner)
    attempt = start(client, quiz)
    response = client.post(quiz.url, form_data(attempt, wrong_answers()))
    html = client.get(response["Location"]).content.decode()
    assert "Les bonnes réponses et les explications s'afficheront" in html
    assert "Sans expérience, la formation vient" not in html
    attempt = start(client, quiz)
    response = client.post(quiz.url, form_data(attempt, wrong_answers()))  # last attempt
    html = client.get(response["Location"]).content.decode()
    assert "Sans expérience, la formation vient" in html


def test_practice_result_shows_no_grade(client, learner):
    quiz = QuizPageFactory(is_practice=True)
    client.force_login(learner)
    attempt = start(client, quiz)
    response = client.post(quiz.url, form_data(attempt, wrong_answers()))
    html = client.get(response["Location"]).content.decode()
    assert "il n'est pas noté" in html
    assert "Votre score" not in html and "Pas encore" not in html


def test_editor_preview_shows_the_questions(client, admin_user, quiz):
    client.force_login(admin_user)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[quiz.pk]))
    assert response.status_code == 200
    assert "Aperçu des questions" in response.content.decode()


def test_course_and_module_pages_list_the_quiz(client, learner, quiz):
    module = quiz.get_parent().specific
    course = module.get_parent().specific
    for url in (module.url, course.url):
        response = client.get(url)
        assert response.status_code == 200
        assert quiz.title in response.content.decode()


def test_editors_preview_the_result_page_without_any_attempt(quiz):
    """Like a form page's landing page: Wagtail's preview modes include the result page."""
    assert "result" in [mode for mode, _label in quiz.preview_modes]
    response = quiz.make_preview_request(preview_mode="result")
    assert response.status_code == 200
    html = response.rendered_content
    assert "Bravo, quiz réussi !" in html
    assert "Sans expérience, la formation vient d&#x27;abord." in html  # explanations shown
    assert not QuizAttempt.objects.exists()  # nothing written
