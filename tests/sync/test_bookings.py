"""Booking against the real case store over HTTP (issue 16, THE CONTRACT), SQLite and PostgreSQL: a booking
online comes back with its cancellation reference and is the same record the change feed brings later; a
booking made while the case store was unreachable is confirmed with its request_id once it answers; a slot
taken meanwhile comes back as "not booked" with the next free slot and is never booked over; the case store's
refusals (in the past, outside opening hours) arrive with their codes; move, cancel, cancel by reference and
check-in (the queue ticket)."""

from __future__ import annotations

import datetime as dt
import shutil
import zoneinfo
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desk_app.services import bookings
from desk_app.store.models import Appointment
from loket.demo import MemoryTokenStore
from resources import RESOURCES_DIR
from sync.appointments import AppointmentRefused, AppointmentsClient, SlotTakenError
from sync.transport import RetryPolicy, Transport
from tests.casestore.fixtures import Laptop, free_port

SERVICE = "budgetbegeleiding"


def _laptop_with_person(make_laptop: Callable[..., Laptop], name: str, username: str = "clerk") -> tuple[Laptop, str]:
    lap = make_laptop(name, username)
    pid, _ = lap.loket.create_person(national_number=None, surname="Peeters", given_names="An",
                                     street_and_number="Kerkstraat 1", postal_code="9999", municipality="Meerhoven")
    lap.client.sync_once()  # the citizen is known to the case store
    return lap, pid


def _client(lap: Laptop) -> AppointmentsClient:
    return AppointmentsClient(lap.client.transport)


def _unreachable(lap: Laptop) -> AppointmentsClient:
    """The same laptop's sign-in, towards a loopback port nobody listens on (the case store is unreachable)."""
    url = f"http://127.0.0.1:{free_port()}"
    creds = lap.client.tokens.load(lap.client.server_url)
    assert creds is not None
    tokens = MemoryTokenStore()
    tokens.save(url, creds)
    return AppointmentsClient(Transport(url, tokens, retry=RetryPolicy(attempts=1), sleep=lambda _s: None))


def _first_slot(client: AppointmentsClient, persons: int = 1) -> bookings.Slot:
    slots = client.slots(SERVICE, dt.date.today() + dt.timedelta(days=1), days=21, persons=persons)
    assert slots, "the demo advisors have free time in the next three weeks"
    return slots[0]


def _service(client: AppointmentsClient) -> bookings.Service:
    return next(s for s in client.services() if s.code == SERVICE)


def test_book_online_then_the_feed_brings_the_same_appointment(make_laptop: Callable[..., Laptop]) -> None:
    lap, pid = _laptop_with_person(make_laptop, "desk1")
    client = _client(lap)
    service = _service(client)
    assert service.department and service.minutes > 0 and service.names["nl"]
    slot = _first_slot(client, persons=2)
    request = bookings.new_request(SERVICE, slot.start, persons=2, person_id=pid, advisor=slot.advisor,
                                   reason="Schulden bespreken")
    outcome = bookings.book(lap.loket.store, client, request, service)
    assert outcome.state == bookings.BOOKED and outcome.appointment is not None
    appt = outcome.appointment
    assert (appt.start, appt.advisor, appt.persons, appt.person_id, appt.status) == (
        slot.start, slot.advisor, 2, pid, "booked")
    assert appt.cancellation_ref and appt.end - appt.start == service.duration(2)
    # the same request again (an answer lost on the way) is the same appointment, not a second one
    assert client.book(request).id == appt.id
    with lap.loket.store.read() as s:
        row = s.get(Appointment, appt.id)
        assert row is not None and (row.status, row.cancellation_ref, row.desk) == (
            "booked", appt.cancellation_ref, service.department)
    lap.client.sync_once()  # the change feed brings the synced record `appointment`: still one row
    with lap.loket.store.read() as s:
        rows = list(s.scalars(select(Appointment).where(Appointment.person_id == pid)))
        assert [(r.id, r.status, r.cancellation_ref, r.room) for r in rows] == [
            (appt.id, "booked", appt.cancellation_ref, appt.room)]
    # the confirmation for the citizen
    pdf = bookings.confirmation_pdf(lap.loket.catalogue.city, appt, service_name=service.name("nl"),
                                    person_name="An Peeters", lang="nl")
    assert pdf.startswith(b"%PDF")


