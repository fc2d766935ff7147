"""Booking at the desk, the laptop's side (issue 16): a booking made while the case store cannot be reached is
kept as "to book" (one appointment row, no outbox operation) and survives closing and reopening the store; bad
input is refused with a reason and nothing written; laptop migration 0004 goes down and up and keeps the
appointments the laptop held as booked. The case store's answers (confirmation, taken slot): tests/sync."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.app import Loket
from desk_app.services import bookings
from desk_app.store.models import Appointment, OutboxOperation, SyncState, utcnow
from loket.demo import MemoryTokenStore
from sync.appointments import AppointmentsClient, AppointmentsOffline
from sync.tokens import Credentials
from sync.transport import RetryPolicy, Transport
from tests.casestore.fixtures import free_port

BRUSSELS = dt.timezone(dt.timedelta(hours=1))


def _unreachable_client() -> AppointmentsClient:
    """The real client over the real transport, signed in, towards a loopback port nobody listens on."""
    url = f"http://127.0.0.1:{free_port()}"
    tokens = MemoryTokenStore()
    tokens.save(url, Credentials("access", "refresh", "device-1", "clerk"))
    return AppointmentsClient(Transport(url, tokens, retry=RetryPolicy(attempts=2, base_delay=0, max_delay=0),
                                        sleep=lambda _s: None))


def _tomorrow_at(hour: int, minute: int = 0) -> dt.datetime:
    day = dt.date.today() + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=BRUSSELS)


SERVICE = bookings.Service("budgetbegeleiding", {"nl": "Budgetbegeleiding", "en": "Budget guidance"}, 45, 15,
                           "sociaal_huis")


def _outbox(app: Loket) -> int:
    with app.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxOperation)) or 0)


def test_offline_booking_is_kept_to_book_across_a_reopen(tmp_path: Path) -> None:
    app = Loket.open(tmp_path / "laptop")
    pid, _ = app.create_person(national_number="85073003328", surname="Peeters", given_names="An")
    before = _outbox(app)
    client = _unreachable_client()
    start = _tomorrow_at(10)
    request = bookings.new_request("budgetbegeleiding", start, persons=2, person_id=pid, advisor="advisor",
                                   reason="Schulden bespreken")
    with pytest.raises(AppointmentsOffline):  # the client says offline, which the booking takes as "keep it"
        client.book(request)
    outcome = bookings.book(app.store, client, request, SERVICE)
    client.transport.close()
    assert outcome.state == bookings.TO_BOOK and outcome.appointment is None
    assert outcome.changes.appointments == {request.request_id}
    assert _outbox(app) == before  # a request, not a record to push
    app.close()

    again = Loket.open(tmp_path / "laptop")
    try:
        [kept] = bookings.requests(again.store)
        assert kept.request_id == request.request_id and kept.state == bookings.TO_BOOK
        assert (kept.service, kept.start, kept.persons, kept.person_id, kept.advisor, kept.reason) == (
            "budgetbegeleiding", start, 2, pid, "advisor", "Schulden bespreken")
        with again.store.read() as s:
            row = s.get(Appointment, request.request_id)
            assert row is not None and row.desk == "sociaal_huis"
            assert row.ends_at - row.starts_at == dt.timedelta(minutes=60)  # 45 + 15 for the second person
        # sending again while still unreachable leaves it waiting, nothing lost
        client = _unreachable_client()
        result = bookings.confirm_pending(again.store, client)
        client.transport.close()
        assert result.waiting == 1 and not result.booked and not result.not_booked
        assert [r.state for r in bookings.requests(again.store)] == [bookings.TO_BOOK]
        assert bookings.dismiss(again.store, request.request_id).appointments == {request.request_id}
        assert bookings.requests(again.store) == []
    finally:
        again.close()


@pytest.mark.parametrize(("kw", "message"), [
    ({"start": utcnow() - dt.timedelta(minutes=5)}, "The time is in the past."),
    ({"reason": "two\nlines"}, "Reason: must be a single line (no line breaks or tabs)."),
    ({"reason": "x" * (bookings.MAX_REASON + 1)}, "Reason: is too long."),
    ({"persons": 0}, "The number of persons must be 1 to 10."),
    ({"persons": 11}, "The number of persons must be 1 to 10."),
    ({"start": dt.datetime(2030, 1, 2, 10, 0)}, "The time has no time zone."),
    ({"service": ""}, "Choose a service."),
])
def test_bad_booking_input_is_refused_and_nothing_written(empty_loket: Loket, kw: dict[str, object],
                                                         message: str) -> None:
    args: dict[str, object] = {"service": "budgetbegeleiding", "start": _tomorrow_at(10), "reason": "ok"}
    args.update(kw)
    service = args.pop("service")
    start = args.pop("start")
    with pytest.raises(bookings.BookingInvalid) as e:
        bookings.new_request(str(service), start, **args)  # type: ignore[arg-type]
    assert str(e.value) == message
    assert bookings.requests(empty_loket.store) == []


def test_a_refused_request_becomes_not_booked_with_the_next_free_slot(empty_loket: Loket) -> None:
    """The store's side of "not booked": the case store's refusal and its offer are kept with the request
    (tests/sync/test_bookings.py gets the refusal from the real case store)."""
    app = empty_loket
    request = bookings.new_request("budgetbegeleiding", _tomorrow_at(10), reason="premie")
    bookings.save_to_book(app.store, request, SERVICE)
    offer = bookings.Slot(_tomorrow_at(11), _tomorrow_at(11, 45), "advisor", "spreekkamer-1")
    refusal = bookings.SlotTaken("the slot was taken")
    refusal.next_free = offer
    changes = bookings._not_booked(app.store, request.request_id, refusal)
    assert changes.appointments == {request.request_id}
    [kept] = bookings.requests(app.store)
    assert (kept.state, kept.code, kept.next_free) == (bookings.NOT_BOOKED, "slot_taken", offer)
    # dismissing it forgets the request and its note
    bookings.dismiss(app.store, request.request_id)
    with app.store.read() as s:
        assert s.get(SyncState, "booking:" + request.request_id) is None
        assert s.get(Appointment, request.request_id) is None


def test_migration_0004_goes_down_and_up_and_keeps_appointments_booked(empty_loket: Loket) -> None:
    from alembic import command
    from sqlalchemy import inspect, text

    from desk_app.store.db import _alembic_config

    app = empty_loket
    start = utcnow().replace(microsecond=0)
    with app.store.write() as s:
        s.add(Appointment(id=str(uuid.uuid4()), person_id=None, desk="sociaal_huis", starts_at=start,
                          ends_at=start + dt.timedelta(minutes=30), advisor="advisor", subject="before"))
    engine = app.store._write_engine
    cfg = _alembic_config()
    added = {"service", "room", "place", "status", "persons", "cancellation_ref"}
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    with engine.connect() as conn:
        assert not added & {c["name"] for c in inspect(conn).get_columns("appointment")}
        assert conn.execute(text("SELECT subject FROM appointment")).scalar_one() == "before"
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        assert added <= {c["name"] for c in inspect(conn).get_columns("appointment")}
        assert conn.execute(text("SELECT status, persons, subject FROM appointment")).one() == ("booked", 1, "before")
        indexes = {i["name"] for i in inspect(conn).get_indexes("appointment")}
        assert {"ix_appointment_person_id", "ix_appointment_starts_at"} <= indexes


def test_the_home_screen_lists_booked_appointments_not_cancelled_ones_or_requests(empty_loket: Loket) -> None:
    app = empty_loket
    start = utcnow().replace(microsecond=0)
    with app.store.write() as s:
        for status in ("booked", "checked_in", "cancelled", "to_book", "not_booked"):
            s.add(Appointment(id=status, person_id=None, desk="sociaal_huis", starts_at=start,
                              ends_at=start + dt.timedelta(minutes=30), advisor="advisor", subject=status,
                              status=status))
    listed = {a["id"] for a in app.home_overview(today=start.date())["appointments"]}
    assert listed == {"booked", "checked_in"}
