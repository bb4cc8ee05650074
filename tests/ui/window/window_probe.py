"""Opens the main window on the screen the environment gives (run in a subprocess with
QT_QPA_PLATFORM and QT_SCALE_FACTOR set) and prints, as JSON, where it went and how
its parts were laid out. Optional argument: a width and height to resize it to."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer


def measure(window) -> dict:
    screen = window.screen()
    columns = [c for c in window.editors.editors.values() if c.isVisible()]
    docks = window.panels.docks()
    return {
        "available": screen.availableGeometry().getRect(),
        "frame": window.frameGeometry().getRect(),
        "geometry": window.geometry().getRect(),
        "minimum": window.minimumSizeHint().toTuple(),
        "columns": [c.width() for c in columns],
        "docks": [{"visible": d.isVisible(), "width": d.width(),
                   "tabbed": bool(window.tabifiedDockWidgets(d))} for d in docks],
        "central": window.centralWidget().geometry().getRect(),
    }


def main() -> int:
    from composer.settings import Settings
    from composer.ui.app import create_application
    from composer.ui.window.main_window import MainWindow

    app = create_application([])
    window = MainWindow(Settings.load(), "en")
    window.files.confirm_discard = False
    window.show()
    if len(sys.argv) == 3:
        window.resize(int(sys.argv[1]), int(sys.argv[2]))

    def report() -> None:
        print(json.dumps(measure(window)), flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(600, report)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
