"""Citizen reports at a city's scale (issue 15), against a real case store on PostgreSQL, printing figures.

    .venv/bin/python -m bench.bench_reports                      # 1,000,000 reports over 3 years, 200,000 persons
    .venv/bin/python -m bench.bench_reports --reports 20000      # quick mode (persons scale with it)
    .venv/bin/python -m bench.bench_reports --pg-url postgresql://user@host/postgres

The database is filled with ``COPY`` (psycopg): ``--reports`` main reports spread over ``--years`` years up to
today (hotspots as in the demo: litter by the station, speeding along one road, rats along the canal; the rest
anywhere in the demo city Meerhoven and every category; about 70 % solved within ten working days, deadlines
from each category's term with the Belgian working-day calendar, zones from ``wire.geo``), and ``--persons``
persons' places (``cs_person_place``). Then ``VACUUM ANALYZE`` and the case store starts in its own process.

Measured over HTTP (p50/p95/max of ``--requests`` calls each, signed in as the demo manager / clerk):

- the dashboard: ``summary``, ``hotspots?by=zone``, ``hotspots?by=category``, ``channels`` over the last year,
  and ``heat`` of the last year (cell 250 m); targets p95 <= 300 ms each, the heat map <= 500 ms;
- the duplicate look-up at intake ``GET /v1/reports/nearby`` at random points of the city; target p95 <= 20 ms;
- Open311 ``POST /open311/v2/requests.json`` with a 200 KB JPEG each (multipart ``media``), ``--clients``
  clients at once for ``--posts`` requests: the sustained rate (requests/s) and the latency. The system's API
  key comes from ``python -m casestore.cli open311-key add``.

PostgreSQL: a private cluster with fsync on (``tests.casestore.fixtures.PgCluster``), or ``--pg-url``.
Not filled: reporters and status histories of the bulk reports (no dashboard query reads them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import math
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from casestore import embedded, schema  # noqa: E402
from casestore.db import make_engine, make_sessionmaker  # noqa: E402
from casestore.demo_reports import CANAL, CHANNEL_WEIGHTS, ROAD, STATION  # noqa: E402
from casestore.embedded import DEMO_PASSWORD  # noqa: E402
from casestore.services.records import bump_counters  # noqa: E402
from tests.casestore.fixtures import PgCluster  # noqa: E402
from wire import geo  # noqa: E402
from wire import reports as catalogue  # noqa: E402
from wire.calendar import WorkingCalendar, term_end  # noqa: E402

TZ = ZoneInfo("Europe/Brussels")
CAL = WorkingCalendar()
COLUMNS = ("id", "category", "main_category", "department", "priority", "description", "lat", "lon", "channel",
           "status", "is_open", "deadline", "deadline_3x", "created_by", "created_at", "updated_at", "closed_at",
           "zone", "route_pinned", "reopened", "deadline_10wd", "closed_on", "lead_seconds")


class Points:
    """Random points of the city, with their zone (memoised on a ~10 m grid: zone_of is a polygon test)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.zones = geo.default()
        self.box = self.zones.bbox or (51.0, 51.055, 3.818, 3.926)
        self.memo: dict[tuple[int, int], str] = {}

    def zone(self, lat: float, lon: float) -> str:
        k = (round(lat * 10000), round(lon * 10000))
        z = self.memo.get(k)
        if z is None:
            z = self.memo[k] = self.zones.zone_of(lat, lon)
        return z

    def anywhere(self) -> tuple[float, float]:
        b = self.box
        while True:
            lat, lon = self.rng.uniform(b[0], b[1]), self.rng.uniform(b[2], b[3])
            if self.zones.in_city(lat, lon):
                return lat, lon

    def near(self, p: tuple[float, float], sd_m: float) -> tuple[float, float]:
        return (p[0] + self.rng.gauss(0, sd_m) / geo.M_PER_DEG_LAT,
                p[1] + self.rng.gauss(0, sd_m) / (geo.M_PER_DEG_LAT * math.cos(math.radians(p[0]))))

    def along(self, line: tuple[tuple[float, float], tuple[float, float]], sd_m: float) -> tuple[float, float]:
        t = self.rng.random()
        (a0, a1), (b0, b1) = line
        return self.near((a0 + (b0 - a0) * t, a1 + (b1 - a1) * t), sd_m)


