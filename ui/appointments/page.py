"""The Appointments page (counter, theme desk, coordinator): for a citizen (the card in the reader, a search,
or the person page) choose a service and the number of persons, see the free slots of the next weeks (a day
list and its times), book with a reason, and get the confirmation with its cancellation reference (printable);
move or cancel the citizen's appointments, or cancel one by its reference (a phone call).

A booking needs the case store: when it cannot be reached the request is kept as "to book" (tab *To book*),
and confirmed after the next sync or with *Try again*; a slot taken meanwhile comes back as "not booked" with
the next free slot offered. Tab *Reception*: the day's appointments with *Check in*, which gives the queue
ticket. Every call runs in the worker pool (``ctx.ops``); writes go through ``ctx.mutate``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import bookings
from desk_app.services.bookings import BookedAppointment, Service, Slot
from desk_app.services.changes import ChangeSet
from ui.context import AppContext
from ui.core import fmt
from ui.core.errors import describe
from ui.core.pages import PageHost, register_page
from ui.core.refresh import Refresher
from ui.widgets import button, label, span_row
from wire import roles

if TYPE_CHECKING:
    from sync.appointments import AppointmentsClient

DAYS_AHEAD = 28
ROLE = Qt.ItemDataRole.UserRole
TAB_MIN_HEIGHT = 160  # a tab's visible part at the least; its contents scroll (1366×768 at 125 %: 614 px high)
COLUMN_MIN_WIDTH = 100  # Qt's default section size


def scrolled(content: QWidget) -> QScrollArea:
    """``content`` in a frameless vertical scroll area (no Tab stop: the controls inside are), so that a tab's
    minimum height is not the sum of its rows and the page fits a small screen."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setMinimumHeight(TAB_MIN_HEIGHT)
    scroll.setWidget(content)
    return scroll


def fit_headers(tree: QTreeWidget) -> None:
    """Every column at least as wide as its header text (bold, with the style's padding), e.g. "Room or place"
    in a language where it is longer than Qt's default 100 px."""
    header = tree.header()
    bold = QFont(header.font())
    bold.setBold(True)
    fm = QFontMetrics(bold)
    head = tree.headerItem()
    for col in range(tree.columnCount()):
        need = fm.horizontalAdvance(head.text(col)) + 24  # padding each side and room for a sort arrow
        header.resizeSection(col, max(COLUMN_MIN_WIDTH, need, header.sectionSizeHint(col)))


def reason(code: str, message: str = "") -> str:
    """The case store's refusal ``code`` as a sentence for the clerk (its own ``message`` for unknown codes)."""
    tr = QCoreApplication.translate
    texts = {
        "slot_taken": tr("AppointmentsPage", "The slot was taken by someone else."),
        "in_the_past": tr("AppointmentsPage", "The time is in the past."),
        "outside_opening_hours": tr("AppointmentsPage", "The time is outside the opening hours."),
        "not_found": tr("AppointmentsPage", "No appointment has this reference."),
        "unknown_service": tr("AppointmentsPage", "This service cannot be booked."),
        "forbidden": tr("AppointmentsPage", "The case store does not let your account do this (your role, or a "
                                            "citizen outside your caseload)."),
        "outside_working_hours": tr("AppointmentsPage", "The advisor does not work at that time."),
        "conflict": tr("AppointmentsPage", "This appointment is no longer booked; it cannot be changed."),
        "unknown_reference": tr("AppointmentsPage", "The case store does not know this citizen yet; synchronise "
                                                    "first."),
    }
    if code in texts:
        return texts[code]
    return tr("AppointmentsPage", "The case store refused: %1").replace("%1", message or code)


def explain(exc: BaseException) -> str:
    """Any failure of this page in clear words (refusals by code, bad input, else the desk's usual texts)."""
    tr = QCoreApplication.translate
    if isinstance(exc, bookings.BookingInvalid):
        return describe(exc)  # its Message, in the user's language
    if isinstance(exc, bookings.BookingRefused):
        return reason(exc.code, str(exc))
    if isinstance(exc, bookings.Unreachable):
        return tr("AppointmentsPage", "The case store cannot be reached; try again when the laptop is online.")
    return describe(exc)


class _NotConnected:
    """The booking server of a desk without a case store: every request waits as "to book"."""

    def book(self, request: bookings.BookingRequest) -> BookedAppointment:
        raise bookings.Unreachable("this laptop is not connected to a case store")


@register_page("appointments", title=QT_TRANSLATE_NOOP("MainWindow", "A&ppointments"),
               roles=(roles.COUNTER_CLERK, roles.THEME_DESK, roles.COORDINATOR), nav=50, prebuild=True)
