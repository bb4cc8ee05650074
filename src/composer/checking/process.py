"""The checking process: how it is started and how the window talks to it. Qt-free.

The window starts it as a plain child process (:func:`start`) and exchanges pickled
requests and answers with it over the child's standard input and output, each message a
length-prefixed frame (:class:`FramedPipe`). A plain child rather than
``multiprocessing``'s spawn: spawn re-imports the parent's main module in the child (Qt
and all, when the app runs as ``python -m composer.ui.app``) and adds a resource-tracker
process of its own (12 MB), for nothing the checker needs.

The child runs :func:`main`: from a source install ``python -I -c`` importing it (isolated:
nothing from the current folder or PYTHONPATH can run inside the checker);
in a frozen bundle the bundle's own executable with :data:`PROCESS_ARGUMENT`, which the
bundle's entry points hand to :func:`main`. It ends when its input closes (the window
closed or died).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import signal
import struct
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

#: Given as the only argument, makes a frozen bundle's executable the checking process.
PROCESS_ARGUMENT = "--composer-checking-process"

_HEADER = struct.Struct("<Q")


class FramedPipe:
    """Pickled objects over a pair of byte streams, one length-prefixed frame each.

    ``recv`` raises :class:`EOFError` when the other side has gone."""

    def __init__(self, reader: IO[bytes], writer: IO[bytes]) -> None:
        self._reader = reader
        self._writer = writer

    def send(self, message: Any) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        self._writer.write(_HEADER.pack(len(data)) + data)
        self._writer.flush()

    def recv(self) -> Any:
        header = self._read(_HEADER.size)
        return pickle.loads(self._read(_HEADER.unpack(header)[0]))

    def _read(self, size: int) -> bytes:
        chunks: list[bytes] = []
        while size:
            chunk = self._reader.read(size)
            if not chunk:
                raise EOFError("the other side closed the pipe")
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        for stream in (self._writer, self._reader):
            with contextlib.suppress(OSError):
                stream.close()


# Run isolated (-I: no current folder, script folder, PYTHONPATH or user site-packages on
# the path), so that a "langdetect.py" in the folder the app was started from is never
# imported by the checker; the folder this package came from is put on the path by hand
# (it may not be installed, e.g. PYTHONPATH=src).
_BOOT = (
    "import sys; sys.path.insert(0, sys.argv.pop(1)); "
    "from composer.checking.process import main; sys.exit(main())"
)


def command() -> list[str]:
    """The command line that starts the checking process: isolated from the current
    folder and the environment's Python paths. (A frozen bundle's path holds only the
    bundle itself.)"""
    if getattr(sys, "frozen", False):
        return [sys.executable, PROCESS_ARGUMENT]
    root = str(Path(__file__).resolve().parents[2])
    return [sys.executable, "-I", "-c", _BOOT, root]


#: A checking process started before the window was built (:func:`start_early`).
_early: list[tuple[subprocess.Popen[bytes], FramedPipe]] = []


def start_early() -> None:
    """Starts the checking process now, before Qt is even imported, so that it loads its
    dictionaries and language profiles while the window is built; the first :func:`start`
    hands it over. Does nothing when checking runs in a thread
    (``COMPOSER_CHECK_IN_THREAD``); a failure here is left for :func:`start` to report."""
    if _early or os.environ.get("COMPOSER_CHECK_IN_THREAD"):
        return
    with contextlib.suppress(OSError, ValueError):
        _early.append(_launch())
        atexit.register(discard_early)


def discard_early() -> None:
    """Ends a checking process started early that nothing took over (the window failed
    to open, or the program ended first), and removes its progress file."""
    while _early:
        stop(*_early.pop())


def start() -> tuple[subprocess.Popen[bytes], FramedPipe]:
    """A checking process (the one started early, if any); raises :class:`OSError` if
    none can be started."""
    if _early:
        return _early.pop()
    return _launch()


#: The environment variable naming the file the process writes the rule family it is
#: checking to (read by the window when a check takes too long).
PROGRESS_VARIABLE = "COMPOSER_CHECK_PROGRESS"
#: What the progress file says while the process loads (no deadline runs then).
STARTING = "starting"


def _launch() -> tuple[subprocess.Popen[bytes], FramedPipe]:
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window on Windows
    fd, progress = tempfile.mkstemp(prefix="composer-checking-", suffix=".progress")
    os.close(fd)
    try:
        process = subprocess.Popen(
            command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            creationflags=flags,
            env={**os.environ, PROGRESS_VARIABLE: progress},
        )
    except BaseException:
        os.unlink(progress)
        raise
    process.progress_path = progress  # type: ignore[attr-defined]
    assert process.stdin is not None and process.stdout is not None
    return process, FramedPipe(process.stdout, process.stdin)


def progress_reporter() -> Any:
    """In the checking process: a function writing each step's name to the progress
    file (None without one). ``COMPOSER_CHECK_STALL=<family>`` makes the step of that
    family never end: how the tests stand for a rule stuck on hostile text."""
    path = os.environ.get(PROGRESS_VARIABLE)
    if not path:
        return None
    try:
        fd = os.open(path, os.O_WRONLY)
    except OSError:
        return None
    stall = os.environ.get("COMPOSER_CHECK_STALL", "")

    def report(step: str) -> None:
        with contextlib.suppress(OSError):
            os.pwrite(fd, step.encode("ascii", "replace")[:63].ljust(64, b"\0"), 0)
        if step == stall:
            import time

            while True:
                time.sleep(3600)

    return report


def stop(process: subprocess.Popen[bytes] | None, pipe: FramedPipe | None) -> None:
    """Ends a checking process at once and waits for it (briefly)."""
    if pipe is not None:
        pipe.close()
    if process is not None:
        if process.poll() is None:
            process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(2)
        progress = getattr(process, "progress_path", None)
        if progress:
            with contextlib.suppress(OSError):
                os.unlink(progress)


def main() -> int:
    """The checking process: serve requests on standard input and output until the input
    closes. Anything else written to standard output goes to standard error instead, so
    it cannot break the frames."""
    from composer.checking.work import serve
    from composer.logs import configure_logging

    configure_logging("checking")
    if hasattr(signal, "SIGINT"):  # Ctrl+C in a terminal is for the window to handle
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    reader = os.fdopen(os.dup(0), "rb")
    writer = os.fdopen(os.dup(1), "wb")
    try:
        os.dup2(2, 1)
    except OSError:  # no standard error (a windowed program on Windows)
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), 1)
    if sys.stdin is not None:
        sys.stdin.close()
    try:
        serve(FramedPipe(reader, writer))
    finally:
        # The window is gone or done with this process (its pipe closed): nobody reads
        # the progress file any more, also when the window itself ended abruptly.
        progress = os.environ.get(PROGRESS_VARIABLE)
        if progress:
            with contextlib.suppress(OSError):
                os.unlink(progress)
    return 0


if __name__ == "__main__":
    sys.exit(main())
