"""The conflict screen: both versions side by side; the clerk decides which one stays."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desk_app.services.changes import ChangeSet
from ui.context import AppContext
from ui.core import fmt
from ui.core.errors import describe
from ui.sync import resolve as resolve_mod
from ui.widgets import button, card, label

FIELD_NAMES = {"given_names": "Given names", "surname": "Surname", "phone": "Phone", "email": "E-mail",
               "preferred_channel": "Preferred channel", "status": "Status", "language": "Language"}


class ConflictsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.title = label("", "PageTitle")
        self.intro = label("", "Muted", wrap=True)
        self.list = QListWidget()
        self.list.setFixedWidth(240)
        self.list.currentRowChanged.connect(self._select)
        self.what = label("", "SectionTitle", wrap=True)
        lf, ll = card()
        rf, rl = card()
        self.local_title = label("", "Muted")
        self.local_value = label("", "PageTitle", wrap=True, selectable=True)
        self.server_title = label("", "Muted")
        self.server_value = label("", "PageTitle", wrap=True, selectable=True)
        self.keep_local = button("", primary=True)
        self.keep_server = button("", primary=True)
        self.keep_local.clicked.connect(lambda: self.decide("local"))
        self.keep_server.clicked.connect(lambda: self.decide("server"))
        ll.addWidget(self.local_title)
        ll.addWidget(self.local_value)
        ll.addStretch(1)
        ll.addWidget(self.keep_local)
        rl.addWidget(self.server_title)
        rl.addWidget(self.server_value)
        rl.addStretch(1)
        rl.addWidget(self.keep_server)
        versions = QHBoxLayout()
        versions.addWidget(lf, 1)
        versions.addWidget(rf, 1)
        detail = QVBoxLayout()
        detail.addWidget(self.what)
        detail.addLayout(versions)
        detail.addStretch(1)
        self.detail_w = QWidget()
        self.detail_w.setLayout(detail)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.detail_w, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addWidget(self.title)
        lay.addWidget(self.intro)
        lay.addLayout(body, 1)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Conflicts to resolve"))
        self.intro.setText(self.tr("Someone else changed the same detail while this laptop was offline. "
                                   "Compare both versions and choose the one that is right."))
        self.local_title.setText(self.tr("Changed on this laptop"))
        self.server_title.setText(self.tr("In the case store"))
        self.keep_local.setText(self.tr("Keep &this version"))
        self.keep_local.setAccessibleName(self.tr("Keep this laptop's version"))
        self.keep_server.setText(self.tr("Keep t&hat version"))
        self.keep_server.setAccessibleName(self.tr("Keep the case store's version"))
        self.list.setAccessibleName(self.tr("Conflicts"))
        self._select(self.list.currentRow())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        loket = self.ctx.loket
        self.ctx.ops.run_op(lambda: resolve_mod.open_conflicts(loket), self._show,
                            lambda e: self.intro.setText(describe(e)), key="conflicts")

    def _changed(self, changes: ChangeSet) -> None:
        if changes.conflicts and self.isVisible():
            self.refresh()

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.list.clear()
        for r in rows:
            item = QListWidgetItem(f"{r['title']} — {self.tr(FIELD_NAMES.get(r['field'], r['field']))}")
            item.setData(Qt.ItemDataRole.UserRole, r["id"])
            self.list.addItem(item)
        self.detail_w.setVisible(bool(rows))
        if rows:
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self.what.setText("")
            self.intro.setText(self.tr("No conflicts: everything is in agreement with the case store."))

    def _select(self, row: int) -> None:
        if not (0 <= row < len(self.rows)):
            return
        r = self.rows[row]
        self.what.setText(f"{r['title']} · {self.tr(FIELD_NAMES.get(r['field'], r['field']))} · "
                          f"{fmt.datetime(r['created_at'])}")
        self.local_value.setText(str(r["local_value"]) if r["local_value"] is not None else "—")
        self.server_value.setText(str(r["server_value"]) if r["server_value"] is not None else "—")

    def decide(self, choice: str) -> None:
        row = self.list.currentRow()
        if not (0 <= row < len(self.rows)):
            return
        cid = self.rows[row]["id"]
        loket = self.ctx.loket
        def done(_changes: Any) -> None:
            self.ctx.bus.message.emit(self.tr("Conflict resolved."))
            self.refresh()

        self.ctx.mutate(lambda: resolve_mod.resolve(loket, cid, choice), done,
                        lambda e: self.ctx.bus.message.emit(describe(e)))
