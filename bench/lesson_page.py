"""Benchmark of the learner's pages through Django's test Client, relative to a bare view.

Builds a course (3 modules x 10 lessons, lessons with realistic blocks) in a fresh SQLite file
with the test settings, then measures requests/second and median latency of:
  - a bare Django view returning "ok" through the same middleware stack (the baseline),
  - a lesson page, the course page and the catalogue,
and prints each as a ratio to the baseline measured in the same run (absolute numbers vary up
to 2x between runs on a shared 2-core machine; ratios are what can be compared), plus the query
count of each page and the lesson page's weight (HTML + CSS + JS, raw and gzip).

Usage: .venv/bin/python bench/lesson_page.py [--requests N]   (or `make bench`)
Writes its report to bench/results/lesson_page.txt.
"""

import argparse
import atexit
import gzip
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import time
import types
import warnings
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB_FILE = Path(tempfile.gettempdir()) / "mooc-bench-lesson-page.sqlite3"
RESULTS = ROOT / "bench" / "results" / "lesson_page.txt"

sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
os.environ["DATABASE_URL"] = f"sqlite:///{DB_FILE}"
for suffix in ("", "-journal", "-wal", "-shm"):
    Path(f"{DB_FILE}{suffix}").unlink(missing_ok=True)

# WhiteNoise warns that collectstatic has not run; static files come from the apps here.
warnings.filterwarnings("ignore", message="No directory at")

import django  # noqa: E402

django.setup()

import wagtail  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.staticfiles import finders  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.urls import clear_url_caches, path  # noqa: E402

settings.MEDIA_ROOT = tempfile.mkdtemp(prefix="mooc-bench-media-")
atexit.register(shutil.rmtree, settings.MEDIA_ROOT, ignore_errors=True)
settings.ALLOWED_HOSTS = ["testserver", "localhost"]


def ok(request):
    return HttpResponse("ok")


def install_baseline_urlconf():
    """The project's URLs plus one bare view, so the baseline crosses the same middleware."""
    from cms import urls as project_urls

    module = types.ModuleType("bench_urls")
    module.urlpatterns = [path("__bench__/ok/", ok)] + list(project_urls.urlpatterns)
    module.handler404 = project_urls.handler404
    module.handler500 = project_urls.handler500
    sys.modules["bench_urls"] = module
    settings.ROOT_URLCONF = "bench_urls"
    clear_url_caches()


def lesson_body(image, document):
    paragraph = (
        "<p>Un recruteur passe en moyenne <b>moins d'une minute</b> sur un CV. Placez "
        "l'essentiel en haut de la page : votre titre, vos coordonnées et un résumé de trois "
        "lignes qui dit ce que vous savez faire et ce que vous cherchez.</p>"
    )
    return [
        ("heading", {"text": "Les rubriques essentielles", "level": "h2"}),
        ("paragraph", paragraph * 3),
        ("image", {"image": image, "alt_text": "Un CV sur une page", "caption": "Un CV aéré"}),
        ("callout", {"kind": "tip", "title": "Astuce", "text": "<p>Adaptez le titre.</p>"}),
        ("heading", {"text": "Décrire ses expériences", "level": "h2"}),
        ("paragraph", paragraph * 2),
        (
            "example_pair",
            {
                "title": "Une expérience",
                "bad": "Responsable de la caisse.",
                "good": "Tenue de caisse : 200 clients par jour, zéro écart en 2 ans.",
                "explanation": "Des faits chiffrés montrent ce que vous savez faire.",
            },
        ),
        (
            "checklist",
            {"title": "Avant d'envoyer", "items": ["Coordonnées", "Orthographe", "Format PDF"]},
        ),
        ("document", {"document": document, "title": "Modèle de CV", "description": "À remplir."}),
    ]


def build_content():
    from tests.factories import (
        CourseIndexPageFactory,
        CoursePageFactory,
        DocumentFactory,
        ImageFactory,
        LessonPageFactory,
        ModulePageFactory,
        TopicFactory,
    )

    image = ImageFactory(title="CV aéré")
    document = DocumentFactory(title="Modèle", file=ContentFile(b"%PDF-1.4\n" * 100, "cv.pdf"))
    catalogue = CourseIndexPageFactory()
    topic = TopicFactory(name="CV et candidature", slug="cv")
    course = CoursePageFactory(parent=catalogue, title="Réussir son CV", topic=topic)
    for n in range(11):  # a catalogue of a dozen courses
        CoursePageFactory(parent=catalogue, topic=topic, estimated_duration_minutes=30 + 20 * n)
    lessons = []
    for m in range(3):
        module = ModulePageFactory(parent=course, title=f"Module {m + 1}")
        for n in range(10):
            lessons.append(
                LessonPageFactory(
                    parent=module,
                    title=f"Leçon {m + 1}.{n + 1}",
                    body=lesson_body(image, document),
                )
            )
    return catalogue, course, lessons


