"""Renders the main window with a realistic bilingual post into docs/screenshot.png.

Run by scripts/screenshot.sh under Xvfb (QT_QPA_PLATFORM=xcb); also works offscreen.
Usage: python scripts/screenshot.py [OUTPUT.png] [--lang fi|sv|en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

POST = {
    "organisation": "jakobstad",
    "role": "organisation",
    "publish_on": "2025-06-02",  # 14 June 2025 is the Saturday the post announces
    "channels": ["facebook", "instagram", "x"],
    "versions": {
        "sv": (
            "Välkommen på sommarens första familjedag i Skolparken lördag 14.6 kl. 11–15! 🎈 "
            "Det blir ponnyridning, ansiktsmålning och musik med elever från Jakobstads "
            "musikinstitut.\n\n"
            "Frågor? Ring evenemangskoordinatorn på 040 123 4567.\n"
            "Mer information: https://www.jakobstad.fi/evenemang\n\n"
            "#jakobstad"
        ),
        "fi": (
            "Tervetuloa kesän ensimmäiseen perhepäivään Koulupuistoon lauantaina 14.6. "
            "klo 11–15! 🎈 Luvassa poniratsastusta, kasvomaalausta ja musikkia Pietarsaaren "
            "musiikkiopiston oppilaiden kanssa.\n\n"
            "Kysyttävää? Soita tapahtumakoordinaattorille numeroon 040 123 4567.\n"
            "Lisätietoja: https://www.pietarsaari.fi/tapahtumat"
        ),
        "en": (
            "Welcome to the first family day of the summer in the School Park on Saturday "
            "14 June, 11 am–3 pm! 🎈 Pony rides, face painting and music by students of the "
            "Jakobstad music institute."
        ),
    },
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", nargs="?", default=str(REPO / "docs" / "screenshot.png"))
    parser.add_argument("--lang", default="en", choices=("en", "fi", "sv"))
    parser.add_argument("--width", type=int, default=1560)
    parser.add_argument("--height", type=int, default=960)
    parser.add_argument("--dark", action="store_true", help="a dark palette (checks colours)")
    parser.add_argument("--fill", action="store_true",
                        help="the window fills the screen's available area (as maximised)")
    parser.add_argument("--image", action="append", default=[],
                        help="attach this image file to the post (repeatable)")
    args = parser.parse_args()

    # A private settings folder: the screenshot never depends on the user's preferences.
    scratch = tempfile.mkdtemp(prefix="composer-screenshot-")
    os.environ["COMPOSER_CONFIG_DIR"] = os.path.join(scratch, "config")
    os.environ["COMPOSER_DATA_DIR"] = os.path.join(scratch, "data")

    from PySide6.QtCore import QEventLoop, QTimer

    from composer.postfile import post_from_dict
    from composer.settings import Settings
    from composer.ui.app import create_application
    from composer.ui.language.ui_language import install_translators
    from composer.ui.window.features import attach_features
    from composer.ui.window.main_window import MainWindow

    app = create_application([])
    if args.dark:
        from PySide6.QtGui import QColor, QPalette

        app.setStyle("Fusion")
        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
            (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#2b2b2b"),
            (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#353535"),
            (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#3d6fb4"),
            (QPalette.ColorRole.PlaceholderText, "#9a9a9a"), (QPalette.ColorRole.Mid, "#505050"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
    install_translators(args.lang)
    settings = Settings(ui_language=args.lang)
    window = MainWindow(settings, args.lang)
    attach_features(window, autosave=False)
    window.files.confirm_discard = False
    if args.fill:
        area = window.screen().availableGeometry()
        window.setGeometry(area)
        window.panels.arrange()  # the docks' share of the new width
    else:
        window.resize(args.width, args.height)
        window.move(20, 20)
    window.show()
    post = dict(POST)
    if args.image:
        post["media"] = [{"file": os.path.abspath(path), "alt": {}} for path in args.image]
    window.set_post(post_from_dict(post))

    loop = QEventLoop()
    window.findings_updated.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    if window.preview is not None and hasattr(window.preview, "flush"):
        window.preview.flush()
    # Let layouts settle and the previews paint.
    settle = QEventLoop()
    QTimer.singleShot(800, settle.quit)
    settle.exec()
    if os.environ.get("SHOW_PREVIEWS"):
        window.panels.preview_dock.raise_()
        settle2 = QEventLoop()
        QTimer.singleShot(500, settle2.quit)
        settle2.exec()
    window.editor("sv").setFocus()
    app.processEvents()
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(args.output):
        print(f"screenshot: could not write {args.output}", file=sys.stderr)
        return 1
    print(f"screenshot: {len(window.findings())} findings, wrote {args.output}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
