"""Views that are never stale (Anki's habit): a change set marks a page dirty, a page refreshes when shown.

    self.refresher = Refresher(self, ctx.bus, wants=lambda c: bool(c.cases), refresh=self.refresh)

A ``ChangeSet`` on the bus that the page ``wants`` refreshes it at once when it is on screen (the current
page of its stack, or visible), else marks it dirty. A dirty page refreshes when it is shown again: on its
Show event, and when the main window makes it the current page (navigation, ``Alt+←`` back, also while the
window itself is hidden). A page that loads on its own (``refresh``/``load`` called by the window) calls
``clean()`` so it is not loaded twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from desk_app.services.changes import ChangeSet
from ui.core.bus import Bus


class Refresher(QObject):
    def __init__(self, page: QWidget, bus: Bus, wants: Callable[[ChangeSet], bool],
                 refresh: Callable[[], None]) -> None:
        super().__init__(page)
        self.page = page
        self.wants = wants
        self._refresh = refresh
        self.dirty = False
        bus.changed.connect(self._changed)
        page.installEventFilter(self)

    def on_screen(self) -> bool:
        parent = self.page.parentWidget()
        if isinstance(parent, QStackedWidget):
            return parent.currentWidget() is self.page
        return self.page.isVisible()

    def _changed(self, changes: ChangeSet) -> None:
        if not self.wants(changes):
            return
        self.dirty = True
        if self.on_screen():
            self.shown()

    def shown(self) -> None:
        """The page is (again) on screen: refresh it if a change came while it was not."""
        if self.dirty:
            self.dirty = False
            self._refresh()

    def clean(self) -> None:
        """The page is loading fresh data on its own."""
        self.dirty = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.page and event.type() == QEvent.Type.Show:
            self.shown()
        return False


def page_shown(page: QWidget | None) -> None:
    """Tell a page it became the current one (the main window's navigation)."""
    refresher = getattr(page, "refresher", None)
    if isinstance(refresher, Refresher):
        refresher.shown()
