"""Reception and the clerk's queue (ui.shop) on real widgets against the real case store on loopback: reception
issues and prints a ticket with the citizen, the queue page follows the case store's events, calls next and shows
the citizen, finish links the case made during the visit; a ticket another desk called first is said plainly;
while the case store is down the queue shows the banner and reception keeps issuing, then pushes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from casestore import embedded
from casestore.embedded import DEMO_PASSWORD
from desk_app.store.models import Person
from loket.demo import MemoryTokenStore
from sync.shop import ShopClient
from tests.casestore.fixtures import _db_url
from tests.documents.helpers import pdf_text
from tests.ui.conftest import wait_ops
from ui.shop import unreachable_text

SHOP = "stadswinkel"


class Server:
    """A case store that can be stopped and started again on the same port and database."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.running = embedded.start(db_url, demo=True)
        self.url = self.running.url
        self.port = int(self.url.rsplit(":", 1)[1])

    def stop(self) -> None:
        self.running.stop()

    def start(self) -> None:
        self.running = embedded.start(self.db_url, port=self.port, upgrade=False)


@pytest.fixture
def server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Server]:
    srv = Server(_db_url("sqlite", tmp_path, request))
    yield srv
    srv.stop()


@pytest.fixture
def desk(qtbot: Any, loket: Any, server: Server) -> Iterator[tuple[Any, Any]]:
    """The main window of a counter laptop signed in to the case store (its sync timer stopped)."""
    from ui.main import build_main_window
    from ui.signin import SignIn

    signin = SignIn(loket, server.url, MemoryTokenStore())
    assert signin.sign_in("clerk", DEMO_PASSWORD)[0]
    loket.settings.shop = SHOP
    loket.settings.desk = "balie-1"
    win, ctx = build_main_window(loket, sync=signin.sync_client())
    qtbot.addWidget(win)
    win.show()
    ctx.services["sync"].timer.stop()
    try:
        yield win, ctx
    finally:
        ctx.services["sync"].stop()
        ctx.ops.close()
        ctx.ops.wait_idle(10_000)
        win.close()


class FakePrintDialog(QDialog):
    """Stands in for QPrintDialog: prints to a PDF file instead of asking for a printer."""

    target: Path

    def __init__(self, printer: QPrinter, parent: Any = None) -> None:
        super().__init__(parent)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))

    def exec(self) -> int:
        return int(QDialog.DialogCode.Accepted.value)


def a_person(loket: Any, language: str = "fr") -> tuple[str, str]:
    with loket.store.write() as s:
        p = s.scalars(select(Person).order_by(Person.surname)).first()
        assert p is not None
        p.language = language
        return p.id, p.surname


def other_desk(ctx: Any) -> ShopClient:
    return ShopClient(ctx.services["sync"].client.transport)


def test_reception_issues_a_ticket_for_the_citizen_found_and_prints_it(qtbot: Any, desk: tuple[Any, Any],
                                                                       tmp_path: Path) -> None:
    win, ctx = desk
    pid, surname = a_person(ctx.loket, "fr")
    page = win.open_page("reception")
    wait_ops(qtbot, win)
    assert page.shop is not None and page.banner.isHidden()
    page.service.setCurrentIndex(page.service.findData("burgerzaken"))
    page.search.setText(surname)
    page.find_btn.click()
    wait_ops(qtbot, win)
    assert page.hits.count() >= 1
    page._pick(page.hits.item(0))
    assert page.person_id == pid and surname in page.citizen.text()
    page.issue_btn.click()
    wait_ops(qtbot, win)
    issued = page.last
    assert issued is not None and issued.online and issued.ticket.number == "A001"
    assert issued.ticket.person_id == pid and page.last_label.text() == "A001"
    assert page.person_id is None  # the next citizen starts without one

    FakePrintDialog.target = tmp_path / "ticket.pdf"
    page.print_dialog = FakePrintDialog
    page.print_btn.click()
    wait_ops(qtbot, win)
    assert page.printed == 1
    text = pdf_text(FakePrintDialog.target.read_bytes())
    # in the citizen's language (French), with the shop and the expected wait
    assert "A001" in text and "Affaires civiles" in text and "Boutique communale" in text and "Attente" in text

    # no card in the reader: the ticket is issued without a citizen
    page.attach_card()
    assert page.person_id is None and page.message.text()
    page.issue_btn.click()
    wait_ops(qtbot, win)
    assert page.last is not None and page.last.ticket.number == "A002" and page.last.ticket.person_id is None


def test_the_queue_follows_the_shop_calls_next_shows_the_citizen_and_finish_links_the_case(
        qtbot: Any, desk: tuple[Any, Any]) -> None:
    win, ctx = desk
    loket = ctx.loket
    pid, surname = a_person(loket, "nl")
    reception = other_desk(ctx)
    reception.issue(SHOP, "burgerzaken", request_id=uuid.uuid4().hex, person_id=pid)
    page = win.open_page("queue")
    wait_ops(qtbot, win)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1, timeout=10_000)
    row = page.list.topLevelItem(0)
    assert row.text(0) == "A001" and surname in row.text(4) and page.banner.isHidden()
    # a ticket issued at reception appears by the case store's event stream, without a refresh of ours
    qtbot.waitUntil(lambda: page.stream is not None and page.stream.items > 0, timeout=10_000)  # connected
    reception.issue(SHOP, "rijbewijs", request_id=uuid.uuid4().hex)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 2, timeout=10_000)

    page.call_btn.click()
    wait_ops(qtbot, win)
    assert page.current is not None and page.current.number == "A001" and surname in page.now_label.text()
    person_page = win.stack.currentWidget()
    assert getattr(person_page, "person_id", None) == pid  # the citizen and their cases are on screen

    result: list[str] = []

    def intake() -> Any:
        got, _ = loket.intake("civil_registry_extract", pid, {"record_type": "birth"}, channel="counter")
        result.append(got.case.id)
        return got

    ctx.mutate(intake, changes=lambda got: got.changes)  # as the intake page publishes its change set
    wait_ops(qtbot, win)
    assert result and result[0] in page.visit_cases
    page.finish_btn.click()
    wait_ops(qtbot, win)
    assert page.last_finished is not None and page.last_finished.case_ids == (result[0],)
    assert page.current is None and "A001" in page.message.text()
    assert reception.ticket(SHOP, page.last_finished.id).status == "finished"


