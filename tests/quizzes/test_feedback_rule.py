"""One feedback rule (selectors.feedback_allowed) for every view of an attempt: the review page and
the learner's data export hide correctness alike until the quiz shows it; the export is readable
(texts, not ids)."""

import json

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse

from quizzes.personal_data import personal_data
from quizzes.services import attempt_start, attempt_submit
from tests.quizzes.factories import QuizPageFactory, sample_questions
from tests.quizzes.test_services import wrong_answers

pytestmark = pytest.mark.django_db

CORRECTNESS = ("is_correct", "credit")


def submit(user, quiz, answers):
    return attempt_submit(attempt=attempt_start(user=user, quiz=quiz), answers=answers)


def test_a_failed_attempt_before_the_feedback_is_due_hides_correctness_everywhere(client, learner):
    quiz = QuizPageFactory(max_attempts=3, feedback_timing="after_pass_or_last")
    attempt = submit(learner, quiz, wrong_answers())
    client.force_login(learner)
    review = client.get(reverse("quizzes:attempt", args=[attempt.pk]), follow=True).content.decode()
    assert "Les bonnes réponses et les explications s'afficheront" in review
    assert "Votre choix — incorrect" not in review and "Bonne réponse" not in review

    exported = personal_data(learner)["quiz_attempts"][0]
    assert exported["corrections_shown"] is False
    for answer in exported["answers"]:
        assert not set(CORRECTNESS) & set(answer), answer
    # The account's whole export, as downloaded, says the same.
    text = client.get(reverse("accounts:my_data_export")).content.decode()
    assert "Les loisirs" in text  # the learner's own answer, as text
    assert '"is_correct"' not in text and '"credit"' not in text


def test_once_passed_every_attempt_shows_correctness_in_the_export(learner):
    quiz = QuizPageFactory(max_attempts=3, feedback_timing="after_pass_or_last")
    submit(learner, quiz, wrong_answers())
    submit(learner, quiz, sample_questions()[1])
    first, second = personal_data(learner)["quiz_attempts"]
    assert first["corrections_shown"] and second["corrections_shown"]
    answers = {a["question"]: a for a in first["answers"]}
    single = answers["Quelle rubrique placer en premier sur un CV pour un premier emploi ?"]
    assert single["is_correct"] is False and single["credit"] == 0.0


def test_the_last_attempt_used_shows_correctness(learner):
    quiz = QuizPageFactory(max_attempts=1, feedback_timing="after_pass_or_last")
    submit(learner, quiz, wrong_answers())
    assert personal_data(learner)["quiz_attempts"][0]["corrections_shown"] is True


def test_immediate_feedback_shows_correctness(learner):
    submit(learner, QuizPageFactory(), wrong_answers())
    exported = personal_data(learner)["quiz_attempts"][0]
    assert exported["corrections_shown"] is True
    assert all(set(CORRECTNESS) <= set(a) for a in exported["answers"])


def test_the_export_is_readable_texts_not_ids(learner):
    quiz = QuizPageFactory()
    submit(learner, quiz, wrong_answers())
    answers = {a["question"]: a for a in personal_data(learner)["quiz_attempts"][0]["answers"]}
    by_prompt = {q.prompt: q for q in quiz.get_questions()}
    readable = {q.id: answers[p] for p, q in by_prompt.items()}
    assert readable["q-single"]["answer"] == "Les loisirs"
    assert readable["q-multi"]["answer"] == ["Votre religion"]
    assert readable["q-tf"]["answer"] == "Faux"
    assert readable["q-text"]["answer"] == "un CV"
    assert readable["q-order"]["answer"] == [
        "Relancer",
        "Envoyer",
        "Adapter son CV",
        "Lire l'offre",
    ]
    assert readable["q-self"]["answer"].startswith("2 sur 5")
    assert readable["q-single"]["question_type"] == "Choix unique"
    text = json.dumps(personal_data(learner), cls=DjangoJSONEncoder)
    for identifier in ("c-loisirs", "c-religion", "o-1", "q-single"):
        assert identifier not in text


def test_export_queries_do_not_grow_with_attempts(learner, django_assert_max_num_queries):
    quiz = QuizPageFactory(max_attempts=None)
    submit(learner, quiz, wrong_answers())
    personal_data(learner)
    with django_assert_max_num_queries(2):
        personal_data(learner)
    for _ in range(5):
        submit(learner, quiz, wrong_answers())
    with django_assert_max_num_queries(2):
        assert len(personal_data(learner)["quiz_attempts"]) == 6