def test_to_book_offline_is_confirmed_when_the_case_store_answers(make_laptop: Callable[..., Laptop]) -> None:
    lap, pid = _laptop_with_person(make_laptop, "desk1")
    client = _client(lap)
    service = _service(client)
    slot = _first_slot(client)
    request = bookings.new_request(SERVICE, slot.start, person_id=pid, advisor=slot.advisor, reason="premie")
    offline = _unreachable(lap)
    outcome = bookings.book(lap.loket.store, offline, request, service)
    offline.transport.close()
    assert outcome.state == bookings.TO_BOOK
    assert client.appointments(slot.start.date(), slot.start.date(), advisor=slot.advisor) == []  # not booked
    result = bookings.confirm_pending(lap.loket.store, client, {SERVICE: service.department})
    assert result.waiting == 0 and not result.not_booked and len(result.booked) == 1
    appt = result.booked[0]
    assert (appt.start, appt.advisor, appt.person_id) == (slot.start, slot.advisor, pid)
    assert bookings.requests(lap.loket.store) == []  # the request became the appointment
    with lap.loket.store.read() as s:
        assert s.get(Appointment, request.request_id) is None
        row = s.get(Appointment, appt.id)
        assert row is not None and row.status == "booked" and row.cancellation_ref == appt.cancellation_ref
    # confirming again sends nothing twice
    assert bookings.confirm_pending(lap.loket.store, client).booked == []
    on_server = [a for a in client.appointments(slot.start.date(), slot.start.date(), advisor=slot.advisor)
                 if a.start == slot.start and a.status == "booked"]
    assert [a.id for a in on_server] == [appt.id]


def test_a_slot_taken_meanwhile_is_not_booked_and_the_next_free_is_offered(
        make_laptop: Callable[..., Laptop]) -> None:
    lap, pid = _laptop_with_person(make_laptop, "outside")
    other, other_pid = _laptop_with_person(make_laptop, "counter", "coordinator")
    client, other_client = _client(lap), _client(other)
    slot = _first_slot(client)
    # the outside laptop asks for the slot while it cannot reach the case store
    request = bookings.new_request(SERVICE, slot.start, person_id=pid, advisor=slot.advisor, reason="premie")
    offline = _unreachable(lap)
    assert bookings.book(lap.loket.store, offline, request).state == bookings.TO_BOOK
    offline.transport.close()
    # meanwhile the counter books the same advisor at the same time
    taken = other_client.book(bookings.new_request(SERVICE, slot.start, person_id=other_pid, advisor=slot.advisor))
    result = bookings.confirm_pending(lap.loket.store, client)
    assert result.booked == [] and result.not_booked == [request.request_id]
    [kept] = bookings.requests(lap.loket.store)
    assert kept.state == bookings.NOT_BOOKED and kept.code == "slot_taken"
    assert kept.next_free is not None and kept.next_free.start > slot.start
    assert kept.next_free.advisor == slot.advisor
    # never booked over the taken slot: the advisor has exactly the counter's appointment then
    at_slot = [a for a in client.appointments(slot.start.date(), slot.start.date(), advisor=slot.advisor)
               if a.start == slot.start and a.status == "booked"]
    assert [a.id for a in at_slot] == [taken.id]
    # the clerk books the offered slot instead
    again = bookings.new_request(SERVICE, kept.next_free.start, person_id=pid, advisor=kept.next_free.advisor)
    assert bookings.book(lap.loket.store, client, again).state == bookings.BOOKED
    # booking the taken slot online: the clerk gets the refusal with the next free slot at once
    with pytest.raises(SlotTakenError) as e:
        client.book(bookings.new_request(SERVICE, slot.start, person_id=pid, advisor=slot.advisor))
    assert isinstance(e.value, bookings.SlotTaken) and e.value.next_free is not None


