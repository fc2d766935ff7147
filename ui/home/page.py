"""Home per role: counter (today's walk-ins and appointments, a big "read card / search" entry), outreach
(today's visits with their prepared cases, offline status), theme desk (today's consultations),
coordinator (work queue per department). Drafts that survived a crash are offered on every home."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.catalogue import text_in
from desk_app.services.changes import ChangeSet
from ui.context import AppContext
from ui.core import fmt
from ui.core.pages import PageHost, register_page
from ui.core.refresh import Refresher
from ui.widgets import FitColumns, button, card, clear_layout, label, span_row
from wire import roles

if TYPE_CHECKING:
    from desk_app.services.drafts import Draft
    from sync.client import SyncStatus


def role_titles() -> dict[str, str]:
    """Every role of ``wire.roles.ROLES`` by its title, in the user's language (the HomePage context)."""
    return {
        roles.COUNTER_CLERK: QCoreApplication.translate("HomePage", "Counter"),
        roles.OUTREACH: QCoreApplication.translate("HomePage", "Outreach"),
        roles.THEME_DESK: QCoreApplication.translate("HomePage", "Theme desk"),
        roles.COORDINATOR: QCoreApplication.translate("HomePage", "Coordination"),
        roles.ADMINISTRATOR: QCoreApplication.translate("HomePage", "Administration"),
        roles.MANAGEMENT: QCoreApplication.translate("HomePage", "Management"),
    }


