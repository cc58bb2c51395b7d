"""Benchmark of the counsellor's caseload page and CSV export at 5,000 learners.

Builds, in a fresh SQLite file with the test settings, one counsellor with 5,000 linked learners
(enrolled in two courses, with step completions, graded quiz attempts and self-assessments spread
over 60 days, so that every flag occurs), then times through Django's test Client, interleaved:
  - a bare Django view returning "ok" through the same middleware (the baseline),
  - the caseload page (first page, default order), the caseload filtered on a flag and sorted by
    name, and the CSV export of the whole caseload (5,000 rows, streamed and read to the end),
and prints median and 95th-percentile times, each median as a ratio to the baseline's measured
in the same run, and the query count of one request.

Usage: .venv/bin/python bench/caseload.py [--learners N] [--requests N]
Writes its report to bench/results/caseload.txt.
"""

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
import types
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB_FILE = Path(tempfile.gettempdir()) / "mooc-bench-caseload.sqlite3"
RESULTS = ROOT / "bench" / "results" / "caseload.txt"

sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
os.environ["DATABASE_URL"] = f"sqlite:///{DB_FILE}"
for suffix in ("", "-journal", "-wal", "-shm"):
    Path(f"{DB_FILE}{suffix}").unlink(missing_ok=True)
warnings.filterwarnings("ignore", message="No directory at")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.urls import clear_url_caches, path  # noqa: E402
from django.utils import timezone  # noqa: E402

settings.ALLOWED_HOSTS = ["testserver", "localhost"]
settings.MEDIA_ROOT = tempfile.mkdtemp(prefix="mooc-bench-media-")


def ok(request):
    return HttpResponse("ok")


def install_baseline_urlconf():
    from cms import urls as project_urls

    module = types.ModuleType("bench_caseload_urls")
    module.urlpatterns = [path("__bench__/ok/", ok)] + list(project_urls.urlpatterns)
    module.handler404 = project_urls.handler404
    module.handler500 = project_urls.handler500
    sys.modules["bench_caseload_urls"] = module
    settings.ROOT_URLCONF = "bench_caseload_urls"
    clear_url_caches()


