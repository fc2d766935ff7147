"""The coordinator's desk for citizen reports (issue 15; ``wire.roles.REPORT_DISPATCHERS``).

Left, the queue: the lists of the case store (new, overdue, past three times the term, reopened, waiting on a
third party, all open) filtered by department, category and zone, and *Letters and calls*: the letters waiting to
be printed (PDF from ``desk_app.documents.report_letter``) and the calls to make, with the phone script for the
clerk who calls and *Called* / *Unreachable*. Right, the report: its photos, description, place on the map with
the open reports nearby, its reporters (names only), history and the messages to its reporters with their state,
and the actions: change the status (only the next statuses ``categories.json`` allows, with a note; confirmation
when the citizen will be told), change the category, move the point (click on the map), route to a department
or a person (by hand) or back to the routing rules, forward to an external party, split off a sub-task.

Every call goes to the case store (``sync.reports``) in the worker pool (``ctx.ops``); refusals are shown in the
case store's words. Tests drive the page through its methods (``open_list``, ``open_report``, ``apply_status``,
``apply_route``, …) and replace ``confirm`` and ``print_dialog`` instead of the modal dialogs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.core import fmt
from ui.core.errors import describe
from ui.core.pages import register_page
from ui.reports.map_view import MapPoint, MapView
from ui.widgets import FitColumns, button, label, span_row
from wire import roles
from wire.reports import Categories, haversine_m
from wire.reports import default as default_categories

if TYPE_CHECKING:
    from sync.reports import Message, Report, ReportList, ReportsClient, ReportSummary
    from sync.transport import Transport

QUEUE_LISTS = ("new", "overdue", "past_3x", "reopened", "waiting", "open")
USERNAME = re.compile(r"^[A-Za-z0-9._@-]{1,100}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean(text: str, limit: int) -> str:
    """Free text as the case store stores it: no control characters but tab and newlines (CR/LF as one
    newline), trimmed, at most ``limit`` characters."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()[:limit]


NEARBY_M = 500.0
PAGE = 100


