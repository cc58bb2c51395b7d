import csv
import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from quizzes.models import QuizAttempt
from quizzes.services import attempt_start, attempt_submit
from quizzes.statistics import SPREAD_SIZE, discrimination_index, quiz_statistics
from tests.factories import UserFactory
from tests.quizzes.factories import QuizPageFactory, sample_questions
from tests.quizzes.test_services import wrong_answers

pytestmark = pytest.mark.django_db


def take(quiz, answers, user=None):
    user = user or UserFactory()
    return attempt_submit(attempt=attempt_start(user=user, quiz=quiz), answers=answers)


def test_discrimination_index_formula():
    ranked = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]  # best first; g = round(2.7) = 3
    assert discrimination_index(ranked, {1: 1, 2: 1, 3: 1}) == 1.0
    assert discrimination_index(ranked, {8: 1, 9: 1, 10: 1}) == -1.0
    assert discrimination_index(ranked, {1: 1, 2: 1, 8: 1}) == pytest.approx(1 / 3)
    assert discrimination_index([1], {1: 1}) is None


def test_quiz_and_question_statistics():
    quiz = QuizPageFactory()
    _q, key = sample_questions()
    take(quiz, key)
    take(quiz, key | {"q-self": 5})
    take(quiz, wrong_answers())
    take(quiz, wrong_answers() | {"q-single": "c-photo", "q-text": "Un  CV !"})
    stats = quiz_statistics(quiz)
    assert stats.attempts == 4 and stats.learners == 4
    assert stats.mean_score == 50.0 and stats.pass_rate == 50.0
    by_id = {q.question.id: q for q in stats.questions}
    single = by_id["q-single"]
    assert single.answers == 4 and single.facility == 50.0
    assert single.discrimination == 1.0  # g = 1: best attempt right, weakest wrong
    assert single.wrong_answer in ("La photo", "Les loisirs") and single.wrong_count == 1
    assert by_id["q-multi"].wrong_answer == "Votre religion"
    assert (by_id["q-text"].wrong_answer, by_id["q-text"].wrong_count) == ("un cv", 2)
    assert by_id["q-order"].wrong_answer.startswith("Relancer → Envoyer")
    assert by_id["q-self"].scale_counts == [0, 2, 1, 0, 1]
    assert by_id["q-self"].scale_mean == 3.0 and by_id["q-self"].facility is None


def test_date_filter():
    quiz = QuizPageFactory()
    old = take(quiz, wrong_answers())
    QuizAttempt.objects.filter(pk=old.pk).update(submitted_at=timezone.now() - timedelta(days=30))
    take(quiz, sample_questions()[1])
    today = timezone.localdate()
    stats = quiz_statistics(quiz, date_from=today - timedelta(days=1))
    assert stats.attempts == 1 and stats.mean_score == 100.0
    assert quiz_statistics(quiz, date_to=today - timedelta(days=2)).attempts == 1


def _make_attempts(quiz, n):
    _q, key = sample_questions()
    for i in range(n):
        take(quiz, key if i % 2 else wrong_answers())


@pytest.mark.parametrize("n", [10, 100])
def test_statistics_page_query_budget(client, editor, n, django_assert_max_num_queries):
    quiz = QuizPageFactory()
    _make_attempts(quiz, n)
    client.force_login(editor)
    url = reverse("quiz_stats:detail", args=[quiz.pk])
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    assert f"<strong>{n}</strong>" in response.content.decode()
    print(f"stats page queries at {n} attempts: {len(ctx.captured_queries)}")
    with django_assert_max_num_queries(len(ctx.captured_queries)):
        client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        quiz_statistics(quiz)
    assert len(ctx.captured_queries) == 2


def test_statistics_queries_do_not_grow_with_attempts(client, editor):
    counts = []
    for n in (10, 100):
        quiz = QuizPageFactory()
        _make_attempts(quiz, n)
        client.force_login(editor)
        url = reverse("quiz_stats:detail", args=[quiz.pk])
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            client.get(url)
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]


def test_csv_export(client, editor):
    quiz = QuizPageFactory(title="=HYPERLINK quiz")
    _make_attempts(quiz, 4)
    client.force_login(editor)
    response = client.get(reverse("quiz_stats:detail", args=[quiz.pk]), {"format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Quiz", "'=HYPERLINK quiz"]  # formula defused
    assert rows[2] == ["Tentatives", "4"]
    header = rows[7]
    assert "Indice de discrimination" in header
    single = next(r for r in rows[8:] if r[1] == "q-single")
    assert single[5] == "50.0"


def test_bad_dates_do_not_crash(client, editor):
    quiz = QuizPageFactory()
    client.force_login(editor)
    url = reverse("quiz_stats:detail", args=[quiz.pk])
    assert client.get(url, {"date_from": "pas une date"}).status_code == 200
    response = client.get(url, {"date_from": "2026-02-01", "date_to": "2026-01-01"})
    assert response.status_code == 200
    assert "La date de début doit précéder la date de fin." in response.content.decode()


def test_index_and_menu_for_editors_only(client, editor, learner):
    quiz = QuizPageFactory()
    _make_attempts(quiz, 2)
    client.force_login(editor)
    index = client.get(reverse("quiz_stats:index"))
    assert index.status_code == 200 and quiz.title in index.content.decode()
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Statistiques des quiz" in home
    client.force_login(learner)
    assert client.get(reverse("quiz_stats:detail", args=[quiz.pk])).status_code in (302, 403)


def test_listing_has_a_statistics_button(client, editor):
    quiz = QuizPageFactory()
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_explore", args=[quiz.get_parent().pk]))
    assert reverse("quiz_stats:detail", args=[quiz.pk]) in response.content.decode()


def test_the_spread_of_typed_wrong_answers_lets_an_editor_add_a_variant(client, editor):
    quiz = QuizPageFactory()
    typed = ["Un CV", "un cv !", "la lettre", "Lettre", "LETTRE", "courrier"]
    typed += [f"réponse {i}" for i in range(12)]
    for text in typed:
        take(quiz, wrong_answers() | {"q-text": text})
    take(quiz, sample_questions()[1])  # right: not in the spread
    stats = {q.question.id: q for q in quiz_statistics(quiz).questions}
    text = stats["q-text"]
    assert text.spread[:3] == [("lettre", 2), ("un cv", 2), ("courrier", 1)]
    assert len(text.spread) == SPREAD_SIZE and text.spread_distinct == 16
    assert (text.wrong_answer, text.wrong_count) == ("lettre", 2)
    # Choices: each wrong choice picked, with its count.
    assert stats["q-single"].spread == [("Les loisirs", 18)]

    client.force_login(editor)
    url = reverse("quiz_stats:detail", args=[quiz.pk])
    html = client.get(url).content.decode()
    assert "<li>lettre (2)</li>" in html and "16 mauvaises réponses différentes en tout." in html
    rows = list(csv.reader(io.StringIO(client.get(url, {"format": "csv"}).content.decode())))
    row = next(r for r in rows[8:] if r[1] == "q-text")
    assert row[-1].startswith("lettre (2) ; un cv (2) ; courrier (1)")
