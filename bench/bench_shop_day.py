"""A simulated day of the city shop (issue 16) through the real case store over HTTP, then its measures.

    .venv/bin/python -m bench.bench_shop_day                        # SQLite and PostgreSQL
    .venv/bin/python -m bench.bench_shop_day --backend sqlite --visitors 1000 --desks 12 --repeat 30

The day (simulated clock: nothing sleeps): ``--visitors`` visitors between 08:30 and 18:00, walk-ins arriving
as a Poisson process (its rate constant per quarter hour: a morning peak, a lunch dip and a smaller afternoon
peak; conditioned on their number);
``--appointments`` (share, default 20 %) come for an appointment on the quarter hour (most a few minutes
early, some late) and are checked in with the ticket's ``appointment_at``; ``--no-shows`` (5 %) do not come
when called (two recalls a minute apart, then no-show); 2 % are parked (back after 5–15 minutes, for the
same desk) and 2 % transferred to another service after their first service. Service times are lognormal
per service (median and spread in ``SERVICES``). ``--desks`` desks call next as soon as they are free and
someone waits for them (the bench keeps a mirror of the waiting room to know; the case store decides whom).

The case store runs in this process (thread mode) with the queue routes' clock set to the simulated time
(``casestore.routers.queue.clock``) before each request, so every ticket gets its day's timestamps. Then the
measures are asked over HTTP ``--repeat`` times (p50/p95 of the request) and printed, next to the waiting and
service times the bench itself saw (the same definitions, from its own clock).
PostgreSQL: a private cluster with fsync on (``tests.casestore.fixtures.PgCluster``, as bench_sync), or
``--pg-url``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import heapq
import itertools
import math
import os
import random
import statistics
import sys
import tempfile
import time
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from casestore import embedded, schema  # noqa: E402
from casestore.db import make_engine, make_sessionmaker  # noqa: E402
from casestore.embedded import DEMO_PASSWORD  # noqa: E402
from casestore.routers import queue as queue_routes  # noqa: E402
from casestore.services import queue as queue_service  # noqa: E402
from casestore.services import shop_measures  # noqa: E402
from casestore.services.shop_measures import percentile  # noqa: E402
from tests.casestore.fixtures import PgCluster  # noqa: E402

SHOP = "dagwinkel"
TZ = zoneinfo.ZoneInfo("Europe/Brussels")
DAY = dt.date(2026, 11, 30)  # a Monday
OPEN, LAST_ARRIVAL = dt.time(8, 30), dt.time(17, 45)
# code: (prefix, share of the visitors, median minutes, lognormal sigma, may be booked)
SERVICES: dict[str, tuple[str, float, float, float, bool]] = {
    "burgerzaken": ("A", 0.52, 3.5, 0.40, False),
    "rijbewijs": ("B", 0.15, 4.0, 0.40, True),
    "vreemdelingen": ("C", 0.10, 8.0, 0.45, True),
    "mobiliteit": ("M", 0.14, 3.5, 0.40, False),
    "sociaal_huis": ("S", 0.09, 10.0, 0.45, True),
}


def desk_services(i: int, desks: int) -> list[str]:
    """Desk ``i`` (1-based) of ``desks``: most handle civil affairs and one more service; the last ones are
    theme desks (social services, foreign nationals)."""
    theme = max(1, desks // 4)
    if i > desks - theme:
        return ["sociaal_huis", "vreemdelingen"] if i % 2 else ["sociaal_huis"]
    other = ("rijbewijs", "vreemdelingen", "mobiliteit", "rijbewijs")[i % 4]
    return ["burgerzaken", other]


def write_shop(folder: Path, desks: int) -> None:
    lines = [f"shop: {{code: {SHOP}, name: {{nl: Dagwinkel}}, timezone: Europe/Brussels}}", "services:"]
    for code, (prefix, *_rest) in SERVICES.items():
        lines.append(f"  - {{code: {code}, name: {{nl: {code}}}, prefix: {prefix}, range: [1, 999], "
                     "default_minutes: 6}")
    lines.append("desks:")
    for i in range(1, desks + 1):
        lines.append(f"  - {{code: balie-{i}, name: {{nl: Balie {i}}}, "
                     f"services: [{', '.join(desk_services(i, desks))}]}}")
    (folder / f"{SHOP}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def quarter_weight(t: dt.time) -> float:
    """Relative walk-in arrivals in the quarter hour starting at ``t``: a morning peak around 10:00, a dip over
    lunch, a smaller peak around 14:30."""
    h = t.hour + t.minute / 60
    morning = 1.0 * math.exp(-((h - 10.0) / 1.3) ** 2)
    afternoon = 0.8 * math.exp(-((h - 14.6) / 1.2) ** 2)
    lunch = 0.55 if 12.0 <= h < 13.5 else 1.0
    return (0.6 + morning + afternoon) * lunch


def at(t: dt.time) -> dt.datetime:
    return dt.datetime.combine(DAY, t, TZ).astimezone(dt.UTC)


@dataclass
class Visitor:
    service: str
    arrival: dt.datetime
    appointment: dt.datetime | None
    no_show: bool
    park: bool
    transfer_to: str | None
    minutes: list[float]  # service time of each segment (two with a transfer or a park)
    ticket: str = ""
    first_call: dt.datetime | None = None
    segment: int = 0
    last_call: dt.datetime | None = None
    finished: dt.datetime | None = None


@dataclass
class Waiting:
    service: str
    target_desk: str | None
    due: dt.datetime | None


def service_minutes(rng: random.Random, code: str) -> float:
    _, _, median, sigma, _ = SERVICES[code]
    return rng.lognormvariate(math.log(median), sigma)


def make_visitors(rng: random.Random, n: int, appointment_share: float, no_show: float) -> list[Visitor]:
    quarters = []
    t = dt.datetime.combine(DAY, OPEN)
    while t.time() <= LAST_ARRIVAL:
        quarters.append(t.time())
        t += dt.timedelta(minutes=15)
    weights = [quarter_weight(q) for q in quarters]
    walk_ins = round(n * (1 - appointment_share))
    codes = list(SERVICES)
    shares = [SERVICES[c][1] for c in codes]
    booked = [c for c in codes if SERVICES[c][4]]
    visitors: list[Visitor] = []

    def extras(code: str) -> tuple[bool, bool, str | None, list[float]]:
        r = rng.random()
        park, transfer = r < 0.02, 0.02 <= r < 0.04
        to = rng.choice([c for c in codes if c != code]) if transfer else None
        minutes = [service_minutes(rng, code)]
        if park or to:
            minutes.append(service_minutes(rng, to or code))
        return park, transfer, to, minutes

    # A Poisson process whose intensity is constant within each quarter hour, conditioned on the day's number
    # of walk-ins: each walk-in falls in a quarter with probability ∝ its intensity, uniformly within it.
    for q in rng.choices(quarters, weights, k=walk_ins):
        code = rng.choices(codes, shares)[0]
        arrival = at(q) + dt.timedelta(seconds=rng.uniform(0, 900))
        park, _transfer, to, minutes = extras(code)
        visitors.append(Visitor(code, arrival, None, False, park, to, minutes))
    slots = [q for q in quarters if q <= dt.time(17, 0)]
    for _ in range(n - walk_ins):
        code = rng.choice(booked)
        appointment = at(rng.choice(slots))
        early = rng.gauss(6, 5)  # minutes before the appointment (negative: late)
        arrival = max(at(OPEN), appointment - dt.timedelta(minutes=min(early, 25)))
        park, _transfer, to, minutes = extras(code)
        visitors.append(Visitor(code, arrival, appointment, False, park, to, minutes))
    for v in rng.sample(visitors, round(len(visitors) * no_show)):  # exactly the share, walk-ins or not
        v.no_show = True
    return visitors


@dataclass(order=True)
class Event:
    at: dt.datetime
    seq: int
    kind: str = field(compare=False)
    data: Any = field(compare=False, default=None)


class Day:
    """The discrete-event simulation: each event sets the case store's clock and makes its request."""

    def __init__(self, url: str, desks: int, visitors: list[Visitor], rng: random.Random) -> None:
        self.http = httpx.Client(base_url=f"{url}/v1/queue/{SHOP}", timeout=60,
                                 headers={"Authorization": f"Bearer {token(url, 'clerk', 'bench-day')}"})
        self.desks = {f"balie-{i}": desk_services(i, desks) for i in range(1, desks + 1)}
        self.idle = set(self.desks)
        self.visitors = visitors
        self.by_ticket: dict[str, Visitor] = {}
        self.waiting: dict[str, Waiting] = {}  # the mirror of the waiting room
        self.events: list[Event] = []
        self.seq = itertools.count()
        self.rng = rng
        self.now = at(OPEN)
        self.requests = 0
        for v in visitors:
            self.push(v.arrival, "arrive", v)

    def push(self, when: dt.datetime, kind: str, data: Any = None) -> None:
        heapq.heappush(self.events, Event(when, next(self.seq), kind, data))

    def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        queue_routes.clock = lambda: self.now
        self.requests += 1
        r = self.http.post(path, json=body or {})
        if r.status_code >= 400:
            raise RuntimeError(f"{path}: {r.status_code} {r.text}")
        return r.json()

    def run(self) -> None:
        while self.events:
            ev = heapq.heappop(self.events)
            self.now = ev.at
            getattr(self, f"on_{ev.kind}")(ev.data)
            self.dispatch()
        self.http.close()

    def _callable(self, desk: str) -> bool:
        handles = self.desks[desk]
        return any((w.target_desk == desk or (w.target_desk is None and w.service in handles))
                   and (w.due is None or w.due <= self.now) for w in self.waiting.values())

    def dispatch(self) -> None:
        """Every free desk that someone waits for calls next."""
        for desk in sorted(self.idle, key=lambda d: self.rng.random()):
            if desk in self.idle and self._callable(desk):
                got = self.post(f"/desks/{desk}/next")["ticket"]
                if got is None:
                    raise RuntimeError(f"{desk}: the case store called nobody, the mirror says someone waits")
                self.idle.discard(desk)
                self.on_called(desk, got["id"])

    def on_arrive(self, v: Visitor) -> None:
        body: dict[str, Any] = {"service": v.service}
        if v.appointment is not None:
            body["appointment_at"] = v.appointment.isoformat()
        t = self.post("/tickets", body)
        v.ticket = t["id"]
        self.by_ticket[v.ticket] = v
        self.waiting[v.ticket] = Waiting(v.service, None, v.appointment)
        if v.appointment is not None and v.appointment > self.now:
            self.push(v.appointment, "due")

    def on_due(self, _data: Any) -> None:
        pass  # dispatch() after every event calls the appointment in

    def on_called(self, desk: str, ticket: str) -> None:
        v = self.by_ticket[ticket]
        del self.waiting[ticket]
        v.first_call = v.first_call or self.now
        v.last_call = self.now
        if v.no_show and v.segment == 0:
            for k in (1, 2):
                self.push(self.now + dt.timedelta(minutes=k), "recall", v)
            self.push(self.now + dt.timedelta(minutes=3), "no_show", (desk, v))
            return
        walk = dt.timedelta(seconds=self.rng.uniform(15, 60))
        self.push(self.now + walk, "serve", v)
        self.push(self.now + walk + dt.timedelta(minutes=v.minutes[v.segment]), "segment_end", (desk, v))

    def on_recall(self, v: Visitor) -> None:
        self.post(f"/tickets/{v.ticket}/recall")

    def on_no_show(self, data: tuple[str, Visitor]) -> None:
        desk, v = data
        self.post(f"/tickets/{v.ticket}/no-show")
        v.finished = self.now
        self.idle.add(desk)

    def on_serve(self, v: Visitor) -> None:
        self.post(f"/tickets/{v.ticket}/serve")

    def on_segment_end(self, data: tuple[str, Visitor]) -> None:
        desk, v = data
        self.idle.add(desk)
        if v.segment == 0 and v.park:
            self.post(f"/tickets/{v.ticket}/park")
            v.segment = 1
            self.push(self.now + dt.timedelta(minutes=self.rng.uniform(5, 15)), "back", (desk, v))
        elif v.segment == 0 and v.transfer_to:
            self.post(f"/tickets/{v.ticket}/transfer", {"service": v.transfer_to})
            v.segment = 1
            self.waiting[v.ticket] = Waiting(v.transfer_to, None, None)
        else:
            self.post(f"/tickets/{v.ticket}/finish")
            v.finished = self.now

    def on_back(self, data: tuple[str, Visitor]) -> None:
        desk, v = data
        self.post(f"/tickets/{v.ticket}/return")
        self.waiting[v.ticket] = Waiting(v.service, desk, None)


