"""Entry point of the bundled ``composer`` executable.

Works like the ``composer`` command of a source install (sub-commands for the command
line, no arguments for the desktop app), and also opens a post file given as the only
argument in the app: that is how desktop file associations start it
(``composer post.post.json``).
"""

from __future__ import annotations

import sys


def _is_post_file(argument: str) -> bool:
    return not argument.startswith("-") and argument.lower().endswith(".json")


def run(argv: list[str]) -> int:
    if len(argv) == 1 and _is_post_file(argv[0]):
        from composer.ui.app import main as gui_main

        return gui_main(argv)
    from composer.cli import main

    return main(argv)


if __name__ == "__main__":
    # The app checks posts in a separate process: in the bundle, this same executable
    # started with composer.checking.process.PROCESS_ARGUMENT.
    if sys.argv[1:] == ["--composer-checking-process"]:
        from composer.checking.process import main as checking_process

        sys.exit(checking_process())
    sys.exit(run(sys.argv[1:]))
