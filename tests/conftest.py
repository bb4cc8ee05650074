"""Shared test setup: every test runs with its own empty config and data folders, and
Qt offscreen, so no test depends on (or touches) the host user's files."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config = tmp_path / "config"
    data = tmp_path / "data"
    config.mkdir()
    data.mkdir()
    monkeypatch.setenv("COMPOSER_CONFIG_DIR", str(config))
    monkeypatch.setenv("COMPOSER_DATA_DIR", str(data))
    monkeypatch.setenv("COMPOSER_LOG_DIR", str(tmp_path / "log"))
    from composer.profiles import reload_profiles

    reload_profiles()
    yield tmp_path
    reload_profiles()


@pytest.fixture(scope="session")
def compiled_translations() -> list[Path]:
    """The .qm files, compiled once per test run from translations/*.ts by the build
    script (scripts/translations_build.py, a tool of the source tree, not of the package)."""
    spec = importlib.util.spec_from_file_location(
        "translations_build", REPO / "scripts" / "translations_build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build()


# -- tests that need an ordinary user ------------------------------------------------------
#
# Permission tests pass for the wrong reason as root (root writes into read-only folders),
# and CI runs as root. A test marked ``unprivileged`` therefore runs, when the suite runs
# as root, in a child pytest without root's privileges: in a user namespace where root is
# mapped to an ordinary user (``unshare -U --map-user``: the files stay readable, being
# root's own), else as the user "nobody" (``setpriv``); the child must pass it.

UNPRIVILEGED_UID = 65534  # nobody / nogroup on Debian


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "unprivileged: run as an ordinary user (without root's privileges)"
    )
    config.addinivalue_line(
        "markers", "xvfb: runs the window on a virtual X server (skipped where none starts)"
    )


def _unprivileged_prefix() -> tuple[list[str], bool] | None:
    """The command prefix that drops root's privileges here, and whether it runs as the
    real user nobody (whose temporary folder must then be its own); None if none works."""
    import shutil
    import subprocess

    candidates: list[tuple[list[str], bool]] = []
    if unshare := shutil.which("unshare"):
        candidates.append(([unshare, "-U", f"--map-user={UNPRIVILEGED_UID}",
                            f"--map-group={UNPRIVILEGED_UID}"], False))
    if setpriv := shutil.which("setpriv"):
        candidates.append(([setpriv, f"--reuid={UNPRIVILEGED_UID}",
                            f"--regid={UNPRIVILEGED_UID}", "--clear-groups"], True))
    probe = "import os, composer, pytest; assert os.geteuid() != 0"
    for prefix, as_nobody in candidates:
        run = subprocess.run([*prefix, sys.executable, "-c", probe], cwd="/",
                             capture_output=True, timeout=60)
        if run.returncode == 0:
            return prefix, as_nobody
    return None


def _run_as_nobody(item: pytest.Item) -> None:
    import shutil
    import subprocess
    import tempfile

    found = _unprivileged_prefix()
    if found is None:
        pytest.skip("cannot drop root's privileges here (neither unshare -U nor setpriv "
                    "works): this permission test would pass for the wrong reason")
    prefix, as_nobody = found
    base = Path(tempfile.mkdtemp(prefix="composer-nobody-"))
    try:
        os.chmod(base, 0o700)
        if as_nobody:
            os.chown(base, UNPRIVILEGED_UID, UNPRIVILEGED_UID)
        environment = {
            key: value for key, value in os.environ.items()
            if not key.startswith(("COMPOSER_", "PYTEST_"))
        }
        environment.update(HOME=str(base), TMPDIR=str(base), PYTHONDONTWRITEBYTECODE="1",
                           COMPOSER_AS_NOBODY="1")
        run = subprocess.run(
            [*prefix, sys.executable, "-m", "pytest", item.nodeid, "-q",
             "-p", "no:cacheprovider", f"--basetemp={base / 'pytest'}", "-rs"],
            cwd=str(REPO), env=environment, capture_output=True, text=True, timeout=300,
        )
    finally:
        shutil.rmtree(base, ignore_errors=True)
    report = run.stdout[-3000:] + run.stderr[-2000:]
    assert run.returncode == 0 and " passed" in run.stdout and "skipped" not in run.stdout, (
        f"without root's privileges:\n{report}"
    )


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    if pyfuncitem.get_closest_marker("unprivileged") is None or os.geteuid() != 0:
        return None
    if os.environ.get("COMPOSER_AS_NOBODY"):
        pytest.fail("still root after setpriv")
    _run_as_nobody(pyfuncitem)
    return True


@pytest.fixture(autouse=True)
def grammar_beside_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    """This test session may hold a Qt application, which keeps Voikko's grammar checker
    out of a process; that guard is tested on its own (tests/rules/test_grammar.py)."""
    import composer.grammar

    monkeypatch.setattr(composer.grammar, "ALLOW_WITH_QT_APPLICATION", True)
