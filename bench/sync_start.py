"""Synchronised start: N learners start the same quiz at the same moment, then submit it.

One thread per learner, all released together by a barrier, against the gunicorn server. Each
learner: POST "start" (expects a redirect), GET the quiz page (reads the attempt id from the form),
POST "submit" with their answers (expects a redirect to the result). Bounded: every request has a
timeout, and each learner makes exactly three requests.
"""

from __future__ import annotations

import re
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .harness import request

ATTEMPT_FIELD = re.compile(rb'name="attempt" value="(\d+)"')


@dataclass
class Journey:
    user_id: int
    start_ms: float | None = None
    submit_ms: float | None = None
    error: str = ""
    submitted: bool = False


@dataclass
class Outcome:
    journeys: list[Journey] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def errors(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for journey in self.journeys:
            if journey.error:
                counts[journey.error] = counts.get(journey.error, 0) + 1
        return counts

    def percentiles(self, name: str) -> tuple[float | None, float | None]:
        values = sorted(v for j in self.journeys if (v := getattr(j, name)) is not None)
        if len(values) < 2:
            return (values[0], values[0]) if values else (None, None)
        cuts = statistics.quantiles(values, n=100, method="inclusive")
        return statistics.median(values), cuts[98]


def run(
    *,
    port: int,
    quiz_path: str,
    learners: list[tuple[int, str]],  # (user id, cookie)
    start_body: str,
    submit_body: Callable[[int, int], str],  # (user id, attempt id) -> body
    timeout: float = 120,
) -> Outcome:
    barrier = threading.Barrier(len(learners))
    outcome = Outcome(journeys=[Journey(user_id) for user_id, _cookie in learners])

    def journey(index: int) -> None:
        me = outcome.journeys[index]
        cookie = learners[index][1]
        try:
            barrier.wait(timeout=60)
            t0 = time.perf_counter()
            response = request(
                port, "POST", quiz_path, cookie=cookie, body=start_body, timeout=timeout
            )
            me.start_ms = 1000 * (time.perf_counter() - t0)
            if response.status != 302:
                me.error = f"start: HTTP {response.status}"
                return
            page = request(port, "GET", quiz_path, cookie=cookie, timeout=timeout)
            found = ATTEMPT_FIELD.search(page.body)
            if page.status != 200 or not found:
                me.error = f"quiz page: HTTP {page.status}" + ("" if found else ", no attempt")
                return
            body = submit_body(me.user_id, int(found.group(1)))
            t0 = time.perf_counter()
            response = request(port, "POST", quiz_path, cookie=cookie, body=body, timeout=timeout)
            me.submit_ms = 1000 * (time.perf_counter() - t0)
            location = response.headers.get("Location", "")
            if response.status != 302 or "/tentatives/" not in location:
                me.error = f"submit: HTTP {response.status}"
                return
            me.submitted = True
        except (OSError, threading.BrokenBarrierError) as error:
            me.error = type(error).__name__

    threads = [threading.Thread(target=journey, args=(i,)) for i in range(len(learners))]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout + 120)
    outcome.seconds = time.perf_counter() - started
    return outcome