def test_a_ticket_called_at_another_desk_first_is_said_plainly(qtbot: Any, desk: tuple[Any, Any]) -> None:
    win, ctx = desk
    reception = other_desk(ctx)
    reception.issue(SHOP, "burgerzaken", request_id=uuid.uuid4().hex)
    reception.issue(SHOP, "burgerzaken", request_id=uuid.uuid4().hex)
    page = win.open_page("queue")
    wait_ops(qtbot, win)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 2, timeout=10_000)
    if page.stream is not None:  # the list as the clerk sees it, not yet told of the other desk's call
        page.stream.cancel()
    other = reception.call_next(SHOP, "balie-2")
    assert other is not None and other.number == "A001"
    page.call_btn.click()
    wait_ops(qtbot, win)
    assert page.current is not None and page.current.number == "A002"
    assert page.message.text() == page.tr("%1 was called at another desk meanwhile; you called %2.").replace(
        "%1", "A001").replace("%2", "A002")  # in the desk's language (Dutch), as the clerk reads it
    assert page.list.topLevelItemCount() == 0  # read again


def test_while_the_case_store_is_down_the_queue_shows_the_banner_and_reception_keeps_issuing(
        qtbot: Any, desk: tuple[Any, Any], server: Server) -> None:
    win, _ctx = desk
    reception_page = win.open_page("reception")
    wait_ops(qtbot, win)
    queue = win.open_page("queue")
    wait_ops(qtbot, win)
    assert queue.banner.isHidden() and queue.call_btn.isEnabled()
    server.stop()
    queue.refresh()
    wait_ops(qtbot, win)
    qtbot.waitUntil(lambda: not queue.banner.isHidden(), timeout=10_000)
    assert unreachable_text() in queue.banner.text() and not queue.call_btn.isEnabled()

    win.open_page("reception")
    wait_ops(qtbot, win)
    assert not reception_page.banner.isHidden()
    reception_page.service.setCurrentIndex(reception_page.service.findData("burgerzaken"))
    reception_page.issue_btn.click()
    wait_ops(qtbot, win)
    issued = reception_page.last
    assert issued is not None and not issued.online and issued.ticket.number == "A500"
    assert "1" in reception_page.banner.text()

    server.start()
    reception_page.push_pending()
    wait_ops(qtbot, win)
    assert reception_page.banner.isHidden()
    queue = win.open_page("queue")
    wait_ops(qtbot, win)
    qtbot.waitUntil(lambda: queue.list.topLevelItemCount() == 1, timeout=10_000)
    assert queue.list.topLevelItem(0).text(0) == "A500" and queue.banner.isHidden()


def test_recall_park_return_transfer_and_no_show(qtbot: Any, desk: tuple[Any, Any]) -> None:
    win, ctx = desk
    reception = other_desk(ctx)
    first = reception.issue(SHOP, "burgerzaken", request_id=uuid.uuid4().hex)
    second = reception.issue(SHOP, "burgerzaken", request_id=uuid.uuid4().hex)
    page = win.open_page("queue")
    wait_ops(qtbot, win)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 2, timeout=10_000)

    def step(b: Any) -> None:
        assert b.isEnabled(), b.accessibleName()
        b.click()
        wait_ops(qtbot, win)

    step(page.call_btn)
    assert page.current is not None and page.current.id == first.id and not page.call_btn.isEnabled()
    step(page.recall_btn)
    assert page.current is not None and page.current.calls == 2 and "2×" in page.now_label.text()
    step(page.park_btn)  # the citizen fetches a document
    assert page.current is None and [t.id for t in page.parked] == [first.id] and page.parked_list.topLevelItemCount() == 1
    step(page.return_btn)  # back: waits again for this desk
    assert page.parked == []
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 2, timeout=10_000)
    assert reception.ticket(SHOP, first.id).target_desk == "balie-1"

    step(page.call_btn)
    assert page.current is not None and page.current.id == first.id  # kept its place
    page.transfer_choice = ("service", "rijbewijs")
    step(page.transfer_btn)
    assert page.current is None
    moved = reception.ticket(SHOP, first.id)
    assert moved.service == "rijbewijs" and moved.status == "transferred"

    step(page.call_btn)
    assert page.current is not None and page.current.id == first.id  # balie-1 handles driving licences too
    page.transfer_choice = ("desk", "balie-3")
    step(page.transfer_btn)
    assert reception.ticket(SHOP, first.id).target_desk == "balie-3"

    step(page.call_btn)
    assert page.current is not None and page.current.id == second.id
    step(page.no_show_btn)
    assert page.current is None and reception.ticket(SHOP, second.id).status == "no_show"
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 0, timeout=10_000)  # the other one is balie-3's
