"""The clerk's queue (issue 16): who waits for this desk's services (the setting ``desk``), with the time waited
and the expected wait; call next, recall, no-show, park, return, transfer (to a service or a desk) and finish.

Calling a ticket with a citizen opens the citizen's page (their open cases) before they reach the desk. Finish
links the cases and contacts this clerk created since the call (collected from the desk's change sets, checked
in the store: ``desk_app.services.reception.created_during_visit``). The list follows the case store's event
stream (``sync.queue_events`` on ``ctx.ops.run_stream``) and is read again after each of the clerk's own
actions; while the case store cannot be reached a banner says the queue is kept at reception and the calls
wait. A ticket another desk called first is said plainly, and the list is read again."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.changes import ChangeSet
from desk_app.services.reception import (
    QueueUnreachable,
    ShopInfo,
    Ticket,
    created_during_visit,
    name_in,
    person_briefs,
)
from ui.core.pages import PageHost, register_page
from ui.shop import describe, minutes, shop_client, unreachable_text
from ui.widgets import FitColumns, button, card, label
from wire import roles

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.core.ops import Stream


@register_page("queue", title=QT_TRANSLATE_NOOP("MainWindow", "&Queue"),
               roles=(roles.COUNTER_CLERK, roles.THEME_DESK, roles.COORDINATOR), nav=55)
class QueuePage(QWidget):
    @classmethod
    def for_window(cls, ctx: AppContext, window: PageHost) -> QueuePage:
        return cls(ctx, window)

    def __init__(self, ctx: AppContext, window: PageHost | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_host = window
        self.shop: ShopInfo | None = None
        self.tickets: list[Ticket] = []
        self.names: dict[str, tuple[str, str]] = {}
        self.current: Ticket | None = None  # the ticket at this desk (called or being served)
        self.parked: list[Ticket] = []  # tickets this desk parked (the citizen comes back)
        self.since: dt.datetime | None = None  # when the current ticket was called
        self.visit_cases: set[str] = set()
        self.visit_contacts: set[str] = set()
        self.online: bool | None = None
        self.stream: Stream | None = None
        self.transfer_choice: tuple[str, str] | None = None  # tests: ("service" | "desk", code) instead of asking
        self.last_finished: Ticket | None = None

        self.title = label("", "PageTitle")
        self.banner = label("", "Warning", wrap=True)
        self.banner.hide()
        self.desk = QComboBox()
        self.desk_label = label("")
        self.desk_label.setBuddy(self.desk)
        self.desk.activated.connect(self._desk_chosen)
        self.now_label = label("", "SectionTitle", selectable=True)
        self.list_title = label("", "SectionTitle")
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list_title.setBuddy(self.list)
        self._fit = FitColumns(self.list, stretch=4)
        self.parked_list = QTreeWidget()
        self.parked_list.setRootIsDecorated(False)
        self.parked_list.setMaximumHeight(110)
        self.parked_title = label("", "SectionTitle")
        self.parked_title.setBuddy(self.parked_list)
        self.message = label("", wrap=True)

        self.call_btn = button("", primary=True)
        self.call_btn.clicked.connect(self.call_next)
        self.recall_btn = button("")
        self.recall_btn.clicked.connect(lambda: self._act("recall"))
        self.no_show_btn = button("")
        self.no_show_btn.clicked.connect(lambda: self._act("no_show"))
        self.park_btn = button("")
        self.park_btn.clicked.connect(lambda: self._act("park"))
        self.return_btn = button("")
        self.return_btn.clicked.connect(self.return_parked)
        self.transfer_btn = button("")
        self.transfer_btn.clicked.connect(self.transfer)
        self.finish_btn = button("")
        self.finish_btn.clicked.connect(self.finish)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.desk_label)
        head.addWidget(self.desk)
        actions = QHBoxLayout()
        for b in (self.call_btn, self.recall_btn, self.no_show_btn, self.park_btn, self.transfer_btn,
                  self.finish_btn):
            actions.addWidget(b)
        actions.addStretch(1)
        now_frame, now_box = card()
        now_box.addWidget(self.now_label)
        now_box.addLayout(actions)
        parked_row = QHBoxLayout()
        parked_row.addWidget(self.parked_list, 1)
        parked_row.addWidget(self.return_btn, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addLayout(head)
        lay.addWidget(self.banner)
        lay.addWidget(now_frame)
        lay.addWidget(self.message)
        lay.addWidget(self.list_title)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.parked_title)
        lay.addLayout(parked_row)
        ctx.bus.changed.connect(self._changed)
        self.retranslate()
        self._buttons()

    # ------------------------------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.desk_label.setText(self.tr("&Desk"))
        self.desk.setAccessibleName(self.tr("Desk"))
        self.list_title.setText(self.tr("Waiting for this desk"))
        self.list.setAccessibleName(self.tr("Waiting for this desk"))
        self.list.setHeaderLabels([self.tr("Number"), self.tr("Service"), self.tr("Waiting"),
                                   self.tr("Expected wait"), self.tr("Citizen")])
        self.parked_title.setText(self.tr("Parked at this desk"))
        self.parked_list.setAccessibleName(self.tr("Parked at this desk"))
        self.parked_list.setHeaderLabels([self.tr("Number"), self.tr("Service"), self.tr("Citizen")])
        self.banner.setAccessibleName(self.tr("Case store status"))
        self.message.setAccessibleName(self.tr("Message"))
        self.now_label.setAccessibleName(self.tr("Ticket at this desk"))
        for b, text, name in (
            (self.call_btn, self.tr("&Call next"), self.tr("Call next")),
            (self.recall_btn, self.tr("&Recall"), self.tr("Recall")),
            (self.no_show_btn, self.tr("&No-show"), self.tr("No-show")),
            (self.park_btn, self.tr("&Park"), self.tr("Park")),
            (self.return_btn, self.tr("Re&turn"), self.tr("Return")),
            (self.transfer_btn, self.tr("Trans&fer…"), self.tr("Transfer")),
            (self.finish_btn, self.tr("F&inish"), self.tr("Finish")),
        ):
            b.setText(text)
            b.setAccessibleName(name)
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def desk_code(self) -> str:
        return self.ctx.loket.settings.desk

    # ------------------------------------------------------------------------------------------ loading
    def show_page(self) -> None:
        client = shop_client(self.ctx)
        if client is None:
            self._set_online(False)
            return
        code = self.ctx.loket.settings.shop
        self.ctx.ops.run_op(lambda: client.shop(code), self._got_shop, self._failed, key="queue-shop")
        self.refresh()
        self._follow()

    def page_shown(self) -> None:
        self.call_btn.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.stream is not None:
            self.stream.cancel()
            self.stream = None
        super().hideEvent(event)

    def _got_shop(self, info: ShopInfo) -> None:
        self.shop = info
        self.desk.clear()
        for d in info.desks:
            self.desk.addItem(name_in(d.name, self.ctx.lang), d.code)
        at = self.desk.findData(self.desk_code)
        if at < 0:
            self.desk.setCurrentIndex(-1)
            self.message.setText(self.tr("Choose the desk this laptop is."))
        else:
            self.desk.setCurrentIndex(at)
        self._set_online(True)
        self._render()

    def _desk_chosen(self, index: int) -> None:
        code = self.desk.itemData(index)
        if not code or code == self.desk_code:
            return
        settings = self.ctx.loket.settings
        settings.desk = str(code)
        paths = getattr(self.ctx.loket, "paths", None)
        if paths is not None:
            self.ctx.ops.run_op(lambda: settings.save(paths.config / "settings.json"))
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        client, shop, desk = shop_client(self.ctx), self.ctx.loket.settings.shop, self.desk_code
        if client is None or not desk:
            return
        store = self.ctx.loket.store

        def load() -> tuple[list[Ticket], dict[str, tuple[str, str]]]:
            tickets = client.waiting(shop, desk)
            return tickets, person_briefs(store, [t.person_id for t in tickets])

        self.ctx.ops.run_op(load, self._loaded, self._failed, key="queue-waiting")

    def _loaded(self, got: tuple[list[Ticket], dict[str, tuple[str, str]]]) -> None:
        self.tickets, names = got
        self.names.update(names)
        self._set_online(True)
        self._render()

    def _follow(self) -> None:
        """Follow the case store's queue events: every change anywhere reads the list again."""
        if self.stream is not None and not self.stream.cancelled:
            return
        sync = self.ctx.services.get("sync")
        transport = getattr(getattr(sync, "client", None), "transport", None)
        if transport is None:
            return
        from sync.queue_events import Connected, Disconnected, QueueEventReader, TicketEvent

        reader = QueueEventReader(transport, shop=self.ctx.loket.settings.shop)

        def item(x: object) -> None:
            if isinstance(x, Disconnected):
                self._set_online(False)
            elif isinstance(x, Connected | TicketEvent):
                self.refresh()

        self.stream = self.ctx.ops.run_stream(reader.items, item, stop=reader.stop, key="queue-events")

    def _set_online(self, online: bool) -> None:
        self.online = online
        if online:
            self.banner.hide()
        else:
            self.banner.setText(unreachable_text())
            self.banner.show()
        self._buttons()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, QueueUnreachable):
            self._set_online(False)
            return
        self.message.setText(describe(exc))
        self.ctx.bus.message.emit(self.message.text())

    # ------------------------------------------------------------------------------------------ showing
    def _citizen(self, t: Ticket) -> str:
        if not t.person_id:
            return ""
        return self.names.get(t.person_id, (self.tr("(not on this laptop)"), ""))[0]

    def _render(self) -> None:
        lang = self.ctx.lang
        self.title.setText(self.tr("Queue"))
        self.list.clear()
        for t in self.tickets:
            waited = minutes(t.waited_seconds) if t.due is not False else self.tr("appointment %1").replace(
                "%1", t.appointment_at.astimezone().strftime("%H:%M") if t.appointment_at else "")
            item = QTreeWidgetItem([t.number, name_in(t.service_name, lang), waited,
                                    minutes(t.expected_wait_seconds), self._citizen(t)])
            item.setData(0, Qt.ItemDataRole.UserRole, t.id)
            self.list.addTopLevelItem(item)
        self.parked_list.clear()
        for t in self.parked:
            item = QTreeWidgetItem([t.number, name_in(t.service_name, lang), self._citizen(t)])
            item.setData(0, Qt.ItemDataRole.UserRole, t.id)
            self.parked_list.addTopLevelItem(item)
        first = self.parked_list.topLevelItem(0)
        if first is not None:
            self.parked_list.setCurrentItem(first)
        if self.current is None:
            self.now_label.setText(self.tr("Nobody at this desk"))
        else:
            t = self.current
            who = self._citizen(t)
            text = self.tr("%1 at this desk · %2 · called %3×").replace("%1", t.number).replace(
                "%2", name_in(t.service_name, lang)).replace("%3", str(t.calls))
            self.now_label.setText(f"{text} · {who}" if who else text)
        self._buttons()

    def _buttons(self) -> None:
        online = bool(self.online) and bool(self.desk_code)
        here = self.current is not None
        self.call_btn.setEnabled(online and not here)
        for b in (self.recall_btn, self.no_show_btn):
            b.setEnabled(online and here and self.current is not None and self.current.status == "called")
        for b in (self.park_btn, self.transfer_btn, self.finish_btn):
            b.setEnabled(online and here)
        self.return_btn.setEnabled(online and bool(self.parked))

    # ------------------------------------------------------------------------------------------ actions
    def call_next(self) -> None:
        client, shop, desk = shop_client(self.ctx), self.ctx.loket.settings.shop, self.desk_code
        if client is None or not desk:
            return
        expected = self.tickets[0] if self.tickets and self.tickets[0].due is not False else None
        store = self.ctx.loket.store

        def work() -> tuple[Ticket | None, dict[str, tuple[str, str]]]:
            got = client.call_next(shop, desk)
            return got, person_briefs(store, [got.person_id] if got else [])

        self.call_btn.setEnabled(False)
        self.ctx.ops.run_op(work, lambda got: self._called(got, expected), self._action_failed, key="queue-act")

    def _called(self, got: tuple[Ticket | None, dict[str, tuple[str, str]]], expected: Ticket | None) -> None:
        ticket, names = got
        self.names.update(names)
        if ticket is None:
            self.message.setText(self.tr("Nobody waits for this desk.") if expected is None else self.tr(
                "%1 was called at another desk meanwhile; nobody else waits for this desk.").replace(
                "%1", expected.number))
        elif expected is not None and expected.id != ticket.id:
            self.message.setText(self.tr("%1 was called at another desk meanwhile; you called %2.").replace(
                "%1", expected.number).replace("%2", ticket.number))
        else:
            self.message.clear()
        if ticket is not None:
            self._start_visit(ticket)
        self.refresh()

    def _start_visit(self, ticket: Ticket) -> None:
        self.current = ticket
        self.since = dt.datetime.now(dt.UTC)
        self.visit_cases.clear()
        self.visit_contacts.clear()
        self._render()
        if ticket.person_id and ticket.person_id in self.names and self.window_host is not None:
            self.window_host.open_page("person", ticket.person_id)

    def _changed(self, changes: ChangeSet) -> None:
        if self.current is not None:
            self.visit_cases.update(changes.cases)
            self.visit_contacts.update(changes.contacts)

    def _act(self, action: str) -> None:
        client, t = shop_client(self.ctx), self.current
        if client is None or t is None:
            return
        fn = {"recall": client.recall, "no_show": client.no_show, "park": client.park}[action]
        self.ctx.ops.run_op(lambda: fn(t.shop, t.id), lambda got: self._acted(action, got), self._action_failed,
                            key="queue-act")

    def _acted(self, action: str, ticket: Ticket) -> None:
        if action == "recall":
            self.current = ticket
        else:
            self.current = None
            if action == "park":
                self.parked.append(ticket)
        self.message.clear()
        self._render()
        self.refresh()

    def return_parked(self) -> None:
        client = shop_client(self.ctx)
        item = self.parked_list.currentItem()
        if client is None or item is None:
            return
        ticket_id = item.data(0, Qt.ItemDataRole.UserRole)
        t = next((x for x in self.parked if x.id == ticket_id), None)
        if t is None:
            return

        def returned(_got: Ticket) -> None:
            self.parked = [x for x in self.parked if x.id != ticket_id]
            self._render()
            self.refresh()

        self.ctx.ops.run_op(lambda: client.return_(t.shop, t.id), returned, self._action_failed, key="queue-act")

    def transfer(self) -> None:
        client, t, shop = shop_client(self.ctx), self.current, self.shop
        if client is None or t is None or shop is None:
            return
        choice = self.transfer_choice or self._ask_transfer(shop)
        if choice is None:
            return
        kind, code = choice

        def done(_got: Ticket) -> None:
            self.current = None
            self._render()
            self.refresh()

        self.ctx.ops.run_op(
            lambda: client.transfer(t.shop, t.id, service=code if kind == "service" else None,
                                    desk=code if kind == "desk" else None),
            done, self._action_failed, key="queue-act")

    def _ask_transfer(self, shop: ShopInfo) -> tuple[str, str] | None:
        lang = self.ctx.lang
        options: list[tuple[str, tuple[str, str]]] = []
        for sv in shop.services:
            options.append((self.tr("Service: %1").replace("%1", name_in(sv.name, lang)), ("service", sv.code)))
        for d in shop.desks:
            if d.code != self.desk_code:
                options.append((self.tr("Desk: %1").replace("%1", name_in(d.name, lang)), ("desk", d.code)))
        text, ok = QInputDialog.getItem(self, self.tr("Transfer"), self.tr("Transfer the ticket to"),
                                        [o[0] for o in options], 0, False)
        if not ok:
            return None
        return next((o[1] for o in options if o[0] == text), None)

    def finish(self) -> None:
        client, t, since = shop_client(self.ctx), self.current, self.since
        if client is None or t is None:
            return
        store, actor = self.ctx.loket.store, self.ctx.loket.actor
        cases, contacts = set(self.visit_cases), set(self.visit_contacts)

        def work() -> Ticket:
            linked_cases, linked_contacts = created_during_visit(store, actor, since or t.arrived_at, cases, contacts)
            return client.finish(t.shop, t.id, linked_cases, linked_contacts)

        def done(got: Ticket) -> None:
            self.current = None
            self.visit_cases.clear()
            self.visit_contacts.clear()
            self.last_finished = got
            self.message.setText(self.tr("%1 finished").replace("%1", got.number))
            self._render()
            self.refresh()

        self.ctx.ops.run_op(work, done, self._action_failed, key="queue-act")

    def _action_failed(self, exc: BaseException) -> None:
        from desk_app.services.reception import QueueRefused

        if isinstance(exc, QueueRefused) and exc.code == "conflict" and self.current is not None:
            self.current = None  # it is no longer this desk's
        self._failed(exc)
        self._render()
        self.refresh()