def build(n_learners: int):
    """Two courses (3 modules x 4 lessons + a quiz each), one counsellor, n linked learners."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.models import Site

    from cms import roles
    from cms.counselling.models import CounsellorLink
    from courses.models import CourseIndexPage, CoursePage, Enrollment, ModulePage, StepCompletion
    from lessons.models import LessonPage
    from quizzes import stream_data
    from quizzes.models import QuizAnswer, QuizAttempt, QuizPage

    rng = random.Random(42)
    home = Site.objects.get(is_default_site=True).root_page
    index = home.add_child(instance=CourseIndexPage(title="Catalogue", slug="cours"))
    courses, quizzes = [], []
    for c in range(2):
        course = index.add_child(
            instance=CoursePage(
                title=f"Cours {c + 1}",
                slug=f"cours-{c + 1}",
                summary="Un cours.",
                audience="Toute personne en recherche d'emploi.",
                learning_outcomes=[("outcome", "Rédiger un CV clair")],
                estimated_duration_minutes=90,
            )
        )
        steps = []
        for m in range(3):
            module = course.add_child(instance=ModulePage(title=f"Module {m + 1}", slug=f"m{m}"))
            for lesson in range(4):
                steps.append(
                    module.add_child(
                        instance=LessonPage(
                            title=f"Leçon {m}.{lesson}",
                            slug=f"l{m}-{lesson}",
                            intro="Une leçon.",
                            body=[("paragraph", "<p>Texte.</p>")],
                        )
                    )
                )
            quiz = module.add_child(
                instance=QuizPage(
                    title=f"Quiz {m}",
                    slug=f"q{m}",
                    max_attempts=3,
                    pass_mark=70,
                    questions=[
                        stream_data.single_choice("Q ?", [("Oui", True), ("Non", False)], id="q1"),
                        stream_data.self_assessment("À l'aise ?", id="q-self"),
                    ],
                )
            )
            steps.append(quiz)
            quizzes.append((course, quiz))
        courses.append((course, steps))
    User = get_user_model()
    counsellor = User.objects.create_user(email="conseil@example.org", password="bench-pass-1")
    counsellor.groups.add(Group.objects.get(name=roles.COUNSELLORS))
    users = User.objects.bulk_create(
        [
            User(email=f"p{i}@example.org", first_name=f"Prénom{i}", last_name=f"Nom{i:05d}")
            for i in range(n_learners)
        ],
        batch_size=1000,
    )
    CounsellorLink.objects.bulk_create(
        [CounsellorLink(counsellor=counsellor, learner=u) for u in users], batch_size=1000
    )
    now = timezone.now()
    enrollments, completions, attempts = [], [], []
    for i, user in enumerate(users):
        for course, steps in courses[: 1 + i % 2]:
            done = rng.randint(0, len(steps))
            last = now - timedelta(days=rng.randint(0, 60))
            enrollments.append(
                Enrollment(
                    user=user,
                    course=course,
                    last_step=steps[min(done, len(steps) - 1)],
                    last_activity_at=last,
                    completed_at=last if done == len(steps) else None,
                )
            )
            completions += [StepCompletion(user=user, course=course, step=s) for s in steps[:done]]
        if i % 5 == 0:
            course, quiz = quizzes[i % len(quizzes)]
            for number in range(1, 1 + rng.randint(1, 3)):
                attempts.append(
                    QuizAttempt(
                        user=user,
                        quiz=quiz,
                        number=number,
                        submitted_at=now - timedelta(days=i % 50),
                        question_order=["q1", "q-self"],
                        score=rng.choice([0.0, 50.0, 100.0]),
                        passed=False,
                    )
                )
    Enrollment.objects.bulk_create(enrollments, batch_size=2000)
    StepCompletion.objects.bulk_create(completions, batch_size=2000)
    created = QuizAttempt.objects.bulk_create(attempts, batch_size=2000)
    if not created[0].pk:
        created = list(QuizAttempt.objects.order_by("pk"))
    QuizAnswer.objects.bulk_create(
        [
            QuizAnswer(
                attempt=a,
                question_id="q-self",
                question_type="self_assessment",
                response=rng.randint(1, 5),
            )
            for a in created
        ],
        batch_size=2000,
    )
    return counsellor, len(completions), len(created)


def read(response) -> int:
    if response.streaming:
        return sum(len(chunk) for chunk in response.streaming_content)
    return len(response.content)


def measure(client, urls, requests: dict, rounds=5):
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        read(response)
    durations = {url: [] for url in urls}
    for _ in range(rounds):
        for url in urls:
            for _ in range(max(1, requests[url] // rounds)):
                t0 = time.perf_counter()
                read(client.get(url))
                durations[url].append(time.perf_counter() - t0)
    results = {}
    for url in urls:
        with CaptureQueriesContext(connection) as ctx:
            size = read(client.get(url))
        d = sorted(durations[url])
        p95 = d[min(len(d) - 1, round(0.95 * (len(d) - 1)))]
        results[url] = {
            "n": len(d),
            "median_ms": statistics.median(d) * 1000,
            "p95_ms": p95 * 1000,
            "queries": len(ctx.captured_queries),
            "bytes": size,
        }
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=40, help="per page (the CSV: a quarter)")
    args = parser.parse_args()
    setup_test_environment()
    call_command("migrate", verbosity=0)
    t0 = time.perf_counter()
    counsellor, completions, attempts = build(args.learners)
    built = time.perf_counter() - t0
    install_baseline_urlconf()
    client = Client()
    client.force_login(counsellor)
    urls = {
        "/__bench__/ok/": "bare Django view (baseline)",
        "/conseil/": "caseload page (default order)",
        "/conseil/?flag=inactive&sort=name": "caseload, flag filter + sort by name",
        "/conseil/export.csv": f"CSV export ({args.learners} rows, streamed)",
    }
    requests = {url: args.requests for url in urls}
    requests["/conseil/export.csv"] = max(5, args.requests // 4)
    results = measure(client, list(urls), requests)
    base = results["/__bench__/ok/"]["median_ms"]
    lines = [
        f"Caseload benchmark — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python "
        f"{platform.python_version()}, Django {django.get_version()}, SQLite file, test settings",
        f"{args.learners} learners, {completions} step completions, {attempts} quiz attempts "
        f"(built in {built:.1f} s); Django test Client, interleaved rounds",
        "",
        f"{'page':<44} {'n':>4} {'median ms':>10} {'p95 ms':>9} {'x baseline':>11} {'queries':>8}",
    ]
    for url, label in urls.items():
        r = results[url]
        lines.append(
            f"{label:<44} {r['n']:>4} {r['median_ms']:>10.1f} {r['p95_ms']:>9.1f} "
            f"{r['median_ms'] / base:>11.1f} {r['queries']:>8}"
        )
    lines.append("")
    lines.append(f"CSV size: {results['/conseil/export.csv']['bytes'] / 1024:.0f} Ko")
    report = "\n".join(lines)
    print(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