class AppointmentsPage(QWidget):
    @classmethod
    def for_window(cls, ctx: AppContext, window: PageHost) -> AppointmentsPage:
        page = cls(ctx)
        page.host = window
        return page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.host: PageHost | None = None
        self.person_id: str | None = None
        self.person_name = ""
        self.person_address = ""  # the citizen's current address: a home visit's place
        self.services: dict[str, Service] = {}
        self.slots: list[Slot] = []
        self.offered: Slot | None = None  # the next free slot the case store offered after a refusal
        self.last: BookedAppointment | None = None  # the confirmation on screen
        self.last_ticket: str | None = None
        self._client: AppointmentsClient | None = None
        self._requests: list[bookings.Request] = []

        self.title = label("", "PageTitle")
        self.tabs = QTabWidget()
        self.message = label("", wrap=True, selectable=True)
        self.message.setObjectName("Muted")

        # --- tab Book: the citizen, the service, the slots, the reason
        self.person_line = label("", "SectionTitle")
        self.from_card = button("")
        self.from_card.clicked.connect(self.use_card)
        self.search = QLineEdit()
        self.search.returnPressed.connect(self.find_person)
        self.search_label = label("")
        self.search_label.setBuddy(self.search)
        self.hits = QComboBox()
        self.hits_label = label("")
        self.hits_label.setBuddy(self.hits)
        self.hits.activated.connect(self._hit_chosen)
        self.service = QComboBox()
        self.service_label = label("")
        self.service_label.setBuddy(self.service)
        self.persons = QSpinBox()
        self.persons.setRange(1, bookings.MAX_PERSONS)
        self.persons_label = label("")
        self.persons_label.setBuddy(self.persons)
        self.find_slots = button("")
        self.find_slots.clicked.connect(lambda: self.load_slots())
        self.days = QListWidget()
        self.days_label = label("")
        self.days_label.setBuddy(self.days)
        self.days.currentRowChanged.connect(self._day_chosen)
        self.times = QListWidget()
        self.times_label = label("")
        self.times_label.setBuddy(self.times)
        self.reason = QLineEdit()
        self.reason.setMaxLength(bookings.MAX_REASON)
        self.reason_label = label("")
        self.reason_label.setBuddy(self.reason)
        self.place = QLineEdit()  # a home visit: where (the citizen's address, or a care home)
        self.place.setMaxLength(300)
        self.place_label = label("")
        self.place_label.setBuddy(self.place)
        self.service.currentIndexChanged.connect(self._service_chosen)
        self.book_btn = button("", primary=True)
        self.book_btn.clicked.connect(self.book)
        self.take_offer = button("")
        self.take_offer.clicked.connect(self.book_offered)
        self.take_offer.hide()
        self.confirmation = label("", "SectionTitle", wrap=True, selectable=True)
        self.print_btn = button("")
        self.print_btn.clicked.connect(self.print_confirmation)
        self.print_btn.setEnabled(False)
        self.mine = QTreeWidget()
        self.mine.setRootIsDecorated(False)
        self.mine_label = label("", "SectionTitle")
        self.mine_label.setBuddy(self.mine)
        self.move_btn = button("")
        self.move_btn.clicked.connect(self.move_appointment)
        self.cancel_btn = button("")
        self.cancel_btn.clicked.connect(self.cancel)
        self.ref = QLineEdit()
        self.ref_label = label("")
        self.ref_label.setBuddy(self.ref)
        self.cancel_ref_btn = button("")
        self.cancel_ref_btn.clicked.connect(self.cancel_by_reference)

        book_tab = QWidget()
        grid = QGridLayout(book_tab)
        who = QHBoxLayout()
        who.addWidget(self.person_line, 1)
        who.addWidget(self.from_card)
        grid.addLayout(who, 0, 0, 1, 4)
        grid.addWidget(self.search_label, 1, 0)
        grid.addWidget(self.search, 1, 1)
        grid.addWidget(self.hits_label, 1, 2)
        grid.addWidget(self.hits, 1, 3)
        grid.addWidget(self.service_label, 2, 0)
        grid.addWidget(self.service, 2, 1)
        grid.addWidget(self.persons_label, 2, 2)
        grid.addWidget(self.persons, 2, 3)
        grid.addWidget(self.find_slots, 3, 0, 1, 4)
        grid.addWidget(self.days_label, 4, 0, 1, 2)
        grid.addWidget(self.times_label, 4, 2, 1, 2)
        grid.addWidget(self.days, 5, 0, 1, 2)
        grid.addWidget(self.times, 5, 2, 1, 2)
        grid.addWidget(self.reason_label, 6, 0)
        grid.addWidget(self.reason, 6, 1)
        grid.addWidget(self.place_label, 6, 2)
        grid.addWidget(self.place, 6, 3)
        actions = QHBoxLayout()
        actions.addWidget(self.book_btn)
        actions.addWidget(self.take_offer)
        actions.addStretch(1)
        grid.addLayout(actions, 7, 0, 1, 4)
        confirm = QHBoxLayout()
        confirm.addWidget(self.confirmation, 1)
        confirm.addWidget(self.print_btn)
        grid.addLayout(confirm, 8, 0, 1, 4)
        grid.addWidget(self.mine_label, 9, 0, 1, 4)
        grid.addWidget(self.mine, 10, 0, 1, 4)
        manage = QHBoxLayout()
        manage.addWidget(self.move_btn)
        manage.addWidget(self.cancel_btn)
        manage.addStretch(1)
        manage.addWidget(self.ref_label)
        manage.addWidget(self.ref)
        manage.addWidget(self.cancel_ref_btn)
        grid.addLayout(manage, 11, 0, 1, 4)

        # --- tab To book: requests kept on this laptop
        self.pending = QTreeWidget()
        self.pending.setRootIsDecorated(False)
        self.pending_label = label("", wrap=True)
        self.pending_label.setBuddy(self.pending)
        self.retry_btn = button("", primary=True)
        self.retry_btn.clicked.connect(self.retry)
        self.offer_btn = button("")
        self.offer_btn.clicked.connect(self.book_request_offer)
        self.dismiss_btn = button("")
        self.dismiss_btn.clicked.connect(self.dismiss)
        pending_tab = QWidget()
        pl = QVBoxLayout(pending_tab)
        pl.addWidget(self.pending_label)
        pl.addWidget(self.pending, 1)
        pa = QHBoxLayout()
        for b in (self.retry_btn, self.offer_btn, self.dismiss_btn):
            pa.addWidget(b)
        pa.addStretch(1)
        pl.addLayout(pa)

        # --- tab Reception: today's appointments, check-in
        self.shop = QComboBox()
        self.shop_label = label("")
        self.shop_label.setBuddy(self.shop)
        self.day_list = QTreeWidget()
        self.day_list.setRootIsDecorated(False)
        self.day_label = label("", "SectionTitle")
        self.day_label.setBuddy(self.day_list)
        self.reload_day = button("")
        self.reload_day.clicked.connect(self.load_day)
        self.check_in_btn = button("", primary=True)
        self.check_in_btn.clicked.connect(self.check_in)
        self.ticket = label("", "PageTitle", selectable=True)
        reception_tab = QWidget()
        rl = QVBoxLayout(reception_tab)
        top = QHBoxLayout()
        top.addWidget(self.shop_label)
        top.addWidget(self.shop)
        top.addStretch(1)
        top.addWidget(self.reload_day)
        rl.addLayout(top)
        rl.addWidget(self.day_label)
        rl.addWidget(self.day_list, 1)
        ra = QHBoxLayout()
        ra.addWidget(self.check_in_btn)
        ra.addWidget(self.ticket, 1)
        rl.addLayout(ra)

        self.tabs.addTab(scrolled(book_tab), "")
        self.tabs.addTab(scrolled(pending_tab), "")
        self.tabs.addTab(scrolled(reception_tab), "")
        self.tabs.currentChanged.connect(self._tab_changed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addWidget(self.title)
        lay.addWidget(self.message)
        lay.addWidget(self.tabs, 1)
        self.refresher = Refresher(self, ctx.bus, wants=self._wants, refresh=self.refresh)
        sync = ctx.services.get("sync")
        if sync is not None:
            sync.finished.connect(self._synced)  # a sync went through: the case store answers again
        self._service_chosen()
        self.retranslate()

    # ------------------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.title.setText(self.tr("Appointments"))
        self.tabs.setTabText(0, self.tr("Book"))
        self.tabs.setTabText(1, self.tr("To book"))
        self.tabs.setTabText(2, self.tr("Reception"))
        self.from_card.setText(self.tr("Citizen from the card"))
        self.from_card.setAccessibleName(self.from_card.text())
        self.search_label.setText(self.tr("Search citizen:"))
        self.search.setAccessibleName(self.tr("Search citizen"))
        self.hits_label.setText(self.tr("Found:"))
        self.hits.setAccessibleName(self.tr("Citizens found"))
        self.service_label.setText(self.tr("Service:"))
        self.service.setAccessibleName(self.tr("Service"))
        self.persons_label.setText(self.tr("Persons:"))
        self.persons.setAccessibleName(self.tr("Number of persons"))
        self.find_slots.setText(self.tr("Show free slots"))
        self.find_slots.setAccessibleName(self.find_slots.text())
        self.days_label.setText(self.tr("Days with free slots"))
        self.days.setAccessibleName(self.days_label.text())
        self.times_label.setText(self.tr("Free times"))
        self.times.setAccessibleName(self.times_label.text())
        self.reason_label.setText(self.tr("Reason:"))
        self.reason.setAccessibleName(self.tr("Reason for the appointment"))
        self.place_label.setText(self.tr("Place of the visit:"))
        self.place.setAccessibleName(self.tr("Place of the home visit"))
        self.book_btn.setText(self.tr("Book"))
        self.book_btn.setAccessibleName(self.tr("Book the chosen time"))
        self.take_offer.setText(self.tr("Book the next free slot"))
        self.take_offer.setAccessibleName(self.take_offer.text())
        self.print_btn.setText(self.tr("Print confirmation"))
        self.print_btn.setAccessibleName(self.print_btn.text())
        self.mine_label.setText(self.tr("The citizen's appointments"))
        self.mine.setAccessibleName(self.mine_label.text())
        self.mine.setHeaderLabels([self.tr("When"), self.tr("Service"), self.tr("Advisor"), self.tr("Room or place"),
                                   self.tr("State"), self.tr("Reference")])
        fit_headers(self.mine)
        self.move_btn.setText(self.tr("Move to the chosen time"))
        self.move_btn.setAccessibleName(self.move_btn.text())
        self.cancel_btn.setText(self.tr("Cancel appointment"))
        self.cancel_btn.setAccessibleName(self.cancel_btn.text())
        self.ref_label.setText(self.tr("Reference:"))
        self.ref.setAccessibleName(self.tr("Cancellation reference"))
        self.cancel_ref_btn.setText(self.tr("Cancel by reference"))
        self.cancel_ref_btn.setAccessibleName(self.cancel_ref_btn.text())
        self.pending_label.setText(self.tr("Bookings made while the case store could not be reached. They are "
                                           "booked as soon as it answers; a slot taken meanwhile is not booked "
                                           "and the next free slot is offered."))
        self.pending.setAccessibleName(self.tr("Bookings waiting for the case store"))
        self.pending.setHeaderLabels([self.tr("When"), self.tr("Service"), self.tr("Citizen"), self.tr("State"),
                                      self.tr("Next free slot")])
        fit_headers(self.pending)
        self.retry_btn.setText(self.tr("Try again now"))
        self.retry_btn.setAccessibleName(self.retry_btn.text())
        self.offer_btn.setText(self.tr("Book the offered slot"))
        self.offer_btn.setAccessibleName(self.offer_btn.text())
        self.dismiss_btn.setText(self.tr("Remove request"))
        self.dismiss_btn.setAccessibleName(self.dismiss_btn.text())
        self.shop_label.setText(self.tr("Shop:"))
        self.shop.setAccessibleName(self.tr("Shop"))
        self.day_label.setText(self.tr("Today's appointments"))
        self.day_list.setAccessibleName(self.day_label.text())
        self.day_list.setHeaderLabels([self.tr("Time"), self.tr("Service"), self.tr("Advisor"), self.tr("Room"),
                                       self.tr("State")])
        fit_headers(self.day_list)
        self.reload_day.setText(self.tr("Refresh"))
        self.reload_day.setAccessibleName(self.tr("Refresh today's appointments"))
        self.check_in_btn.setText(self.tr("Check in"))
        self.check_in_btn.setAccessibleName(self.tr("Check in the chosen appointment"))
        self._show_person()
        if self.last is not None:
            self._show_confirmation(self.last)
        self._show_requests(self._requests)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------------------ page
    def show_page(self, person_id: str | None = None) -> None:
        if person_id:
            self.set_person(person_id)
        self.refresh()
        if not self.services:
            self.load_services()

    def page_shown(self) -> None:
        (self.search if self.person_id is None else self.service).setFocus()

    def client(self) -> AppointmentsClient | None:
        """The case store's appointment API over the desk's sync transport (None: no case store)."""
        if self._client is None:
            sync = self.ctx.services.get("sync")
            if sync is None:
                return None
            from sync.appointments import AppointmentsClient

            self._client = AppointmentsClient(sync.client.transport)
        return self._client

    def _wants(self, changes: ChangeSet) -> bool:
        return bool(changes.appointments)

    def refresh(self) -> None:
        self.refresher.clean()
        store = self.ctx.loket.store
        self.ctx.ops.run_op(lambda: bookings.requests(store), self._show_requests, self._failed,
                            key="appointments-requests")
        if self.person_id:
            pid = self.person_id
            self.ctx.ops.run_op(lambda: bookings.appointments_of(store, pid), self._show_mine, self._failed,
                                key="appointments-mine")

    def say(self, text: str) -> None:
        self.message.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._withdrawn(exc)
        self.say(explain(exc))

    def _withdrawn(self, exc: BaseException) -> None:
        """This laptop was revoked: the sync (which wipes it and closes the window) runs at once."""
        from sync.errors import DeviceRevoked

        sync = self.ctx.services.get("sync")
        if isinstance(exc, DeviceRevoked) and sync is not None:
            sync.sync_now()

    # ------------------------------------------------------------------------------ the citizen
    def set_person(self, person_id: str, name: str | None = None) -> None:
        self.person_id = person_id
        self.person_name = name or ""
        self.person_address = ""
        self._show_person()
        loket = self.ctx.loket
        self.ctx.ops.run_op(lambda: loket.person(person_id), self._person_loaded, self._failed,
                            key="appointments-person")
        self.refresh()

    def _person_loaded(self, p: dict[str, Any] | None) -> None:
        if p is None or p.get("id") != self.person_id:
            return
        self.person_name = f"{p.get('given_names') or ''} {p.get('surname') or ''}".strip()
        addr = p.get("address") or {}
        self.person_address = ", ".join(x for x in (addr.get("street_and_number"), " ".join(
            x for x in (addr.get("postal_code"), addr.get("municipality")) if x)) if x)
        self._show_person()
        self._service_chosen()

    def _show_person(self) -> None:
        if self.person_id is None:
            self.person_line.setText(self.tr("No citizen chosen: read the card or search."))
        else:
            self.person_line.setText(self.tr("For: %1").replace("%1", self.person_name or "…"))

    def use_card(self) -> None:
        card = self.host.reader_card() if self.host is not None else None
        if card is None:
            self.say(self.tr("No card in the reader."))
            return
        loket = self.ctx.loket
        nn = card.national_number
        self.ctx.ops.run_op(lambda: loket.person(nn), self._card_person, self._failed, key="appointments-person")

    def _card_person(self, p: dict[str, Any] | None) -> None:
        if p is None:
            self.say(self.tr("The citizen on the card is not registered on this laptop yet; register them first."))
            return
        self.person_id = str(p["id"])  # read with its audit entry already: no second read
        self._person_loaded(p)
        self.refresh()

    def find_person(self) -> None:
        q = self.search.text().strip()
        if not q:
            return
        loket = self.ctx.loket
        self.ctx.ops.run_op(lambda: loket.search(q, limit=15), self._show_hits, self._failed,
                            key="appointments-search")

    def _show_hits(self, hits: list[Any]) -> None:
        self.hits.clear()
        for h in hits:
            if h.kind == "person":
                self.hits.addItem(f"{h.title} · {h.subtitle}", (h.id, h.title))
        if self.hits.count():
            self._hit_chosen(0)
        else:
            self.say(self.tr("No citizen found."))

    def _hit_chosen(self, index: int) -> None:
        data = self.hits.itemData(index)
        if data:
            self.set_person(data[0], data[1])

    # ------------------------------------------------------------------------------ services and slots
    def load_services(self) -> None:
        client = self.client()
        if client is None:
            self.say(self.tr("This laptop is not connected to a case store: appointments cannot be booked now."))
            return
        self.ctx.ops.run_op(client.services, self._show_services, self._failed, key="appointments-services")
        self.ctx.ops.run_op(client.shops, self._show_shops, lambda _e: None, key="appointments-shops")

    def _service_chosen(self, _index: int = 0) -> None:
        """A home visit asks where: the citizen's address unless the clerk typed another place."""
        service = self.services.get(self.service.currentData() or "")
        home = bool(service and service.home_visit)
        self.place.setVisible(home)
        self.place_label.setVisible(home)
        if home and not self.place.isModified():
            self.place.setText(self.person_address)

    def _show_services(self, services: list[Service]) -> None:
        self.services = {s.code: s for s in services}
        current = self.service.currentData()
        self.service.clear()
        for s in services:
            self.service.addItem(s.name(self.ctx.lang), s.code)
        if current:
            self.service.setCurrentIndex(max(0, self.service.findData(current)))

    def _show_shops(self, shops: list[tuple[str, dict[str, str]]]) -> None:
        self.shop.clear()
        for code, names in shops:
            self.shop.addItem(names.get(self.ctx.lang) or names.get("nl") or code, code)
        self.load_day()

    def load_slots(self, quiet: bool = False) -> None:
        """The free slots of the chosen service (``quiet``: a refresh after a change, the message stays)."""
        client = self.client()
        code = self.service.currentData()
        if client is None or not code:
            self.say(self.tr("Choose a service first.") if client else
                     self.tr("This laptop is not connected to a case store: appointments cannot be booked now."))
            return
        persons = self.persons.value()
        today = dt.date.today()
        if not quiet:
            self.say(self.tr("Looking for free slots…"))
        self.ctx.ops.run_op(lambda: client.slots(code, today, DAYS_AHEAD, persons),
                            lambda slots: self._show_slots(slots, quiet), self._failed, key="appointments-slots")

    def _show_slots(self, slots: list[Slot], quiet: bool = False) -> None:
        self.slots = slots
        self.days.clear()
        self.times.clear()
        days = sorted({s.start.date() for s in slots})
        for d in days:
            item = QListWidgetItem(fmt.date(d, long=True))
            item.setData(ROLE, d.isoformat())
            self.days.addItem(item)
        if not quiet:
            self.say(self.tr("%n free slot(s) in the next weeks.", "", len(slots)) if slots else
                     self.tr("No free slot in the next weeks for this service."))
        if days:
            self.days.setCurrentRow(0)

    def _day_chosen(self, row: int) -> None:
        self.times.clear()
        item = self.days.item(row)
        if item is None:
            return
        day = item.data(ROLE)
        for s in self.slots:
            if s.start.date().isoformat() == day:
                t = QListWidgetItem(f"{s.start:%H:%M} – {s.end:%H:%M} · {s.advisor}" + (f" · {s.room}" if s.room else ""))
                t.setData(ROLE, self.slots.index(s))
                self.times.addItem(t)
        if self.times.count():
            self.times.setCurrentRow(0)

    def chosen_slot(self) -> Slot | None:
        item = self.times.currentItem()
        return self.slots[int(item.data(ROLE))] if item is not None else None

    # ------------------------------------------------------------------------------ booking
    def book(self, slot: Slot | None = None) -> None:
        slot = slot or self.chosen_slot()
        code = self.service.currentData()
        if self.person_id is None:
            self.say(self.tr("Choose the citizen first (card or search)."))
            return
        if slot is None or not code:
            self.say(self.tr("Choose a service and a free time first."))
            return
        service = self.services.get(code)
        try:
            request = bookings.new_request(code, slot.start, persons=self.persons.value(), person_id=self.person_id,
                                           advisor=slot.advisor, reason=self.reason.text(),
                                           place=self.place.text() if service and service.home_visit else None)
        except bookings.BookingInvalid as e:
            self.say(explain(e))
            return
        self._send(request, service)

    def _send(self, request: bookings.BookingRequest, service: Service | None) -> None:
        store = self.ctx.loket.store
        server = self.client() or _NotConnected()
        self.book_btn.setEnabled(False)
        self.take_offer.hide()
        self.offered = None
        self.ctx.mutate(lambda: bookings.book(store, server, request, service), self._booked, self._book_failed,
                        changes=lambda o: o.changes)

    def _booked(self, outcome: bookings.Outcome) -> None:
        self.book_btn.setEnabled(True)
        if outcome.state == bookings.TO_BOOK:
            self.last = None
            self.print_btn.setEnabled(False)
            self.confirmation.setText(self.tr("Not booked yet: the case store cannot be reached. The request is kept "
                                              "as \"to book\" and booked as soon as it answers."))
            return
        assert outcome.appointment is not None
        self.last = outcome.appointment
        self._show_confirmation(outcome.appointment)
        self.say("")
        self.load_slots_quietly()

    def load_slots_quietly(self) -> None:
        if self.slots:
            self.load_slots(quiet=True)

    def _show_confirmation(self, a: BookedAppointment) -> None:
        where = a.place or a.room or ""
        self.confirmation.setText(
            self.tr("Booked: %1 at %2, %3, with %4. Cancellation reference: %5")
            .replace("%1", fmt.date(a.start.date(), long=True)).replace("%2", f"{a.start:%H:%M}")
            .replace("%3", where or "—").replace("%4", a.advisor).replace("%5", a.cancellation_ref or "—"))
        self.print_btn.setEnabled(True)

    def _book_failed(self, exc: BaseException) -> None:
        self.book_btn.setEnabled(True)
        self._withdrawn(exc)
        if isinstance(exc, bookings.SlotTaken):
            self._offer(exc.next_free)
            return
        self.say(self.tr("Not booked: %1").replace("%1", explain(exc)))

    def _offer(self, next_free: Slot | None) -> None:
        self.offered = next_free
        if next_free is None:
            self.say(self.tr("Not booked: the slot was taken by someone else, and no other slot is free in the "
                             "coming weeks."))
            return
        self.say(self.tr("Not booked: the slot was taken by someone else. Next free: %1").replace(
            "%1", self._slot_text(next_free)))
        self.take_offer.show()

    def _slot_text(self, s: Slot) -> str:
        return f"{fmt.date(s.start.date(), long=True)} {s.start:%H:%M} · {s.advisor}"

    def book_offered(self) -> None:
        if self.offered is not None:
            self.book(self.offered)

    def confirmation_pdf(self) -> bytes:
        """The confirmation on screen as PDF (runs in the pool: reportlab)."""
        a = self.last
        assert a is not None
        service = self.services.get(a.service)
        loket = self.ctx.loket
        return bookings.confirmation_pdf(loket.catalogue.city, a, service_name=service.name(self.ctx.lang)
                                         if service else a.service, person_name=self.person_name,
                                         lang=self.ctx.lang, location=loket.settings.location)

    def print_confirmation(self) -> None:
        if self.last is None:
            return
        from ui.documents.printing import print_pdf

        def show(pdf: bytes) -> None:
            print_pdf(pdf, self, self.tr("Appointment confirmation"))

        self.ctx.ops.run_op(self.confirmation_pdf, show, self._failed)

    # ------------------------------------------------------------------------------ move and cancel
    def _show_mine(self, rows: list[dict[str, Any]]) -> None:
        self.mine.clear()
        for r in rows:
            service = self.services.get(r["service"] or "")
            item = QTreeWidgetItem([fmt.datetime(r["start"]), service.name(self.ctx.lang) if service else
                                    (r["service"] or ""), r["advisor"], r["place"] or r["room"] or "",
                                    self._state(r["status"]), r["cancellation_ref"] or ""])
            item.setData(0, ROLE, r["id"])
            self.mine.addTopLevelItem(item)
        if not rows:
            span_row(self.mine, self.tr("No appointments yet."))

    def _state(self, status: str) -> str:
        return {"booked": self.tr("booked"), "cancelled": self.tr("cancelled"), "checked_in": self.tr("checked in"),
                "done": self.tr("done"), "no_show": self.tr("did not come"), "to_book": self.tr("to book"),
                "not_booked": self.tr("not booked")}.get(status, status)

    def _chosen_appointment(self) -> str | None:
        item = self.mine.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def _server_change(self, call: Any) -> None:
        """Run ``call(client)`` (an appointment back from the case store) and keep the answer on this laptop."""
        client = self.client()
        if client is None:
            self.say(self.tr("This needs the case store; this laptop is not connected to one."))
            return
        store = self.ctx.loket.store
        departments = {c: s.department for c, s in self.services.items()}

        def run() -> tuple[BookedAppointment, ChangeSet]:
            appt = call(client)
            return appt, bookings.store_appointment(store, appt, department=departments.get(appt.service))

        self.ctx.mutate(run, self._changed, self._change_failed)

    def _changed(self, result: tuple[BookedAppointment, ChangeSet]) -> None:
        appt = result[0]
        if appt.status == bookings.CANCELLED:
            self.say(self.tr("Cancelled: %1 (reference %2).").replace("%1", self._when(appt))
                     .replace("%2", appt.cancellation_ref or "—"))
        else:
            self.last = appt
            self._show_confirmation(appt)
            self.say(self.tr("Moved to %1.").replace("%1", self._when(appt)))
        self.load_slots_quietly()

    def _change_failed(self, exc: BaseException) -> None:
        self._withdrawn(exc)
        if isinstance(exc, bookings.SlotTaken):
            self._offer(exc.next_free)
            self.take_offer.hide()  # moving: choose the offered time in the list
            return
        self.say(explain(exc))

    def _when(self, a: BookedAppointment) -> str:
        return f"{fmt.date(a.start.date(), long=True)} {a.start:%H:%M}"

    def move_appointment(self) -> None:
        appt_id, slot = self._chosen_appointment(), self.chosen_slot()
        if not appt_id or slot is None:
            self.say(self.tr("Choose the appointment and the new free time first."))
            return
        self._server_change(lambda c: c.move(appt_id, slot.start, slot.advisor))

    def cancel(self) -> None:
        appt_id = self._chosen_appointment()
        if not appt_id:
            self.say(self.tr("Choose the appointment to cancel first."))
            return
        self._server_change(lambda c: c.cancel(appt_id, "cancelled at the desk"))

    def cancel_by_reference(self) -> None:
        ref = self.ref.text().strip()
        if not ref:
            self.say(self.tr("Type the cancellation reference first."))
            return
        self._server_change(lambda c: c.cancel_by_reference(ref))

    # ------------------------------------------------------------------------------ to book
    def _show_requests(self, requests: list[bookings.Request]) -> None:
        self._requests = requests
        self.pending.clear()
        for r in requests:
            service = self.services.get(r.service)
            if r.state == bookings.TO_BOOK:
                state = self.tr("to book: waiting for the case store")
            else:
                state = self.tr("not booked: %1").replace("%1", reason(r.code, r.message))
            item = QTreeWidgetItem([fmt.datetime(r.start), service.name(self.ctx.lang) if service else r.service,
                                    r.reason, state, self._slot_text(r.next_free) if r.next_free else ""])
            item.setData(0, ROLE, r.request_id)
            self.pending.addTopLevelItem(item)
        if not requests:
            span_row(self.pending, self.tr("No bookings are waiting."))
        waiting = sum(1 for r in requests if r.state == bookings.TO_BOOK)
        self.tabs.setTabText(1, self.tr("To book (%1)").replace("%1", str(len(requests))) if requests
                             else self.tr("To book"))
        self.retry_btn.setEnabled(waiting > 0)

    def _synced(self, _result: object) -> None:
        """After every sync (the case store answered): book what waits as "to book" (nothing to send: no call).
        Runs whether or not the page was shown; it speaks only when something was booked or refused."""
        client = self.client()
        if client is None:
            return
        store = self.ctx.loket.store
        departments = {c: s.department for c, s in self.services.items()}
        self.ctx.mutate(lambda: bookings.confirm_pending(store, client, departments), self._confirmed_after_sync,
                        lambda _e: None, changes=lambda r: r.changes, key="appointments-confirm")

    def _confirmed_after_sync(self, result: bookings.Confirmed) -> None:
        if result.booked or result.not_booked:
            self._retried(result)
            self.ctx.bus.message.emit(self.message.text())

    def retry(self) -> None:
        client = self.client()
        if client is None:
            self.say(self.tr("This laptop is not connected to a case store."))
            return
        store = self.ctx.loket.store
        departments = {c: s.department for c, s in self.services.items()}
        self.ctx.mutate(lambda: bookings.confirm_pending(store, client, departments), self._retried, self._failed,
                        changes=lambda r: r.changes, key="appointments-confirm")

    def _retried(self, result: bookings.Confirmed) -> None:
        parts = []
        if result.booked:
            parts.append(self.tr("%n booking(s) confirmed.", "", len(result.booked)))
        if result.not_booked:
            parts.append(self.tr("%n not booked: see the next free slot offered.", "", len(result.not_booked)))
        if result.waiting:
            parts.append(self.tr("%n still waiting: the case store cannot be reached.", "", result.waiting))
        self.say(" ".join(parts))

    def _chosen_request(self) -> bookings.Request | None:
        item = self.pending.currentItem()
        rid = item.data(0, ROLE) if item is not None else None
        return next((r for r in self._requests if r.request_id == rid), None)

    def dismiss(self) -> None:
        r = self._chosen_request()
        if r is None:
            return
        store = self.ctx.loket.store
        self.ctx.mutate(lambda: bookings.dismiss(store, r.request_id), None, self._failed)

    def book_request_offer(self) -> None:
        """Book the slot the case store offered for a request it could not book (the request then goes)."""
        r = self._chosen_request()
        if r is None or r.next_free is None:
            self.say(self.tr("Choose a request that was not booked and has a next free slot."))
            return
        try:
            request = bookings.new_request(r.service, r.next_free.start, persons=r.persons, person_id=r.person_id,
                                           advisor=r.next_free.advisor, reason=r.reason, place=r.place)
        except bookings.BookingInvalid as e:
            self.say(explain(e))
            return
        store = self.ctx.loket.store
        server = self.client() or _NotConnected()
        service = self.services.get(r.service)
        old = r.request_id

        def run() -> bookings.Outcome:
            outcome = bookings.book(store, server, request, service)
            outcome.changes.merge(bookings.dismiss(store, old))
            return outcome

        self.ctx.mutate(run, self._booked, self._book_failed, changes=lambda o: o.changes)

    # ------------------------------------------------------------------------------ reception
    def _tab_changed(self, index: int) -> None:
        if index == 2:
            self.load_day()

    def load_day(self) -> None:
        client = self.client()
        if client is None:
            return
        today = dt.date.today()
        self.ctx.ops.run_op(lambda: client.appointments(today, today), self._show_day, self._failed,
                            key="appointments-day")

    def _show_day(self, rows: list[BookedAppointment]) -> None:
        self.day_list.clear()
        for a in sorted(rows, key=lambda x: x.start):
            if a.status == bookings.CANCELLED:
                continue
            service = self.services.get(a.service)
            item = QTreeWidgetItem([f"{a.start:%H:%M}", service.name(self.ctx.lang) if service else
                                    a.service, a.advisor, a.place or a.room or "", self._state(a.status)])
            item.setData(0, ROLE, a.id)
            self.day_list.addTopLevelItem(item)
        if self.day_list.topLevelItemCount() == 0:
            span_row(self.day_list, self.tr("No appointments today."))

    def check_in(self) -> None:
        item = self.day_list.currentItem()
        appt_id = item.data(0, ROLE) if item is not None else None
        client = self.client()
        shop = self.shop.currentData() or "stadswinkel"
        if not appt_id or client is None:
            self.say(self.tr("Choose the appointment to check in first."))
            return
        self.ctx.ops.run_op(lambda: client.check_in(appt_id, shop), self._checked_in, self._failed)

    def _checked_in(self, ticket: bookings.CheckIn) -> None:
        self.last_ticket = ticket.number
        self.ticket.setText(self.tr("Ticket %1: the citizen waits to be called.").replace("%1", ticket.number))
        self.load_day()
