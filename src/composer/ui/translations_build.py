"""Compiles the UI translations: every ``translations/*.ts`` into ``composer/ui/qm/*.qm``.

Run as ``python -m composer.ui.translations_build`` (``make translations``; the run and
test scripts call it). Uses ``pyside6-lrelease`` from the environment. Exit status 0 when
every file compiled, 1 otherwise.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
TS_DIR = REPO / "translations"
QM_DIR = Path(__file__).resolve().parent / "qm"


def lrelease_command() -> list[str]:
    """The lrelease program: next to this Python, on PATH, or via PySide6's tool wrapper."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.is_file():
        return [str(beside)]
    if found := shutil.which("pyside6-lrelease"):
        return [found]
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


def build(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> list[Path]:
    """Compile every ``.ts`` in ``ts_dir``; returns the ``.qm`` files written."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = qm_dir / f"{ts.stem}.qm"
        result = subprocess.run(
            [*lrelease_command(), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"{ts}: lrelease failed: {result.stderr.strip() or result.stdout}")
        written.append(qm)
    return written


def main() -> int:
    try:
        written = build()
    except (OSError, RuntimeError) as exc:
        print(f"translations: {exc}", file=sys.stderr)
        return 1
    for qm in written:
        print(f"translations: wrote {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