def test_refusals_come_with_their_codes(make_laptop: Callable[..., Laptop]) -> None:
    lap, pid = _laptop_with_person(make_laptop, "desk1")
    client = _client(lap)
    past = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=1)
    with pytest.raises(AppointmentRefused) as e:
        client.book(bookings.BookingRequest("r-past", SERVICE, past, 1, pid, None, "", None))
    assert e.value.code == "in_the_past" and e.value.status == 422 and str(e.value)
    night = dt.datetime.combine(dt.date.today() + dt.timedelta(days=2), dt.time(3, 0),
                                tzinfo=dt.timezone(dt.timedelta(hours=1)))
    with pytest.raises(AppointmentRefused) as e:
        client.book(bookings.BookingRequest("r-night", SERVICE, night, 1, pid, None, "", None))
    assert e.value.code == "outside_opening_hours"
    with pytest.raises(AppointmentRefused) as e:
        client.cancel_by_reference("NOSUCHREF")
    assert e.value.code == "not_found"


def test_move_cancel_by_reference_and_check_in(make_laptop: Callable[..., Laptop]) -> None:
    lap, pid = _laptop_with_person(make_laptop, "desk1")
    client = _client(lap)
    slots = client.slots(SERVICE, dt.date.today() + dt.timedelta(days=1), days=21)
    first, later = slots[0], next(s for s in slots if s.start >= slots[0].end)
    appt = client.book(bookings.new_request(SERVICE, first.start, person_id=pid, advisor=first.advisor))
    moved = client.move(appt.id, later.start, later.advisor)
    assert (moved.id, moved.start, moved.status) == (appt.id, later.start, "booked")
    assert moved.revision > appt.revision
    bookings.store_appointment(lap.loket.store, moved)
    cancelled = client.cancel_by_reference(moved.cancellation_ref or "")
    assert (cancelled.id, cancelled.status) == (appt.id, "cancelled")
    bookings.store_appointment(lap.loket.store, cancelled)
    with lap.loket.store.read() as s:
        row = s.get(Appointment, appt.id)
        assert row is not None and (row.status, row.starts_at) == ("cancelled", later.start)
    # a cancelled appointment cannot be moved
    with pytest.raises(AppointmentRefused) as e:
        client.move(appt.id, first.start, first.advisor)
    assert (e.value.status, e.value.code) == (409, "conflict")
    # check-in is for the appointment's day only: the case store says so in words
    with pytest.raises(AppointmentRefused) as e:
        client.check_in(client.book(bookings.new_request(SERVICE, first.start, person_id=pid)).id, "stadswinkel")
    assert e.value.status in (409, 422) and "day" in str(e.value)


