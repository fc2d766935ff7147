"""The conflict screen: both versions side by side; the clerk decides which one stays. Its second tab,
*Refused*, lists every change the case store refused, with the reason in the clerk's language, the case
store's own message, and what to do: correct and re-submit, or discard (written to the audit log)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.catalogue import text_in
from desk_app.services import refusals
from desk_app.services.changes import ChangeSet
from ui.context import AppContext
from ui.core import fmt
from ui.core.errors import describe
from ui.core.pages import register_page
from ui.core.refresh import Refresher
from ui.i18n import colon
from ui.widgets import button, card, label

FIELD_NAMES = {"given_names": "Given names", "surname": "Surname", "phone": "Phone", "email": "E-mail",
               "preferred_channel": "Preferred channel", "status": "Status", "language": "Language"}


@register_page("conflicts", title=QT_TRANSLATE_NOOP("MainWindow", "Co&nflicts"), shortcuts=("Alt+4",), nav=40,
               menus=("sync",))
class ConflictsPage(QWidget):
    def show_page(self) -> None:
        self.refresh()

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
        conflicts_tab = QWidget()
        body = QHBoxLayout(conflicts_tab)
        body.addWidget(self.list)
        body.addWidget(self.detail_w, 1)
        self.refused = RefusedPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(conflicts_tab, "")
        self.tabs.addTab(self.refused, "")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addWidget(self.title)
        lay.addWidget(self.intro)
        lay.addWidget(self.tabs, 1)
        self.refresher = Refresher(self, ctx.bus, wants=lambda c: bool(c.conflicts), refresh=self.refresh)
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
        self._tab_titles()
        self._intro()
        self._select(self.list.currentRow())

    def _tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Conflicts (%n)", "", len(self.rows)))
        self.tabs.setTabText(1, self.tr("Refused (%n)", "", len(self.refused.rows)))

    def _intro(self) -> None:
        n = len(self.refused.rows)
        if self.rows:
            text = self.tr("Someone else changed the same detail while this laptop was offline. "
                           "Compare both versions and choose the one that is right.")
        elif n:  # never "nothing to resolve" while the case store refused changes
            text = self.tr("No conflicts, but the case store refused %n change(s): see Refused.", "", n)
        else:
            text = self.tr("No conflicts: everything is in agreement with the case store.")
        self.intro.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.refresher.clean()
        loket = self.ctx.loket
        self.ctx.ops.run_op(lambda: (loket.open_conflicts(), refusals.refused(loket)), self._show_all,
                            lambda e: self.intro.setText(describe(e)), key="conflicts")

    def _show_all(self, result: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        rows, refused = result
        self.refused.show_rows(refused)
        self._show(rows)
        self._tab_titles()
        if not rows and refused:
            self.tabs.setCurrentWidget(self.refused)
        elif rows and not refused:
            self.tabs.setCurrentIndex(0)

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
        self._intro()

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
        def done(_result: object) -> None:
            self.ctx.bus.message.emit(self.tr("Conflict resolved."))
            self.refresh()

        self.ctx.mutate(lambda: loket.resolve_conflict(cid, choice), done,
                        lambda e: self.ctx.bus.message.emit(describe(e)))


class RefusedPanel(QWidget):
    """The changes the case store refused: what, why (in the clerk's language, with the server's message),
    what to do; re-submit (after correcting the record) or discard with a reason (audit log)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.list = QListWidget()
        self.list.setFixedWidth(300)
        self.list.currentRowChanged.connect(self._select)
        self.what = label("", "SectionTitle", wrap=True)
        self.when = label("", "Muted", wrap=True)
        self.reason = label("", "PageTitle", wrap=True)
        self.todo = label("", wrap=True)
        self.server_title = label("", "Muted")
        self.server_message = label("", wrap=True, selectable=True)
        self.resubmit_btn = button("", primary=True)
        self.resubmit_btn.clicked.connect(self.resubmit)
        self.resubmit_all_btn = button("")
        self.resubmit_all_btn.clicked.connect(self.resubmit_all)
        self.discard_reason = QLineEdit()
        self.discard_reason.textChanged.connect(lambda _t: self._buttons())
        self.discard_btn = button("")
        self.discard_btn.clicked.connect(self.discard)
        self.open_btn = button("")
        self.open_btn.clicked.connect(self.open_record)
        self.empty = label("", "Muted", wrap=True)
        df, dl = card()
        for w in (self.what, self.when, self.reason, self.todo, self.server_title, self.server_message):
            dl.addWidget(w)
        dl.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.open_btn)
        actions.addWidget(self.resubmit_btn)
        actions.addStretch(1)
        dl.addLayout(actions)
        discard_row = QHBoxLayout()
        discard_row.addWidget(self.discard_reason, 1)
        discard_row.addWidget(self.discard_btn)
        dl.addLayout(discard_row)
        self.detail_w = df
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.resubmit_all_btn)
        body.addLayout(left)
        body.addWidget(self.detail_w, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.empty)
        lay.addLayout(body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Refused changes"))
        self.server_title.setText(self.tr("The case store said:"))
        self.resubmit_btn.setText(self.tr("&Re-submit"))
        self.resubmit_btn.setToolTip(self.tr("Send the change again, with the record as it is now "
                                             "(correct the record first)"))
        self.resubmit_all_btn.setText(self.tr("Re-submit &all"))
        self.discard_reason.setPlaceholderText(self.tr("Why discard this change? (audit log)"))
        self.discard_reason.setAccessibleName(self.tr("Reason for discarding"))
        self.discard_btn.setText(self.tr("&Discard"))
        self.discard_btn.setToolTip(self.tr("Drop the change; the record goes back to the case store's version"))
        self.open_btn.setText(self.tr("&Open the record"))
        self.empty.setText(self.tr("The case store refused none of the changes made on this laptop."))
        self.show_rows(self.rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------------ texts
    def reason_text(self, code: str | None) -> tuple[str, str]:
        """(what the refusal means, what to do) in the clerk's language, from the case store's code."""
        texts = {
            "forbidden": (self.tr("Your role may not make this change, or the record is outside your caseload."),
                          self.tr("Ask a coordinator to make the change; then discard it here.")),
            "immutable": (self.tr("This record is history and cannot be changed."),
                          self.tr("Discard the change.")),
            "unknown_reference": (self.tr("It refers to a person or case the case store does not have yet."),
                                  self.tr("Re-submit the person or case it refers to first, then re-submit "
                                          "this one.")),
            "unknown_record": (self.tr("The record does not exist in the case store."),
                               self.tr("Re-submit the record's creation first, then this change; or discard "
                                       "it.")),
            "invalid": (self.tr("The case store found the data invalid."),
                        self.tr("Correct the record, then re-submit.")),
            "bad_operation": (self.tr("The case store found the data invalid."),
                              self.tr("Correct the record, then re-submit.")),
            "bad_notification": (self.tr("The message for the citizen was not accepted (e-mail or phone "
                                         "number)."),
                                 self.tr("Correct the citizen's contact details, then re-submit.")),
            "unknown_entity": (self.tr("The case store does not know this kind of record."),
                               self.tr("Discard the change and tell the helpdesk.")),
            "conflict": (self.tr("Someone else changed the same record."),
                         self.tr("Check the record, correct it where needed, then re-submit.")),
            "not_found": (self.tr("The case store could not find what the change refers to."),
                          self.tr("Re-submit once the record it refers to is in the case store; or discard "
                                  "it.")),
            "server_error": (self.tr("The case store had a problem with this change."),
                             self.tr("Re-submit later; if it is refused again, tell the helpdesk.")),
        }
        return texts.get(code or "", (self.tr("The case store refused this change."),
                                      self.tr("Read the case store's message, correct the record, then "
                                              "re-submit; or discard it.")))

    def record_text(self, r: dict[str, Any]) -> str:
        """The record in the clerk's language: "Dossier 2026-000123 · status Gepland", a person's name."""
        cat, lang = self.ctx.loket.catalogue, self.ctx.lang
        kinds = {"address": self.tr("Address"), "contact_moment": self.tr("Contact"),
                 "appointment": self.tr("Appointment"), "note": self.tr("Note"),
                 "case_attachment": self.tr("Document"), "notification": self.tr("Message to the citizen")}
        entity = r["entity"]
        if entity == "person":
            return str(r.get("name") or r["label"])
        if entity in ("case", "status_change"):
            text = f"{self.tr('Case')} {r.get('case_ref') or ''}".strip()
            if r.get("status"):
                st = cat.statuses.get(r["status"])
                text += f" · {self.tr('status')} {text_in(st.name, lang) if st else r['status']}"
            elif r.get("case_type"):
                ct = cat.case_types.get(r["case_type"])
                text += f" · {text_in(ct.name, lang) if ct else r['case_type']}"
            return text
        where = f"{self.tr('Case')} {r['case_ref']}" if r.get("case_ref") else r.get("name")
        return kinds.get(entity, entity) + (f" · {where}" if where else "")

    def action_text(self, r: dict[str, Any]) -> str:
        if r["entity"] in ("status_change",) or (r["entity"] == "case" and r.get("status")):
            return self.tr("New status")
        return self.tr("New record") if r["action"] == "create" else self.tr("Change")

    # ------------------------------------------------------------------------ showing
    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        current = self.current()
        self.rows = rows
        self.list.blockSignals(True)
        self.list.clear()
        for r in rows:
            meaning, _todo = self.reason_text(r.get("code"))
            item = QListWidgetItem(f"{self.record_text(r)}\n{meaning}")
            item.setData(Qt.ItemDataRole.UserRole, r["op_id"])
            item.setToolTip(f"{r.get('code')}: {r.get('message')}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not rows)
        self.detail_w.setVisible(bool(rows))
        self.resubmit_all_btn.setVisible(len(rows) > 1)
        if rows:
            ids = [r["op_id"] for r in rows]
            keep = ids.index(current["op_id"]) if current and current["op_id"] in ids else 0
            self.list.setCurrentRow(keep)
            self._select(keep)

    def current(self) -> dict[str, Any] | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _select(self, row: int) -> None:
        if not (0 <= row < len(self.rows)):
            return
        r = self.rows[row]
        meaning, todo = self.reason_text(r.get("code"))
        self.what.setText(f"{colon(self.action_text(r))} {self.record_text(r)}")  # "Nouvel élément : …"
        self.when.setText(f"{fmt.datetime(r.get('created_at'))} · {r.get('actor') or ''}")
        self.reason.setText(meaning)
        self.todo.setText(self.tr("What to do: %1").replace("%1", todo))
        self.server_message.setText(f"{r.get('code')}: {r.get('message') or ''}")
        self.open_btn.setEnabled(bool(r.get("case_id") or r.get("person_id")))
        self._buttons()

    def _buttons(self) -> None:
        has = self.current() is not None
        self.resubmit_btn.setEnabled(has)
        self.discard_btn.setEnabled(has and bool(self.discard_reason.text().strip()))

    # ------------------------------------------------------------------------ actions
    def _done(self, message: str) -> Callable[[object], None]:
        def done(_result: object) -> None:
            self.ctx.bus.message.emit(message)
        return done

    def _failed(self, exc: BaseException) -> None:
        self.ctx.bus.message.emit(describe(exc))

    def resubmit(self) -> None:
        r = self.current()
        if r is None:
            return
        loket, op_id = self.ctx.loket, r["op_id"]
        self.ctx.mutate(lambda: refusals.resubmit(loket, op_id),
                        self._done(self.tr("The change is sent again at the next synchronisation.")),
                        self._failed)

    def resubmit_all(self) -> None:
        loket = self.ctx.loket

        def run() -> ChangeSet:
            n = refusals.resubmit_all(loket)
            return ChangeSet(outbox=n, conflicts={"refused:*"})

        self.ctx.mutate(run, self._done(self.tr("The refused changes are sent again at the next "
                                                "synchronisation.")), self._failed)

    def discard(self) -> None:
        r = self.current()
        reason = self.discard_reason.text().strip()
        if r is None or not reason:
            return
        loket, op_id = self.ctx.loket, r["op_id"]

        def done(_result: object) -> None:
            self.discard_reason.clear()
            self.ctx.bus.message.emit(self.tr("Change discarded; written to the audit log."))

        self.ctx.mutate(lambda: refusals.discard(loket, op_id, reason), done, self._failed)

    def open_record(self) -> None:
        r = self.current()
        if r is None:
            return
        if r.get("case_id") and r["entity"] != "person":
            self.ctx.bus.open_case.emit(r["case_id"])
        elif r.get("person_id"):
            self.ctx.bus.open_person.emit(r["person_id"])
