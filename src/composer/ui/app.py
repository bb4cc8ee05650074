"""Starts the desktop app: ``composer-gui [--lang LANG] [POST_FILE]``, ``composer
[--lang LANG] [POST_FILE]`` or ``python -m composer.ui.app``.

``--lang en|fi|sv`` sets the window's language for that run, ahead of the one saved in
preferences; without it, the saved one, else ``$COMPOSER_LANG``, else the system's
(:mod:`composer.ui.language.ui_language`).

Start-up is kept light so the window paints fast: only Qt, the settings and the profiles
load before the window shows; the guideline engine, language detection and dictionaries
load in the checking process afterwards. With ``COMPOSER_EXIT_AFTER_PAINT=1`` the app
prints the seconds from process start to the first painted window and exits (start-up
measurements); with ``COMPOSER_EXIT_AFTER_CHECK=1`` it checks the post once after the
first paint, prints the number of findings and the seconds since process start, and exits
(smoke test of an installed app; first findings on a restored draft).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Sequence
from typing import Any

# Qt and the rest are imported inside the functions, so that what runs before the first
# paint is only what the window needs.

APP_NAME = "composer"


def _process_age() -> float:
    """Seconds since this process started (Linux: from /proc; elsewhere since import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


def create_application(argv: Sequence[str]) -> Any:
    """The QApplication, with name, version, icon and high-DPI policy (created once)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    import composer
    from composer.ui.dialogs.about import APP_ID, app_icon

    existing = QApplication.instance()
    if existing is not None:
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(composer.__version__)
    # The desktop entry's name (packaging/linux), so docks and Wayland show its icon.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def split_arguments(args: Sequence[str]) -> tuple[str | None, list[str]]:
    """The language asked for with ``--lang LANG`` (or ``--lang=LANG``; None without)
    and the other arguments (the files to open, Qt's own options)."""
    language: str | None = None
    rest: list[str] = []
    items = iter(args)
    for arg in items:
        if arg == "--lang":
            language = next(items, None) or language
        elif arg.startswith("--lang="):
            language = arg.split("=", 1)[1] or language
        else:
            rest.append(arg)
    return language, rest


def main(argv: Sequence[str] | None = None) -> int:
    from composer.logs import configure_logging

    configure_logging()  # before anything can go wrong: a windowed app has no console
    from composer.checking import process as checking_process

    checking_process.start_early()  # loads the dictionaries while Qt and the window load
    from composer.grammar import keep_out_of_this_process

    keep_out_of_this_process()  # Voikko's grammar checker runs in the checking process only
    from composer.settings import Settings
    from composer.ui.language.ui_language import (
        install_translators,
        request_ui_language,
        resolve_ui_language,
    )

    requested, args = split_arguments(sys.argv[1:] if argv is None else argv)
    app = create_application(args)
    settings = Settings.load()
    request_ui_language(requested, settings.ui_language)
    language = resolve_ui_language(settings.ui_language)
    install_translators(language)

    from composer.ui.window.main_window import MainWindow

    window = MainWindow(settings, language)
    files = [a for a in args if not a.startswith("-")]
    from composer.ui.window.features import attach_features

    # Machine translation and autosave; the last draft reopened unless a file was given.
    attach_features(window, reopen_draft=not files)
    if files:
        window.files.open_file(files[0])
    if os.environ.get("COMPOSER_EXIT_AFTER_PAINT"):

        def report() -> None:
            print(f"first paint after {_process_age():.3f} s", flush=True)
            app.quit()

        window.first_painted.connect(report)
    elif os.environ.get("COMPOSER_EXIT_AFTER_CHECK"):
        # Smoke test of an installed app: check the post once (in the checking process)
        # after the first paint, print what was found and exit (1 if checking failed).
        def checked(result) -> None:
            error = getattr(result, "error", None)
            print(f"checked: {len(result.findings)} findings after {_process_age():.3f} s"
                  + (f"; error: {error}" if error else ""), flush=True)
            app.exit(1 if error else 0)

        window.checker.result_ready.connect(checked)
        window.first_painted.connect(window.checker.check_now)
    window.show()
    if not settings.welcomed and not os.environ.get("COMPOSER_EXIT_AFTER_PAINT") \
            and not os.environ.get("COMPOSER_EXIT_AFTER_CHECK"):
        welcome(window)
    return app.exec()


def welcome(window: Any) -> None:
    """First start: ask which organisation the user writes for, and remember it."""
    from composer.profiles import load_profiles
    from composer.settings import Settings
    from composer.ui.dialogs.welcome import WelcomeDialog

    dialog = WelcomeDialog(list(load_profiles().profiles.values()), window.ui_language,
                           window.settings, window)
    window.welcome_dialog = dialog

    def chosen() -> None:
        organisation, role = dialog.organisation_id(), dialog.role_id()
        window.header.select(organisation, role)
        window._role = role
        window._set_organisation(organisation, user=False)
        stored = Settings.load()
        stored.organisation, stored.role, stored.welcomed = organisation, role, True
        window.settings.organisation, window.settings.role = organisation, role
        window.settings.welcomed = True
        with contextlib.suppress(OSError):
            stored.save()

    dialog.accepted.connect(chosen)
    dialog.rejected.connect(chosen)  # closed: the shown choice stands, asked once
    dialog.open()


if __name__ == "__main__":
    sys.exit(main())
