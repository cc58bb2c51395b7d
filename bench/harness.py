"""The measuring harness shared by both sites: a gunicorn server, wrk runs, CPU time per request.

A Target is one URL of one site (GET, or POST through a wrk Lua script). `measure_rounds` runs
every target for a few seconds, in interleaved rounds, reading the server's CPU time (user +
system of the gunicorn master and its workers, from /proc) before and after each run.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import signal
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HOST = "127.0.0.1"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
WORKERS = 2


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)


def _children(pid: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            pids.append(int(entry.name))
    return pids


@dataclass
class Server:
    """A gunicorn server with 2 sync workers on loopback; stop() ends it (and only it)."""

    name: str
    gunicorn: str  # the gunicorn executable
    app: str  # the WSGI application, "module:callable"
    port: int
    cwd: Path
    env: dict
    log: Path
    process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self, check_path: str) -> None:
        command = [
            self.gunicorn, self.app, "--workers", str(WORKERS), "--worker-class", "sync",
            "--bind", f"{HOST}:{self.port}", "--backlog", "2048", "--timeout", "120",
            "--log-level", "warning",
        ]  # fmt: skip
        # The server's own output (Django's error log included) goes to the log file.
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                command, cwd=self.cwd, env=self.env, stdout=log, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name}: gunicorn exited; see {self.log}")
            try:
                if get(self.port, check_path).status == 200 and len(self.workers()) == WORKERS:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"{self.name}: gunicorn did not answer within 60 s; see {self.log}")

    def workers(self) -> list[int]:
        return _children(self.process.pid)

    def cpu_seconds(self) -> float:
        pids = [self.process.pid, *self.workers()]
        return sum(_cpu_ticks(pid) for pid in pids) / CLOCK_TICKS

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes


def request(port: int, method: str, path: str, *, cookie: str = "", body: str = "", timeout=120):
    """One HTTP request on loopback (no redirect followed)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    headers = {"Cookie": cookie} if cookie else {}
    if body:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        connection.request(method, path, body=body or None, headers=headers)
        response = connection.getresponse()
        return Response(response.status, dict(response.getheaders()), response.read())
    finally:
        connection.close()


def get(port: int, path: str, cookie: str = "") -> Response:
    return request(port, "GET", path, cookie=cookie)


@dataclass
class Target:
    site: str  # "ours" or "peer"
    label: str
    server: Server
    path: str
    cookie: str = ""
    lua: Path | None = None  # a wrk script (POST); its data file comes from `prepare`
    # Called before each run: the Lua script's data file and how many fresh requests it holds.
    prepare: Callable[[], tuple[Path, int]] | None = None
    queries: int | None = None
    expect: int = 200
    is_bare: bool = False
    runs: list[dict] = field(default_factory=list)


WRK_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_TOTAL = re.compile(r"(\d+) requests in")
WRK_NON_2XX = re.compile(r"Non-2xx or 3xx responses: (\d+)")
WRK_SOCKET = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
WRK_LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)


def wrk_version() -> str:
    result = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
    return (result.stdout + result.stderr).split("Copyright")[0].strip()


def run_wrk(target: Target, seconds: float) -> dict:
    command = ["wrk", "-t1", "-c4", f"-d{seconds:g}s", "--latency", "--timeout", "30s"]
    if target.cookie:
        command += ["-H", f"Cookie: {target.cookie}"]
    data, fresh = None, None
    if target.lua is not None:
        data, fresh = target.prepare()
        command += ["-s", str(target.lua)]
    command.append(target.server.base_url + target.path)
    if data is not None:
        command += ["--", str(data)]
    before = target.server.cpu_seconds()
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    cpu = target.server.cpu_seconds() - before
    run = parse_wrk(output)
    run["cpu_ms"] = 1000 * cpu / run["requests"] if run["requests"] else float("nan")
    # More requests than fresh data: later ones repeated earlier ones (a cheaper path).
    run["exhausted"] = fresh is not None and run["requests"] > fresh
    return run


def parse_wrk(output: str) -> dict:
    """req/s, requests, errors (non-2xx/3xx + socket errors), p50 and p99 in ms."""
    socket = WRK_SOCKET.search(output)
    non_2xx = WRK_NON_2XX.search(output)
    latency = {
        p: float(v) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
        for p, v, unit in WRK_LATENCY.findall(output)
    }
    return {
        "rps": float(WRK_RPS.search(output).group(1)),
        "requests": int(WRK_TOTAL.search(output).group(1)),
        "errors": (sum(int(n) for n in socket.groups()) if socket else 0)
        + (int(non_2xx.group(1)) if non_2xx else 0),
        "p50_ms": latency.get("50"),
        "p99_ms": latency.get("99"),
    }


def measure_rounds(targets: list[Target], *, rounds: int, seconds: float, log=print) -> None:
    """Interleaved rounds: every target once per round, so load changes hit all alike."""
    for target in targets:  # warm-up: per-process caches, template loader, renditions
        run_wrk(target, 1)
    for number in range(1, rounds + 1):
        for target in targets:
            run = run_wrk(target, seconds)
            target.runs.append(run)
            log(
                f"  round {number} {target.site:4} {target.label:34} {run['rps']:8.1f} req/s "
                f"{run['cpu_ms']:6.1f} ms CPU  errors {run['errors']}"
            )


def summary(target: Target, bare: Target) -> dict:
    """Medians over the rounds; the ratio is taken round by round against the same site's bare
    view, then the median of those ratios."""
    ratios = [run["rps"] / b["rps"] for run, b in zip(target.runs, bare.runs, strict=True)]
    return {
        "rps": statistics.median(r["rps"] for r in target.runs),
        "ratio": statistics.median(ratios),
        "cpu_ms": statistics.median(r["cpu_ms"] for r in target.runs),
        "p50_ms": statistics.median(r["p50_ms"] or 0 for r in target.runs),
        "errors": sum(r["errors"] for r in target.runs),
        "requests": sum(r["requests"] for r in target.runs),
    }


def require_wrk() -> None:
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: `make bench` installs it (Debian package wrk).")