def all_day_shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo city's shop folder with an appointments file where the shop and the advisor work around the
    clock (an appointment today whatever time the test runs); a case store started afterwards reads it."""
    folder = tmp_path / "shop"
    shutil.copytree(RESOURCES_DIR / "shop", folder)
    week = "{" + ", ".join(f'{d}: [["00:00", "24:00"]]' for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
    (folder / "appointments.yaml").write_text(
        f"settings: {{grid_minutes: 15, check_in_shop: stadswinkel, opening_hours: {week}}}}}\n"
        "departments: {sociaal_huis: {rooms: [spreekkamer-1]}}\n"
        "services:\n"
        "  - {code: budgetbegeleiding, names: {nl: Budget, fr: Budget, de: Budget, en: Budget}, minutes: 30,\n"
        "     department: sociaal_huis, queue_service: sociaal_huis}\n"
        f"advisors:\n  - {{username: advisor, department: sociaal_huis, services: [budgetbegeleiding], "
        f"hours: {week}}}}}\n", encoding="utf-8")
    monkeypatch.setenv("LOKET_CASESTORE_SHOP_DIR", str(folder))
    monkeypatch.setenv("LOKET_CASESTORE_OUTBOX", str(tmp_path / "outbox"))
    return folder


def book_today(db_url: str, folder: Path) -> dict[str, Any]:
    """An appointment today at 00:00 (Brussels), booked yesterday by the clerk through the case store's service
    with a fixed clock (over HTTP a time today may already have passed)."""
    from casestore.db import make_engine, make_sessionmaker
    from casestore.models import User
    from casestore.services import appointments
    from casestore.services.common import Principal

    tz = zoneinfo.ZoneInfo("Europe/Brussels")
    start = dt.datetime.combine(dt.datetime.now(tz).date(), dt.time(0), tzinfo=tz)
    engine = make_engine(db_url)
    try:
        with make_sessionmaker(engine).begin() as s:
            clerk_id = s.scalar(select(User.id).where(User.username == "clerk"))
            booked, _ = appointments.book(
                s, Principal(clerk_id or 0, "clerk", "counter", "burgerzaken", "dev-1"),
                appointments.load_config(folder), request_id="r-1", service=SERVICE, start=start, persons=1,
                person_id=None, advisor=None, reason="budget", place=None, now=start - dt.timedelta(hours=1))
    finally:
        engine.dispose()
    return booked


@pytest.fixture
def open_all_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return all_day_shop(tmp_path, monkeypatch)


def test_check_in_at_reception_gives_the_queue_ticket(open_all_day: Path, casestore_db: str,
                                                      make_laptop: Callable[..., Laptop]) -> None:
    booked = book_today(casestore_db, open_all_day)
    start = dt.datetime.fromisoformat(booked["start"]) if isinstance(booked["start"], str) else booked["start"]
    lap = make_laptop("reception")
    client = _client(lap)
    today = start.date()
    [listed] = [a for a in client.appointments(today, today) if a.id == booked["id"]]
    assert (listed.status, listed.start) == ("booked", start)
    ticket = client.check_in(listed.id, "stadswinkel")
    assert ticket.number and ticket.shop == "stadswinkel" and ticket.ticket_id
    assert client.check_in(listed.id, "stadswinkel") == ticket  # sent again: the same ticket
    [after] = [a for a in client.appointments(today, today) if a.id == booked["id"]]
    assert after.status == "checked_in"


def test_a_citizen_registered_here_and_not_yet_sent_waits_for_the_sync(make_laptop: Callable[..., Laptop]) -> None:
    """Booking for a citizen registered on this laptop a moment ago: the case store does not know them yet, so
    the request waits as "to book" (not "not booked") and is booked once the sync has sent the citizen."""
    lap = make_laptop("desk1")
    client = _client(lap)
    pid, _ = lap.loket.create_person(national_number=None, surname="Claes", given_names="Jan")
    slot = _first_slot(client)
    request = bookings.new_request(SERVICE, slot.start, person_id=pid, advisor=slot.advisor)
    outcome = bookings.book(lap.loket.store, client, request)
    assert outcome.state == bookings.TO_BOOK
    assert bookings.confirm_pending(lap.loket.store, client).waiting == 1  # still not sent: still waiting
    lap.client.sync_once()
    result = bookings.confirm_pending(lap.loket.store, client)
    assert [(a.person_id, a.start) for a in result.booked] == [(pid, slot.start)]
    assert bookings.requests(lap.loket.store) == []


def test_a_role_that_may_not_book_is_refused_and_a_revoked_laptop_is_told_so(
        make_laptop: Callable[..., Laptop], casestore_server: Any) -> None:
    import httpx

    from casestore.embedded import DEMO_PASSWORD
    from sync.errors import DeviceRevoked
    from sync.local import get_state

    admin = make_laptop("admin-desk", "admin")
    start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=3)
    with pytest.raises(AppointmentRefused) as e:
        _client(admin).book(bookings.BookingRequest("r-admin", SERVICE, start, 1, None, None, "", None))
    assert (e.value.status, e.value.code) == (403, "forbidden")
    # a 403 device_revoked is not a refusal of the booking: it stays the sync package's DeviceRevoked
    lap, _pid = _laptop_with_person(make_laptop, "desk1")
    with lap.loket.store.read() as s:
        device_id = get_state(s, "device_id")
    with httpx.Client(base_url=casestore_server.url) as http:
        tok = http.post("/v1/auth/login", json={"username": "admin", "password": DEMO_PASSWORD}).json()
        r = http.post(f"/v1/admin/devices/{device_id}/revoke",
                      headers={"Authorization": f"Bearer {tok['access_token']}"})
        assert r.status_code == 200
    with pytest.raises(DeviceRevoked):
        _client(lap).services()
