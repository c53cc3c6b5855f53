"""Windows that fit the screen they open on, and side panels that give way to the article.

A window opens at its preferred size or at most 95% of the screen's free area (a 1366×768
laptop included), and a window put back at a size saved on a larger screen is brought within
this one (``keep_on_screen``). Each side panel scrolls inside its dock (``scrolling``), so the
panels never make the window taller than the screen, whatever the language's texts. In the main
window the docks follow the window's width: beside the article
on both sides when there is room; all tabbed in one narrow column on the start side (where the
document list is, so it stays put) when the window is narrow, each tab's name whole (scroll
arrows reach the ones that do not fit); hidden (a drawer: View → Panels brings each back) when
it is narrower still, so the article always keeps at least half the width. Widening the window
puts back the layout the person had.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QMainWindow,
    QScrollArea,
    QTabBar,
    QWidget,
)

WIDE = 1000  # from this width the panels sit on both sides
NARROW = 640  # from this width they share one column; below it they are hidden
PANEL_SHARE = 0.22  # of the window's width, at most, for one column of panels
PANEL_MIN = 140


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to (width, height), or to what the window's screen has room for."""
    window.setProperty("preferred_size", QSize(width, height))
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, int(room.width() * 0.95))
        height = min(height, int(room.height() * 0.95))
    window.resize(width, height)


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move the window so it lies within its screen's free area (frame and
    title bar included)."""
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry()
    width = min(window.width(), room.width() - (frame.width() - window.width()))
    height = min(window.height(), room.height() - (frame.height() - window.height()))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() + 1 - frame.width())
    y = min(max(frame.y(), room.y()), room.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, room.x()), max(y, room.y()))


def scrolling(panel: QWidget) -> QScrollArea:
    """The panel inside a frameless scroll area, for a dock: a dock shorter than the panel
    scrolls it instead of making the window taller (or cutting the panel)."""
    area = QScrollArea()
    area.setObjectName(panel.objectName())
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(panel)
    return area


def panel_of(dock: QDockWidget) -> QWidget | None:
    """The panel a dock shows (inside its scroll area)."""
    area = dock.widget()
    return area.widget() if isinstance(area, QScrollArea) else area


def preferred_size(window: QWidget) -> QSize:
    """The size a window asked for before the screen was taken into account (screenshots
    are made at it, whatever the offscreen screen's size)."""
    size = window.property("preferred_size")
    return size if isinstance(size, QSize) else window.size()


class PanelFitter(QObject):
    """Keeps a main window's docks within a share of its width (see the module's docstring)."""

    def __init__(self, window: QMainWindow, column: Qt.DockWidgetArea):
        """``column``: the side where the panels share one column in a narrow window."""
        super().__init__(window)
        self.window = window
        self.column = column
        self.mode = "wide"
        self.wide_state = None
        self.hidden_by_us: list[QDockWidget] = []
        for dock in self.docks():
            dock.widget().setMinimumWidth(PANEL_MIN)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        window.installEventFilter(self)

    def settled(self) -> bool:
        """True when no fit is waiting to run (the docks are where the width puts them)."""
        return not self._timer.isActive()

    def docks(self) -> list[QDockWidget]:
        return self.window.findChildren(QDockWidget)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False

    def fit(self) -> None:
        width = self.window.width()
        mode = "wide" if width >= WIDE else "narrow" if width >= NARROW else "drawer"
        if mode != self.mode:
            if self.mode == "wide":
                self.wide_state = self.window.saveState()
            if mode == "wide" and self.wide_state is not None:
                self.window.restoreState(self.wide_state)
            elif mode == "narrow":
                self._one_column()
            elif mode == "drawer":
                self._hide_all()
            self.mode = mode
        shown = [d for d in self.docks() if d.isVisible() and not d.isFloating()]
        share = max(PANEL_MIN, int(width * PANEL_SHARE))
        if mode == "wide":  # the person's widths, but none over its share
            shown = [d for d in shown if d.width() > share]
        if shown:
            self.window.resizeDocks(shown, [share] * len(shown), Qt.Orientation.Horizontal)
        for bar in self.window.findChildren(QTabBar):  # the docks' tabs: whole names
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)
        # now, not at the next turn of the event loop (a posted layout request): settled()
        # means the article has its width, and a click or key that comes first (a window
        # activated meanwhile) lands on the lines as they are shown, not on a 70 px article
        self.window.layout().activate()

    def _one_column(self) -> None:
        docks = [d for d in self.docks() if not d.isFloating()]
        for dock in self.hidden_by_us:
            dock.show()
        self.hidden_by_us = []
        first = None
        for dock in docks:
            if self.window.dockWidgetArea(dock) != self.column:
                self.window.addDockWidget(self.column, dock)
            if first is None:
                first = dock
            else:
                self.window.tabifyDockWidget(first, dock)
        if first is not None:
            first.raise_()

    def _hide_all(self) -> None:
        self.hidden_by_us = [d for d in self.docks() if d.isVisible() and not d.isFloating()]
        for dock in self.hidden_by_us:
            dock.hide()
