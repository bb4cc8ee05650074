"""The app's log: a rotating file in the user's log folder, set up once at start.

A windowed app has no console, so what went wrong (a checking process that keeps
stopping, a failed background job, an uncaught exception) is written to ``composer.log``
in :func:`composer.settings.log_dir` (``$COMPOSER_LOG_DIR`` overrides it), and what went
wrong in the checking process to ``checking.log`` beside it; each is rotated at 1 MB with
three old files kept. Modules log with
``logging.getLogger(__name__)``; warnings and errors also go to standard error, where a
terminal shows them.
"""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from composer.settings import log_dir

MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_configured = False
_file: Path | None = None


def log_file(name: str = "composer") -> Path:
    return log_dir() / f"{name}.log"


def configure_logging(name: str = "composer", level: int = logging.INFO) -> Path | None:
    """Send the ``composer`` loggers to the log file (and warnings to standard error);
    log uncaught exceptions, also in threads. Returns the file, or None when it cannot be
    written (then standard error only). Safe to call again: sets up once."""
    global _configured, _file
    if _configured:
        return _file
    _configured = True
    root = logging.getLogger("composer")
    root.setLevel(level)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("composer: %(levelname)s: %(message)s"))
    root.addHandler(console)
    path = log_file(name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                      encoding="utf-8")
    except OSError as exc:
        root.warning("no log file (%s): %s", path, exc)
    else:
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
        _file = path
    _log_uncaught(root)
    return _file


def _log_uncaught(logger: logging.Logger) -> None:
    """Uncaught exceptions (in a slot too: PySide hands them to ``sys.excepthook``) go to
    the log, and through it to standard error."""

    def hook(kind: type[BaseException], value: BaseException,
             traceback: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            logger.critical("uncaught exception", exc_info=(kind, value, traceback))
        else:
            sys.__excepthook__(kind, value, traceback)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
            logger.error("uncaught exception in thread %s",
                         args.thread.name if args.thread else "?",
                         exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook
