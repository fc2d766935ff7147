"""Cases: list and work queue with filters (status, department, overdue); case detail with the status
history as a timeline and the expected date; a status change with the citizen-facing text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.catalogue import text_in
from desk_app.services.cases import CaseFilter
from desk_app.services.changes import ChangeSet
from ui.context import AppContext
from ui.core import fmt
from ui.core.errors import describe
from ui.core.pages import register_page
from ui.core.refresh import Refresher
from ui.widgets import FitColumns, badge, button, card, channel_name, clear_layout, label, set_badge


@register_page("cases", title=QT_TRANSLATE_NOOP("MainWindow", "Cas&es"),
               menu_title=QT_TRANSLATE_NOOP("MainWindow", "&Cases"), shortcuts=("Alt+3",), nav=30)
class CasesPage(QWidget):
    def show_page(self, department: str | None = None) -> None:
        if department is not None:
            self.set_department(department)
        self.refresh()

    def focus_page(self) -> None:
        self.table.setFocus()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.refresher = Refresher(self, ctx.bus, wants=lambda c: bool(c.cases), refresh=self.refresh)
        self.title = label("", "PageTitle")
        self.status_label, self.status = QLabel(), QComboBox()
        self.dept_label, self.dept = QLabel(), QComboBox()
        self.type_label, self.ctype = QLabel(), QComboBox()
        self.overdue = QCheckBox()
        self.open_only = QCheckBox()
        self.open_only.setChecked(True)
        for lab, combo in ((self.status_label, self.status), (self.dept_label, self.dept), (self.type_label, self.ctype)):
            lab.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # no status cut short
            combo.currentIndexChanged.connect(self.refresh)
        self.overdue.toggled.connect(self.refresh)
        self.open_only.toggled.connect(self.refresh)
        filters = QGridLayout()  # two rows: every box as wide as its longest choice
        for col, w in enumerate((self.status_label, self.status, self.dept_label, self.dept)):
            filters.addWidget(w, 0, col)
        for col, w in enumerate((self.type_label, self.ctype)):
            filters.addWidget(w, 1, col)
        checks = QHBoxLayout()
        checks.addWidget(self.overdue)
        checks.addWidget(self.open_only)
        checks.addStretch(1)
        filters.addLayout(checks, 1, 2, 1, 2)
        filters.setColumnStretch(4, 1)
        self.count = label("", "Muted")
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setColumnCount(7)
        self._fit = FitColumns(self.table, stretch=2)  # sized to content and header, never cut
        self.table.itemActivated.connect(self._open)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addWidget(self.title)
        lay.addLayout(filters)
        lay.addWidget(self.count)
        lay.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        cat, lang = self.ctx.loket.catalogue, self.ctx.lang
        self.title.setText(self.tr("Cases and work queue"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.dept_label.setText(self.tr("&Department:"))
        self.type_label.setText(self.tr("T&ype:"))
        self.overdue.setText(self.tr("&Overdue only"))
        self.open_only.setText(self.tr("O&pen only"))
        self.status.setAccessibleName(self.tr("Filter on status"))
        self.dept.setAccessibleName(self.tr("Filter on department"))
        self.ctype.setAccessibleName(self.tr("Filter on case type"))
        self.table.setAccessibleName(self.tr("Cases"))
        for combo, items in ((self.status, {c: text_in(s.name, lang) for c, s in cat.statuses.items()}),
                             (self.dept, {c: text_in(n, lang) for c, n in cat.departments.items()}),
                             (self.ctype, {c: text_in(t.name, lang) for c, t in cat.case_types.items()})):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("all"), None)
            for code, name in sorted(items.items(), key=lambda kv: kv[1]):
                combo.addItem(name, code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self.table.setHeaderLabels([self.tr("Reference"), self.tr("Received"), self.tr("Type"), self.tr("Status"),
                                    self.tr("Department"), self.tr("Expected"), self.tr("Channel")])
        if self.rows:
            self._show(self.rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_department(self, dept: str | None) -> None:
        self.dept.setCurrentIndex(max(self.dept.findData(dept), 0))

    def refresh(self) -> None:
        self.refresher.clean()
        f = CaseFilter(status=self.status.currentData(), department=self.dept.currentData(),
                       case_type=self.ctype.currentData(), overdue=self.overdue.isChecked(),
                       open_only=self.open_only.isChecked(), limit=500)
        loket = self.ctx.loket
        self.ctx.ops.run_op(lambda: loket.list_cases(f), self._show,
                            lambda e: self.count.setText(describe(e)), key="cases")

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        cat, lang = self.ctx.loket.catalogue, self.ctx.lang
        today = dt.date.today().isoformat()
        self.table.setSortingEnabled(False)
        self.table.clear()
        finals = {c for c, s in cat.statuses.items() if s.final}
        for r in rows:
            st = cat.statuses.get(r["status"])
            ct = cat.case_types.get(r["case_type"])
            item = QTreeWidgetItem([
                r["reference"], fmt.date(r["created_at"]), text_in(ct.name, lang) if ct else r["case_type"],
                text_in(st.name, lang) if st else r["status"],
                text_in(cat.departments.get(r["department"]), lang) or r["department"],
                fmt.date(r["expected_date"]), channel_name(r["channel"]),
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, r["id"])
            if r["expected_date"] and r["expected_date"] < today and r["status"] not in finals:
                item.setForeground(5, Qt.GlobalColor.darkRed)
                item.setToolTip(5, self.tr("overdue"))
            self.table.addTopLevelItem(item)
        self.table.setSortingEnabled(True)
        self._fit.fit()
        self.count.setText(self.tr("%n case(s)", "", len(rows)))

    def _open(self, item: QTreeWidgetItem) -> None:
        self.ctx.bus.open_case.emit(item.data(0, Qt.ItemDataRole.UserRole))


class StatusDialog(QDialog):
    """New status + the text the citizen will read (prefilled from the catalogue, editable)."""

    def __init__(self, ctx: AppContext, case: dict[str, Any], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = lang
        cat = ctx.loket.catalogue
        ct = cat.case_types[case["case_type"]]
        self.setWindowTitle(self.tr("Change status"))
        self.status = QComboBox()
        for code in ct.statuses:
            if code != case["status"]:
                self.status.addItem(text_in(cat.statuses[code].name, ctx.lang), code)
        # the default is the step after the case's status in the case type's order, never back to the first
        after = ct.statuses[ct.statuses.index(case["status"]) + 1:] if case["status"] in ct.statuses else []
        self.status.setCurrentIndex(max(self.status.findData(after[0]) if after else 0, 0))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Text for the citizen"))
        self.status.setAccessibleName(self.tr("New status"))
        self.status.currentIndexChanged.connect(self._prefill)
        self.notify = label("", "Muted", wrap=True)
        # what the status needs besides the text (a rejection's reason, the items still missing): required,
        # printed in the letter under its heading in the citizen's language
        self.detail = QPlainTextEdit()
        self.detail.setTabChangesFocus(True)
        self.detail_label = QLabel()
        self.detail_label.setBuddy(self.detail)
        self.detail_error = label("", "FieldError", wrap=True)
        self.form = form = QFormLayout()
        sl = QLabel(self.tr("New &status:"))
        sl.setBuddy(self.status)
        tl = QLabel(self.tr("&Text for the citizen:"))
        tl.setBuddy(self.text)
        form.addRow(sl, self.status)
        form.addRow(tl, self.text)
        form.addRow(self.detail_label, self.detail)
        form.addRow("", self.detail_error)
        form.addRow("", self.notify)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change status"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.resize(520, 300)
        self._prefill()

    def _prefill(self) -> None:
        code = self.status.currentData()
        st = self.ctx.loket.catalogue.statuses.get(code)
        if st is None:
            return
        self.text.setPlainText(text_in(st.text, self.lang))
        self.notify.setText(self.tr("The citizen is notified of this status.") if st.notify
                            else self.tr("No notification is sent for this status."))
        kind = st.detail.kind if st.detail else None
        self.detail_label.setText(self.tr("&Reason for the decision:") if kind == "text"
                                  else self.tr("&What is still missing (one per line):"))
        self.detail.setAccessibleName(self.tr("Reason for the decision") if kind == "text"
                                      else self.tr("What is still missing"))
        self.form.setRowVisible(self.detail, kind is not None)
        self.detail_error.clear()
        self.form.setRowVisible(self.detail_error, False)

    def accept(self) -> None:
        st = self.ctx.loket.catalogue.statuses.get(self.status.currentData())
        if st is not None and st.detail is not None and not self.detail.toPlainText().strip():
            self.detail_error.setText(
                self.tr("Give the reason: the letter to the citizen prints it.") if st.detail.kind == "text"
                else self.tr("List what is still missing: the letter to the citizen prints it."))
            self.form.setRowVisible(self.detail_error, True)
            self.detail.setFocus()
            return
        super().accept()

    def values(self) -> tuple[str, str]:
        """The status and the text for the citizen, with the reason or the missing items under their
        heading in the citizen's language."""
        code = self.status.currentData()
        st = self.ctx.loket.catalogue.statuses.get(code)
        text = self.text.toPlainText().strip()
        return code, st.citizen_text(self.lang, text, self.detail.toPlainText()) if st is not None else text


@register_page("case")
class CaseDetailPage(QWidget):
    def show_page(self, ref: str) -> None:
        self.load(ref)

    def focus_page(self) -> None:
        self.change_btn.setFocus()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: Any = None
        self.ref: str | None = None
        self.title = label("", "PageTitle", selectable=True, wrap=True)
        self.title.setMinimumWidth(200)
        self.status_badge = badge("")
        self.change_btn = button("", primary=True)
        self.change_btn.clicked.connect(self.change_status)
        self.person_btn = button("")
        self.person_btn.clicked.connect(self._open_person)
        self.docs_btn = button("")
        self.docs_btn.clicked.connect(self._documents_menu)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status_badge)
        head.addStretch(1)
        head.addWidget(self.person_btn)
        head.addWidget(self.docs_btn)
        head.addWidget(self.change_btn)
        self.facts_frame, fl = card()
        self.facts = QFormLayout()
        fl.addLayout(self.facts)
        self.answers_title = label("", "SectionTitle")
        self.answers = QFormLayout()
        af, al = card()
        al.addWidget(self.answers_title)
        al.addLayout(self.answers)
        self.timeline_title = label("", "SectionTitle")
        tf, self.timeline = card()
        left = QVBoxLayout()
        left.addWidget(self.facts_frame)
        left.addWidget(af)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.timeline_title)
        right.addWidget(tf)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addLayout(head)
        lay.addLayout(body, 1)
        self.refresher = Refresher(self, ctx.bus, wants=self._wants, refresh=lambda: self.load(self.view.case["id"]))
        self.retranslate()

    def retranslate(self) -> None:
        self.change_btn.setText(self.tr("Change &status…"))
        self.change_btn.setAccessibleName(self.tr("Change status"))
        self.person_btn.setText(self.tr("Open &citizen"))
        self.docs_btn.setText(self.tr("&Documents…"))
        self.docs_btn.setAccessibleName(self.tr("Documents of this case"))
        self.answers_title.setText(self.tr("Intake answers"))
        self.timeline_title.setText(self.tr("Status history"))
        if self.view is not None:
            self._render(self.view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, ref: str) -> None:
        self.refresher.clean()
        self.ref = ref
        loket = self.ctx.loket
        self.ctx.ops.run_op(lambda: loket.case(ref), self._loaded, lambda e: self.ctx.bus.message.emit(describe(e)),
                            key="case")

    def _loaded(self, view: Any) -> None:
        if view is None:
            self.title.setText(self.tr("This case is not on this laptop."))
            return
        self.view = view
        self.ref = view.case["id"]
        self._render(view)

    def _wants(self, changes: ChangeSet) -> bool:
        return self.view is not None and self.view.case["id"] in changes.cases

    def _render(self, v: Any) -> None:
        cat, lang = self.ctx.loket.catalogue, self.ctx.lang
        c = v.case
        ct = cat.case_types.get(c["case_type"])
        st = cat.statuses.get(c["status"])
        self.title.setText(f"{text_in(ct.name, lang) if ct else c['case_type']} · {v.reference}")
        final = bool(st and st.final)
        overdue = bool(c.get("expected_date") and c["expected_date"] < dt.date.today().isoformat() and not final)
        set_badge(self.status_badge, text_in(st.name, lang) if st else c["status"],
                  "bad" if overdue else ("" if not final else "warn"))
        allowed = self.ctx.may("change_status")  # offered only to roles the case store accepts
        self.change_btn.setVisible(allowed)
        self.change_btn.setEnabled(allowed and not final)
        self.person_btn.setEnabled(v.person is not None)
        clear_layout(self.facts)
        p = v.person or {}
        rows = [
            (self.tr("Citizen"), f"{p.get('given_names', '')} {p.get('surname', '')}".strip() or "—"),
            (self.tr("Track & trace code"), c.get("track_code") or ""),
            (self.tr("Department"), text_in(cat.departments.get(c["department"]), lang) or c["department"]),
            (self.tr("Received"), fmt.datetime(c.get("created_at"))),
            (self.tr("Expected by"), fmt.date(c.get("expected_date"), long=True)
             + (" — " + self.tr("overdue") if overdue else "")),
            (self.tr("Fee"), (fmt.amount(c.get("fee_cents")) + " · " + (self.tr("paid") if c.get("fee_paid") else self.tr("to be paid")))
             if c.get("fee_cents") else self.tr("free of charge")),
            (self.tr("Attachments"), ", ".join(a.get("filename") or a.get("label") or "" for a in v.attachments) or "—"),
        ]
        for k, val in rows:
            self.facts.addRow(label(k, "Muted"), label(str(val), wrap=True, selectable=True))
        clear_layout(self.answers)
        for f in (ct.fields if ct else ()):
            if f.key in (c.get("answers") or {}):
                val = c["answers"][f.key]
                if f.type == "choice":
                    val = next((text_in(o.label, lang) for o in f.options if o.value == val), val)
                elif f.type == "date":
                    val = fmt.date(val)
                elif f.type == "boolean":
                    val = self.tr("yes") if val else self.tr("no")
                elif f.type == "budget_lines":
                    val = "; ".join(f"{x['description']} € {x['amount']}" for x in val)
                self.answers.addRow(label(text_in(f.label, lang), "Muted", wrap=True), label(str(val), wrap=True, selectable=True))
        clear_layout(self.timeline)
        history = sorted(v.history, key=lambda h: str(h.get("at")), reverse=True)
        for h in history:
            hs = cat.statuses.get(h["status"])
            row = QVBoxLayout()
            row.setSpacing(0)
            row.addWidget(label(f"● {text_in(hs.name, lang) if hs else h['status']}", "SectionTitle"))
            row.addWidget(label(f"{fmt.datetime(h.get('at'))} · {h.get('actor', '')}", "Muted"))
            if h.get("citizen_text"):
                row.addWidget(label(f"“{h['citizen_text']}”", wrap=True))
            self.timeline.addLayout(row)
        if not final and c.get("expected_date"):
            self.timeline.addWidget(label(f"○ {self.tr('expected')} {fmt.date(c['expected_date'], long=True)}", "Muted"))

    def change_status(self) -> None:
        if self.view is None or not self.change_btn.isEnabled():
            return
        lang = (self.view.person or {}).get("language") or "nl"
        dlg = StatusDialog(self.ctx, self.view.case, lang, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        status, text = dlg.values()
        self.apply_status(status, text)

    def apply_status(self, status: str, text: str | None) -> None:
        loket = self.ctx.loket
        case_id = self.view.case["id"]
        self.ctx.mutate(lambda: loket.change_status(case_id, status, text),
                        lambda _c: self.ctx.bus.message.emit(self.tr("Status changed.")),
                        lambda e: self.ctx.bus.message.emit(describe(e)))

    def documents_menu(self) -> QMenu:
        """The documents of the case on screen; the decision letter when its case type declares one in the
        catalogue (``decision_letter``)."""
        menu = QMenu(self)
        kinds = [("receipt", self.tr("&Receipt")), ("letter", self.tr("&Letter for the citizen")),
                 ("summary", self.tr("Case &summary"))]
        case_type = self.ctx.loket.catalogue.case_types.get(str(self.view.case.get("case_type")))
        if case_type is not None and case_type.decision_letter:
            kinds.append(("decision", self.tr("&Decision")))
        for kind, text in kinds:
            act = menu.addAction(text)
            act.setData(kind)
            act.triggered.connect(lambda _=False, k=kind: self.open_document(k))
        from ui.core.mnemonics import assign_menu

        assign_menu(menu)  # "&Brief" and "&Beslissing", "&Récépissé" and "&Résumé": one letter each
        return menu

    def _documents_menu(self) -> None:
        if self.view is None:
            return
        self.documents_menu().exec(self.docs_btn.mapToGlobal(self.docs_btn.rect().bottomLeft()))

    def open_document(self, kind: str) -> None:
        from ui.documents import DocumentDialog, ReceiptDialog

        ref = self.view.reference
        dialog = (ReceiptDialog(self.ctx.loket, ref, self) if kind == "receipt"
                  else DocumentDialog(self.ctx.loket, ref, kind, self))
        dialog.exec()

    def _open_person(self) -> None:
        if self.view is not None and self.view.person:
            self.ctx.bus.open_person.emit(self.view.person["id"])
