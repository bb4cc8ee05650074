"""The core and the checking package never load Qt: the command line and the checking
process start without it, and the core stays usable as a library."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import importlib, pkgutil, sys
import composer
names = [m.name for m in pkgutil.walk_packages(composer.__path__, "composer.")
         if not m.name.startswith("composer.ui") and not m.name.endswith("__main__")]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print("composer.checking.process" in names, len(names), qt)
"""


def test_core_and_checking_import_no_qt():
    out = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split(None, 2)
    assert out[0] == "True" and int(out[1]) > 40  # the core, composer.checking included
    assert out[2].strip() == "[]"

