"""The Appointments page against a real case store on loopback (issue 16): a clerk books a free slot for a
citizen and sees the cancellation reference, then cancels it; a booking while the case store cannot be
reached is listed as "to book" and booked by *Try again* once it answers; a taken slot is shown as not booked
with the next free slot offered."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from casestore.embedded import DEMO_PASSWORD
from desk_app.services import bookings
from desk_app.store.models import Appointment, Person
from loket.demo import MemoryTokenStore
from tests.casestore.fixtures import free_port
from tests.sync.test_bookings import all_day_shop, book_today
from tests.ui.conftest import wait_ops


@pytest.fixture
def desk(qtbot: Any, loket: Any, sqlite_server: Any) -> Iterator[tuple[Any, Any, str]]:
    """A counter clerk's window signed in to the case store, its demo citizens sent there; one citizen's id."""
    with _desk(qtbot, loket, sqlite_server.url) as d:
        yield d


@contextlib.contextmanager
def _desk(qtbot: Any, loket: Any, url: str) -> Iterator[tuple[Any, Any, str]]:
    from ui.main import build_main_window
    from ui.signin import SignIn

    loket.settings.language = "en"  # the texts checked below are the source texts
    signin = SignIn(loket, url, MemoryTokenStore())
    assert signin.sign_in("clerk", DEMO_PASSWORD)[0]
    win, ctx = build_main_window(loket, sync=signin.sync_client())
    qtbot.addWidget(win)
    win.show()
    controller = ctx.services["sync"]
    controller.timer.stop()
    try:
        with qtbot.waitSignal(controller.finished, timeout=60_000):
            controller.sync_now()
        wait_ops(qtbot, win)
        with loket.store.read() as s:
            pid = s.scalars(select(Person.id).order_by(Person.rid)).first()
        yield win, ctx, str(pid)
    finally:
        controller.stop()
        ctx.ops.wait_idle(10_000)
        win.close()


def _open(qtbot: Any, win: Any, pid: str) -> Any:
    page = win.open_page("appointments", pid)
    wait_ops(qtbot, win)
    assert page is not None and win.stack.currentWidget() is page
    assert page.service.count() > 0, page.message.text()
    page.service.setCurrentIndex(page.service.findData("budgetbegeleiding"))
    page.find_slots.click()
    wait_ops(qtbot, win)
    assert page.days.count() > 0 and page.times.currentItem() is not None, page.message.text()
    return page


def test_book_a_slot_see_the_reference_then_cancel(qtbot: Any, desk: tuple[Any, Any, str]) -> None:
    win, ctx, pid = desk
    page = _open(qtbot, win, pid)
    assert page.person_name and page.person_name in page.person_line.text()
    slot = page.chosen_slot()
    page.reason.setText("Schulden bespreken")
    page.book_btn.click()
    wait_ops(qtbot, win)
    with ctx.loket.store.read() as s:
        [row] = s.scalars(select(Appointment).where(Appointment.person_id == pid,
                                                    Appointment.status == "booked")).all()
        ref, appt_id = row.cancellation_ref, row.id
        assert (row.starts_at, row.advisor, row.subject) == (slot.start, slot.advisor, "Schulden bespreken")
    assert ref and ref in page.confirmation.text()
    assert page.print_btn.isEnabled()
    assert page.confirmation_pdf().startswith(b"%PDF")
    # the citizen's appointments list it; choose it and move it to another free time
    items = [page.mine.topLevelItem(i) for i in range(page.mine.topLevelItemCount())]
    [item] = [it for it in items if it.data(0, 256) == appt_id]
    assert ref in [item.text(c) for c in range(page.mine.columnCount())]
    page.mine.setCurrentItem(item)
    page.days.setCurrentRow(page.days.count() - 1)  # the last day with free times
    page.times.setCurrentRow(0)
    later = page.chosen_slot()
    assert later is not None and later.start > slot.start
    page.move_btn.click()
    wait_ops(qtbot, win)
    with ctx.loket.store.read() as s:
        row = s.get(Appointment, appt_id)
        assert row is not None and (row.status, row.starts_at, row.advisor) == ("booked", later.start, later.advisor)
    assert "Moved" in page.message.text()
    # and cancel it
    items = [page.mine.topLevelItem(i) for i in range(page.mine.topLevelItemCount())]
    page.mine.setCurrentItem(next(it for it in items if it.data(0, 256) == appt_id))
    page.cancel_btn.click()
    wait_ops(qtbot, win)
    with ctx.loket.store.read() as s:
        row = s.get(Appointment, appt_id)
        assert row is not None and row.status == "cancelled"
    assert ref in page.message.text()
    # a phone call: another booking cancelled by the reference the citizen reads out
    page.load_slots()
    wait_ops(qtbot, win)
    page.book_btn.click()
    wait_ops(qtbot, win)
    assert page.last is not None and page.last.id != appt_id and page.last.cancellation_ref
    other = page.last
    page.ref.setText(other.cancellation_ref.lower())  # read out on the phone: any case
    page.cancel_ref_btn.click()
    wait_ops(qtbot, win)
    with ctx.loket.store.read() as s:
        row = s.get(Appointment, other.id)
        assert row is not None and row.status == "cancelled"
    page.ref.setText("NOSUCH99")
    page.cancel_ref_btn.click()
    wait_ops(qtbot, win)
    assert page.message.text() == "No appointment has this reference."


def test_to_book_while_unreachable_then_try_again_and_a_taken_slot(qtbot: Any, desk: tuple[Any, Any, str]) -> None:
    win, ctx, pid = desk
    page = _open(qtbot, win, pid)
    slot = page.chosen_slot()
    client = page.client()
    real = client.transport.http.base_url
    client.transport.http.base_url = f"http://127.0.0.1:{free_port()}"  # the case store cannot be reached
    page.book_btn.click()
    wait_ops(qtbot, win, timeout=60_000)  # the transport's retries first
    assert "to book" in page.confirmation.text(), page.message.text()
    [req] = page._requests
    assert req.state == bookings.TO_BOOK and page.pending.topLevelItemCount() == 1
    assert "(1)" in page.tabs.tabText(1)
    # meanwhile another desk takes the slot
    client.transport.http.base_url = real
    client.book(bookings.new_request("budgetbegeleiding", slot.start, person_id=pid, advisor=slot.advisor))
    page.retry_btn.click()
    wait_ops(qtbot, win)
    [req] = page._requests
    assert req.state == bookings.NOT_BOOKED and req.next_free is not None
    item = page.pending.topLevelItem(0)
    assert item.text(4)  # the next free slot, shown
    assert page.message.text()
    # the clerk books the offered slot; the request goes
    page.pending.setCurrentItem(item)
    page.offer_btn.click()
    wait_ops(qtbot, win)
    assert page._requests == []
    with ctx.loket.store.read() as s:
        starts = {r.starts_at for r in s.scalars(select(Appointment).where(Appointment.person_id == pid,
                                                                           Appointment.status == "booked"))}
    assert req.next_free.start in starts and page.last is not None and page.last.cancellation_ref
    assert page.last.cancellation_ref in page.confirmation.text()
    assert dt.timedelta(0) < req.next_free.start - slot.start


def test_a_home_visit_is_booked_at_the_citizens_address(qtbot: Any, desk: tuple[Any, Any, str]) -> None:
    win, ctx, pid = desk
    page = win.open_page("appointments", pid)
    wait_ops(qtbot, win)
    page.service.setCurrentIndex(page.service.findData("budgetbegeleiding"))
    assert page.place.isHidden()  # at the shop: no place asked
    page.service.setCurrentIndex(page.service.findData("huisbezoek"))
    assert not page.place.isHidden()
    with ctx.loket.store.read() as s:
        person = s.get(Person, pid)
        assert person is not None and person.addresses
        street = person.addresses[0].street_and_number
    assert page.person_address and street in page.place.text()
    page.find_slots.click()
    wait_ops(qtbot, win)
    assert page.chosen_slot() is not None, page.message.text()
    page.book_btn.click()
    wait_ops(qtbot, win)
    assert page.last is not None, page.message.text()
    assert page.last.place == page.place.text() and page.last.room is None


def test_reception_checks_in_todays_appointment_and_shows_the_ticket(
        qtbot: Any, loket: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    folder = all_day_shop(tmp_path, monkeypatch)
    server = request.getfixturevalue("sqlite_server")  # started now: it reads the shop folder above
    booked = book_today(f"sqlite:///{tmp_path / 'casestore.db'}", folder)
    with _desk(qtbot, loket, server.url) as (win, _ctx, _pid):
        page = win.open_page("appointments")
        wait_ops(qtbot, win)
        page.tabs.setCurrentIndex(2)  # Reception: today's appointments
        wait_ops(qtbot, win)
        assert page.shop.currentData() and page.shop.findData("stadswinkel") >= 0
        page.shop.setCurrentIndex(page.shop.findData("stadswinkel"))
        items = [page.day_list.topLevelItem(i) for i in range(page.day_list.topLevelItemCount())]
        [item] = [it for it in items if it.data(0, 256) == booked["id"]]
        page.day_list.setCurrentItem(item)
        page.check_in_btn.click()
        wait_ops(qtbot, win)
        assert page.last_ticket, page.message.text()
        assert page.last_ticket in page.ticket.text()
        items = [page.day_list.topLevelItem(i) for i in range(page.day_list.topLevelItemCount())]
        [item] = [it for it in items if it.data(0, 256) == booked["id"]]
        assert item.text(4) == "checked in"


def test_a_booking_kept_to_book_is_booked_after_the_next_sync(qtbot: Any, desk: tuple[Any, Any, str]) -> None:
    """A request kept from an earlier session is booked by the first sync, though nobody opened the page."""
    from sync.appointments import AppointmentsClient

    win, ctx, pid = desk
    controller = ctx.services["sync"]
    slot = AppointmentsClient(controller.client.transport).slots(
        "budgetbegeleiding", dt.date.today() + dt.timedelta(days=1), days=21)[0]
    request = bookings.new_request("budgetbegeleiding", slot.start, person_id=pid, advisor=slot.advisor)
    bookings.save_to_book(ctx.loket.store, request)
    qtbot.waitUntil(lambda: win.built("appointments") is not None, timeout=10_000)  # built after the first paint
    assert win.stack.currentWidget() is not win.built("appointments")
    with qtbot.waitSignal(controller.finished, timeout=60_000):
        controller.sync_now()
    wait_ops(qtbot, win)
    assert bookings.requests(ctx.loket.store) == []
    with ctx.loket.store.read() as s:
        [row] = s.scalars(select(Appointment).where(Appointment.person_id == pid)).all()
        assert (row.status, row.starts_at, row.advisor) == ("booked", slot.start, slot.advisor)
        assert row.cancellation_ref


def test_the_citizen_comes_from_the_card_in_the_reader(qtbot: Any, desk: tuple[Any, Any, str]) -> None:
    from desk_app.services.persons import CardData

    win, ctx, _pid = desk
    with ctx.loket.store.read() as s:
        person = s.scalars(select(Person).where(Person.national_number.is_not(None)).order_by(Person.rid)).first()
        assert person is not None
        nn, pid, name = person.national_number, person.id, f"{person.given_names} {person.surname}"
    page = win.open_page("appointments")
    wait_ops(qtbot, win)
    page.from_card.click()
    assert page.person_id is None and page.message.text() == "No card in the reader."
    win.card_panel.card = CardData(national_number=str(nn), surname=person.surname)  # as the reader sets it
    page.from_card.click()
    wait_ops(qtbot, win)
    assert page.person_id == pid and name in page.person_line.text()
    # or found by a search: the first citizen found is chosen, another can be picked from the list
    with ctx.loket.store.read() as s:
        other = s.scalars(select(Person).where(Person.national_number.is_not(None), Person.id != pid)).first()
        assert other is not None
        other_nn, other_id = other.national_number, other.id
    page.search.setText(str(other_nn))
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    wait_ops(qtbot, win)
    assert page.hits.count() >= 1 and page.hits.itemData(0)[0] == other_id and page.person_id == other_id
