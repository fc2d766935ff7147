"""Free-slot search of the theme-desk appointments (issue 16), against a real case store, printing figures.

    .venv/bin/python -m bench.bench_slots                       # SQLite and PostgreSQL, 20 advisors, 6 weeks
    .venv/bin/python -m bench.bench_slots --backend sqlite --advisors 20 --days 42 --requests 200

A city with ``--advisors`` advisors giving one 30-minute service (each 38 hours a week: Monday to Friday
08:30–12:30 and 13:30–17:00; the shop open the same hours), rooms for all, and a calendar filled to about
``--booked`` (default 60 %) of every advisor's hours over the next ``--days`` days with appointments of 30,
45 and 60 minutes, as a desk would book them. Measured (p50/p95/max over ``--requests`` requests):

- ``GET /v1/appointments/slots`` over HTTP (the case store in its own process) for ``--days`` days and
  every advisor (sign-in, one query, the computation and the JSON answer), persons 1 and 3 alternating;
  beside it the floor of any request (``GET /v1/appointments/services``);
- the same for one advisor;
- ``casestore.services.appointments.slots`` on its own (the query and the computation, no HTTP).

PostgreSQL: a private cluster with fsync on (``tests.casestore.fixtures.PgCluster``), or ``--pg-url``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sqlalchemy import insert, select  # noqa: E402

from casestore import embedded, schema  # noqa: E402
from casestore.db import make_engine, make_sessionmaker  # noqa: E402
from casestore.embedded import DEMO_PASSWORD  # noqa: E402
from casestore.models import User  # noqa: E402
from casestore.models_appointments import Appointment  # noqa: E402
from casestore.services import appointments  # noqa: E402
from casestore.services.common import Principal  # noqa: E402
from resources import RESOURCES_DIR  # noqa: E402
from tests.casestore.fixtures import PgCluster  # noqa: E402

SERVICE = "gesprek"
HOURS = '[["08:30", "12:30"], ["13:30", "17:00"]]'


def write_config(folder: Path, advisors: int) -> None:
    shutil.copytree(RESOURCES_DIR / "shop", folder, dirs_exist_ok=True)
    week = "{" + ", ".join(f"{d}: {HOURS}" for d in ("mon", "tue", "wed", "thu", "fri")) + "}"
    rooms = ", ".join(f"kamer-{i}" for i in range(1, advisors + 1))
    lines = [
        f"settings: {{grid_minutes: 15, horizon_days: 92, opening_hours: {week}}}",
        f"departments: {{sociaal_huis: {{rooms: [{rooms}]}}}}",
        "services:",
        f"  - {{code: {SERVICE}, names: {{nl: Gesprek, fr: Entretien, de: Gespräch, en: Talk}}, minutes: 30,",
        "     extra_minutes_per_person: 15, department: sociaal_huis, queue_service: sociaal_huis}",
        "advisors:",
        *(f"  - {{username: adviseur-{i:02d}, department: sociaal_huis, services: [{SERVICE}], hours: {week}}}"
          for i in range(1, advisors + 1)),
    ]
    (folder / "appointments.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def fill(db: str, cfg: appointments.Config, days: int, share: float, rng: random.Random) -> tuple[int, float]:
    """Book about ``share`` of every advisor's hours: walk each working window, and at each quarter book an
    appointment of 30, 45 or 60 minutes with the probability that gives that share. Returns (appointments,
    share of the hours booked)."""
    sv = cfg.services[SERVICE]
    today = dt.datetime.now(cfg.timezone).date()
    rows: list[dict[str, Any]] = []
    booked = total = 0
    rooms = list(cfg.rooms["sociaal_huis"])
    room_free: dict[str, int] = {}
    # At each free quarter a booking starts with this chance: p·45 / (p·45 + (1-p)·15) = share (45 minutes on
    # average), a quarter more because a booking that would not fit before a window's end is not made.
    start_chance = min(0.95, share * 15 / (45 * (1 - share) + share * 15) * 1.25)  # 1.25: the cut ends
    for n in range(1, days + 1):
        day = today + dt.timedelta(days=n)
        for adv in cfg.advisors.values():
            for w0, w1 in appointments.windows(cfg, adv, sv, day):
                total += w1 - w0
                t = w0
                while t < w1:
                    length = rng.choice((30, 45, 60)) * 60
                    if t + length <= w1 and rng.random() < start_chance:
                        room = next(r for r in rooms if room_free.get(r, 0) <= t)
                        room_free[room] = t + length
                        rows.append({
                            "id": str(uuid.uuid4()), "request_device": "bench", "request_id": str(uuid.uuid4()),
                            "service": SERVICE, "department": "sociaal_huis",
                            "starts_at": dt.datetime.fromtimestamp(t, dt.UTC),
                            "ends_at": dt.datetime.fromtimestamp(t + length, dt.UTC),
                            "advisor": adv.username, "room": room, "place": None, "person_id": None,
                            "case_id": None, "persons": 1, "reason": "", "status": "booked",
                            "cancellation_ref": uuid.uuid4().hex[:8].upper(), "revision": 1, "created_by": "bench",
                            "created_at": dt.datetime.now(dt.UTC), "updated_at": dt.datetime.now(dt.UTC),
                        })
                        booked += length
                        t += length
                    else:
                        t += 15 * 60
    engine = make_engine(db)
    try:
        with engine.begin() as conn:
            for i in range(0, len(rows), 5000):
                conn.execute(insert(Appointment), rows[i:i + 5000])
    finally:
        engine.dispose()
    return len(rows), booked / max(1, total)


def pct(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"p50 {statistics.median(values):6.1f} ms  p95 {p95:6.1f} ms  max {values[-1]:6.1f} ms"


def run(db: str, args: argparse.Namespace, label: str) -> None:
    rng = random.Random(16)
    with tempfile.TemporaryDirectory(prefix="bench-slots-") as tmp:
        folder = Path(tmp) / "shop"
        write_config(folder, args.advisors)
        cfg = appointments.load_config(folder)
        schema.upgrade(db)
        n, share = fill(db, cfg, args.days, args.booked, rng)
        print(f"[{label}] {args.advisors} advisors, {args.days} days: {n} appointments, {share:.0%} of the "
              f"advisors' hours booked")
        os.environ["LOKET_CASESTORE_SHOP_DIR"] = str(folder)
        server = embedded.start(db, demo=True, mode="process")  # its own interpreter, as in production
        try:
            r = httpx.post(f"{server.url}/v1/auth/login", json={"username": "clerk", "password": DEMO_PASSWORD,
                                                                  "device_name": "bench"}, timeout=60)
            r.raise_for_status()
            first = (dt.datetime.now(cfg.timezone).date() + dt.timedelta(days=1)).isoformat()
            with httpx.Client(base_url=server.url, timeout=60,
                              headers={"Authorization": f"Bearer {r.json()['access_token']}"}) as c:
                times = []
                for _ in range(args.requests):  # the floor: sign-in check, a transaction, a small answer
                    t0 = time.perf_counter()
                    c.get("/v1/appointments/services").raise_for_status()
                    times.append((time.perf_counter() - t0) * 1000)
                print(f"[{label}] HTTP baseline (GET /v1/appointments/services): {pct(times)}")
                for one in (False, True):
                    times, counts = [], []
                    for i in range(args.requests):
                        params: dict[str, Any] = {"service": SERVICE, "from": first, "days": args.days,
                                                  "persons": 1 + 2 * (i % 2)}
                        if one:
                            params["advisor"] = f"adviseur-{1 + i % args.advisors:02d}"
                        t0 = time.perf_counter()
                        got = c.get("/v1/appointments/slots", params=params)
                        times.append((time.perf_counter() - t0) * 1000)
                        got.raise_for_status()
                        counts.append(len(got.json()["slots"]))
                    what = "one advisor " if one else "all advisors"
                    print(f"[{label}] HTTP slots, {what}: {pct(times)}  ({statistics.median(counts):.0f} slots)")
            engine = make_engine(db)
            try:
                sessions = make_sessionmaker(engine)
                with sessions.begin() as s:
                    uid = s.scalar(select(User.id).where(User.username == "clerk")) or 0
                p = Principal(uid, "clerk", "counter", "burgerzaken", "bench")
                now = dt.datetime.now(dt.UTC)
                gc.freeze()  # as the case store does once its app is built (casestore/app.py)
                times = []
                for i in range(args.requests):
                    t0 = time.perf_counter()
                    with sessions.begin() as s:
                        appointments.slots(s, p, cfg, SERVICE, dt.date.fromisoformat(first), args.days,
                                           1 + 2 * (i % 2), None, now=now)
                    times.append((time.perf_counter() - t0) * 1000)
                print(f"[{label}] service only, all advisors: {pct(times)}")
            finally:
                engine.dispose()
        finally:
            server.stop()
            os.environ.pop("LOKET_CASESTORE_SHOP_DIR", None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    ap.add_argument("--advisors", type=int, default=20)
    ap.add_argument("--days", type=int, default=42)
    ap.add_argument("--booked", type=float, default=0.6, help="share of the hours booked (0-1)")
    ap.add_argument("--requests", type=int, default=100)
    ap.add_argument("--pg-url", help="an existing PostgreSQL server (a database is created in it)")
    args = ap.parse_args(argv)
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="bench-slots-db-") as tmp:
            run(f"sqlite:///{tmp}/casestore.db", args, "sqlite")
    if args.backend in ("postgres", "both"):
        pg = PgCluster(args.pg_url, fsync=True)
        try:
            run(pg.new_database("bench_slots"), args, "postgres")
        finally:
            pg.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
