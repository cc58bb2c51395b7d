"""`make bench`: our pages and the peer's under gunicorn + wrk, at scale, in one run.

Steps (see bench/README.md for how to read the numbers):
1. a database at --size (default M) built with migrate + generate_scale_data (reused while the
   generator and migrations are unchanged; the run works on a copy); SQLite by default,
   PostgreSQL when DATABASE_URL is set;
2. the peer, wagtail-lms, in a throw-away virtualenv with a minimal project written at run time;
3. both sites under gunicorn (2 sync workers, DEBUG off, persistent connections) on loopback,
   measured with `wrk -t1 -c4` in interleaved rounds, each page against its site's bare view;
4. the synchronised start of one quiz by --learners learners, and the database checks after it;
5. the recomputation of every enrollment's completion at --progress-sizes (default L; L,XL);
6. the weight of the lesson, dashboard and caseload pages;
the counsellor's caseload and CSV export (--caseload learners, default 5,000) are served by a third
gunicorn on a copy of the L database;
then prints the report and writes it to bench/results/<date>-<database>.md.

Usage: .venv/bin/python bench/run.py [--size M] [--rounds 3] [--seconds 5] [--learners 500]
       [--progress-sizes L[,XL]] [--caseload 5000] [--no-peer] [--port 8301]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import time
import warnings
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import harness, sync_start  # noqa: E402
from bench import peer as peer_site  # noqa: E402
from bench.databases import SIZES, Databases  # noqa: E402
from bench.report import number, table  # noqa: E402

RESULTS = ROOT / "bench" / "results"
NOTES = (
    "Errors count in req/s (a failed request is often a fast one). The peer's lessons are for "
    "enrolled learners only. The counsellor rows are served by a third gunicorn (same code and "
    "settings) on a copy of the L database, where one counsellor follows {caseload} learners; "
    "their × bare is against our bare view of the same round, their CPU is that server's."
)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=SIZES, default="M")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--learners", type=int, default=500, help="synchronised start")
    parser.add_argument(
        "--progress-sizes",
        default="L",
        help="sizes of the recomputation, e.g. L,XL (XL's database takes long to build), or none",
    )
    parser.add_argument(
        "--caseload", type=int, default=5_000,
        help="learners the measured counsellor follows (on the L database); 0 to skip",
    )  # fmt: skip
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument("--port", type=int, default=8301, help="ours; the peer takes the next")
    return parser.parse_args()


def main():
    args = parse_args()
    harness.require_wrk()
    t0 = time.perf_counter()
    load_before = os.getloadavg()
    databases = Databases(os.environ.get("DATABASE_URL"), args.seed)
    work, built_s = databases.working_copy(args.size)
    os.environ.update(Databases.env(work))

    # WhiteNoise warns that collectstatic has not run; the bench reads static files from the apps.
    warnings.filterwarnings("ignore", message="No directory at")
    import django

    django.setup()
    from bench import ours

    site = ours.Site.prepare(databases.dir)
    print(f"Signed-in learner: {site.learner.email}; lesson {site.lesson_path}")
    pool = site.quiz_submissions(4_000, seed=args.seed)
    anonymous = ""
    counted = {
        "bare": site.count_queries([(ours.bare_path(), anonymous, None)] * 2),
        "lesson-in": site.count_queries([(site.lesson_path, site.learner_cookie, None)] * 2),
        "lesson-anon": site.count_queries([(site.lesson_path, anonymous, None)] * 2),
        "course-anon": site.count_queries([(site.course_path, anonymous, None)] * 2),
        "course-in": site.count_queries([(site.course_path, site.learner_cookie, None)] * 2),
        "dashboard": site.count_queries([(site.dashboard_path, site.learner_cookie, None)] * 2),
        "submit": site.count_queries([(p, c, b) for _pk, p, c, b in pool.take(2)]),
    }

    peer = None
    if not args.no_peer:
        peer = peer_site.build(databases.scratch("peer"))
        content = peer.content
        session = f"sessionid={content['session']}"
        peer_counts = peer.queries(
            [
                ("/__bench__/ok/", ""),
                (content["course"], ""),
                (content["course"], content["session"]),
                (content["lesson"], content["session"]),
                (content["lesson"], ""),
            ]
        )
        peer_lesson_anonymous = peer_counts[4]["status"]

    bin_dir = Path(sys.executable).parent
    servers = [
        harness.Server(
            "ours", str(bin_dir / "gunicorn"), "cms.wsgi:application", args.port, ROOT,
            Databases.env(work), databases.dir / "gunicorn-ours.log",
        )
    ]  # fmt: skip
    if peer:
        servers.append(
            harness.Server(
                "peer", str(peer.gunicorn), "peer_site.wsgi:application", args.port + 1,
                peer.dir, peer.env, databases.dir / "gunicorn-peer.log",
            )
        )  # fmt: skip
    T = harness.Target
    ours_server = servers[0]
    learner = site.learner_cookie
    targets = [
        T("ours", "bare Django view", ours_server, ours.bare_path(), is_bare=True),
        T("ours", "lesson, signed-in learner", ours_server, site.lesson_path, learner),
        T("ours", "lesson, anonymous", ours_server, site.lesson_path),
        T("ours", "course page, anonymous", ours_server, site.course_path),
        T("ours", "course page, signed-in learner", ours_server, site.course_path, learner),
        T("ours", "dashboard, signed-in learner", ours_server, site.dashboard_path, learner),
        T("ours", "quiz submit (POST)", ours_server, pool.entries[0][1],
          lua=ROOT / "bench" / "post.lua", prepare=pool.prepare, expect=302),
    ]  # fmt: skip
    keys = ["bare", "lesson-in", "lesson-anon", "course-anon", "course-in", "dashboard", "submit"]
    for target, key in zip(targets, keys, strict=True):
        target.queries = counted[key]
    caseload = None
    if args.caseload:
        caseload = prepare_caseload(databases, args.caseload)
        cl_server = harness.Server(
            "ours-L", str(bin_dir / "gunicorn"), "cms.wsgi:application", args.port + 2, ROOT,
            Databases.env(caseload["database"]), databases.dir / "gunicorn-caseload.log",
        )  # fmt: skip
        servers.append(cl_server)
        for label, path in caseload["paths"].items():
            target = T("ours", f"counsellor {label}", cl_server, path, caseload["cookie"])
            target.queries = caseload["queries"][label]
            targets.append(target)
    if peer:
        p = next(server for server in servers if server.name == "peer")
        targets += [
            T("peer", "bare Django view", p, "/__bench__/ok/", is_bare=True),
            T("peer", "lesson, signed-in learner", p, content["lesson"], session),
            T("peer", "course page, anonymous", p, content["course"]),
            T("peer", "course page, signed-in learner", p, content["course"], session),
        ]
        for target, count in zip(targets[-4:], [peer_counts[i] for i in (0, 3, 1, 2)], strict=True):
            target.queries = count["queries"]

    sync = None
    try:
        for server in servers:
            server.start("/__bench__/ok/" if server.name == "peer" else ours.bare_path())
        for target in targets:
            if target.lua is None:
                status = harness.get(target.server.port, target.path, target.cookie).status
                if status != target.expect:
                    raise SystemExit(f"{target.site} {target.label}: HTTP {status}")
        print(f"Measuring: {args.rounds} rounds of {args.seconds:g} s per URL, wrk -t1 -c4")
        harness.measure_rounds(targets, rounds=args.rounds, seconds=args.seconds)
        if args.learners:
            sync = run_sync_start(site, ours, ours_server.port, args.learners, args.seed)
    finally:
        for server in servers:
            server.stop()

    weights = {
        "lesson (signed-in learner)": site.page_weight(site.lesson_path, site.learner_cookie),
        "dashboard (signed-in learner)": site.page_weight(site.dashboard_path, site.learner_cookie),
    }
    if caseload:
        weights["counsellor caseload"] = caseload["weight"]
    recompute = []
    sizes = [] if args.progress_sizes == "none" else args.progress_sizes.split(",")
    for size in sizes:
        database, built = databases.pristine(size)
        result = subprocess.run(
            [sys.executable, "bench/recompute.py"], cwd=ROOT, env=Databases.env(database),
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        recompute.append((size, built, json.loads(result.strip().splitlines()[-1])))
        print(f"Recomputation at {size}: {recompute[-1][2]}")

    lines = render(
        args=args, databases=databases, built_s=built_s, targets=targets, peer=peer,
        peer_lesson_anonymous=peer_lesson_anonymous if peer else None, sync=sync,
        recompute=recompute, weights=weights, load_before=load_before,
        elapsed=time.perf_counter() - t0, ours=ours,
    )  # fmt: skip
    report = "\n".join(lines) + "\n"
    print("\n" + report)
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{datetime.now(UTC):%Y-%m-%d}-{databases.kind}.md"
    path.write_text(report, encoding="utf-8")
    print(f"Written to {path.relative_to(ROOT)}")


def prepare_caseload(databases, learners: int) -> dict:
    """A copy of the L database where a counsellor follows `learners` learners: their cookie,
    the caseload's paths, query counts and page weight (bench/caseload_prepare.py)."""
    database, _built = databases.working_copy("L", name="caseload")
    result = subprocess.run(
        [sys.executable, "bench/caseload_prepare.py", str(learners)], cwd=ROOT,
        env=Databases.env(database), capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    prepared = json.loads(result.strip().splitlines()[-1])
    prepared["weight"] = {k: tuple(v) for k, v in prepared["weight"].items()}
    print(
        f"Caseload: {prepared['learners']:,} learners followed, CSV {prepared['csv_rows']:,} rows"
    )
    return {**prepared, "database": database}


def run_sync_start(site, ours, port: int, count: int, seed: int) -> dict:
    quiz = site.sync_quiz
    learners, sessions = ours.sync_start_learners(count, quiz, besides=site.learner)
    rng = random.Random(f"bench/{seed}/sync-start")
    bodies = {}

    def submit_body(user_id: int, attempt_id: int) -> str:
        bodies[user_id] = ours.submit_body(quiz, attempt_id, random.Random(rng.random()))
        return bodies[user_id]

    print(f"Synchronised start: {len(learners)} learners start and submit {quiz.url}")
    outcome = sync_start.run(
        port=port,
        quiz_path=quiz.url,
        learners=[(u.pk, ours.cookie(sessions[u.pk])) for u in learners],
        start_body=ours.start_body(),
        submit_body=submit_body,
    )
    submitted = {j.user_id for j in outcome.journeys if j.submitted}
    checks = ours.check_sync_start(quiz, [u.pk for u in learners], submitted)
    return {"outcome": outcome, "checks": checks, "quiz": quiz.url}


def render(*, args, databases, built_s, targets, peer, peer_lesson_anonymous, sync, recompute,
           weights, load_before, elapsed, ours) -> list[str]:  # fmt: skip
    import django
    import wagtail

    now = datetime.now(UTC)
    lines = [
        f"# Bench {now:%Y-%m-%d %H:%M} UTC — {databases.kind}, size {args.size}",
        "",
        f"- Machine: {os.cpu_count()} CPUs ({platform.machine()}), load average "
        f"{load_before[0]:.1f} at start; {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}, Django {django.get_version()}, Wagtail "
        f"{wagtail.__version__}, gunicorn {version('gunicorn')}, {harness.wrk_version()}, "
        f"{databases.server_version()}",
        f"- Scale data: size {args.size}, seed {args.seed}"
        + (f" (built in {built_s:.0f} s)" if built_s else " (database reused)"),
        f"- Peer: {peer_site.PEER}"
        + (f" (installed {peer_site.installed_version()})" if peer else " (skipped)"),
        f"- Harness: gunicorn {harness.WORKERS} sync workers, DEBUG off, persistent connections; "
        f"`wrk -t1 -c4`, {args.rounds} interleaved rounds of {args.seconds:g} s per URL",
        f"- Whole run: {elapsed / 60:.1f} min",
        "",
        "## Pages",
        "",
        "req/s: median over the rounds. × bare: req/s over the same site's bare Django view, "
        "same round (median of the rounds). CPU: gunicorn's CPU time per request. Queries: the "
        "second request, counted in a process. Errors: non-2xx/3xx and socket errors, all rounds.",
        "",
    ]
    bare = {t.site: t for t in targets if t.is_bare}
    rows = []
    labels = list(dict.fromkeys(t.label for t in targets))
    by_key = {(t.site, t.label): t for t in targets}
    for label in labels:
        for site in ("ours", "peer"):
            target = by_key.get((site, label))
            if target is None:
                if site == "peer" and peer and label == "lesson, anonymous":
                    rows.append(["peer", label, f"HTTP {peer_lesson_anonymous}: login first",
                                 "", "", "", ""])  # fmt: skip
                continue
            s = harness.summary(target, bare[site])
            exhausted = any(r["exhausted"] for r in target.runs)
            rows.append([
                site, label + (" (data ran out)" if exhausted else ""), number(s["rps"]),
                number(s["ratio"], 3), number(s["cpu_ms"]), number(target.queries),
                number(s["errors"]),
            ])  # fmt: skip
    lines += table(
        ["site", "page", "req/s", "× bare", "CPU ms/req", "queries", "errors"], rows, "llrrrrr"
    )
    lines += ["", NOTES.format(caseload=number(args.caseload))]
    if sync:
        outcome, checks = sync["outcome"], sync["checks"]
        start_p50, start_p99 = outcome.percentiles("start_ms")
        submit_p50, submit_p99 = outcome.percentiles("submit_ms")
        errors = ", ".join(f"{n} × {e}" for e, n in sorted(outcome.errors.items())) or "none"
        lines += [
            "",
            f"## Synchronised start: {checks['learners']} learners start and submit {sync['quiz']}",
            "",
            f"All released at once (one thread each); {outcome.seconds:.1f} s in all. "
            f"Errors: {errors}.",
            "",
        ]
        lines += table(
            ["request", "p50 ms", "p99 ms"],
            [
                ["start (POST)", number(start_p50, 0), number(start_p99, 0)],
                ["submit (POST)", number(submit_p50, 0), number(submit_p99, 0)],
            ],  # fmt: skip
        )
        lines += ["", "Database afterwards:", ""]
        lines += table(
            ["check", "learners / attempts"], [[k, number(v)] for k, v in checks.items()]
        )
    if recompute:
        lines += [
            "",
            "## Progress recomputation (courses.services.enrollments_refresh_completion)",
            "",
            "Every completion date cleared, then every enrollment of every course recomputed, "
            "in one transaction rolled back afterwards. Building a database = migrate + "
            "generate_scale_data, done once and reused by later runs.",
            "",
        ]
        rows = []
        for size, built, r in recompute:
            rows.append([
                size, number(built, 0) if built else "reused",
                number(r["enrollments"]), number(r["completions"]), number(r["completed"]),
                "yes" if r["matches"] else "NO", number(r["seconds"], 2),
                number(r["enrollments"] / r["seconds"], 0),
                number(r["completions"] / r["seconds"], 0),
            ])  # fmt: skip
        lines += table(
            ["size", "database built (s)", "enrollments", "step completions", "completed",
             "same as before",
             "seconds", "enrollments/s", "completions/s"],
            rows,
        )  # fmt: skip
    lines += [
        "",
        "## Page weight (HTML + the CSS and JS it links; images and videos not counted)",
        "",
    ]
    rows = []
    for page, weight in weights.items():
        for part, (raw, zipped) in weight.items():
            rows.append([page if part == "HTML" else "", part, number(raw), number(zipped)])
    lines += table(["page", "part", "raw bytes", "gzip bytes"], rows, "llrr")
    return lines


if __name__ == "__main__":
    main()
