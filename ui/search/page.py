"""Search as you type: the header's search field drives this results page.

Each keystroke starts a pooled search with key "search" (latest wins), so the GUI thread never waits on
SQLite and stale answers are dropped. ``last_latency_ms`` is keystroke → results painted (benchmarks).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import search as search_service
from ui.context import AppContext
from ui.core.pages import PageHost, register_page
from ui.core.refresh import Refresher
from ui.widgets import label

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class HitDelegate(QStyledItemDelegate):
    """Two lines: the name or case number in bold, the details muted."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return super().paint(painter, option, index)
        painter.save()
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        if selected:
            painter.fillRect(rect, pal.highlight())
        fm = option.fontMetrics
        bold = QFont(option.font)
        bold.setBold(True)
        pad = 10
        painter.setPen(pal.highlightedText().color() if selected else pal.text().color())
        painter.setFont(bold)
        kind = "▣ " if hit.kind == "case" else ""
        top = QRect(rect.left() + pad, rect.top() + 4, rect.width() - 2 * pad, fm.height())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, kind + hit.title)
        painter.setFont(option.font)
        if not selected:
            painter.setPen(pal.placeholderText().color())
        sub = hit.subtitle
        if hit.national_number:
            from ui.core.fmt import national_number

            sub = f"{national_number(hit.national_number)} · {sub}"
        bottom = QRect(rect.left() + pad, top.bottom() + 2, rect.width() - 2 * pad, fm.height())
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(sub, Qt.TextElideMode.ElideRight, bottom.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        fm = option.fontMetrics
        return QSize(200, fm.height() * 2 + 12)


@register_page("search", title=QT_TRANSLATE_NOOP("MainWindow", "&Search"),
               menu_title=QT_TRANSLATE_NOOP("MainWindow", "&Search…"), shortcuts=("Ctrl+F", "F3", "Alt+2"), nav=20,
               prebuild=True)
class SearchPage(QWidget):
    """Results of the header search field; Enter opens, Escape returns to the field."""

    results_shown = Signal(str, int)  # query, number of hits
    back = Signal()

    @classmethod
    def for_window(cls, ctx: AppContext, window: PageHost) -> SearchPage:
        page = cls(ctx, window.search_field)
        page.back.connect(window.back)
        return page

    def focus_page(self) -> None:
        """Opened by the navigation or Ctrl+F: the clerk types in the header's search field."""
        self.field.setFocus()
        self.field.selectAll()

    def __init__(self, ctx: AppContext, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.field = field
        self.last_latency_ms: float | None = None
        self._t0 = 0.0
        self._query = ""
        self.broad = False  # more matches than shown
        self._shown: list[Any] = []
        self._settle_timer = QTimer(self)  # typing paused: the persons shown go to the audit log
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(800)
        self._settle_timer.timeout.connect(self._log_shown)
        self.title = label("", "PageTitle")
        self.summary = label("", "Muted")
        self.list = QListWidget()
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.itemActivated.connect(self._open)
        self.list.installEventFilter(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addWidget(self.title)
        lay.addWidget(self.summary)
        lay.addWidget(self.list, 1)
        # a citizen or a case changed elsewhere: the same query again when the results are shown (Alt+← back)
        self.refresher = Refresher(self, ctx.bus, wants=lambda c: bool(c.persons or c.cases), refresh=self._rerun)
        field.textEdited.connect(self.search)
        field.returnPressed.connect(self.open_first)
        field.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Search"))
        self.list.setAccessibleName(self.tr("Search results"))
        self._summarise()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -------------------------------------------------------------------------------- search
    def search(self, query: str) -> None:
        self.refresher.clean()
        self._settle_timer.stop()
        self._t0 = time.perf_counter()
        self._query = query
        q = query.strip()
        if len(q) < 2:
            self.list.clear()
            self._shown = []
            self._summarise()
            self.results_shown.emit(query, 0)
            return
        loket = self.ctx.loket

        def shown(page: search_service.SearchPage) -> None:
            self._show(query, page.hits, page.more)
            self._settle_timer.start()

        self.ctx.ops.run_op(lambda: loket.search_page(q, 30), shown, self._failed, key="search")

    def _rerun(self) -> None:
        """The query on screen again, for fresh names and statuses; the clerk's place in the list is kept and
        nothing goes to the audit log again (these persons were logged when the typing paused)."""
        query, q, loket, row = self._query, self._query.strip(), self.ctx.loket, self.list.currentRow()
        if len(q) < 2:
            return
        self._t0 = time.perf_counter()

        def shown(page: search_service.SearchPage) -> None:
            self._show(query, page.hits, page.more)
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)

        self.ctx.ops.run_op(lambda: loket.search_page(q, 30), shown, self._failed, key="search")

    def _log_shown(self) -> None:
        query, hits, loket = self._query.strip(), list(self._shown), self.ctx.loket
        if hits:
            self.ctx.mutate(lambda: loket.log_search(query, hits), None, self._failed)

    def _show(self, query: str, hits: list[Any], broad: bool = False) -> None:
        if query != self._query:
            return
        self.broad = broad
        self._shown = hits
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.title} — {hit.subtitle}")
            item.setData(HIT_ROLE, hit)
            item.setToolTip(hit.subtitle)
            self.list.addItem(item)
        if hits:
            self.list.setCurrentRow(0)
        self.list.setUpdatesEnabled(True)
        self._summarise()
        self.last_latency_ms = (time.perf_counter() - self._t0) * 1000
        self.results_shown.emit(query, len(hits))

    def _failed(self, exc: BaseException) -> None:
        from ui.core.errors import describe

        self.summary.setText(describe(exc))

    def _summarise(self) -> None:
        n = self.list.count()
        if len(self._query.strip()) < 2:
            self.summary.setText(self.tr("Type at least two letters or digits: name, national number, "
                                         "address or case number."))
        elif n == 0:
            self.summary.setText(self.tr("No person or case matches “%1”.").replace("%1", self._query.strip()))
        elif getattr(self, "broad", False):
            self.summary.setText(self.tr("Many matches — type more to narrow down (↓ to choose, Enter to open)"))
        else:
            self.summary.setText(self.tr("%n result(s) — ↓ to choose, Enter to open", "", n))

    # -------------------------------------------------------------------------------- open
    def open_first(self) -> None:
        if self.list.count():
            item = self.list.currentItem() or self.list.item(0)
            self._open(item)

    def _open(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is None:
            return
        if hit.kind == "person":
            self.ctx.bus.open_person.emit(hit.id)
        else:
            self.ctx.bus.open_case.emit(hit.id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if obj is self.field and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.list.count():
                self.list.setFocus()
                if self.list.currentRow() < 0:
                    self.list.setCurrentRow(0)
                return True
            if obj is self.field and key == Qt.Key.Key_Escape:
                self.field.clear()
                self.search("")
                self.back.emit()
                return True
            if obj is self.list and key == Qt.Key.Key_Up and self.list.currentRow() <= 0:
                self.field.setFocus()
                return True
            if obj is self.list and key == Qt.Key.Key_Escape:
                self.field.setFocus()
                self.field.selectAll()
                return True
        return super().eventFilter(obj, event)
