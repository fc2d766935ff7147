"""Double booking by two desks at once: exactly one wins, the other gets 409 slot_taken with the next free
slot. Two threads send their bookings to the real server at the same moment (a barrier), round after round,
on SQLite and PostgreSQL; the times overlap without being equal (a unique (advisor, start) would not stop
them), and with ``advisor: null`` both get one, never the same advisor or room twice."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from casestore.embedded import RunningServer
from tests.casestore.test_appointments import SERVICE, local, login, ok, slots

ROUNDS = 15


def _race(clients: list[httpx.Client], bodies: list[dict[str, Any]]) -> list[httpx.Response]:
    barrier = threading.Barrier(len(clients))

    def one(i: int) -> httpx.Response:
        barrier.wait()  # both requests leave together
        return clients[i].post("/appointments", json={"request_id": str(uuid.uuid4()), "service": SERVICE,
                                                      "persons": 1, "reason": "race", **bodies[i]})

    with ThreadPoolExecutor(len(clients)) as pool:
        return list(pool.map(one, range(len(clients))))


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return local(a["start"]) < local(b["end"]) and local(b["start"]) < local(a["end"])


def test_two_desks_booking_overlapping_times_of_one_advisor_at_once(casestore_server: RunningServer) -> None:
    clients = [login(casestore_server.url, name) for name in ("clerk", "coordinator")]
    try:
        free = slots(clients[0], advisor="advisor", days=42)
        starts = {s["start"] for s in free}
        quarter = dt.timedelta(minutes=15)
        # Rounds an hour apart, each a time with the quarter after it free too.
        picked: list[str] = []
        for s in free:
            t = local(s["start"])
            if (t + quarter).isoformat() in starts and (not picked or t >= local(picked[-1]) + dt.timedelta(
                    minutes=75)):
                picked.append(s["start"])
            if len(picked) == ROUNDS:
                break
        assert len(picked) == ROUNDS
        booked: list[dict[str, Any]] = []
        for round_no, start in enumerate(picked):
            times = [start, (local(start) + quarter * (round_no % 2)).isoformat()]  # equal, then overlapping
            got = _race(clients, [{"start": t, "advisor": "advisor"} for t in times])
            codes = sorted(r.status_code for r in got)
            assert codes == [201, 409], f"round {round_no}: {[r.text for r in got]}"
            won = next(r.json() for r in got if r.status_code == 201)
            lost = next(r.json() for r in got if r.status_code == 409)
            assert lost["error"] == "slot_taken" and lost["next_free"] is not None
            assert lost["next_free"]["advisor"] == "advisor" and not _overlaps(lost["next_free"], won)
            booked.append(won)
        # What the case store holds says the same: one appointment per round, none overlapping.
        first, last = local(picked[0]).date(), local(picked[-1]).date()
        listed = ok(clients[0].get("/appointments", params={"from": first.isoformat(), "to": last.isoformat(),
                                                            "advisor": "advisor"}))
        assert sorted(a["id"] for a in listed) == sorted(a["id"] for a in booked)
        assert not any(_overlaps(a, b) for i, a in enumerate(listed) for b in listed[i + 1:])
    finally:
        for c in clients:
            c.close()


def test_two_desks_booking_any_advisor_at_once_get_different_advisors_and_rooms(
        casestore_server: RunningServer) -> None:
    clients = [login(casestore_server.url, name) for name in ("clerk", "coordinator")]
    try:
        free = slots(clients[0], days=42)
        by_start: dict[str, set[str]] = {}
        for s in free:
            by_start.setdefault(s["start"], set()).add(s["advisor"])
        both: list[str] = []  # times both advisors are free, an hour apart (a booking lasts 45 minutes)
        for t, who in by_start.items():
            if who == {"advisor", "an.devos"} and (not both or local(t) >= local(both[-1]) + dt.timedelta(hours=1)):
                both.append(t)
        both = both[:6]
        assert len(both) == 6
        for start in both:
            got = _race(clients, [{"start": start}, {"start": start}])
            assert [r.status_code for r in got] == [201, 201], [r.text for r in got]
            a, b = (r.json() for r in got)
            assert a["advisor"] != b["advisor"] and a["room"] != b["room"]
            # A third desk now finds both advisors taken at that time.
            third = clients[0].post("/appointments", json={"request_id": str(uuid.uuid4()), "service": SERVICE,
                                                           "start": start})
            assert ok(third, 409)["error"] == "slot_taken"
    finally:
        for c in clients:
            c.close()


def test_the_same_request_sent_twice_at_once_books_once(casestore_server: RunningServer) -> None:
    """A laptop that re-sends while its first request is still running (same device, same request id): both
    answers are the one appointment."""
    with login(casestore_server.url) as c:
        free = slots(c, advisor="advisor", days=42)
        picked = [s["start"] for i, s in enumerate(free) if i % 8 == 0][:8]
        for start in picked:
            body = {"request_id": str(uuid.uuid4()), "start": start, "advisor": "advisor"}
            got = _race([c, c], [body, body])
            assert [r.status_code for r in got] == [201, 201], [r.text for r in got]
            assert got[0].json() == got[1].json()
        day0, day1 = local(picked[0]).date().isoformat(), local(picked[-1]).date().isoformat()
        listed = ok(c.get("/appointments", params={"from": day0, "to": day1, "advisor": "advisor"}))
        assert len(listed) == len(picked)
