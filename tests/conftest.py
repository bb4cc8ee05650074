"""Shared test setup: every test runs with its own empty config and data folders, and
Qt offscreen, so no test depends on (or touches) the host user's files."""

from __future__ import annotations

import importlib.util
import os
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


@pytest.fixture(autouse=True)
def grammar_beside_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    """This test session may hold a Qt application, which keeps Voikko's grammar checker
    out of a process; that guard is tested on its own (tests/rules/test_grammar.py)."""
    import composer.grammar

    monkeypatch.setattr(composer.grammar, "ALLOW_WITH_QT_APPLICATION", True)