def generate(n: int, years: int, rng: random.Random) -> tuple[list[tuple[Any, ...]], dict[int, int]]:
    """The report rows (in COLUMNS order) and how many per year (for the number counters)."""
    cats = catalogue.default()
    subs = list(cats.subs.values())
    pts = Points(rng)
    today = dt.datetime.now(TZ).date()
    days = 365 * years
    first = today - dt.timedelta(days=days - 1)
    deadlines: dict[tuple[str, dt.date], tuple[dt.date, dt.date]] = {}
    ten: dict[dt.date, dt.date] = {}
    closing: dict[tuple[dt.date, int], dt.date] = {}
    now = dt.datetime.now(dt.UTC)
    chans, cweights = list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values())
    times = sorted(first_moment + rng.random() * 86400 * days
                   for first_moment in [dt.datetime.combine(first, dt.time(0), TZ).timestamp()] * n)
    rows: list[tuple[Any, ...]] = []
    per_year: dict[int, int] = {}
    for ts in times:
        created = dt.datetime.fromtimestamp(ts, dt.UTC)
        start = created.astimezone(TZ).date()
        r = rng.random()
        if r < 0.11:
            sub, pt = cats.subs["zwerfvuil"], pts.near(STATION, 220)
        elif r < 0.16:
            sub, pt = cats.subs["snelheid"], pts.along(ROAD, 60)
        elif r < 0.21:
            sub, pt = cats.subs["ratten"], pts.along(CANAL, 50)
        else:
            sub, pt = rng.choice(subs), pts.anywhere()
        dl = deadlines.get((sub.code, start))
        if dl is None:
            dl = deadlines[(sub.code, start)] = (sub.term.deadline(CAL, start), sub.term.deadline(CAL, start, 3))
        d10 = ten.get(start)
        if d10 is None:
            d10 = ten[start] = term_end(CAL, start, 10, "working_days")
        year = start.year
        per_year[year] = per_year.get(year, 0) + 1
        rid = f"M{year}-{per_year[year]:07d}"
        status, is_open, closed_at, closed_on, lead = "ingepland", True, None, None, None
        wd = rng.choice((0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10)) if rng.random() < 0.72 else rng.randrange(11, 45)
        cday = closing.get((start, wd))
        if cday is None:
            cday = closing[(start, wd)] = start if wd == 0 else term_end(CAL, start, wd, "working_days")
        at = dt.datetime.combine(cday, dt.time(rng.randrange(8, 17), rng.randrange(60)), TZ).astimezone(dt.UTC)
        if at <= created:
            at = created + dt.timedelta(hours=2)
        if rng.random() < 0.04:
            status = "geannuleerd"
        elif rng.random() < 0.03:
            status = "wacht_op_derde"
        if at < now and status != "wacht_op_derde":
            status = status if status == "geannuleerd" else "afgehandeld"
            is_open, closed_at, closed_on, lead = False, at, at.astimezone(TZ).date(), (at - created).total_seconds()
        rows.append((rid, sub.code, sub.main, sub.department, sub.priority, "bench", round(pt[0], 6),
                     round(pt[1], 6), rng.choices(chans, cweights)[0], status, is_open, dl[0], dl[1], "bench",
                     created, created, closed_at, pts.zone(*pt), False, 0, d10, closed_on, lead))
    return rows, per_year


def fill(db: str, args: argparse.Namespace) -> None:
    import psycopg

    rng = random.Random(15)
    t0 = time.perf_counter()
    rows, per_year = generate(args.reports, args.years, rng)
    t1 = time.perf_counter()
    pg_url = db.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(pg_url) as conn:
        with conn.cursor() as cur:
            with cur.copy(f"COPY cs_report ({', '.join(COLUMNS)}) FROM STDIN") as cp:
                for row in rows:
                    cp.write_row(row)
            pts = Points(rng)
            now = dt.datetime.now(dt.UTC)
            with cur.copy("COPY cs_person_place (person_id, address, lat, lon, zone, updated_at) FROM STDIN") as cp:
                for i in range(args.persons):
                    lat, lon = pts.anywhere()
                    cp.write_row((f"bench-person-{i:07d}", f"Benchstraat {i % 500 + 1}, 9999 Meerhoven",
                                  round(lat, 6), round(lon, 6), pts.zone(lat, lon), now))
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE cs_report")  # as autovacuum would: the visibility map (index-only scans)
        conn.execute("ANALYZE cs_person_place")
    engine = make_engine(db)
    try:
        with make_sessionmaker(engine).begin() as s:  # report numbers after the bulk ones (Open311 posts)
            bump_counters(s, {f"report:{y}": k for y, k in per_year.items()})
    finally:
        engine.dispose()
    print(f"filled {len(rows):,} reports ({', '.join(f'{y}: {k:,}' for y, k in sorted(per_year.items()))}) and "
          f"{args.persons:,} persons' places: generated in {t1 - t0:.0f} s, COPY + ANALYZE in "
          f"{time.perf_counter() - t1:.0f} s", flush=True)