@register_page("home", title=QT_TRANSLATE_NOOP("MainWindow", "&Home"), shortcuts=("Alt+1", "Ctrl+Home"), nav=10)
class HomePage(QWidget):
    read_card = Signal()
    focus_search = Signal()
    open_cases = Signal(str)  # department filter
    open_appointment = Signal(str, str)  # appointment id, person id: the consultation (else the person)

    @classmethod
    def for_window(cls, ctx: AppContext, window: PageHost) -> HomePage:
        page = cls(ctx)
        page.read_card.connect(window.read_card)
        page.focus_search.connect(lambda: window.open_page("search"))
        page.open_cases.connect(lambda department: window.open_page("cases", department))

        def open_appointment(appointment_id: str, person_id: str) -> None:
            if window.open_page("consultation", appointment_id) is None and person_id:  # a role without it
                window.open_page("person", person_id)

        page.open_appointment.connect(open_appointment)
        return page

    def show_page(self) -> None:
        self.refresh()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict[str, Any] | None = None
        self.title = label("", "PageTitle")
        self.subtitle = label("", "Muted")
        self.sync_line = label("", "SectionTitle")
        self.sync_line.hide()
        self.big_read = button("", primary=True)
        self.big_read.setMinimumHeight(64)
        self.big_read.clicked.connect(self.read_card)
        self.big_search = button("")
        self.big_search.setMinimumHeight(64)
        self.big_search.clicked.connect(self.focus_search)
        self.big_intake = button("")
        self.big_intake.setMinimumHeight(64)
        self.big_intake.clicked.connect(lambda: ctx.bus.start_intake.emit("", ""))
        entry = QHBoxLayout()
        entry.addWidget(self.big_read, 2)
        entry.addWidget(self.big_search, 2)
        entry.addWidget(self.big_intake, 1)

        self.left_title = label("", "SectionTitle")
        self.left = QTreeWidget()
        self.left.setRootIsDecorated(False)
        self.left.setAlternatingRowColors(True)
        self.left.itemActivated.connect(self._activate)
        self.right_title = label("", "SectionTitle")
        self.right = QTreeWidget()
        self.right.setRootIsDecorated(False)
        self.right.setAlternatingRowColors(True)
        self.right.itemActivated.connect(self._activate)
        # columns sized to their content and header (the case / subject column takes the rest): never cut
        self._fit = {t: FitColumns(t, stretch=2) for t in (self.left, self.right)}
        for title, t in ((self.left_title, self.left), (self.right_title, self.right)):
            title.setBuddy(t)  # screen readers: the table is labelled by its title
        self.drafts_title = label("", "SectionTitle")
        self.drafts_box = QVBoxLayout()
        stats_frame, stats_lay = card()
        self.stats = QGridLayout()
        stats_lay.addLayout(self.stats)

        grid = QGridLayout()
        grid.addWidget(self.left_title, 0, 0)
        grid.addWidget(self.left, 1, 0)
        grid.addWidget(self.right_title, 0, 1)
        grid.addWidget(self.right, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.setSpacing(10)
        lay.addWidget(self.title)
        lay.addWidget(self.subtitle)
        lay.addWidget(self.sync_line)
        lay.addLayout(entry)
        lay.addWidget(stats_frame)
        lay.addLayout(grid, 1)
        lay.addWidget(self.drafts_title)
        lay.addLayout(self.drafts_box)
        self.refresher = Refresher(self, ctx.bus, wants=self._wants, refresh=self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        role = self.ctx.role
        name = self.ctx.loket.settings.staff_name or self.ctx.loket.settings.staff_user
        self.title.setText(self.tr("Good day, %1").replace("%1", name) if name else self.tr("Good day"))
        self.subtitle.setText(f"{role_titles().get(role, role)} · {self.ctx.loket.settings.location} · "
                              f"{fmt.date(dt.date.today(), long=True)}")
        # the key on a second line: the three fit side by side on a 1366×768 laptop at 125 %
        self.big_read.setText(self.tr("Read eID card  (F2)").replace("  (", "\n("))
        self.big_read.setAccessibleName(self.tr("Read eID card"))
        self.big_search.setText(self.tr("Search citizen or case  (Ctrl+F)").replace("  (", "\n("))
        self.big_search.setAccessibleName(self.tr("Search citizen or case"))
        self.big_intake.setText(self.tr("New intake  (Ctrl+N)").replace("  (", "\n("))
        self.big_intake.setAccessibleName(self.tr("New intake"))
        self.big_intake.setVisible(self.ctx.may("intake"))  # offered only to roles the case store accepts
        self.drafts_title.setText(self.tr("Unfinished intakes (drafts)"))
        if role == roles.OUTREACH:
            self.left_title.setText(self.tr("Today's home visits"))
            self.right_title.setText(self.tr("Prepared cases"))
        elif role == roles.THEME_DESK:
            self.left_title.setText(self.tr("Today's consultations"))
            self.right_title.setText(self.tr("Intakes today"))
        elif role in (roles.COORDINATOR, roles.ADMINISTRATOR):
            self.left_title.setText(self.tr("Work queue per department"))
            self.right_title.setText(self.tr("Appointments today"))
        else:
            self.left_title.setText(self.tr("Walk-ins today"))
            self.right_title.setText(self.tr("Appointments today"))
        self.left.setAccessibleName(self.left_title.text())
        self.right.setAccessibleName(self.right_title.text())
        if self.data is not None:
            self._render(self.data)
        if getattr(self, "_draft_list", None):
            self._show_drafts(self._draft_list)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_sync(self, status: SyncStatus) -> None:
        """Outreach works at kitchen tables: the home screen says plainly whether the laptop is online."""
        if self.ctx.role != roles.OUTREACH:
            return
        if status.state == "offline":
            text = self.tr("Offline — everything you do is kept on this laptop (%n waiting).", "", status.pending)
        else:
            text = self.tr("Online — %n change(s) waiting to be sent", "", status.pending)
        self.sync_line.setText(text)
        self.sync_line.show()

    def refresh(self) -> None:
        self.refresher.clean()
        loket = self.ctx.loket
        self.big_intake.setVisible(self.ctx.may("intake"))
        self.ctx.ops.run_op(loket.home_overview, self._loaded, key="home")
        from desk_app.services.drafts import DraftStore

        store: DraftStore = getattr(self, "_drafts", None) or DraftStore.for_loket(loket)
        self._drafts = store
        self.ctx.ops.run_op(store.list, self._show_drafts, key="home-drafts")

    def _wants(self, changes: ChangeSet) -> bool:
        return bool(changes.cases or changes.appointments or changes.outbox or changes.drafts)

    def _loaded(self, data: dict[str, Any]) -> None:
        self.data = data
        self._render(data)

    def _render(self, d: dict[str, Any]) -> None:
        lang = self.ctx.lang
        cat = self.ctx.loket.catalogue
        role = self.ctx.role
        clear_layout(self.stats)
        figures = [(self.tr("Open cases"), str(d["open_total"])),
                   (self.tr("Overdue"), str(sum(d["overdue"].values()))),
                   (self.tr("Waiting to be sent"), str(d["waiting"])),
                   (self.tr("Citizens on this laptop"), fmt.locale().toString(int(d["persons"])))]
        for i, (t, v) in enumerate(figures):
            self.stats.addWidget(label(v, "PageTitle"), 0, i)
            self.stats.addWidget(label(t, "Muted"), 1, i)
        mine = d["appointments"]
        if role == roles.OUTREACH:
            mine = [a for a in mine if a["desk"] == "home_visit"]
        elif role == roles.THEME_DESK:
            mine = [a for a in mine if a["desk"] not in ("home_visit", "Burgerzaken")]
        desk_names = {"home_visit": self.tr("home visit")}
        appts = [QTreeWidgetItem([fmt.datetime(a["at"])[-5:], a["person"], a["subject"], desk_names.get(a["desk"], a["desk"])])
                 for a in mine]
        for item, a in zip(appts, mine, strict=True):
            item.setData(0, Qt.ItemDataRole.UserRole, ("appointment", a["id"], a["person_id"] or ""))
        appt_header = [self.tr("Time"), self.tr("Citizen"), self.tr("Subject"), self.tr("Desk")]
        if role in (roles.COORDINATOR, roles.ADMINISTRATOR):
            self.left.clear()
            self.left.setColumnCount(3)  # no column left over from another role's table
            self.left.setHeaderLabels([self.tr("Department"), self.tr("Open"), self.tr("Overdue")])
            for dept, n in sorted(d["by_department"].items()):
                item = QTreeWidgetItem([text_in(cat.departments.get(dept), lang) or dept, str(n),
                                        str(d["overdue"].get(dept, 0))])
                item.setData(0, Qt.ItemDataRole.UserRole, ("department", dept))
                self.left.addTopLevelItem(item)
            self.right.clear()
            self.right.setHeaderLabels(appt_header)
            self.right.addTopLevelItems(appts)
            self._fit[self.left].stretch = 0  # the department's name
            self._fit_trees()
            return
        self._fit[self.left].stretch = 2
        if role in (roles.OUTREACH, roles.THEME_DESK):
            self.left.clear()
            self.left.setColumnCount(len(appt_header))
            self.left.setHeaderLabels(appt_header)
            self.left.addTopLevelItems(appts)
            target: QTreeWidget = self.right
        else:
            self.right.clear()
            self.right.setHeaderLabels(appt_header)
            self.right.addTopLevelItems(appts)
            target = self.left
        target.clear()
        target.setColumnCount(4)
        target.setHeaderLabels([self.tr("Time"), self.tr("Citizen"), self.tr("Case"), self.tr("Status")])
        for w in (d["prepared"] if role == roles.OUTREACH else d["walkins"]):
            st = cat.statuses.get(w["status"])
            ct = cat.case_types.get(w["case_type"])
            item = QTreeWidgetItem([fmt.datetime(w["at"])[-5:], w["person"], text_in(ct.name, lang) if ct else w["case_type"],
                                    text_in(st.name, lang) if st else w["status"]])
            item.setData(0, Qt.ItemDataRole.UserRole, ("case", w["id"]))
            target.addTopLevelItem(item)
        self._fit_trees()

    def _fit_trees(self) -> None:
        for tree in (self.left, self.right):
            if tree.topLevelItemCount() == 0:
                span_row(tree, self.tr("Nothing yet today."))
            self._fit[tree].fit()

    def _show_drafts(self, drafts: list[Draft]) -> None:
        clear_layout(self.drafts_box)
        self.drafts_title.setVisible(bool(drafts))
        self._draft_list = drafts  # for a language switch
        for dr in drafts[:5]:
            b = QPushButton(self.tr("Resume: %1").replace("%1", self._draft_title(dr)))
            b.setAccessibleName(b.text())
            b.clicked.connect(lambda _=False, x=dr: self.ctx.services["resume_draft"](x))
            self.drafts_box.addWidget(b)

    def _draft_title(self, draft: Draft) -> str:
        """The case type in the user's language now (the draft's title was written in the language of the
        day), with whose intake it is."""
        ct = self.ctx.loket.catalogue.case_types.get(draft.case_type)
        who = (draft.title or "").partition(" — ")[2]
        name = text_in(ct.name, self.ctx.lang) if ct else (draft.title or draft.case_type)
        return f"{name} — {who}" if ct and who else name

    def _activate(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if not data or not data[1]:
            return
        kind, ref = data[0], data[1]
        if kind == "appointment":
            self.open_appointment.emit(ref, data[2])
        elif kind == "person":
            self.ctx.bus.open_person.emit(ref)
        elif kind == "case":
            self.ctx.bus.open_case.emit(ref)
        elif kind == "department":
            self.open_cases.emit(ref)
