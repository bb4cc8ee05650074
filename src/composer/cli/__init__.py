"""The ``composer`` command line. Each sub-command lives in its own module with a
``register(subparsers)`` function; scripts depend on these commands, keep them stable.

Exit codes: 0 fine, 1 an error-severity finding, 2 an unusable input or usage error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from composer import __version__

COMMAND_MODULES: tuple[str, ...] = ("checking", "exporting", "doctor", "drafts", "team")

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="composer",
        description="Check and export social media posts against the organisation's "
        "guidelines. Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"composer {__version__}")
    parser.add_argument(
        "--lang",
        choices=("en", "fi", "sv"),
        default=None,
        help="language of finding messages (default: $COMPOSER_LANG or en)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"composer.cli.{name}")
        module.register(subparsers)
    return parser


def message_language(args: argparse.Namespace) -> str:
    return args.lang or os.environ.get("COMPOSER_LANG") or "en"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from composer.ui.app import main as gui_main

        return gui_main([])
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
