"""Shows one of the app's panels on its own with realistic content, for a close look.

    .venv/bin/python scripts/show_widget.py preview|guideline|media [--org ID]
        [--lang fi|sv|en] [--dark] [--screenshot FILE.png]

With ``--screenshot`` it renders the widget into a PNG and exits (run it under Xvfb or
``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from composer.model import Media, Post
from composer.profiles import get_profile

SAMPLE = {
    "sv": (
        "Välkommen till invånarkvällen om nya Campus Allegro tisdag 14.10 kl. 18 i "
        "Schaumansalen! Vi berättar om tidtabellen och du får ställa frågor till "
        "stadsdirektören. Mer information: https://www.jakobstad.fi/campus "
        "@StadenJakobstad #jakobstad #vigördettillsammans"
    ),
    "fi": (
        "Tervetuloa asukasiltaan uudesta Campus Allegrosta tiistaina 14.10. klo 18 "
        "Schaumansaliin! Kerromme aikataulusta, ja voit esittää kysymyksiä kaupunginjohtajalle. "
        "Lisätietoja: https://www.pietarsaari.fi/campus #pietarsaari #teemmesenyhdessä"
    ),
    "en": "Residents' evening on the new Campus Allegro, Tue 14 Oct at 6 pm. 🎶",
}


def sample_image(folder: Path) -> str:
    image = QImage(640, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f9f"))
    painter = QPainter(image)
    painter.fillRect(0, 260, 640, 140, QColor("#e8d9a8"))
    painter.setBrush(QColor("#f4c542"))
    painter.drawEllipse(460, 50, 110, 110)
    painter.end()
    path = folder / "campus-allegro.png"
    image.save(str(path))
    return str(path)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#333333"),
        (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#3d7bd9"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.Link, "#6cb4ff"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"), (QPalette.ColorRole.Mid, "#555555"),
        (QPalette.ColorRole.ToolTipBase, "#3a3a3a"), (QPalette.ColorRole.ToolTipText, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def install_translation(language: str) -> None:
    """The app's own and Qt's translations (compiled by ``make translations``)."""
    from composer.ui.language.ui_language import install_translators

    install_translators(language)
    QLocale.setDefault(QLocale(language))


def build(kind: str, org: str, language: str, folder: Path) -> QWidget:
    profile = get_profile(org)
    if kind == "guideline":
        from composer.ui.dialogs.guideline_viewer import GuidelineViewer

        viewer = GuidelineViewer(ui_language=language)
        first = next(iter(profile.points), "")
        viewer.show_reference(profile, f"{profile.id}:{first}" if first else "")
        return viewer
    if kind == "law":
        from composer.ui.dialogs.guideline_viewer import GuidelineViewer

        viewer = GuidelineViewer(ui_language=language)
        viewer.show_reference(profile, "law:gdpr")
        return viewer
    if kind == "media":
        from composer.ui.editor.media_panel import MediaPanel

        panel = MediaPanel()
        panel.set_languages(profile.language_order)
        panel.set_media([
            Media(sample_image(folder), {"sv": "Skiss av Campus Allegro vid havet i solsken."}),
            Media(str(folder / "puuttuva-kuva.jpg"), {}),
        ])
        panel.resize(620, 480)
        return panel
    if kind == "preview":
        from composer.ui.preview.panel import ChannelPreviewPanel

        post = Post(
            organisation=org,
            channels=["x", "facebook", "instagram", "bluesky"],
            versions=dict(SAMPLE),
            media=[Media(sample_image(folder), {"sv": "Skiss av Campus Allegro.",
                                                "fi": "Luonnos Campus Allegrosta."})],
        )
        panel = ChannelPreviewPanel()
        panel.set_ui_language(language)
        panel.set_channels(post.channels)
        panel.set_post(post)
        panel.resize(720, 860)
        return panel
    raise SystemExit(f"unknown widget {kind!r}: preview, guideline, law or media")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("widget", choices=["preview", "guideline", "law", "media"])
    parser.add_argument("--org", default="jakobstad")
    parser.add_argument("--lang", default="en", choices=["en", "fi", "sv"])
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--size", help="WIDTHxHEIGHT")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    app.setStyle(QStyleFactory.create("Fusion"))
    if args.dark:
        app.setPalette(dark_palette())
    install_translation(args.lang)
    folder = Path(tempfile.mkdtemp(prefix="composer-show-"))
    widget = build(args.widget, args.org, args.lang, folder)
    if args.size:
        width, height = (int(v) for v in args.size.split("x"))
        widget.resize(width, height)
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    widget.show()
    if args.screenshot:
        def shoot() -> None:
            widget.grab().save(str(args.screenshot))
            app.quit()

        QTimer.singleShot(800, shoot)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
