"""The log: configured once at start, written to a file in the user's log folder,
uncaught exceptions (in threads too) included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CODE = """
import logging, threading
from composer.logs import configure_logging
first = configure_logging()
assert configure_logging() == first  # once
logging.getLogger("composer.ui.test").warning("the disk was full")
def broken():
    raise ValueError("broken in a thread")
thread = threading.Thread(target=broken, name="worker-1")
thread.start()
thread.join()
print(first)
"""


def test_the_log_file_is_in_the_log_folder_with_errors_from_threads(tmp_path):
    folder = tmp_path / "logs"
    done = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, timeout=60,
        env={**os.environ, "COMPOSER_LOG_DIR": str(folder)}, check=True,
    )
    assert Path(done.stdout.strip()) == folder / "composer.log"
    text = (folder / "composer.log").read_text(encoding="utf-8")
    assert "WARNING composer.ui.test" in text and "the disk was full" in text
    assert "uncaught exception in thread worker-1" in text
    assert "ValueError: broken in a thread" in text
    assert "the disk was full" in done.stderr  # still seen in a terminal


def test_an_unwritable_log_folder_leaves_standard_error(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    done = subprocess.run(
        [sys.executable, "-c", "from composer.logs import configure_logging\n"
         "print(configure_logging())"],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "COMPOSER_LOG_DIR": str(blocked / "logs")}, check=True,
    )
    assert done.stdout.strip() == "None"
    assert "no log file" in done.stderr