class FormDialog(QDialog):
    """A small dialog: labelled fields and OK / Cancel (OK enabled when ``valid`` says so)."""

    def __init__(self, parent: QWidget, title: str, rows: list[tuple[str, QWidget]], intro: str = "",
                 valid: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        if intro:
            lay.addWidget(label(intro, wrap=True))
        form = QFormLayout()
        for text, w in rows:
            lab = label(text)
            lab.setBuddy(w)
            w.setAccessibleName(text.replace("&", ""))
            form.addRow(lab, w)
        lay.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.valid = valid
        if valid is not None:
            for _t, w in rows:
                for sig in ("currentIndexChanged", "textChanged"):
                    if hasattr(w, sig):
                        getattr(w, sig).connect(self._check)
            self._check()

    def _check(self, *_a: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None and self.valid is not None:
            ok.setEnabled(self.valid())


@register_page("report_coordinator", title=QT_TRANSLATE_NOOP("MainWindow", "Report q&ueue"),
               roles=roles.REPORT_DISPATCHERS, nav=64)
class ReportCoordinatorPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.categories: Categories = default_categories()
        self.list_name = "new"
        self.items: list[ReportSummary] = []
        self.next_after: str | None = None
        self.total = 0
        self.report: Report | None = None
        self.messages: list[Message] = []
        self.work: list[Message] = []
        self.zones: dict[str, str] = {}
        self.moving = False
        self.confirm: Callable[[str], bool] = self._ask
        self.nearby: list[MapPoint] = []
        self.around: list[ReportSummary] = []  # the open reports of the shown report's zone
        self.print_dialog: Any = None  # tests: a QPrintDialog stand-in (ui.documents.printing.print_pdf)

        self.title = label("", "PageTitle")
        self.message = label("", wrap=True, selectable=True)
        self.message.setObjectName("Muted")
        self.message.hide()

        # ---------------------------------------------------------------- the queue
        self.lists = QTabBar()
        self.lists.setExpanding(False)
        for _n in QUEUE_LISTS:
            self.lists.addTab("")
        self.lists.currentChanged.connect(lambda i: self.open_list(QUEUE_LISTS[i]))
        self.department = QComboBox()
        self.department_label = label("")
        self.department_label.setBuddy(self.department)
        self.category = QComboBox()
        self.category_label = label("")
        self.category_label.setBuddy(self.category)
        self.zone = QComboBox()
        self.zone_label = label("")
        self.zone_label.setBuddy(self.zone)
        for combo in (self.department, self.category, self.zone):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.activated.connect(lambda _i: self.reload())
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        # the reference whole, always; too little room: the place gives way first (its tooltip has it whole)
        self._fit = FitColumns(self.table, stretch=2, keep=(0,))
        self.table.currentItemChanged.connect(self._row_chosen)
        self.count = label("")
        self.more_btn = button("")
        self.more_btn.clicked.connect(self.more)
        self.refresh_btn = button("")
        self.refresh_btn.clicked.connect(self.reload)

        queue = QWidget()
        q = QVBoxLayout(queue)
        q.setContentsMargins(0, 0, 0, 0)
        filters = QGridLayout()
        filters.setVerticalSpacing(2)
        for col, (lab, w) in enumerate(((self.department_label, self.department), (self.category_label, self.category),
                                        (self.zone_label, self.zone))):
            filters.addWidget(lab, 0, col)
            filters.addWidget(w, 1, col)
        q.addWidget(self.lists)
        q.addLayout(filters)
        q.addWidget(self.table, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.count, 1)
        foot.addWidget(self.refresh_btn)
        foot.addWidget(self.more_btn)
        q.addLayout(foot)

        # ---------------------------------------------------------------- letters and calls
        self.work_state = QComboBox()
        self.work_state_label = label("")
        self.work_state_label.setBuddy(self.work_state)
        self.work_state.activated.connect(lambda _i: self.load_work())
        self.work_table = QTreeWidget()
        self.work_table.setRootIsDecorated(False)
        self.work_table.setAlternatingRowColors(True)
        self._work_fit = FitColumns(self.work_table, stretch=2)
        self.work_table.currentItemChanged.connect(lambda _c, _p: self._work_chosen())
        self.script = QPlainTextEdit()
        self.script.setReadOnly(True)
        self.script.setMaximumHeight(140)
        self.script_label = label("")
        self.script_label.setBuddy(self.script)
        self.print_btn = button("", primary=True)
        self.print_btn.clicked.connect(lambda: self.print_letters())
        self.called_btn = button("")
        self.called_btn.clicked.connect(lambda: self.call_done("called"))
        self.unreachable_btn = button("")
        self.unreachable_btn.clicked.connect(lambda: self.call_done("unreachable"))
        work = QWidget()
        wl = QVBoxLayout(work)
        wl.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.work_state_label)
        top.addWidget(self.work_state)
        top.addStretch(1)
        wl.addLayout(top)
        wl.addWidget(self.work_table, 1)
        wl.addWidget(self.script_label)
        wl.addWidget(self.script)
        acts = QHBoxLayout()
        acts.addWidget(self.print_btn)
        acts.addStretch(1)
        acts.addWidget(self.called_btn)
        acts.addWidget(self.unreachable_btn)
        wl.addLayout(acts)

        self.left = QTabWidget()
        self.left.addTab(queue, "")
        self.left.addTab(work, "")
        self.left.currentChanged.connect(lambda i: self.load_work() if i == 1 else None)

        # ---------------------------------------------------------------- the report
        self.head = label("", "SectionTitle", wrap=True, selectable=True)
        self.facts = label("", wrap=True, selectable=True)
        self.description = label("", wrap=True, selectable=True)
        self.photos = QHBoxLayout()
        self.photos_box = QWidget()
        self.photos_box.setLayout(self.photos)
        self.photos_box.hide()
        self.map = MapView(ctx)
        self.map.setMinimumHeight(200)
        self.map.point_picked.connect(self._picked)
        self.reporters = label("", wrap=True, selectable=True)
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setMinimumHeight(110)
        self._history_fit = FitColumns(self.history, stretch=3)
        self.msgs = QTreeWidget()
        self.msgs.setRootIsDecorated(False)
        self.msgs.setMinimumHeight(100)
        self._msgs_fit = FitColumns(self.msgs, stretch=0)
        self.history_label = label("", "SectionTitle")
        self.msgs_label = label("", "SectionTitle")

        self.status_btn = button("", primary=True)
        self.status_btn.clicked.connect(lambda: self.ask_status())
        self.category_btn = button("")
        self.category_btn.clicked.connect(lambda: self.ask_category())
        self.move_btn = button("")
        self.move_btn.setCheckable(True)
        self.move_btn.toggled.connect(self._move_mode)
        self.route_btn = button("")
        self.route_btn.clicked.connect(lambda: self.ask_route())
        self.unroute_btn = button("")
        self.unroute_btn.clicked.connect(lambda: self.apply_unroute())
        self.forward_btn = button("")
        self.forward_btn.clicked.connect(lambda: self.ask_forward())
        self.split_btn = button("")
        self.split_btn.clicked.connect(lambda: self.ask_split())
        self.action_buttons = (self.status_btn, self.category_btn, self.move_btn, self.route_btn, self.unroute_btn,
                        self.forward_btn, self.split_btn)
        actions = QGridLayout()
        actions.setSpacing(4)
        for i, b in enumerate(self.action_buttons):
            actions.addWidget(b, i // 2, i % 2)

        detail = QWidget()
        d = QVBoxLayout(detail)
        d.setContentsMargins(8, 0, 8, 0)
        d.addWidget(self.head)
        d.addWidget(self.facts)
        d.addLayout(actions)
        d.addWidget(self.description)
        d.addWidget(self.photos_box)
        d.addWidget(self.map)
        d.addWidget(self.reporters)
        d.addWidget(self.history_label)
        d.addWidget(self.history)
        d.addWidget(self.msgs_label)
        d.addWidget(self.msgs)
        d.addStretch(1)
        self.detail = QScrollArea()
        self.detail.setWidgetResizable(True)
        self.detail.setWidget(detail)
        self.detail.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: its controls are

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.left)
        split.addWidget(self.detail)
        # the queue's table takes the room (its references and categories whole), the report its minimum
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([700, 340])

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.setSpacing(6)
        lay.addWidget(self.title)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)
        self.retranslate()
        self._show_report(None)

    # -------------------------------------------------------------------------------------- texts

    def _names(self, names: Any, fallback: str) -> str:
        return str(names.get(self.ctx.lang) or names.get("nl") or fallback) if names else fallback

    def category_name(self, code: str) -> str:
        sub = self.categories.sub(code)
        return self._names(sub.names, code) if sub is not None else code

    def status_name(self, code: str | None) -> str:
        if not code:
            return ""
        st = self.categories.statuses.get(code)
        return self._names(st.names, code) if st is not None else code

    def department_name(self, code: str) -> str:
        return self._names(self.categories.departments.get(code), code)

    def retranslate(self) -> None:
        tr = self.tr
        self.title.setText(tr("Citizen reports: coordination"))
        names = {"new": tr("New"), "overdue": tr("Overdue"), "past_3x": tr("Past 3×"),
                 "reopened": tr("Reopened"), "waiting": tr("Third party"), "open": tr("All open")}
        tips = {"new": tr("Reports nobody has handled yet"), "overdue": tr("Open reports past their deadline"),
                "past_3x": tr("Open reports past three times their term"),
                "reopened": tr("Open reports that were reopened"),
                "waiting": tr("Reports waiting on a third party"), "open": tr("Every open report")}
        for i, n in enumerate(QUEUE_LISTS):
            self.lists.setTabText(i, names[n])
            self.lists.setTabToolTip(i, tips[n])
        self.lists.setAccessibleName(tr("Lists of reports"))
        self.department_label.setText(tr("&Department"))
        self.department.setAccessibleName(tr("Department"))
        self.category_label.setText(tr("Categor&y"))
        self.category.setAccessibleName(tr("Category"))
        self.zone_label.setText(tr("&Zone"))
        self.zone.setAccessibleName(tr("Zone"))
        self._fill_filters()
        self.table.setHeaderLabels([tr("Reference"), tr("Category"), tr("Where"), tr("Status"), tr("Deadline"),
                                    tr("Reporters")])
        self.table.setAccessibleName(tr("Reports in the list"))
        self.more_btn.setText(tr("&More"))
        self.more_btn.setAccessibleName(tr("More reports"))
        self.refresh_btn.setText(tr("Re&fresh"))
        self.refresh_btn.setAccessibleName(tr("Refresh the list"))
        self.left.setTabText(0, tr("Queue"))
        self.left.setTabText(1, tr("Letters and calls"))
        self.left.setAccessibleName(tr("Queue, letters and calls"))
        self.work_state_label.setText(tr("S&how"))
        self.work_state.setAccessibleName(tr("Letters or calls"))
        current = self.work_state.currentData() or "to_print"
        self.work_state.clear()
        self.work_state.addItem(tr("Letters to print"), "to_print")
        self.work_state.addItem(tr("Calls to make"), "to_call")
        self.work_state.setCurrentIndex(0 if current == "to_print" else 1)
        self.work_table.setHeaderLabels([tr("Report"), tr("Reporter"), tr("Subject"), tr("Language"),
                                         tr("Phone or address")])
        self.work_table.setAccessibleName(tr("Letters and calls waiting"))
        self.script_label.setText(tr("Phone &script"))
        self.script.setAccessibleName(tr("Phone script or letter text"))
        self.print_btn.setText(tr("&Print the letters…"))
        self.print_btn.setAccessibleName(tr("Print the letters"))
        self.called_btn.setText(tr("Ca&lled"))
        self.called_btn.setAccessibleName(tr("Called"))
        self.unreachable_btn.setText(tr("U&nreachable"))
        self.unreachable_btn.setAccessibleName(tr("Unreachable"))
        self.status_btn.setText(tr("Change &status…"))
        self.category_btn.setText(tr("Change c&ategory…"))
        self.move_btn.setText(tr("Mo&ve the point"))
        self.route_btn.setText(tr("&Route to…"))
        self.unroute_btn.setText(tr("Back to the r&ules"))
        self.forward_btn.setText(tr("For&ward…"))
        self.split_btn.setText(tr("Su&b-task…"))
        for b in self.action_buttons:
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
        self.history_label.setText(tr("History"))
        self.history.setHeaderLabels([tr("When"), tr("Status"), tr("By"), tr("Note")])
        self.history.setAccessibleName(tr("History of the report"))
        self.msgs_label.setText(tr("Messages to the reporters"))
        self.msgs.setHeaderLabels([tr("Reporter"), tr("Channel"), tr("Status told"), tr("State"), tr("When")])
        self.msgs.setAccessibleName(tr("Messages to the reporters"))
        self.map.setAccessibleName(tr("Map: the report and the open reports nearby"))
        self._render_list()
        self._show_report(self.report)
        self._fit_detail()

    def _fit_detail(self) -> None:
        """The report's pane no wider than its content needs (its buttons side by side, in this language) and
        its scroll bar: the rest of the page goes to the queue's table."""
        inner = self.detail.widget()
        if inner is None:
            return
        need = inner.minimumSizeHint().width() + self.detail.verticalScrollBar().sizeHint().width() + \
            2 * self.detail.frameWidth()
        self.detail.setMinimumWidth(max(320, need))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_detail()  # the theme's fonts are known now

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_filters(self) -> None:
        for combo, everything, entries in (
                (self.department, self.tr("All departments"),
                 [(self._names(n, c), c) for c, n in self.categories.departments.items()]),
                (self.category, self.tr("All categories"),
                 [(self.category_name(c), c) for c in sorted(self.categories.subs, key=self.category_name)]),
                (self.zone, self.tr("All zones"), sorted(((n, c) for c, n in self.zones.items()),
                                                         key=lambda e: e[0]))):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for text, code in entries:
                combo.addItem(text, code)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    # -------------------------------------------------------------------------------------- plumbing

    def transport(self) -> Transport | None:
        sync = self.ctx.services.get("sync")
        return sync.client.transport if sync is not None else None

    def client(self) -> ReportsClient | None:
        transport = self.transport()
        if transport is None:
            return None
        from sync.reports import ReportsClient

        return ReportsClient(transport)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _failed(self, exc: BaseException) -> None:
        from sync.reports import ReportsRefused

        if isinstance(exc, ReportsRefused):
            if exc.status == 403:
                self._say(self.tr("Only coordinators may do this (the case store refused)."))
            elif exc.status == 404:
                self._say(self.tr("The case store does not know this report (any more): %1").replace("%1", str(exc)))
            else:
                self._say(self.tr("The case store refused: %1").replace("%1", str(exc)))
        else:
            self._say(describe(exc))
        self._enable()

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Tell the citizen?"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def show_page(self) -> None:
        if self.transport() is None:
            self._say(self.tr("This desk is not connected to a case store: the reports are kept there."))
            self._enable()
            return
        if not self.zones:
            self._load_zones()
        self.reload()

    def focus_page(self) -> None:
        self.table.setFocus()

    def _enable(self) -> None:
        has = self.report is not None and self.transport() is not None
        for b in self.action_buttons:
            b.setEnabled(has)
        if self.report is not None:
            self.split_btn.setEnabled(has and self.report.parent_id is None and self.report.open)
            self.unroute_btn.setEnabled(has and self.report.route_pinned)
            self.status_btn.setEnabled(has and bool(self.allowed_statuses()))
        self.more_btn.setEnabled(self.next_after is not None)
        self.refresh_btn.setEnabled(self.transport() is not None)
        msg = self._current_work()
        calling = self.work_state.currentData() == "to_call"
        self.print_btn.setVisible(not calling)
        self.print_btn.setEnabled(bool(self.work) and not calling)
        self.called_btn.setVisible(calling)
        self.unreachable_btn.setVisible(calling)
        self.called_btn.setEnabled(msg is not None)
        self.unreachable_btn.setEnabled(msg is not None)

    def _load_zones(self) -> None:
        from wire import geo

        self.zones = {s.code: s.name for s in geo.default().sectors}
        self._fill_filters()

    # -------------------------------------------------------------------------------------- the lists

    def open_list(self, name: str) -> None:
        if name not in QUEUE_LISTS:
            return
        self.list_name = name
        if self.lists.currentIndex() != QUEUE_LISTS.index(name):
            self.lists.blockSignals(True)
            self.lists.setCurrentIndex(QUEUE_LISTS.index(name))
            self.lists.blockSignals(False)
        self.reload()

    def filters(self) -> dict[str, str | None]:
        return {"department": self.department.currentData(), "category": self.category.currentData(),
                "zone": self.zone.currentData()}

    def reload(self, keep: str | None = None) -> None:
        client = self.client()
        if client is None:
            return
        name, f = self.list_name, self.filters()
        keep = keep or (self.report.id if self.report is not None else None)
        self.ctx.ops.run_op(lambda: client.list_reports(name, limit=PAGE, **f),
                            lambda page: self._listed(page, False, keep), self._failed, key="report-queue")

    def more(self) -> None:
        client = self.client()
        after = self.next_after
        if client is None or after is None:
            return
        name, f = self.list_name, self.filters()
        self.ctx.ops.run_op(lambda: client.list_reports(name, limit=PAGE, after=after, **f),
                            lambda page: self._listed(page, True, None), self._failed, key="report-queue")

    def _listed(self, page: ReportList, append: bool, keep: str | None) -> None:
        self.items = (self.items + page.items) if append else list(page.items)
        self.next_after, self.total = page.next, page.total
        self._render_list(keep)
        self._enable()

    def _render_list(self, keep: str | None = None) -> None:
        self.table.blockSignals(True)
        self.table.clear()
        today = dt.date.today()
        chosen = None
        for r in self.items:
            where = r.address or self.zones.get(r.zone or "", r.zone or "")
            item = QTreeWidgetItem([r.id, self.category_name(r.category), where, self.status_name(r.status),
                                    fmt.date(r.deadline), str(r.reporters)])
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            if r.open and r.deadline < today:
                item.setToolTip(4, self.tr("Past the deadline"))
                item.setText(4, "⚠ " + fmt.date(r.deadline))
            self.table.addTopLevelItem(item)
            if r.id == keep:
                chosen = item
        if not self.items:
            span_row(self.table, self.tr("No reports in this list."))
        self.table.blockSignals(False)
        self._fit.fit()
        self.count.setText(self.tr("%1 of %2 shown").replace("%1", str(len(self.items))).replace("%2",
                                                                                                str(self.total)))
        if chosen is not None:
            self.table.blockSignals(True)
            self.table.setCurrentItem(chosen)
            self.table.blockSignals(False)
        self._draw_nearby()

    def _row_chosen(self, item: QTreeWidgetItem | None, _prev: object = None) -> None:
        rid = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if rid:
            self.open_report(str(rid))

    # -------------------------------------------------------------------------------------- one report

    def open_report(self, report_id: str) -> None:
        client = self.client()
        if client is None:
            return

        def work() -> tuple[Report, list[Message], list[bytes], list[ReportSummary]]:
            from sync.reports import ReportsRefused

            rep = client.report(report_id)
            try:
                msgs = client.messages(report_id)
            except ReportsRefused as exc:
                if exc.status != 404:
                    raise
                msgs = []
            photos = []
            for sha in rep.media[:4]:
                try:
                    photos.append(client.photo(sha))
                except Exception:  # a photo that cannot be read is left out; the report is still shown
                    continue
            around: list[ReportSummary] = []
            if rep.zone:  # the open reports of its zone, for the map (those within NEARBY_M are drawn)
                try:
                    around = client.list_reports("open", zone=rep.zone, limit=500).items
                except ReportsRefused:
                    around = []
            return rep, msgs, photos, around

        def shown(result: tuple[Report, list[Message], list[bytes], list[ReportSummary]]) -> None:
            self.around = result[3]
            self._show_report(*result[:3])

        self.ctx.ops.run_op(work, shown, self._failed, key="report-detail")

    def _show_report(self, rep: Report | None, msgs: list[Message] | None = None,
                     photos: list[bytes] | None = None) -> None:
        self.report = rep
        if msgs is not None:
            self.messages = msgs
        tr = self.tr
        if self.move_btn.isChecked():
            self.move_btn.setChecked(False)
        if rep is None:
            self.head.setText(tr("Choose a report in the list."))
            for w in (self.facts, self.description, self.reporters):
                w.setText("")
            self.history.clear()
            self.msgs.clear()
            self.map.set_marker(None, None)
            self.photos_box.hide()
            self._enable()
            return
        self.head.setText(f"{rep.id} · {self.category_name(rep.category)} · {self.status_name(rep.status)}")
        parts = [tr("Department: %1").replace("%1", self.department_name(rep.department))]
        if rep.assigned_to:
            parts.append(tr("assigned to %1").replace("%1", rep.assigned_to))
        parts.append(tr("routed by hand") if rep.route_pinned else tr("routed by the rules"))
        if rep.external_party:
            parts.append(tr("forwarded to %1").replace("%1", rep.external_party))
        parts.append(tr("deadline %1 (3×: %2)").replace("%1", fmt.date(rep.deadline))
                     .replace("%2", fmt.date(rep.deadline_3x)))
        if rep.zone:
            parts.append(tr("zone %1").replace("%1", self.zones.get(rep.zone, rep.zone)))
        if rep.address:
            parts.append(rep.address)
        if rep.parent_id:
            parts.append(tr("sub-task of %1").replace("%1", rep.parent_id))
        if rep.children:
            parts.append(tr("sub-tasks: %1").replace("%1", ", ".join(rep.children)))
        self.facts.setText(" · ".join(parts))
        self.description.setText(rep.description)
        # reporters: names only (their contact details stay in the case store's messages)
        names = [r.name or (tr("anonymous") if r.anonymous else tr("(no name)")) for r in rep.reporters]
        self.reporters.setText(tr("Reported by: %1").replace("%1", ", ".join(names)) if names
                               else tr("No reporter (anonymous)."))
        self.history.clear()
        for h in rep.history:
            self.history.addTopLevelItem(QTreeWidgetItem([fmt.datetime(h.at), self.status_name(h.status), h.by,
                                                          h.note or ""]))
        self._history_fit.fit()
        self._render_messages()
        if photos is not None:
            self._show_photos(photos)
        if rep.lat is not None and rep.lon is not None:
            self.map.set_marker(rep.lat, rep.lon)
            self.map.set_view(rep.lat, rep.lon, 16)
        else:
            self.map.set_marker(None, None)
        self._draw_nearby()
        self._enable()

    def _render_messages(self) -> None:
        self.msgs.clear()
        states = {"queued": self.tr("queued"), "sent": self.tr("sent"), "failed": self.tr("failed"),
                  "to_print": self.tr("to print"), "printed": self.tr("printed"), "to_call": self.tr("to call"),
                  "called": self.tr("called"), "unreachable": self.tr("unreachable")}
        channels = {"mail": self.tr("e-mail"), "sms": self.tr("SMS"), "letter": self.tr("letter"),
                    "phone": self.tr("phone")}
        for m in self.messages:
            item = QTreeWidgetItem([m.reporter_name or "", channels.get(m.channel, m.channel),
                                    self.status_name(m.status), states.get(m.state, m.state),
                                    fmt.datetime(m.done_at or m.created_at) if (m.done_at or m.created_at) else ""])
            if m.note:
                item.setToolTip(3, m.note)
            self.msgs.addTopLevelItem(item)
        if not self.messages:
            span_row(self.msgs, self.tr("No messages to the reporters yet."))
        self._msgs_fit.fit()

    def _show_photos(self, photos: list[bytes]) -> None:
        while self.photos.count():
            it = self.photos.takeAt(0)
            if it is not None and it.widget() is not None:
                it.widget().deleteLater()  # type: ignore[union-attr]
        shown = 0
        for data in photos:
            img = QImage.fromData(data)
            if img.isNull():
                continue
            pic = QLabel()
            pic.setPixmap(QPixmap.fromImage(img).scaled(QSize(160, 120), Qt.AspectRatioMode.KeepAspectRatio,
                                                        Qt.TransformationMode.SmoothTransformation))
            pic.setAccessibleName(self.tr("Photo %1").replace("%1", str(shown + 1)))
            self.photos.addWidget(pic)
            shown += 1
        self.photos.addStretch(1)
        self.photos_box.setVisible(shown > 0)

    def _draw_nearby(self) -> None:
        rep = self.report
        points: list[MapPoint] = []
        if rep is not None and rep.lat is not None and rep.lon is not None:
            pool = {r.id: r for r in [*self.around, *self.items]}
            for r in pool.values():
                if r.id == rep.id or r.lat is None or r.lon is None or not r.open:
                    continue
                if haversine_m(rep.lat, rep.lon, r.lat, r.lon) <= NEARBY_M:
                    points.append(MapPoint(r.lat, r.lon, f"{r.id}: {self.category_name(r.category)}", "open"))
        self.map.set_reports(points)
        self.nearby = points

    # -------------------------------------------------------------------------------------- actions

    def allowed_statuses(self) -> list[str]:
        """The statuses the flow allows next (categories.json), never the one the report has."""
        if self.report is None:
            return []
        st = self.categories.statuses.get(self.report.status)
        return [s for s in (st.next if st is not None else ()) if s != self.report.status]

    def status_dialog(self) -> tuple[FormDialog, QComboBox, QPlainTextEdit]:
        combo = QComboBox()
        for code in self.allowed_statuses():
            told = self.categories.statuses[code].tell_citizen
            combo.addItem(self.status_name(code) + (self.tr(" (the citizen is told)") if told else ""), code)
        note = QPlainTextEdit()
        note.setMaximumHeight(90)
        dlg = FormDialog(self, self.tr("Change the status"), [(self.tr("&New status"), combo), (self.tr("N&ote"), note)],
                         intro=self.tr("Now: %1").replace("%1", self.status_name(self.report.status if self.report
                                                                                 else "")),
                         valid=lambda: combo.count() > 0)
        return dlg, combo, note

    def ask_status(self) -> None:
        dlg, combo, note = self.status_dialog()
        if dlg.exec() == QDialog.DialogCode.Accepted and combo.currentData():
            self.apply_status(str(combo.currentData()), note.toPlainText().strip())

    def apply_status(self, status: str, note: str = "") -> None:
        """Change the status (asks first when the citizen will be told); one request id however often sent."""
        rep, client = self.report, self.client()
        if rep is None or client is None:
            return
        if status not in self.allowed_statuses():
            self._say(self.tr("%1 cannot follow %2.").replace("%1", self.status_name(status))
                      .replace("%2", self.status_name(rep.status)))
            return
        told = [r for r in rep.reporters if not r.anonymous and r.contact_channel]
        if self.categories.statuses[status].tell_citizen and told:
            text = self.tr("%1 reporter(s) will be told that the report is now “%2” (by %3). Go on?") \
                .replace("%1", str(len(told))).replace("%2", self.status_name(status)) \
                .replace("%3", ", ".join(sorted({r.contact_channel or "" for r in told})))
            if not self.confirm(text):
                return
        from sync.reports import new_request_id

        note = clean(note, 2000)
        request_id = new_request_id()
        self._act(lambda: client.change_status(rep.id, status, note or None, request_id=request_id),
                  self.tr("The status is now %1.").replace("%1", self.status_name(status)))

    def ask_category(self) -> None:
        if self.report is None:
            return
        combo = QComboBox()
        for main in self.categories.mains:
            for sub in main.subcategories:
                combo.addItem(f"{self._names(main.names, main.code)} › {self._names(sub.names, sub.code)}", sub.code)
        combo.setCurrentIndex(max(0, combo.findData(self.report.category)))
        dlg = FormDialog(self, self.tr("Change the category"), [(self.tr("&Category"), combo)],
                         intro=self.tr("The department, the term and the deadlines follow the category."))
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.apply_category(str(combo.currentData()))

    def apply_category(self, category: str) -> None:
        rep, client = self.report, self.client()
        if rep is None or client is None or category == rep.category:
            return
        self._act(lambda: client.change_category(rep.id, category),
                  self.tr("The category is now %1.").replace("%1", self.category_name(category)))

    def _move_mode(self, on: bool) -> None:
        self.moving = on
        if on:
            self._say(self.tr("Click the report's right place on the map."))
            self.map.setFocus()

    def _picked(self, lat: float, lon: float) -> None:
        if not self.moving or self.report is None:
            return
        self.move_btn.setChecked(False)
        self.apply_move(lat, lon)

    def apply_move(self, lat: float, lon: float, address: str | None = None) -> None:
        rep, client = self.report, self.client()
        if rep is None or client is None:
            return
        from wire import geo

        if not geo.default().in_city(lat, lon) and not self.confirm(
                self.tr("This point lies outside the city. Move the report there anyway?")):
            return
        self._act(lambda: client.move(rep.id, lat, lon, address), self.tr("The report was moved."))

    def ask_route(self) -> None:
        if self.report is None:
            return
        dept = QComboBox()
        for code, names in self.categories.departments.items():
            dept.addItem(self._names(names, code), code)
        dept.setCurrentIndex(max(0, dept.findData(self.report.department)))
        person = QLineEdit(self.report.assigned_to or "")
        person.setMaxLength(100)
        dlg = FormDialog(self, self.tr("Route the report"), [(self.tr("&Department"), dept),
                                                             (self.tr("&Person (user name, optional)"), person)],
                         intro=self.tr("Chosen by hand: the routing rules leave this report alone until you send "
                                       "it back to them."))
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.apply_route(str(dept.currentData()), person.text().strip() or None)

    def apply_route(self, department: str, assigned_to: str | None = None) -> None:
        rep, client = self.report, self.client()
        if rep is None or client is None:
            return
        if assigned_to and not USERNAME.match(assigned_to):
            self._say(self.tr("A user name has only letters, digits and . _ @ - (at most 100)."))
            return
        self._act(lambda: client.route(rep.id, department, assigned_to),
                  self.tr("Routed to %1 by hand.").replace("%1", self.department_name(department)))

    def apply_unroute(self) -> None:
        rep, client = self.report, self.client()
        if rep is None or client is None:
            return
        self._act(lambda: client.unroute(rep.id), self.tr("The routing rules apply again."))

    def ask_forward(self) -> None:
        if self.report is None:
            return
        party = QLineEdit()
        party.setMaxLength(200)
        note = QPlainTextEdit()
        note.setMaximumHeight(90)
        dlg = FormDialog(self, self.tr("Forward to an external party"),
                         [(self.tr("&Party (Fluvius, De Watergroep, …)"), party), (self.tr("N&ote"), note)],
                         valid=lambda: bool(party.text().strip()))
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.apply_forward(party.text().strip(), note.toPlainText().strip())

    def apply_forward(self, party: str, note: str = "") -> None:
        party, note = clean(party, 200).replace("\n", " "), clean(note, 2000)
        rep, client = self.report, self.client()
        if rep is None or client is None or not party:
            return
        if self.categories.statuses.get("wacht_op_derde") is not None and \
                self.categories.statuses["wacht_op_derde"].tell_citizen and \
                any(not r.anonymous and r.contact_channel for r in rep.reporters) and \
                not self.confirm(self.tr("The reporters will be told the report waits for %1. Go on?")
                                 .replace("%1", party)):
            return
        self._act(lambda: client.forward(rep.id, party, note or None),
                  self.tr("Forwarded to %1.").replace("%1", party))

    def ask_split(self) -> None:
        if self.report is None:
            return
        combo = QComboBox()
        for main in self.categories.mains:
            for sub in main.subcategories:
                combo.addItem(f"{self._names(main.names, main.code)} › {self._names(sub.names, sub.code)}", sub.code)
        text = QPlainTextEdit()
        text.setMaximumHeight(90)
        dlg = FormDialog(self, self.tr("A sub-task for another department"),
                         [(self.tr("&Category"), combo), (self.tr("&What is to be done"), text)],
                         valid=lambda: bool(text.toPlainText().strip()))
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.apply_split(str(combo.currentData()), text.toPlainText().strip())

    def apply_split(self, category: str, description: str) -> None:
        description = clean(description, 10_000)
        rep, client = self.report, self.client()
        if rep is None or client is None or not description:
            return

        def work() -> Report:
            client.split(rep.id, category, description)
            return client.report(rep.id)

        self._act(work, self.tr("The sub-task was made."))

    def _act(self, fn: Callable[[], Report], done: str) -> None:
        client = self.client()
        if client is None:
            return

        def work() -> tuple[Report, list[Message]]:
            from sync.reports import ReportsRefused

            rep = fn()
            try:
                msgs = client.messages(rep.id)
            except ReportsRefused as exc:
                if exc.status != 404:
                    raise
                msgs = []
            return rep, msgs

        def ok(result: tuple[Report, list[Message]]) -> None:
            self._show_report(*result)
            self._say(done)
            self.reload(keep=result[0].id)

        for b in self.action_buttons:
            b.setEnabled(False)
        self.ctx.ops.run_op(work, ok, self._failed, key="report-action")

    # -------------------------------------------------------------------------------------- letters and calls

    def load_work(self) -> None:
        client = self.client()
        state = str(self.work_state.currentData() or "to_print")
        if client is None:
            return
        self.ctx.ops.run_op(lambda: client.waiting_messages(state), self._work_loaded, self._failed,
                            key="report-work")

    def _work_loaded(self, msgs: list[Message]) -> None:
        self.work = msgs
        self.work_table.clear()
        for m in msgs:
            where = m.phone or "" if m.channel == "phone" else ", ".join(m.address or []) or (m.note or "")
            item = QTreeWidgetItem([m.report_id or "", m.reporter_name or "", m.subject or "", m.language, where])
            item.setData(0, Qt.ItemDataRole.UserRole, m.id)
            self.work_table.addTopLevelItem(item)
        if not msgs:
            span_row(self.work_table, self.tr("Nothing waiting."))
        self._work_fit.fit()
        self.script.setPlainText("")
        self._enable()

    def _current_work(self) -> Message | None:
        item = self.work_table.currentItem()
        mid = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((m for m in self.work if m.id == mid), None)

    def _work_chosen(self) -> None:
        m = self._current_work()
        self.script.setPlainText(m.body if m is not None else "")
        self._enable()

    def call_done(self, outcome: str) -> None:
        m, client = self._current_work(), self.client()
        if m is None or client is None:
            return
        said = self.tr("Marked as called.") if outcome == "called" else self.tr("Marked as unreachable.")

        def ok(_m: Message) -> None:
            self._say(said)
            self.load_work()

        self.ctx.ops.run_op(lambda: client.message_done(m.id, outcome), ok, self._failed, key="report-call")

    def print_letters(self) -> None:
        """The letters waiting, as one PDF through the print dialog; printed ones are marked done."""
        letters = [m for m in self.work if m.channel == "letter" and m.state == "to_print"]
        if not letters:
            return
        try:
            from desk_app.documents import report_letter
        except ImportError:
            self._say(self.tr("This desk cannot make the letters yet; they are listed here to print by hand."))
            return
        staff = self.ctx.loket.settings.username if hasattr(self.ctx.loket.settings, "username") else ""

        def build() -> tuple[list[Message], list[bytes], list[str]]:
            done, pdfs, problems = [], [], []
            for m in letters:
                try:
                    pdfs.append(report_letter.build_report_letter(m.letter_fields(), staff_name=str(staff or "")))
                    done.append(m)
                except report_letter.ReportLetterError as exc:
                    problems.append(f"{m.report_id}: {exc}")
            return done, pdfs, problems

        self.ctx.ops.run_op(build, self._letters_built, self._failed, key="report-letters")

    def _letters_built(self, built: tuple[list[Message], list[bytes], list[str]]) -> None:
        done, pdfs, problems = built
        if problems:
            self._say(self.tr("Not printable: %1").replace("%1", "; ".join(problems)))
        if not pdfs:
            return
        from ui.documents.printing import merge_pdfs, print_pdf

        client = self.client()

        def printed() -> None:
            if client is None:
                return
            ids = [m.id for m in done]

            def mark() -> int:
                for mid in ids:
                    client.message_done(mid, "printed")
                return len(ids)

            def marked(n: int) -> None:
                self._say(self.tr("%1 letter(s) printed.").replace("%1", str(n)))
                self.load_work()

            self.ctx.ops.run_op(mark, marked, self._failed, key="report-printed")

        print_pdf(merge_pdfs(pdfs) if len(pdfs) > 1 else pdfs[0], self, self.tr("Letters about reports"),
                  on_printed=printed, dialog_factory=self.print_dialog)


__all__ = ["ReportCoordinatorPage"]
