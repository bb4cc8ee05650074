"""Entry point of the windowed ``composer-gui`` executable (Windows): the desktop app,
opening the post file given as an argument (Start-menu entry, file association)."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    if sys.argv[1:] == ["--composer-checking-process"]:  # the checking process (entry.py)
        from composer.checking.process import main as checking_process

        sys.exit(checking_process())
    from composer.ui.app import main

    sys.exit(main(sys.argv[1:]))
