"""Which language the UI speaks, and loading its Qt translations.

The UI language, first that applies:

1. ``--lang`` on the command line (``composer --lang fi``, ``composer-gui --lang fi``),
   for that run: it is not saved, and a language chosen in preferences during the run
   replaces it;
2. the language chosen in preferences;
3. ``$COMPOSER_LANG`` (fi, sv or en; other values are ignored);
4. the system's language (fi, sv or en; any other falls back to English).

Compiled translations (``composer_<lang>.qm``) are looked
for in the source tree's ``translations/`` folder (built there from the ``.ts`` files by
``scripts/translations_build.py``) and, in a frozen bundle, in the bundle's
``translations/``. Qt's own strings (standard buttons, file
dialogs) come from Qt's ``qtbase_<lang>.qm``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from composer.i18n import UI_LANGUAGES, normalise_ui_language

_installed: list[QTranslator] = []
_current = ["en"]
#: The language asked for on the command line and the saved preference it overrides.
_requested: dict[str, str] = {}

#: The environment variable that names the UI language when preferences do not.
ENVIRONMENT_VARIABLE = "COMPOSER_LANG"


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


def request_ui_language(language: str | None, preference: str | None) -> None:
    """Speak ``language`` (``--lang``; None: none asked for) in this run rather than the
    saved ``preference``, until preferences choose another language."""
    _requested.clear()
    if language:
        _requested.update(language=normalise_ui_language(language), over=preference or "")


def environment_ui_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The UI language ``$COMPOSER_LANG`` names (``fi``, ``sv_FI.UTF-8`` ...), or None
    when it is unset or names a language the UI does not have."""
    value = (os.environ if environ is None else environ).get(ENVIRONMENT_VARIABLE, "")
    code = value.strip().replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()
    return code if code in UI_LANGUAGES else None


def resolve_ui_language(
    preference: str | None, environ: Mapping[str, str] | None = None
) -> str:
    """The UI language for the saved ``preference`` (en/fi/sv, empty: none): the one
    asked for on the command line while ``preference`` is the one it overrides, else
    ``preference``, else ``$COMPOSER_LANG``, else the system's language."""
    if _requested and (preference or "") == _requested["over"]:
        return _requested["language"]
    if preference:
        return normalise_ui_language(preference)
    return environment_ui_language(environ) or system_ui_language()


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
