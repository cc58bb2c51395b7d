"""The bench's own pieces that can be checked without a server: its URLconf, the quiz POST it
replays, its reading of wrk's output, the checks after the synchronised start, its tables."""

import random
from urllib.parse import parse_qs

import pytest
from django.test import override_settings
from django.urls import resolve

from bench import harness, ours, report
from bench import urls as bench_urls
from bench.urls import BARE_PATH
from quizzes.models import QuizAnswer, QuizAttempt
from quizzes.services import attempt_start
from tests.quizzes.factories import QuizPageFactory

pytestmark = pytest.mark.django_db

WRK_OUTPUT = """Running 5s test @ http://127.0.0.1:8301/__bench__/ok/
  1 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     4.91ms    1.20ms  20.10ms   85.00%
    Req/Sec   815.23     50.12     0.90k    70.00%
  Latency Distribution
     50%  850.00us
     75%    5.20ms
     90%    6.10ms
     99%    1.20s
  4071 requests in 5.00s, 1.20MB read
  Socket errors: connect 0, read 1, write 0, timeout 2
  Non-2xx or 3xx responses: 3
Requests/sec:    813.72
Transfer/sec:    245.10KB
"""


def test_the_bare_view_exists_in_the_bench_urlconf_only(client):
    assert resolve(BARE_PATH).func is not bench_urls.bare  # the project's URLconf
    assert client.get(BARE_PATH).status_code == 404
    with override_settings(ROOT_URLCONF="bench.urls"):
        response = client.get(BARE_PATH)
    assert response.status_code == 200 and response.content == b"ok"


def test_the_replayed_submission_is_accepted_by_the_quiz_form(client, learner):
    quiz = QuizPageFactory(shuffle_choices=True)
    attempt = attempt_start(user=learner, quiz=quiz, rng=random.Random(1))
    body = ours.submit_body(quiz, attempt.pk, random.Random(2))
    fields = parse_qs(body)
    assert fields["csrfmiddlewaretoken"] == [ours.CSRF_SECRET]
    client.force_login(learner)
    response = client.generic("POST", quiz.url, body, "application/x-www-form-urlencoded")
    assert response.status_code == 302
    assert "/tentatives/" in response["Location"]
    attempt.refresh_from_db()
    assert attempt.submitted_at is not None
    assert QuizAnswer.objects.filter(attempt=attempt).count() == len(quiz.get_questions())


def test_sessions_sign_in_their_learners(client, learner):
    key = ours.session_for([learner])[learner.pk]
    client.cookies["sessionid"] = key
    response = client.get("/apprendre/mon-parcours/")
    assert response.status_code == 200
    assert response.context["user"] == learner


def test_the_checks_after_the_synchronised_start(learner, other_learner):
    quiz = QuizPageFactory()
    done = attempt_start(user=learner, quiz=quiz, rng=random.Random(1))
    QuizAttempt.objects.filter(pk=done.pk).update(submitted_at=done.started_at)
    QuizAnswer.objects.create(
        attempt=done, question_id="q-single", question_type="single_choice", response="x"
    )
    checks = ours.check_sync_start(quiz, [learner.pk, other_learner.pk], {learner.pk})
    assert checks["with one attempt"] == 1
    assert checks["without attempt"] == 1
    assert checks["duplicates"] == 0
    assert checks["submitted"] == 1
    assert checks["partial answers"] == 1  # one answer stored out of six questions
    assert checks["lost answers"] == 1  # acknowledged, but not every answer is there


def test_wrk_output_is_read_with_its_units_and_errors():
    run = harness.parse_wrk(WRK_OUTPUT)
    assert run["rps"] == 813.72
    assert run["requests"] == 4071
    assert run["errors"] == 6  # 3 socket errors + 3 non-2xx/3xx responses
    assert run["p50_ms"] == pytest.approx(0.85)
    assert run["p99_ms"] == pytest.approx(1200.0)


def test_ratios_are_taken_round_by_round():
    bare = harness.Target("ours", "bare", None, "/", runs=[])
    page = harness.Target("ours", "page", None, "/p/", runs=[])
    for bare_rps, page_rps in [(1000, 10), (500, 10), (800, 4)]:
        bare.runs.append({"rps": bare_rps, "cpu_ms": 1, "p50_ms": 1, "errors": 0, "requests": 1})
        page.runs.append({"rps": page_rps, "cpu_ms": 5, "p50_ms": 1, "errors": 1, "requests": 1})
    summary = harness.summary(page, bare)
    assert summary["rps"] == 10
    assert summary["ratio"] == pytest.approx(0.01)  # median of 0.01, 0.02 and 0.005
    assert summary["errors"] == 3


def test_tables_align_their_columns():
    lines = report.table(["page", "req/s"], [["lesson", "12.5"], ["course page", "7"]])
    assert len({len(line) for line in lines}) == 1
    assert lines[1].startswith("|:") and lines[1].endswith(":|")
