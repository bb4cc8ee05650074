"""Entry point of the windowed ``composer-gui`` executable (Windows): the desktop app,
opening the post file given as an argument (Start-menu entry, file association)."""

from __future__ import annotations

import multiprocessing
import sys

from composer.ui.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the checking process (see entry.py)
    sys.exit(main(sys.argv[1:]))
