"""Booking at the desk (issue 16), against a real case store (SQLite, its own process), printing figures.

    .venv/bin/python -m bench.bench_bookings                   # 40 online bookings, 40 "to book" confirmed
    .venv/bin/python -m bench.bench_bookings --bookings 100

Measured on one laptop (an encrypted store, signed in as the demo clerk):

- an online booking as the page makes it (``desk_app.services.bookings.book`` over ``sync.appointments``:
  ``POST /v1/appointments``, then the answer kept in the local store), p50/p95/max;
- free slots for 4 weeks of one service (``GET /v1/appointments/slots``), p50/p95/max;
- a laptop back online with ``--bookings`` requests kept as "to book": ``confirm_pending`` for all of them
  (total and per request), and how many were booked or not booked (every other one asks for a slot an
  earlier online booking took, so it comes back "not booked" with the next free slot).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import keyring  # noqa: E402

from casestore import embedded, schema  # noqa: E402
from casestore.embedded import DEMO_PASSWORD  # noqa: E402
from desk_app.app import Loket  # noqa: E402
from desk_app.services import bookings  # noqa: E402
from loket.demo import MemoryTokenStore  # noqa: E402
from sync.appointments import AppointmentsClient  # noqa: E402
from sync.client import SyncClient  # noqa: E402
from sync.login import login  # noqa: E402
from tests.keyrings import MemoryKeyring  # noqa: E402

SERVICE = "budgetbegeleiding"


def _ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"p50 {statistics.median(values) * 1000:.1f} ms · p95 {p95 * 1000:.1f} ms · max {values[-1] * 1000:.1f} ms"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bookings", type=int, default=40)
    args = ap.parse_args(argv)
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory(prefix="loket-bench-bookings-") as tmp:
        db = f"sqlite:///{Path(tmp) / 'casestore.db'}"
        schema.upgrade(db)
        server = embedded.start(db, mode="process", demo=True, workers=1)
        loket = Loket.open(Path(tmp) / "laptop")
        tokens = MemoryTokenStore()
        try:
            login(server.url, "clerk", DEMO_PASSWORD, store=loket.store, token_store=tokens, device_name="bench")
            sync = SyncClient(loket.store, server.url, attachments=loket.attachments, token_store=tokens)
            pid, _ = loket.create_person(national_number=None, surname="Peeters", given_names="An")
            sync.sync_once()
            client = AppointmentsClient(sync.transport)
            service = next(s for s in client.services() if s.code == SERVICE)
            start_day = dt.date.today() + dt.timedelta(days=1)
            slot_times, free = [], []
            for _ in range(10):
                t0 = time.perf_counter()
                free = client.slots(SERVICE, start_day, days=28)
                slot_times.append(time.perf_counter() - t0)
            print(f"free slots, {SERVICE}, 28 days ({len(free)} slots): {_ms(slot_times)}")
            # slots of one advisor that do not overlap (the grid is finer than a visit)
            disjoint: list[bookings.Slot] = []
            ends: dict[str, dt.datetime] = {}
            for slot in free:
                if slot.start >= ends.get(slot.advisor, slot.start):
                    disjoint.append(slot)
                    ends[slot.advisor] = slot.end
            n = min(args.bookings, len(disjoint) // 2)
            online, taken = [], []
            for slot in disjoint[:n]:
                req = bookings.new_request(SERVICE, slot.start, person_id=pid, advisor=slot.advisor, reason="bench")
                t0 = time.perf_counter()
                outcome = bookings.book(loket.store, client, req, service)
                online.append(time.perf_counter() - t0)
                assert outcome.state == bookings.BOOKED
                taken.append(slot)
            print(f"online booking ({n}): {_ms(online)}")
            # offline requests: half for the taken slots (not booked), half for slots still free
            for slot in [*taken[: n // 2], *disjoint[n : n + n - n // 2]]:
                req = bookings.new_request(SERVICE, slot.start, person_id=pid, advisor=slot.advisor, reason="bench")
                bookings.save_to_book(loket.store, req, service)
            t0 = time.perf_counter()
            result = bookings.confirm_pending(loket.store, client, {SERVICE: service.department})
            total = time.perf_counter() - t0
            print(f"back online, {n} to book confirmed in {total * 1000:.0f} ms "
                  f"({total / max(1, n) * 1000:.1f} ms each): {len(result.booked)} booked, "
                  f"{len(result.not_booked)} not booked (next free offered), {result.waiting} waiting")
            sync.close()
        finally:
            loket.close()
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
