"""Peak memory of the desktop app with all three languages loaded: run as
``python -m benchmarks.app_memory [--no-suggestions]`` (under ``/usr/bin/time -v``);
prints JSON.

The window is built as ``composer.ui.app.main`` builds it; a post with Finnish, Swedish
and English versions is checked in the app's checking process, and spelling suggestions
are asked for one word per language (as the right-click menu does; the checking process
computes them), so both processes hold what a working session holds. The peak resident set of
each process (``VmHWM``) is read before exit: the app is the two processes together.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def _status(pid: int | str) -> dict[str, float]:
    """VmHWM and VmRSS of a process in MB."""
    values: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            values[key] = int(rest.split()[0]) / 1024
    return values


def _children() -> list[int]:
    pids: list[int] = []
    for task in Path("/proc/self/task").iterdir():
        with open(task / "children", encoding="ascii") as handle:
            pids += [int(p) for p in handle.read().split()]
    return pids


def main() -> int:
    from benchmarks.sample_posts import typical_post
    from benchmarks.window import open_window
    from composer.ui.app import create_application

    app = create_application([])
    window = open_window(typical_post())
    if "--no-suggestions" not in sys.argv:
        for language, word in (("fi", "kirjastoo"), ("sv", "biblioteke"), ("en", "libary")):
            window.editor(language).suggester(word, language)
    window.check_now()
    from benchmarks.window import wait_checked

    wait_checked(window)
    gui = _status("self")
    # The checking process (and any other child the app started).
    children = [_status(pid) for pid in _children() if Path(f"/proc/{pid}").exists()]
    print(json.dumps({
        "gui_peak_mb": gui.get("VmHWM", 0.0),
        "children_peak_mb": [c.get("VmHWM", 0.0) for c in children],
        "findings": len(window.findings()),
        "pid": os.getpid(),
    }))
    window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