def token(url: str, username: str, device: str) -> str:
    r = httpx.post(f"{url}/v1/auth/login", json={"username": username, "password": DEMO_PASSWORD,
                                                  "device_name": device}, timeout=60)
    r.raise_for_status()
    return str(r.json()["access_token"])


def minutes(seconds: float | None) -> str:
    return "–" if seconds is None else f"{seconds / 60:5.1f}"


def own_figures(visitors: list[Visitor]) -> tuple[list[float], list[float]]:
    """The bench's own waiting and service times (seconds), by the measures' definitions."""
    waits, services = [], []
    for v in visitors:
        start = max(v.arrival, v.appointment) if v.appointment else v.arrival
        if v.first_call is not None:
            waits.append(max(0.0, (v.first_call - start).total_seconds()))
        if v.finished is not None and not v.no_show and v.last_call is not None:
            services.append((v.finished - v.last_call).total_seconds())
    return sorted(waits), sorted(services)


def ms(values: list[float]) -> str:
    q = statistics.quantiles(values, n=20, method="inclusive") if len(values) > 1 else values * 19
    return f"p50 {statistics.median(values):.1f} ms, p95 {q[18]:.1f} ms, max {max(values):.1f} ms"


def run(db: str, args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    visitors = make_visitors(rng, args.visitors, args.appointments, args.no_shows)
    server = embedded.start(db, demo=True)  # thread mode: the clock below is this process's
    real_clock = queue_routes.clock
    try:
        day = Day(server.url, args.desks, visitors, rng)
        t0 = time.perf_counter()
        day.run()
        took = time.perf_counter() - t0
        queue_routes.clock = real_clock
        print(f"  day: {len(visitors)} visitors ({sum(v.appointment is not None for v in visitors)} appointments), "
              f"{args.desks} desks, {day.requests} requests in {took:.1f} s", flush=True)
        params = {"from": DAY.isoformat(), "to": DAY.isoformat()}
        with httpx.Client(base_url=f"{server.url}/v1/queue/{SHOP}", timeout=60, headers={
                "Authorization": f"Bearer {token(server.url, 'coordinator', 'bench-day-measures')}"}) as c:
            times, m = [], None
            for _ in range(args.repeat):
                t1 = time.perf_counter()
                r = c.get("/measures", params=params)
                times.append((time.perf_counter() - t1) * 1000)
                r.raise_for_status()
                m = r.json()
            month = {"from": DAY.replace(day=1).isoformat(), "to": DAY.isoformat()}
            csv_times = []
            for _ in range(max(3, args.repeat // 5)):
                t1 = time.perf_counter()
                c.get("/measures.csv", params=month).raise_for_status()
                csv_times.append((time.perf_counter() - t1) * 1000)
        assert m is not None
        engine = make_engine(db)
        try:
            shop = queue_service.load_shops(Path(os.environ["LOKET_CASESTORE_SHOP_DIR"]))[SHOP]
            inner = []
            with make_sessionmaker(engine).begin() as s:
                for _ in range(args.repeat):
                    t1 = time.perf_counter()
                    shop_measures.compute(s, shop, DAY, DAY)
                    inner.append((time.perf_counter() - t1) * 1000)
        finally:
            engine.dispose()
        print(f"  measures request (one day, {m['total']['visits']} tickets): {ms(times)} over {args.repeat} runs")
        print(f"  of which the query and the figures (service layer, in process): {ms(inner)}")
        print(f"  measures as CSV (month to date): {ms(csv_times)}")
        t = m["total"]
        waits, services = own_figures(visitors)
        print(f"  total: visits {t['visits']}, walk-ins {t['walk_ins']}, appointments {t['appointments']} "
              f"({t['appointment_share']:.0%}), served {t['served']}, no-shows {t['no_shows']} "
              f"({t['no_show_rate']:.1%}), open {t['open']}")
        print(f"  waiting min  median {minutes(t['waiting_median_s'])}  p90 {minutes(t['waiting_p90_s'])}   "
              f"(the bench's own clock: {minutes(percentile(waits, 0.5))} / {minutes(percentile(waits, 0.9))})")
        print(f"  service min  median {minutes(t['service_median_s'])}  p90 {minutes(t['service_p90_s'])}   "
              f"(the bench's own clock: {minutes(percentile(services, 0.5))} / "
              f"{minutes(percentile(services, 0.9))})")
        print("  per service        visits walk-in appt  no-show  wait med  p90  service med  p90")
        for r in m["by_service"]:
            print(f"    {r['service']:<16} {r['visits']:>5} {r['walk_ins']:>6} {r['appointments']:>5} "
                  f"{r['no_shows']:>6}   {minutes(r['waiting_median_s'])} {minutes(r['waiting_p90_s'])}"
                  f"        {minutes(r['service_median_s'])} {minutes(r['service_p90_s'])}")
        print("  per hour  visits  wait med   p90  service med")
        for r in m["by_hour"]:
            print(f"    {r['hour']:02d}h  {r['visits']:>6}    {minutes(r['waiting_median_s'])} "
                  f"{minutes(r['waiting_p90_s'])}   {minutes(r['service_median_s'])}")
        print(f"  visits per day {m['visits_per_day']}; counter visits per month {m['counter_visits_per_month']}",
              flush=True)
    finally:
        queue_routes.clock = real_clock
        server.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", choices=("sqlite", "postgres"), action="append")
    ap.add_argument("--visitors", type=int, default=1000)
    ap.add_argument("--desks", type=int, default=12)
    ap.add_argument("--appointments", type=float, default=0.20, help="share of visitors with an appointment")
    ap.add_argument("--no-shows", type=float, default=0.05, help="share of visitors who do not come when called")
    ap.add_argument("--repeat", type=int, default=30, help="measures requests timed")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--pg-url", default=os.environ.get("LOKET_TEST_PG_URL"), help="use this PostgreSQL")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="loket-bench-day-") as d:
        shop_dir = Path(d) / "shops"
        shop_dir.mkdir()
        write_shop(shop_dir, args.desks)
        os.environ["LOKET_CASESTORE_SHOP_DIR"] = str(shop_dir)  # read by the case store's settings
        for backend in args.backend or ["sqlite", "postgres"]:
            pg: PgCluster | None = None
            try:
                if backend == "postgres":
                    pg = PgCluster(args.pg_url, fsync=True)
                    db = pg.new_database("bench_shop_day")
                else:
                    db = f"sqlite:///{Path(d) / 'day.db'}"
                schema.upgrade(db)
                print(f"{backend}:", flush=True)
                run(db, args)
            finally:
                if pg is not None:
                    pg.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
