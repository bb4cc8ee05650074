"""PyInstaller hook for PySide6.QtGui: PyInstaller's own, minus the Qt plugins composer
does not use (see packaging/trim.py), dropped before their system libraries are collected."""

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from trim import keep_plugin

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, target) for source, target in binaries if keep_plugin(source)]