def measure_all(client, urls, requests, rounds=10):
    """Time every URL in interleaved rounds, so that load changes on the machine hit all alike."""
    for url in urls:  # warm-up: caches, renditions, template loader
        for _ in range(max(10, requests // 10)):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
    durations = {url: [] for url in urls}
    per_round = max(1, requests // rounds)
    for _ in range(rounds):
        for url in urls:
            for _ in range(per_round):
                t0 = time.perf_counter()
                client.get(url)
                durations[url].append(time.perf_counter() - t0)
    results = {}
    for url in urls:
        with CaptureQueriesContext(connection) as ctx:
            client.get(url)
        d = durations[url]
        results[url] = {
            "rps": len(d) / sum(d),
            "median_ms": statistics.median(d) * 1000,
            "p90_ms": statistics.quantiles(d, n=10)[-1] * 1000,
            "queries": len(ctx.captured_queries),
        }
    return results


def static_bytes(url: str) -> bytes:
    relative = url.split(settings.STATIC_URL, 1)[-1].split("?")[0]
    found = finders.find(relative)
    return Path(found).read_bytes() if found else b""


def page_weight(client, url):
    html = client.get(url).content
    text = html.decode()
    css_urls = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', text)
    css_urls += re.findall(r'<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"', text)
    js_urls = re.findall(r'<script[^>]+src="([^"]+)"', text)
    css = b"".join(static_bytes(u) for u in dict.fromkeys(css_urls))
    js = b"".join(static_bytes(u) for u in dict.fromkeys(js_urls))
    rows = []
    for name, data in (("HTML", html), ("CSS", css), ("JS", js)):
        rows.append((name, len(data), len(gzip.compress(data, compresslevel=6)) if data else 0))
    total = ("total", sum(r[1] for r in rows), sum(r[2] for r in rows))
    return rows + [total], css_urls, js_urls


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="measured requests per URL")
    args = parser.parse_args()

    setup_test_environment()
    t0 = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    catalogue, course, lessons = build_content()
    build_s = time.perf_counter() - t0
    install_baseline_urlconf()

    client = Client()
    lesson = lessons[14]  # a lesson in the middle of module 2
    targets = [
        ("baseline: bare Django view", "/__bench__/ok/"),
        ("lesson page (30-lesson course)", lesson.url),
        ("course page (3 modules x 10)", course.url),
        ("catalogue (12 courses)", catalogue.url),
    ]
    measured = measure_all(client, [url for _label, url in targets], args.requests)
    results = [(label, url, measured[url]) for label, url in targets]
    base = results[0][2]

    lines = [
        f"Lesson page benchmark — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Python {platform.python_version()}, Django {django.get_version()}, "
        f"Wagtail {wagtail.__version__}, {os.cpu_count()} CPUs, SQLite file DB, "
        f"settings cms.settings.test (DEBUG off, cached templates), Django test Client",
        f"Content built in {build_s:.1f}s (migrate + 12 courses, 30 lessons); "
        f"{args.requests} measured requests per URL after warm-up, interleaved in 10 rounds; "
        "anonymous visitor.",
        "",
        f"{'page':34} {'req/s':>8} {'median ms':>10} {'p90 ms':>8} {'x baseline':>11} "
        f"{'queries':>8}",
    ]
    for label, _url, r in results:
        ratio = r["median_ms"] / base["median_ms"]
        lines.append(
            f"{label:34} {r['rps']:8.0f} {r['median_ms']:10.2f} {r['p90_ms']:8.2f} "
            f"{ratio:10.1f}x {r['queries']:8d}"
        )
    lines += ["", "x baseline = median latency / median latency of the bare view, same run.", ""]

    weight, css_urls, js_urls = page_weight(client, lesson.url)
    lines.append(f"Lesson page weight ({lesson.url}; images and video not counted):")
    lines.append(f"{'':8} {'raw bytes':>10} {'gzip bytes':>11}")
    for name, raw, zipped in weight:
        lines.append(f"{name:8} {raw:10d} {zipped:11d}")
    lines.append(f"stylesheets: {css_urls or 'none'}; scripts: {js_urls or 'none'}")

    report = "\n".join(lines) + "\n"
    print(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report, encoding="utf-8")
    print(f"written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
