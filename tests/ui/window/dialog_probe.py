"""Opens each dialog of the app over the main window on the screen the environment gives
(run in a subprocess with QT_QPA_PLATFORM and QT_SCALE_FACTOR set) and prints, as JSON,
the available area and where each dialog went."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))


def main() -> int:
    from composer.settings import Settings
    from composer.ui.app import create_application
    from composer.ui.window.features import attach_features
    from composer.ui.window.main_window import MainWindow
    from tests.ui.language.test_open_dialogs_follow_language import DIALOGS

    app = create_application([])
    window = MainWindow(Settings.load(), "en")
    attach_features(window, autosave=False)
    window.files.confirm_discard = False
    window.show()
    found: dict[str, object] = {}

    def report() -> None:
        found["available"] = window.screen().availableGeometry().getRect()
        for name, make in sorted(DIALOGS.items()):
            dialog = make(window)
            dialog.show()
            app.processEvents()
            found[name] = {"frame": dialog.frameGeometry().getRect(),
                           "minimum": dialog.minimumSizeHint().toTuple()}
            dialog.close()
        print(json.dumps(found), flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(300, report)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
