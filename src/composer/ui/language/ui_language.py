"""Which language the UI speaks, and loading its Qt translations.

The UI language is the one chosen in preferences, else the system's (fi, sv or en; any
other falls back to English). Compiled translations (``composer_<lang>.qm``) are looked
for in the source tree's ``translations/`` folder (built there from the ``.ts`` files by
``scripts/translations_build.py``) and, in a frozen bundle, in the bundle's
``translations/``. Qt's own strings (standard buttons, file
dialogs) come from Qt's ``qtbase_<lang>.qm``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from composer.i18n import UI_LANGUAGES, normalise_ui_language

_installed: list[QTranslator] = []
_current = ["en"]


def current_ui_language() -> str:
    """The language whose translators were installed last (en before any)."""
    return _current[0]


def system_ui_language() -> str:
    """The system locale's language if the UI has it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_", 1)[0].lower()
        if code in UI_LANGUAGES:
            return code
    return normalise_ui_language(QLocale.system().name())


def resolve_ui_language(preference: str | None) -> str:
    """``preference`` (en/fi/sv) or, when empty, the system's language."""
    if preference:
        return normalise_ui_language(preference)
    return system_ui_language()


def qm_dirs() -> list[Path]:
    """Folders searched for ``composer_<lang>.qm``, in order."""
    dirs = []
    if frozen := getattr(sys, "_MEIPASS", None):
        dirs.append(Path(frozen) / "translations")
    # src/composer/ui/language/ui_language.py -> the source tree's translations/
    dirs.append(Path(__file__).resolve().parents[4] / "translations")
    return dirs


def find_qm(language: str) -> Path | None:
    for folder in qm_dirs():
        candidate = folder / f"composer_{language}.qm"
        if candidate.is_file():
            return candidate
    return None


def install_translators(language: str) -> list[str]:
    """Replace the application's translators with those for ``language``.

    Returns the files loaded.
    """
    app = QCoreApplication.instance()
    if app is None:
        return []
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English is the source language; its file only holds the plural forms.
    candidates = [] if language == "en" else [(f"qtbase_{language}", qt_dir)]
    ours = find_qm(language)
    if ours is not None:
        candidates.append((ours.stem, str(ours.parent)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(str(Path(folder) / f"{name}.qm"))
    QLocale.setDefault(QLocale(language))
    _current[0] = language
    return loaded
