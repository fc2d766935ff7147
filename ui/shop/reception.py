"""Reception (issue 16): choose a service, attach the citizen (the card in the reader, or a search), issue the
ticket and print it. While the case store cannot be reached, tickets are issued from reception's own queue
(``desk_app.services.reception``: numbers from the service's offline range, sealed on disk) and pushed, in
order and exactly once, as soon as it is back; the page says so plainly."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.reception import (
    PushResult,
    QueueUnreachable,
    ShopInfo,
    Ticket,
    name_in,
    person_briefs,
)
from ui.core.pages import PageHost, register_page
from ui.shop import describe, minutes, reception_queue, shop_client
from ui.widgets import button, card, label
from wire import roles

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.documents.printing import DialogFactory

PUSH_EVERY_MS = 15_000


@dataclass(frozen=True)
class Issued:
    ticket: Ticket
    shop: ShopInfo
    expected_wait_seconds: int | None
    online: bool
    language: str
    pending: int = 0  # tickets issued offline still waiting to be sent


@register_page("reception", title=QT_TRANSLATE_NOOP("MainWindow", "&Reception"),
               roles=(roles.COUNTER_CLERK, roles.COORDINATOR), nav=50)
class ReceptionPage(QWidget):
    @classmethod
    def for_window(cls, ctx: AppContext, window: PageHost) -> ReceptionPage:
        return cls(ctx, window)

    def __init__(self, ctx: AppContext, window: PageHost | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_host = window
        self.shop: ShopInfo | None = None
        self.person_id: str | None = None
        self.person_name = ""
        self.last: Issued | None = None
        self.print_dialog: DialogFactory | None = None  # QPrintDialog; tests print to a file
        self.printed = 0

        self.title = label("", "PageTitle")
        self.banner = label("", "Warning", wrap=True)
        self.banner.hide()
        self.service = QComboBox()
        self.service_label = label("")
        self.service_label.setBuddy(self.service)
        self.citizen = label("", selectable=True)
        self.citizen_label = label("")
        self.from_card = button("")
        self.from_card.clicked.connect(self.attach_card)
        self.no_citizen = button("")
        self.no_citizen.clicked.connect(lambda: self.attach(None, ""))
        self.search = QLineEdit()
        self.search_label = label("")
        self.search_label.setBuddy(self.search)
        self.search.returnPressed.connect(self.find_citizen)
        self.find_btn = button("")
        self.find_btn.clicked.connect(self.find_citizen)
        self.hits = QListWidget()
        self.hits.setMaximumHeight(120)
        self.hits.itemActivated.connect(self._pick)
        self.hits.itemClicked.connect(self._pick)
        self.issue_btn = button("", primary=True)
        self.issue_btn.setMinimumHeight(56)
        self.issue_btn.clicked.connect(self.issue)
        self.last_label = label("", "PageTitle", selectable=True)
        self.last_detail = label("", wrap=True)
        self.print_btn = button("")
        self.print_btn.setEnabled(False)
        self.print_btn.clicked.connect(self.print_ticket)
        self.message = label("", wrap=True)

        form = QFormLayout()
        form.addRow(self.service_label, self.service)
        citizen_row = QHBoxLayout()
        citizen_row.addWidget(self.citizen, 1)
        citizen_row.addWidget(self.from_card)
        citizen_row.addWidget(self.no_citizen)
        form.addRow(self.citizen_label, citizen_row)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.find_btn)
        form.addRow(self.search_label, search_row)
        form.addRow("", self.hits)
        frame, box = card()
        box.addLayout(form)
        box.addWidget(self.issue_btn)
        last_frame, last_box = card()
        last_box.addWidget(self.last_label)
        last_box.addWidget(self.last_detail)
        last_box.addWidget(self.print_btn, 0, Qt.AlignmentFlag.AlignLeft)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addWidget(self.title)
        lay.addWidget(self.banner)
        lay.addWidget(frame)
        lay.addWidget(last_frame)
        lay.addWidget(self.message)
        lay.addStretch(1)

        self.push_timer = QTimer(self)  # also while another page is shown: the offline tickets go out
        self.push_timer.setInterval(PUSH_EVERY_MS)
        self.push_timer.timeout.connect(self.push_pending)
        self.retranslate()

    # ------------------------------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.title.setText(self.tr("Reception"))
        self.service_label.setText(self.tr("&Service"))
        self.service.setAccessibleName(self.tr("Service"))
        self.citizen_label.setText(self.tr("Citizen"))
        self.citizen.setAccessibleName(self.tr("Citizen on the ticket"))
        self.from_card.setText(self.tr("Citizen of the &card"))
        self.from_card.setAccessibleName(self.tr("Citizen of the card"))
        self.no_citizen.setText(self.tr("&Without citizen"))
        self.no_citizen.setAccessibleName(self.tr("Without citizen"))
        self.search_label.setText(self.tr("Searc&h citizen"))
        self.search.setAccessibleName(self.tr("Search citizen"))
        self.find_btn.setText(self.tr("&Find"))
        self.find_btn.setAccessibleName(self.tr("Find"))
        self.hits.setAccessibleName(self.tr("Citizens found"))
        self.issue_btn.setText(self.tr("&Issue ticket"))
        self.issue_btn.setAccessibleName(self.tr("Issue ticket"))
        self.print_btn.setText(self.tr("&Print ticket"))
        self.print_btn.setAccessibleName(self.tr("Print ticket"))
        self.last_label.setAccessibleName(self.tr("Last ticket"))
        self.banner.setAccessibleName(self.tr("Case store status"))
        self.message.setAccessibleName(self.tr("Message"))
        self._show_citizen()
        self._fill_services()
        self._show_last()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------------------------------ loading
    def show_page(self) -> None:
        code = self.ctx.loket.settings.shop
        client = shop_client(self.ctx)
        rq = reception_queue(self.ctx)

        def load() -> tuple[ShopInfo | None, bool, int]:
            if client is not None:
                try:
                    info = client.shop(code)
                except QueueUnreachable:
                    pass
                else:
                    rq.remember_shop(info)
                    return info, True, len(rq.pending(code))
            return rq.known_shop(code), False, len(rq.pending(code))

        self.ctx.ops.run_op(load, self._loaded, self._failed, key="reception-shop")
        self.push_timer.start()

    def page_shown(self) -> None:
        self.service.setFocus()

    def _loaded(self, got: tuple[ShopInfo | None, bool, int]) -> None:
        info, online, pending = got
        self.shop = info
        self._fill_services()
        self._set_online(online, pending)
        if info is None:
            self.message.setText(self.tr("This desk does not know the shop %1.").replace(
                "%1", self.ctx.loket.settings.shop))
        if online and pending:
            self.push_pending()

    def _fill_services(self) -> None:
        current = self.service.currentData()
        self.service.clear()
        if self.shop is None:
            return
        for sv in self.shop.services:
            self.service.addItem(f"{sv.prefix} · {name_in(sv.name, self.ctx.lang)}", sv.code)
        at = self.service.findData(current)
        self.service.setCurrentIndex(max(0, at))

    def _set_online(self, online: bool, pending: int) -> None:
        if online and not pending:
            self.banner.hide()
            return
        if online:
            text = self.tr("Sending %n ticket(s) issued while the case store could not be reached…", "", pending)
        else:
            text = self.tr("The case store cannot be reached: tickets are numbered here and sent when it is back "
                           "(%n waiting to be sent).", "", pending)
        self.banner.setText(text)
        self.banner.show()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe(exc))
        self.ctx.bus.message.emit(self.message.text())

    # ------------------------------------------------------------------------------------------ citizen
    def attach(self, person_id: str | None, name: str) -> None:
        self.person_id = person_id or None
        self.person_name = name if person_id else ""
        self._show_citizen()

    def _show_citizen(self) -> None:
        self.citizen.setText(self.person_name or self.tr("No citizen: the ticket is issued without a name"))

    def attach_card(self) -> None:
        """The citizen of the card in the reader (its match in this laptop's store); no card, no citizen."""
        panel = getattr(self.window_host, "card_panel", None)
        card_data = getattr(panel, "card", None)
        match = getattr(panel, "match", None)
        if card_data is None or not match or not match[0]:
            self.attach(None, "")
            self.message.setText(self.tr("No card is read (or its citizen is not on this laptop): the ticket is "
                                         "issued without a citizen."))
            return
        name = f"{getattr(card_data, 'given_names', '')} {getattr(card_data, 'surname', '')}".strip()
        self.attach(str(match[0]), name)
        self.message.clear()

    def find_citizen(self) -> None:
        query = self.search.text().strip()
        if len(query) < 2:
            return
        loket = self.ctx.loket
        self.ctx.ops.run_op(lambda: [h for h in loket.search(query, limit=10, audit_results=True)
                                     if h.kind == "person"], self._found, self._failed, key="reception-search")

    def _found(self, hits: list[object]) -> None:
        self.hits.clear()
        for h in hits:
            item = QListWidgetItem(f"{getattr(h, 'title', '')} · {getattr(h, 'subtitle', '')}")
            item.setData(Qt.ItemDataRole.UserRole, (getattr(h, "id", ""), getattr(h, "title", "")))
            self.hits.addItem(item)
        if not hits:
            self.message.setText(self.tr("No citizen found."))

    def _pick(self, item: QListWidgetItem) -> None:
        pid, name = item.data(Qt.ItemDataRole.UserRole)
        self.attach(pid, name)

    # ------------------------------------------------------------------------------------------ issuing
    def issue(self) -> None:
        if self.shop is None:
            self.message.setText(self.tr("This desk does not know the shop %1.").replace(
                "%1", self.ctx.loket.settings.shop))
            return
        service = self.service.currentData()
        if not service:
            return
        shop, person_id = self.shop, self.person_id
        client, rq, store = shop_client(self.ctx), reception_queue(self.ctx), self.ctx.loket.store
        desk_lang = self.ctx.lang

        def work() -> Issued:
            request_id = uuid.uuid4().hex
            language = person_briefs(store, [person_id]).get(person_id or "", ("", desk_lang))[1] or desk_lang
            try:
                if client is None:
                    raise QueueUnreachable("no case store is set for this desk")
                # the ones issued offline go first: their citizens came first
                if rq.pending(shop.code) and rq.push(client.push_offline).waiting:
                    raise QueueUnreachable("the case store is still unreachable")
                ticket = client.issue(shop.code, service, request_id=request_id, person_id=person_id)
            except QueueUnreachable:
                pending = rq.issue_offline(shop, service, person_id=person_id, request_id=request_id)
                return Issued(pending.to_ticket(shop), shop, None, False, language, len(rq.pending(shop.code)))
            expected = None
            desk = next((d for d in shop.desks if service in d.services), None)
            if desk is not None:
                try:
                    mine = next((t for t in client.waiting(shop.code, desk.code) if t.id == ticket.id), None)
                    expected = mine.expected_wait_seconds if mine else None
                except QueueUnreachable:
                    expected = None
            return Issued(ticket, shop, expected, True, language)

        self.issue_btn.setEnabled(False)
        self.ctx.ops.run_op(work, self._issued, self._issue_failed, key="reception-issue")

    def _issued(self, issued: Issued) -> None:
        self.issue_btn.setEnabled(True)
        self.last = issued
        self._show_last()
        self.print_btn.setEnabled(True)
        self.message.clear()
        self.attach(None, "")  # the next citizen starts without one
        self.hits.clear()
        self.search.clear()
        self._set_online(issued.online, issued.pending)
        self.ctx.bus.message.emit(self.tr("Ticket %1 issued").replace("%1", issued.ticket.number))

    def _issue_failed(self, exc: BaseException) -> None:
        self.issue_btn.setEnabled(True)
        self._failed(exc)

    def _show_last(self) -> None:
        if self.last is None:
            self.last_label.setText(self.tr("No ticket issued yet"))
            self.last_detail.clear()
            return
        t = self.last.ticket
        self.last_label.setText(t.number)
        parts = [name_in(t.service_name, self.ctx.lang),
                 t.arrived_at.astimezone().strftime("%H:%M"),
                 self.tr("expected wait %1").replace("%1", minutes(self.last.expected_wait_seconds))]
        if not self.last.online:
            parts.append(self.tr("issued at reception (the case store gets it when it is back)"))
        self.last_detail.setText(" · ".join(parts))

    # ------------------------------------------------------------------------------------------ printing
    def print_ticket(self) -> None:
        issued = self.last
        if issued is None:
            return
        catalogue = self.ctx.loket.catalogue

        def build() -> bytes:
            from desk_app.documents.ticket import TicketData, build_ticket

            t = issued.ticket
            return build_ticket(catalogue, TicketData(
                t.number, t.service_name, issued.shop.name, t.arrived_at, issued.expected_wait_seconds,
                issued.language, issued.shop.timezone))

        self.ctx.ops.run_op(build, self._print_pdf, self._failed, key="reception-print")

    def _print_pdf(self, pdf: bytes) -> None:
        from ui.documents.printing import print_pdf

        try:
            done = print_pdf(pdf, self, self.tr("Ticket %1").replace("%1", self.last.ticket.number if self.last
                                                                        else ""),
                             dialog_factory=self.print_dialog)
        except OSError as e:
            self.message.setText(str(e))
            return
        if done:
            self.printed += 1

    # ------------------------------------------------------------------------------------------ pushing
    def push_pending(self) -> None:
        """Send what reception issued while the case store was unreachable (in order, exactly once)."""
        client, rq, code = shop_client(self.ctx), reception_queue(self.ctx), self.ctx.loket.settings.shop
        if client is None:
            return

        def push() -> PushResult | None:
            if not rq.pending(code):
                return None  # nothing to send (the usual case): no request
            return rq.push(client.push_offline)

        self.ctx.ops.run_op(push, self._pushed, self._failed, key="reception-push")

    def _pushed(self, result: PushResult | None) -> None:
        if result is None:
            return
        self._set_online(result.waiting == 0 or bool(result.pushed), result.waiting)
        for r in result.refused:
            self.message.setText(self.tr("The case store refused ticket %1: %2").replace(
                "%1", r.ticket.number).replace("%2", r.reason))
