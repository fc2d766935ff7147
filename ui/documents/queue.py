"""Work lists of prepared notifications: letters to print (one print run) and calls to make."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import notifications
from ui.documents.printing import DialogFactory, new_printer, send_pdfs

if TYPE_CHECKING:
    from desk_app.app import Loket


def _t(text: str) -> str:
    return QCoreApplication.translate("documents", text)


class NotificationQueue(QWidget):
    """``state="to_print"``: letters waiting to be printed, printed together in one job and then marked
    printed (audit-logged). ``state="to_call"``: call tasks, marked done one by one."""

    changed = Signal()

    def __init__(self, loket: Loket, state: str = "to_print", parent: QWidget | None = None,
                 print_dialog: DialogFactory | None = None) -> None:
        super().__init__(parent)
        self.loket = loket
        self.state = state
        self._print_dialog = print_dialog
        self.rows: list[dict[str, Any]] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([_t("Case"), _t("Recipient"), _t("Message"), _t("Prepared")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(_t("Letters to print") if state == "to_print" else _t("Calls to make"))
        self.summary = QLabel()
        self.action = QPushButton(_t("Print all…") if state == "to_print" else _t("Mark selected call done"))
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.action)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.action.clicked.connect(self.print_all if state == "to_print" else self.mark_selected_done)
        self.refresh()

    def refresh(self) -> None:
        self.rows = notifications.pending(self.loket, self.state)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            first_line = str(row.get("body") or "").split("\n", 1)[0]
            values = [row["reference"], str(row.get("recipient") or "").split("\n", 1)[0], first_line,
                      str(row.get("created_at") or "")[:16].replace("T", " ")]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                self.table.setItem(r, c, item)
        noun = _t("letters to print") if self.state == "to_print" else _t("calls to make")
        self.summary.setText(f"{len(self.rows)} {noun}")
        self.action.setEnabled(bool(self.rows))

    def print_all(self) -> bool:
        """One print dialog for all waiting letters; each is marked printed afterwards."""
        from PySide6.QtPrintSupport import QPrintDialog
        from PySide6.QtWidgets import QDialog

        rows = [r for r in self.rows if r.get("attachment_sha256")]
        if not rows:
            return False
        pdfs = [self.loket.attachments.get(r["attachment_sha256"]) for r in rows]
        printer = new_printer(_t("Letters"))
        dialog = (self._print_dialog or QPrintDialog)(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            send_pdfs(printer, pdfs)
        except OSError as exc:
            QMessageBox.warning(self, _t("Print"), str(exc))
            return False
        for r in rows:
            notifications.set_state(self.loket, r["id"], "printed")
        self.refresh()
        self.changed.emit()
        return True

    def mark_selected_done(self) -> None:
        items = [self.table.item(i.row(), 0) for i in self.table.selectionModel().selectedRows()]
        ids = {item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None}
        for note_id in ids:
            notifications.set_state(self.loket, note_id, "done")
        self.refresh()
        self.changed.emit()
