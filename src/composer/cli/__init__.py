"""The ``composer`` command line. Each sub-command lives in its own module with a
``register(subparsers)`` function; scripts depend on these commands, keep them stable.

Without a command, ``composer [--lang LANG] [FILE...]`` starts the desktop app (with the
files, like ``composer-gui``). An argument that names a command is the command, even if
a file has that name (``composer ./check`` opens the file).

Exit codes: 0 fine, 1 an error-severity finding, 2 an unusable input or usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import os
import sys
from collections.abc import Sequence

from composer import __version__

COMMAND_MODULES: tuple[str, ...] = ("checking", "exporting", "doctor", "drafts", "team")

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2


LANGUAGES: tuple[str, ...] = ("en", "fi", "sv")

USAGE = "composer [-h] [--version] [--lang {en,fi,sv}] [COMMAND ... | FILE ...]"

EPILOG = """\
Without a command, composer starts the desktop app; with FILE..., it opens the post
file(s) in it, as composer-gui does.

Language: commands write their messages in --lang, else $COMPOSER_LANG, else English.
The desktop app speaks --lang for that run (it is not saved), else the language chosen
in its preferences, else $COMPOSER_LANG, else the system's language. JSON output is not
translated."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="composer",
        usage=USAGE,
        description="Check and export social media posts against the organisation's "
        "guidelines. Without a command, starts the desktop app.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"composer {__version__}")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of messages and of the desktop app for this run "
        "(default: see Language below)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"composer.cli.{name}")
        module.register(subparsers)
    return parser


def message_language(args: argparse.Namespace) -> str:
    return args.lang or os.environ.get("COMPOSER_LANG") or "en"


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    """The sub-commands ``parser`` knows (``check``, ``export`` ...)."""
    return {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def files_to_open(parser: argparse.ArgumentParser, argv: Sequence[str]) -> bool:
    """Whether ``argv`` asks the desktop app to open files: its first argument that is
    not ``--lang LANG`` is no command but an existing path (any other option first:
    the ordinary parser answers, for ``--help`` or an error)."""
    items = iter(argv)
    for arg in items:
        if arg == "--lang":
            next(items, None)
        elif arg.startswith("--lang="):
            continue
        elif arg == "--":
            first = next(items, None)
            return first is not None and first not in command_names(parser) \
                and os.path.exists(first)
        elif arg.startswith("-") and arg != "-":
            return False
        else:
            return arg not in command_names(parser) and os.path.exists(arg)
    return False


def parse_gui_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """``[--lang LANG] FILE...``: the arguments of the desktop app with files."""
    parser = argparse.ArgumentParser(prog="composer", usage=USAGE)
    parser.add_argument("--lang", choices=LANGUAGES, default=None)
    parser.add_argument("files", nargs="+", metavar="FILE")
    return parser.parse_intermixed_args(argv)


def gui_arguments(language: str | None, files: Sequence[str] = ()) -> list[str]:
    """The arguments for the desktop app (:func:`composer.ui.app.main`)."""
    return [*(["--lang", language] if language else []), *files]


def start_gui(arguments: list[str]) -> int:
    from composer.ui.app import main as gui_main

    return gui_main(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if files_to_open(parser, argv):
        gui = parse_gui_arguments(argv)
        return start_gui(gui_arguments(gui.lang, gui.files))
    args = parser.parse_args(argv)
    if args.command is None:
        return start_gui(gui_arguments(args.lang))
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRORS:
            raise
        # the output cannot be written (a full disk, "> /dev/full"): said, no traceback
        _quiet_stdout()
        from composer.cli.texts import text

        said = text("output-not-written", message_language(args),
                    reason=exc.strerror or str(exc))
        print(f"composer: {said}", file=sys.stderr)
        return EXIT_FINDINGS
    except KeyboardInterrupt:
        return 130


#: Why the command's output could not be written.
_OUTPUT_ERRORS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO)


def _quiet_stdout() -> None:
    """Nothing more to the standard output that failed (Python's own flush at exit would
    only fail again, with a traceback)."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
