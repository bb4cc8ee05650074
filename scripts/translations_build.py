"""Compiles the UI translations: every ``translations/*.ts`` into a ``.qm`` beside it.

Run as ``python scripts/translations_build.py`` (``make translations``; the run, test and
packaging scripts call it). A build step of the source tree: it writes only into
``translations/`` (the ``.qm`` files are not committed), never into the package, where
:mod:`composer.ui.language.ui_language` finds them (and the bundle collects them). Uses
``pyside6-lrelease`` from the environment. Exit status 0 when every file compiled, 1
otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TS_DIR = REPO / "translations"
QM_DIR = TS_DIR


def lrelease_command() -> list[str]:
    """The lrelease program: next to this Python, on PATH, or via PySide6's tool wrapper."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.is_file():
        return [str(beside)]
    if found := shutil.which("pyside6-lrelease"):
        return [found]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


def build(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> list[Path]:
    """Compile every ``.ts`` in ``ts_dir`` whose ``.qm`` is missing or older; returns the
    ``.qm`` files, up to date.

    Each file is written aside and renamed into place: a running app maps its ``.qm``
    files into memory, and rewriting one in place would crash it.
    """
    qm_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = qm_dir / f"{ts.stem}.qm"
        compiled.append(qm)
        if qm.is_file() and qm.stat().st_mtime_ns >= ts.stat().st_mtime_ns:
            continue
        fd, name = tempfile.mkstemp(dir=qm_dir, prefix=f".{ts.stem}-", suffix=".qm")
        os.close(fd)
        temporary = Path(name)
        try:
            result = subprocess.run(
                [*lrelease_command(), "-silent", str(ts), "-qm", str(temporary)],
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0 or temporary.stat().st_size == 0:
                detail = result.stderr.strip() or result.stdout
                raise RuntimeError(f"{ts}: lrelease failed: {detail}")
            temporary.chmod(0o644)
            os.replace(temporary, qm)
        finally:
            temporary.unlink(missing_ok=True)
    return compiled


def main() -> int:
    try:
        written = build()
    except (OSError, RuntimeError) as exc:
        print(f"translations: {exc}", file=sys.stderr)
        return 1
    for qm in written:
        print(f"translations: {qm} up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
