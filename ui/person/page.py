"""360° view: identity and contact details, proactive suggestions with their reason, and the history
(cases with their track & trace status, contacts, appointments, notes), newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.catalogue import text_in
from desk_app.services.changes import ChangeSet
from ui.context import AppContext
from ui.core import fmt
from ui.core.errors import describe
from ui.core.pages import register_page
from ui.core.refresh import Refresher
from ui.widgets import FitColumns, badge, button, card, channel_name, clear_layout, label, set_badge, span_row

KINDS = {"case": "Case", "contact": "Contact", "appointment": "Appointment", "note": "Note"}


@register_page("person", prebuild=True)
class PersonPage(QWidget):
    loaded = Signal(str)  # person id

    def show_page(self, person_id: str) -> None:
        self.load(person_id)

    def focus_page(self) -> None:
        self.history.setFocus()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person: dict[str, Any] | None = None
        self.person_id: str | None = None
        self._case_ids: set[str] = set()

        self.name = label("", "PageTitle", selectable=True)
        # a screen reader reads the name itself (a QLabel without an accessible name is named by its text)
        self.name.setAccessibleDescription(self.tr("Name of the citizen"))
        self.name.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.nn = label("", "SectionTitle", selectable=True)
        self.card_badge = badge("")
        self.intake_btn = button(self.tr("&New intake…"), primary=True)
        self.intake_btn.setToolTip(self.tr("Start an intake for this citizen (Ctrl+N)"))
        self.intake_btn.clicked.connect(self._intake_menu)
        top = QHBoxLayout()
        top.addWidget(self.name)
        top.addWidget(self.card_badge)
        top.addStretch(1)
        top.addWidget(self.intake_btn)

        facts_frame, facts_lay = card()
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(18)
        facts_lay.addLayout(self.facts)
        self._fact_labels: dict[str, tuple[Any, Any]] = {}
        for i, (key, title) in enumerate([
            ("birth", "Born"), ("address", "Address"), ("language", "Language"),
            ("channel", "Informed by"), ("contact", "E-mail / phone"), ("card", "eID card"),
        ]):
            t = label(title, "Muted")
            v = label("", selectable=True, wrap=True)
            v.setAccessibleName(title)
            self._fact_labels[key] = (t, v)
            self.facts.addWidget(t, (i // 3) * 2, i % 3)
            self.facts.addWidget(v, (i // 3) * 2 + 1, i % 3)

        self.sugg_title = label("", "SectionTitle")
        self.sugg_box = QVBoxLayout()
        self.sugg_box.setSpacing(6)

        self.hist_title = label("", "SectionTitle")
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.history.setColumnCount(6)
        self._fit = FitColumns(self.history, stretch=2)  # sized to content and header, never cut
        self.history.itemActivated.connect(self._open_item)
        self.history.setAccessibleName(self.tr("History of the citizen"))

        left = QVBoxLayout()
        left.addWidget(facts_frame)
        left.addWidget(self.hist_title)
        left.addWidget(self.history, 1)
        right = QVBoxLayout()
        right.addWidget(self.sugg_title)
        right.addLayout(self.sugg_box)
        right.addStretch(1)
        right_w = QWidget()
        right_w.setLayout(right)
        right_w.setFixedWidth(230)
        self.sugg_w = right_w
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(right_w)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addLayout(top)
        lay.addWidget(self.nn)
        lay.addLayout(body, 1)
        self.refresher = Refresher(self, ctx.bus, wants=self._wants, refresh=lambda: self.load(self.person_id or ""))
        self.retranslate()

    # ------------------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.intake_btn.setText(self.tr("&New intake…"))
        self.intake_btn.setAccessibleName(self.tr("New intake"))
        titles = {"birth": self.tr("Born"), "address": self.tr("Address"), "language": self.tr("Language"),
                  "channel": self.tr("Informed by"), "contact": self.tr("E-mail / phone"),
                  "card": self.tr("eID card")}
        for key, (t, v) in self._fact_labels.items():
            t.setText(titles[key])
            v.setAccessibleName(titles[key])
        self.sugg_title.setText(self.tr("Suggestions"))
        self.hist_title.setText(self.tr("History"))
        self.history.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Subject"),
                                      self.tr("Status"), self.tr("Expected"), self.tr("Reference")])
        if self.person:
            self._render(self.person)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # a narrow page (a 1366×768 laptop at 125 %) gives the history's columns the suggestions' spare room
        self.sugg_w.setFixedWidth(230 if event.size().width() >= 820 else 170)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------------------ loading
    def load(self, person_id: str) -> None:
        self.refresher.clean()
        self.person_id = person_id
        loket = self.ctx.loket
        self.ctx.ops.run_op(lambda: loket.person(person_id), self._loaded, self._failed, key="person")

    def _loaded(self, data: dict[str, Any] | None) -> None:
        if data is None:
            self.name.setText(self.tr("This person is not on this laptop."))
            return
        self.person = data
        self.person_id = data["id"]
        self._render(data)
        self.loaded.emit(data["id"])

    def _failed(self, exc: BaseException) -> None:
        self.ctx.bus.message.emit(describe(exc))

    def _wants(self, changes: ChangeSet) -> bool:
        return bool(self.person_id and (self.person_id in changes.persons or changes.cases & self._case_ids))

    # ------------------------------------------------------------------------------ render
    def _render(self, p: dict[str, Any]) -> None:
        lang = self.ctx.lang
        self.intake_btn.setVisible(self.ctx.may("intake"))  # offered only to roles the case store accepts
        self.name.setText(f"{p.get('given_names') or ''} {p.get('surname') or ''}".strip())
        self.nn.setText(fmt.national_number(p.get("national_number")) or self.tr("no national number"))
        addr = p.get("address") or {}
        address = f"{addr.get('street_and_number', '')}, {addr.get('postal_code', '')} {addr.get('municipality', '')}"
        channel_names = {"email": self.tr("e-mail"), "sms": self.tr("SMS"), "letter": self.tr("letter"),
                         "phone": self.tr("phone"), "counter": channel_name("counter")}
        from ui.i18n import colon, language_name

        values = {
            "birth": " ".join(x for x in (fmt.date(p.get("birth_date"), long=True), p.get("birth_place") or "") if x),
            "address": address.strip() or "—",
            "language": language_name(p.get("language") or ""),
            "channel": channel_names.get(p.get("preferred_channel") or "", p.get("preferred_channel") or "—"),
            "contact": "\n".join(x for x in (p.get("email"), p.get("phone")) if x) or "—",
            "card": " ".join(x for x in (p.get("card_number") or "", self.tr("valid until") + " "
                                         + fmt.date(p.get("card_valid_until")) if p.get("card_valid_until") else "") if x)
            or "—",
        }
        for key, (t, v) in self._fact_labels.items():
            v.setText(values[key])
            v.setAccessibleName(f"{colon(t.text())} {values[key]}")  # the title and the value, read together
        import datetime as dt

        until = p.get("card_valid_until")
        if until and until < dt.date.today().isoformat():
            set_badge(self.card_badge, self.tr("card expired"), "bad")
            self.card_badge.show()
        elif until and until < (dt.date.today() + dt.timedelta(days=90)).isoformat():
            set_badge(self.card_badge, self.tr("card expires soon"), "warn")
            self.card_badge.show()
        else:
            self.card_badge.hide()

        clear_layout(self.sugg_box)
        suggestions = p.get("suggestions") or []
        if not suggestions:
            self.sugg_box.addWidget(label(self.tr("No suggestions for this citizen."), "Muted", wrap=True))
        for s in suggestions:
            f = QFrame()
            f.setObjectName("Suggestion")
            fl = QVBoxLayout(f)
            fl.addWidget(label(s["name"], "SectionTitle", wrap=True))
            fl.addWidget(label(s["reason"], wrap=True))
            b = QPushButton(self.tr("Start this intake"))
            b.setAccessibleName(self.tr("Start intake: %1").replace("%1", s["name"]))
            b.clicked.connect(lambda _=False, ct=s["case_type"]: self.ctx.bus.start_intake.emit(ct, self.person_id or ""))
            fl.addWidget(b)
            self.sugg_box.addWidget(f)

        statuses = self.ctx.loket.catalogue.statuses
        types = self.ctx.loket.catalogue.case_types
        kinds = {"case": self.tr("Case"), "contact": self.tr("Contact"), "appointment": self.tr("Appointment"),
                 "note": self.tr("Note")}
        self.history.clear()
        self._case_ids = set()
        for h in p.get("history") or []:
            kind = h["kind"]
            title = h.get("title") or ""
            status = h.get("status") or ""
            ref = h.get("ref") or ""
            due = ""
            if kind == "case":
                self._case_ids.add(h["id"])
                title = text_in(types[title].name, lang) if title in types else title
                final = status in statuses and statuses[status].final
                status = text_in(statuses[status].name, lang) if status in statuses else status
                due = "" if final else fmt.date(h.get("due"))
                ref = ref or f"L-{h['id'][:8].upper()}"
            elif kind == "contact":
                status = channel_name(status)
            elif kind == "appointment":  # the desk (home visit or a service) and who sees the citizen
                status = channel_name(status)
                if ref:
                    title = self.tr("%1 (with %2)").replace("%1", title).replace("%2", ref)
                ref = ""
            elif kind == "note":
                if ref:
                    title = self.tr("%1 (by %2)").replace("%1", title).replace("%2", ref)
                ref = ""
            item = QTreeWidgetItem([fmt.date(h.get("at")), kinds.get(kind, kind), title, status, due, ref])
            item.setToolTip(2, title)
            item.setData(0, Qt.ItemDataRole.UserRole, (kind, h["id"]))
            self.history.addTopLevelItem(item)
        if not p.get("history"):
            span_row(self.history, self.tr("No earlier cases, contacts or appointments."))
        self._fit.fit()

    def _open_item(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if data and data[0] == "case":
            self.ctx.bus.open_case.emit(data[1])

    def _intake_menu(self) -> None:
        menu = QMenu(self)
        for code, ct in sorted(self.ctx.loket.catalogue.case_types.items(), key=lambda kv: text_in(kv[1].name, self.ctx.lang)):
            act = menu.addAction(text_in(ct.name, self.ctx.lang))
            act.triggered.connect(lambda _=False, c=code: self.ctx.bus.start_intake.emit(c, self.person_id or ""))
        menu.exec(self.intake_btn.mapToGlobal(self.intake_btn.rect().bottomLeft()))