def pct(values: list[float]) -> tuple[float, float, float]:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return statistics.median(values), p95, values[-1]


def line(label: str, values: list[float], target: float | None = None) -> str:
    p50, p95, mx = pct(values)
    mark = "" if target is None else (f"  (target p95 <= {target:.0f} ms: {'met' if p95 <= target else 'MISSED'})")
    return f"{label:<44} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  max {mx:7.1f} ms{mark}"


def timed(c: httpx.Client, n: int, call: Callable[[int], httpx.Response]) -> list[float]:
    call(0).raise_for_status()  # warm: the first call compiles and fills caches
    out = []
    for i in range(n):
        t0 = time.perf_counter()
        r = call(i)
        out.append((time.perf_counter() - t0) * 1000)
        r.raise_for_status()
    return out


def getter(c: httpx.Client, path: str, params: dict[str, Any]) -> Callable[[int], httpx.Response]:
    return lambda _i: c.get(path, params=params)


def login(url: str, user: str) -> httpx.Client:
    r = httpx.post(f"{url}/v1/auth/login", json={"username": user, "password": DEMO_PASSWORD,
                                                  "device_name": f"bench-{user}"}, timeout=60)
    r.raise_for_status()
    return httpx.Client(base_url=url, timeout=120, headers={"Authorization": f"Bearer {r.json()['access_token']}"})


def photo(size: int = 200_000) -> bytes:
    """A real JPEG of about ``size`` bytes (noise compresses badly, as a phone photo of a pavement)."""
    from PIL import Image

    side = 200
    rnd = random.Random(311)
    while True:
        img = Image.frombytes("RGB", (side, side), rnd.randbytes(side * side * 3))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=90)
        if buf.tell() >= size:
            return buf.getvalue()
        side += 20


