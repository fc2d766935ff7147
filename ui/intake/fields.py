"""One editor per catalogue field type; every editor reports ``changed`` and gives/takes plain values."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.catalogue import FormField, text_in
from ui.widgets import label

PLACEHOLDERS = {"date": "DD/MM/YYYY", "amount": "0,00", "email": "naam@voorbeeld.be", "phone": "+32 …",
                "national_number": "YY.MM.DD-XXX.CC", "location": "Straat 1, 9999 Meerhoven / 51.05, 3.72"}


class FieldEditor(QObject):
    changed = Signal()

    def __init__(self, f: FormField, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = f
        self.lang = lang
        self.widget: QWidget = self._build(parent)
        self.focus_widget: QWidget = self.widget
        self.files: list[Path] = []  # attachment fields: the chosen file

    def _build(self, parent: QWidget | None) -> QWidget:
        f = self.field
        name = text_in(f.label, self.lang)
        if f.type == "textarea":
            pt = QPlainTextEdit(parent)
            pt.setTabChangesFocus(True)
            pt.setFixedHeight(80)
            pt.textChanged.connect(self.changed)
            w: QWidget = pt
        elif f.type == "choice":
            w = QComboBox(parent)
            w.addItem("—", "")
            for o in f.options:
                w.addItem(text_in(o.label, self.lang), o.value)
            w.currentIndexChanged.connect(self.changed)
        elif f.type == "boolean":
            w = QCheckBox(name, parent)
            w.toggled.connect(self.changed)
        elif f.type == "budget_lines":
            w = self._budget(parent)
        elif f.type == "attachment":
            w = self._attachment(parent)
        else:
            w = QLineEdit(parent)
            w.setPlaceholderText(self.tr(PLACEHOLDERS[f.type]) if f.type in PLACEHOLDERS else "")  # "JJ/MM/AAAA"
            if f.max_length:
                w.setMaxLength(f.max_length)
            w.textChanged.connect(self.changed)
        w.setAccessibleName(name)
        w.setAccessibleDescription(self.tr("required") if f.required else "")
        if f.default is not None:
            self.set_value(f.default, w)
        return w

    # -- special editors --------------------------------------------------------------------
    def _budget(self, parent: QWidget | None) -> QWidget:
        box = QWidget(parent)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(1, 2, box)
        self.table.setHorizontalHeaderLabels([self.tr("Description"), self.tr("Amount (€)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(120)
        self.table.setAccessibleName(text_in(self.field.label, self.lang))
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add line"), box)
        add.clicked.connect(lambda: self.table.insertRow(self.table.rowCount()))
        rem = QPushButton(self.tr("Remove line"), box)
        rem.clicked.connect(lambda: self.table.removeRow(max(self.table.currentRow(), 0)) if self.table.rowCount() else None)
        buttons.addWidget(add)
        buttons.addWidget(rem)
        buttons.addStretch(1)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self.focus_widget = self.table
        return box

    def _attachment(self, parent: QWidget | None) -> QWidget:
        box = QWidget(parent)
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.file_label = label(self.tr("no file chosen"), "Muted")
        choose = QPushButton(self.tr("Choose file…"), box)
        choose.setAccessibleName(self.tr("Choose file for %1").replace("%1", text_in(self.field.label, self.lang)))
        choose.clicked.connect(self._choose)
        lay.addWidget(choose)
        lay.addWidget(self.file_label, 1)
        self.focus_widget = choose
        return box

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.widget, text_in(self.field.label, self.lang))
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path | None) -> None:
        self.files = [path] if path else []
        self.file_label.setText(path.name if path else self.tr("no file chosen"))
        self.changed.emit()

    # -- values -------------------------------------------------------------------------------
    def value(self) -> Any:
        w = self.widget
        t = self.field.type
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return w.currentData() or ""
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QLineEdit):
            return w.text()
        if t == "budget_lines":
            lines = []
            for r in range(self.table.rowCount()):
                d = self.table.item(r, 0)
                a = self.table.item(r, 1)
                desc, amount = (d.text().strip() if d else ""), (a.text().strip() if a else "")
                if desc or amount:
                    lines.append({"description": desc, "amount": amount})
            return lines
        if t == "attachment":
            if not self.files:
                return ""
            return hashlib.sha256(self.files[0].read_bytes()).hexdigest()
        return None

    def draft_value(self) -> Any:
        if self.field.type == "attachment":
            return str(self.files[0]) if self.files else ""
        return self.value()

    def set_value(self, value: Any, w: QWidget | None = None) -> None:
        w = w or self.widget
        t = self.field.type
        if isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value or ""))
        elif isinstance(w, QComboBox):
            i = w.findData(str(value))
            w.setCurrentIndex(max(i, 0))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value) and str(value).lower() not in ("false", "0", "no"))
        elif isinstance(w, QLineEdit):
            if t == "date" and isinstance(value, str) and len(value) == 10 and value[4] == "-":
                value = f"{value[8:10]}/{value[5:7]}/{value[:4]}"
            w.setText("" if value is None else str(value))
        elif t == "budget_lines" and isinstance(value, list):
            self.table.setRowCount(max(len(value), 1))
            for r, line in enumerate(value):
                self.table.setItem(r, 0, QTableWidgetItem(str(line.get("description", ""))))
                self.table.setItem(r, 1, QTableWidgetItem(str(line.get("amount", ""))))
        elif t == "attachment" and value:
            p = Path(str(value))
            if p.exists():
                self.set_file(p)
