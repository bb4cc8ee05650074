"""``python -m composer``: the command line (and the app when no command is given)."""

import sys

from composer.cli import main

sys.exit(main())