def open311_rate(url: str, db: str, args: argparse.Namespace, rng: random.Random) -> None:
    name = f"bench-app-{os.getpid()}"
    out = subprocess.run([sys.executable, "-m", "casestore.cli", "open311-key", "add", "--db", db, name],
                         check=True, capture_output=True, text=True, cwd=REPO)
    key = out.stdout.strip().splitlines()[-1]
    jpeg = photo()
    pts = Points(rng)
    codes = list(catalogue.default().subs)
    lock = threading.Lock()
    latencies: list[float] = []
    errors: list[str] = []
    todo = iter(range(args.posts))

    def worker() -> None:
        with httpx.Client(base_url=url, timeout=120) as c:
            while True:
                with lock:
                    i = next(todo, None)
                    lat, lon = pts.anywhere()
                if i is None:
                    return
                media = jpeg + os.urandom(16)  # each photo its own bytes (its own blob)
                t0 = time.perf_counter()
                r = c.post("/open311/v2/requests.json",
                           data={"api_key": key, "service_code": codes[i % len(codes)], "lat": f"{lat:.6f}",
                                 "long": f"{lon:.6f}", "description": "bench: a photo from the app"},
                           files={"media": ("photo.jpg", media, "image/jpeg")})
                with lock:
                    latencies.append((time.perf_counter() - t0) * 1000)
                    if r.status_code != 201:
                        errors.append(f"{r.status_code} {r.text[:200]}")

    threads = [threading.Thread(target=worker) for _ in range(args.clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.perf_counter() - t0
    print(line(f"open311 POST requests ({len(jpeg) // 1000} KB photo, {args.clients} clients)", latencies))
    print(f"open311 sustained rate: {len(latencies) / took:.1f} requests/s over {len(latencies)} requests "
          f"({len(errors)} errors{': ' + errors[0] if errors else ''})", flush=True)


def run(db: str, args: argparse.Namespace) -> None:
    schema.upgrade(db)
    if not args.db:
        fill(db, args)
    if args.fill_only:
        print(f"filled: {db}")
        return
    server = embedded.start(db, demo=True, mode="process")
    rng = random.Random(20)
    try:
        board = login(server.url, "manager")
        clerk = login(server.url, "clerk")
        today = dt.datetime.now(TZ).date()
        year = {"from": (today - dt.timedelta(days=364)).isoformat(), "to": today.isoformat()}
        n = args.requests
        queries: list[tuple[str, dict[str, Any], float]] = [
            ("summary", {}, 300), ("hotspots", {"by": "zone"}, 300), ("hotspots", {"by": "category"}, 300),
            ("channels", {}, 300), ("heat", {"cell_m": 250}, 500), ("summary", {"zone": "MH10"}, 300),
            ("summary", {"category": "zwerfvuil"}, 300)]
        print("dashboard over the last year; cold: every call another period (the year ending 1, 2, … days "
              "earlier: computed afresh, as after a change of any report); kept: the same question again, the "
              "reports unchanged", flush=True)
        for what, extra, target in queries:
            path = f"/v1/reports/dashboard/{what}"
            label = f"{what} {' '.join(f'{k}={v}' for k, v in extra.items())}"

            def cold(i: int, path: str = path, extra: dict[str, Any] = extra) -> httpx.Response:
                end = today - dt.timedelta(days=i + 1)
                return board.get(path, params={"from": (end - dt.timedelta(days=364)).isoformat(),
                                               "to": end.isoformat()} | extra)

            print(line(f"  {label}, cold", timed(board, n, cold), target), flush=True)
            print(line(f"  {label}, kept", timed(board, n, getter(board, path, year | extra)), target), flush=True)
        pts = Points(rng)
        codes = list(catalogue.default().subs)
        found: list[int] = []

        def nearby(i: int) -> httpx.Response:
            lat, lon = pts.anywhere()
            r = clerk.get("/v1/reports/nearby", params={"category": codes[i % len(codes)], "lat": lat, "lon": lon})
            found.append(len(r.json()) if r.status_code == 200 else 0)
            return r

        def hotspot(i: int) -> httpx.Response:
            lat, lon = pts.near(STATION, 250)
            r = clerk.get("/v1/reports/nearby", params={"category": "zwerfvuil", "lat": lat, "lon": lon})
            found.append(len(r.json()) if r.status_code == 200 else 0)
            return r

        got = timed(clerk, max(n, 200), nearby)
        print(line("GET /v1/reports/nearby, anywhere, any category", got, 20)
              + f"  ({statistics.mean(found):.1f} found)", flush=True)
        found.clear()
        got = timed(clerk, max(n, 100), hotspot)
        print(line("GET /v1/reports/nearby, litter by the station", got, 20)
              + f"  ({statistics.mean(found):.1f} found)", flush=True)
        board.close()
        clerk.close()
        open311_rate(server.url, db, args, rng)
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=1_000_000)
    ap.add_argument("--persons", type=int, help="persons' places (default: a fifth of --reports)")
    ap.add_argument("--years", type=int, default=3)
    ap.add_argument("--requests", type=int, default=40, help="calls per dashboard query")
    ap.add_argument("--posts", type=int, default=200, help="Open311 requests with a photo")
    ap.add_argument("--clients", type=int, default=4, help="Open311 clients at once")
    ap.add_argument("--pg-url", help="an existing PostgreSQL server (a database is created in it)")
    ap.add_argument("--db", help="a database this bench filled before (--fill-only): measure only")
    ap.add_argument("--fill-only", action="store_true", help="fill a new database in --pg-url and keep it")
    args = ap.parse_args(argv)
    if args.persons is None:
        args.persons = args.reports // 5
    if args.db or args.fill_only:
        if not (args.db or args.pg_url):
            ap.error("--fill-only needs --pg-url (a server that stays)")
        run(args.db or PgCluster(args.pg_url).new_database("bench_reports"), args)
        return 0
    pg = PgCluster(args.pg_url, fsync=True)
    try:
        run(pg.new_database("bench_reports"), args)
    finally:
        pg.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
