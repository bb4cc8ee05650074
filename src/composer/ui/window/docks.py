"""The main window's panels as docks: the findings and the channel previews sit right of
the editors, side by side in height on a large screen and as tabs on a small one; each
can be narrowed, hidden (View menu), moved or floated. With the window geometry
(:mod:`composer.ui.window.fit`) their state is remembered in the settings.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QWidget,
)

from composer.settings import Settings
from composer.ui.window import fit as window_fit

#: Below this available width or height (logical px) the docks start as tabs.
TABS_BELOW = (1600, 900)
#: Part of the window's width the docks take at first.
DOCK_SHARE = 0.3
#: The narrowest a dock may become (logical px).
DOCK_MIN_WIDTH = 200


class WindowLayout(QObject):
    """Puts ``findings`` and ``preview`` in docks of ``window`` and remembers the layout."""

    def __init__(self, window: QMainWindow, findings: QWidget, preview: QWidget) -> None:
        super().__init__(window)
        self.window = window
        window.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                              | QMainWindow.DockOption.AllowTabbedDocks
                              | QMainWindow.DockOption.AllowNestedDocks)
        for area in (Qt.DockWidgetArea.RightDockWidgetArea,
                     Qt.DockWidgetArea.LeftDockWidgetArea):
            window.setTabPosition(area, QTabWidget.TabPosition.North)
        self.findings_dock = self._dock("findingsDock", findings)
        self.preview_dock = self._dock("previewDock", preview)
        self._preview = preview
        self._preview_width = -1
        preview.installEventFilter(self)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings_dock)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview_dock)
        self._titles_pending = False
        for dock in self.docks():
            dock.dockLocationChanged.connect(self._update_titles_soon)
            dock.topLevelChanged.connect(self._update_titles_soon)
            dock.visibilityChanged.connect(self._update_titles_soon)
        window.tabifiedDockWidgetActivated.connect(self._update_titles_soon)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focused)
        self.retranslate()

    def _show_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Bring a tabbed dock to the front when the keyboard moves into it: Tab goes
        through both panels, and the control it reaches is always on screen."""
        if new is None:
            return
        for dock in self.docks():
            if dock.isAncestorOf(new) and self.window.tabifiedDockWidgets(dock):
                dock.raise_()

    def _dock(self, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(self.window)
        dock.setObjectName(name)
        self._natural_width = max(getattr(self, "_natural_width", 0),
                                  widget.minimumSizeHint().width())
        if widget.minimumSizeHint().width() > DOCK_MIN_WIDTH:
            # A panel wider than a narrow dock is clipped at its right edge rather than
            # widening the dock (and the window) beyond a small screen.
            widget.setMinimumWidth(DOCK_MIN_WIDTH)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)
        dock.setMinimumWidth(DOCK_MIN_WIDTH)
        return dock

    # -- title bars -------------------------------------------------------------------------

    def tabbed(self, dock: QDockWidget) -> bool:
        """``dock`` sits in a row of tabs with another dock that is shown."""
        if dock.isFloating():
            return False
        return any(not other.isHidden() and not other.isFloating()
                   for other in self.window.tabifiedDockWidgets(dock))

    def _update_titles_soon(self, *_args: object) -> None:
        if not self._titles_pending:
            self._titles_pending = True
            QTimer.singleShot(0, self, self.update_titles)  # not once the window is gone

    def update_titles(self) -> None:
        """A tabbed dock shows no title bar of its own: its tab already names it (moving
        it out by its tab, or hiding it in the View menu, still work); alone or floating
        it has its title bar, with the buttons to float and close it."""
        self._titles_pending = False
        for dock in self.docks():
            current = dock.titleBarWidget()
            if self.tabbed(dock):
                if current is None:
                    empty = QWidget(dock)
                    empty.setObjectName("noTitleBar")
                    empty.setFixedHeight(0)
                    dock.setTitleBarWidget(empty)
            elif current is not None:
                dock.setTitleBarWidget(None)  # type: ignore[arg-type]  # Qt's own again
                current.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._preview and event.type() == QEvent.Type.Resize:
            width = self._preview.width()
            if width != self._preview_width:
                self._preview_width = width
                QTimer.singleShot(0, self._remeasure_preview)
        return False

    def _remeasure_preview(self) -> None:
        """The previews' wrapped texts measured again at the dock's new width (a card
        keeps the height it had at the old width otherwise, and its text is cut)."""
        for child in self._preview.findChildren(QWidget):
            child.updateGeometry()
        layout = self._preview.layout()
        if layout is not None:
            layout.invalidate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.findings_dock.setWindowTitle(translate("WindowLayout", "Findings"))
        self.preview_dock.setWindowTitle(translate("WindowLayout", "Channels and previews"))
        self.findings_dock.toggleViewAction().setText(
            translate("WindowLayout", "Show the &findings"))
        self.preview_dock.toggleViewAction().setText(
            translate("WindowLayout", "Show the channel pre&views"))

    def docks(self) -> list[QDockWidget]:
        return [self.findings_dock, self.preview_dock]

    def arrange(self) -> None:
        """The docks' first arrangement for the window's screen: tabs on a small screen,
        one above the other on a large one, about a third of the window wide."""
        window = self.window
        screen = window.screen()
        small = True
        if screen is not None:
            area = screen.availableGeometry()
            small = area.width() < TABS_BELOW[0] or area.height() < TABS_BELOW[1]
        if small:
            window.tabifyDockWidget(self.findings_dock, self.preview_dock)
            self.findings_dock.raise_()
        else:
            window.splitDockWidget(self.findings_dock, self.preview_dock,
                                   Qt.Orientation.Vertical)
            # The previews (cards with the whole post) take the larger part.
            height = max(1, window.height())
            window.resizeDocks([self.findings_dock, self.preview_dock],
                               [int(height * 0.42), int(height * 0.58)],
                               Qt.Orientation.Vertical)
        # A third of the window, or as wide as the previews need if that is at most 40 %.
        wanted = min(self._natural_width, int(window.width() * 0.4))
        width = max(DOCK_MIN_WIDTH, int(window.width() * DOCK_SHARE), wanted)
        window.resizeDocks([self.findings_dock], [width], Qt.Orientation.Horizontal)
        self.update_titles()

    def splitters(self) -> list[QSplitter]:
        """The window's named splitters (their sizes are remembered with the docks)."""
        return [s for s in self.window.findChildren(QSplitter) if s.objectName()
                and s.window() is self.window]

    def restore(self, settings: Settings) -> bool:
        """Place the window (remembered geometry where it fits, else afresh) and lay out
        the docks and splitters; True when the remembered layout was used."""
        used = window_fit.restore(self.window, settings.window_geometry, "")
        if not used or not settings.window_state or not self.window.restoreState(
                window_fit.decode(settings.window_state)):
            self.arrange()
            return False
        for splitter in self.splitters():
            state = settings.window_splitters.get(splitter.objectName(), "")
            if state:
                splitter.restoreState(window_fit.decode(state))
        self.update_titles()
        return True

    def save(self, settings: Settings) -> None:
        """Keep the geometry, dock state and splitters in ``settings`` and on disk."""
        settings.window_geometry, settings.window_state = window_fit.remember(self.window)
        settings.window_splitters = {s.objectName(): window_fit.encode(s.saveState())
                                     for s in self.splitters()}
        stored = Settings.load()
        stored.window_geometry, stored.window_state = (settings.window_geometry,
                                                       settings.window_state)
        stored.window_splitters = dict(settings.window_splitters)
        with contextlib.suppress(OSError):
            stored.save()
