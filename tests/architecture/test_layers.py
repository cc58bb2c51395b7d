"""The layer contract (pyproject.toml [tool.importlinter], docs/architecture.md) holds, and it
catches an upward import even when it hides inside a function."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["cms", "courses", "lessons", "quizzes"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(cwd / "pyproject.toml"), "--no-cache"],
        cwd=cwd,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def copy_sources(target: Path) -> None:
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package,
            target / package,
            ignore=shutil.ignore_patterns("node_modules", "static", "locale", "assets", "*.mo"),
        )
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")


def test_the_code_keeps_the_layer_contract():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    "module, line",
    [
        ("courses/_probe.py", "def probe():\n    from quizzes import selectors  # noqa\n"),
        ("lessons/_probe.py", "def probe():\n    import quizzes.models  # noqa\n"),
        ("cms/users_probe.py", "from courses.models import Enrollment  # noqa\n"),
    ],
)
def test_an_upward_import_breaks_the_contract(tmp_path, module, line):
    copy_sources(tmp_path)
    if module.startswith("cms/users_probe"):
        # A base module of the shell (cms.users) importing an app above it.
        target = tmp_path / "cms" / "users.py"
        target.write_text(target.read_text() + "\n" + line)
    else:
        (tmp_path / module).write_text(line)
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout.upper()


def test_every_module_of_the_shell_has_a_layer():
    """A new cms module must be placed in the contract, or the contract would not see it."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    layers = config["tool"]["importlinter"]["contracts"][0]["layers"]
    listed = {name.strip() for layer in layers for name in layer.replace("|", ":").split(":")}
    unconstrained = {"cms.apps", "cms.settings", "cms.celery", "cms.wsgi", "cms.migrations"}
    modules = {
        f"cms.{path.stem if path.is_file() else path.name}"
        for path in (ROOT / "cms").iterdir()
        if (path.suffix == ".py" and path.stem != "__init__") or (path / "__init__.py").exists()
    }
    assert modules - unconstrained - listed == set()
    assert {"courses", "lessons", "quizzes"} <= listed
