"""People in the reports' dashboard at a city's scale (issue 15): engaged citizens and residents of a zone, over
HTTP against a case store (own process) on a private PostgreSQL (fsync on), printing p50/p95/max.

    .venv/bin/python -m bench.bench_people                          # 1,000,000 reports over 3 years, 200,000 persons
    .venv/bin/python -m bench.bench_people --reports 200000         # scaled down (persons stay as given)

Filled with ``COPY``: the reports of ``bench.bench_reports.generate`` (hotspots, zones, statuses), one reporter
for most of them (55 % a known person, 25 % an e-mail address, drawn with a heavy head so that some report
again and again; 20 % nobody known; consent on 40 %), ``--persons`` person records and their places
(``cs_person_place``). Then ``ANALYZE``. Measured, each ``--requests`` times, as the coordinator:
``engaged`` over a year (all, one category, one zone; cold: another year each call, computed afresh; kept: the
same question again, nothing changed) and ``residents`` of the busiest zone and of a
drawn 200-point polygon over a quarter of the city (limit 1000 each). Target: p95 <= 300 ms (the dashboard's).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.bench_reports import COLUMNS, Points, generate, login  # noqa: E402
from casestore import embedded, schema  # noqa: E402
from tests.casestore.fixtures import PgCluster  # noqa: E402

REPORTER_COLUMNS = ("report_id", "person_id", "email", "phone", "first_name", "last_name", "language",
                    "contact_channel", "consent", "me_too", "added_by", "added_at")


def fill(db: str, args: argparse.Namespace) -> None:
    import psycopg

    rng = random.Random(16)
    t0 = time.perf_counter()
    rows, _ = generate(args.reports, args.years, rng)
    created_at = COLUMNS.index("created_at")
    pts = Points(rng)
    now = dt.datetime.now(dt.UTC)
    with psycopg.connect(db) as conn, conn.cursor() as cur:
        with cur.copy(f"COPY cs_report ({', '.join(COLUMNS)}) FROM STDIN") as cp:
            for row in rows:
                cp.write_row(row)
        with cur.copy(f"COPY cs_report_reporter ({', '.join(REPORTER_COLUMNS)}) FROM STDIN") as cp:
            for row in rows:
                r = rng.random()
                consent = rng.random() < 0.4
                if r < 0.55:
                    i = int(args.persons * rng.random() ** 3)
                    cp.write_row((row[0], f"bench-person-{i:07d}", None, None, None, None, "nl", "letter", consent,
                                  False, "bench", row[created_at]))
                elif r < 0.8:
                    i = int(50_000 * rng.random() ** 3)
                    cp.write_row((row[0], None, f"bench{i}@example.org", None, "Bench", str(i), "nl", "mail",
                                  consent, False, "bench", row[created_at]))
        with cur.copy("COPY cs_record (entity, id, revision, data, created_by, person_id, updated_at) "
                      "FROM STDIN") as cp:
            for i in range(args.persons):
                pid = f"bench-person-{i:07d}"
                cp.write_row(("person", pid, 1, json.dumps({"id": pid, "surname": f"Bench{i % 997}",
                                                            "given_names": f"P{i}", "language": "nl"}),
                              "bench", pid, now))
        with cur.copy("COPY cs_person_place (person_id, address, lat, lon, zone, updated_at) FROM STDIN") as cp:
            for i in range(args.persons):
                lat, lon = pts.anywhere()
                cp.write_row((f"bench-person-{i:07d}", f"Benchstraat {i % 500 + 1}, 9999 Meerhoven", round(lat, 6),
                              round(lon, 6), pts.zone(lat, lon), now))
        conn.commit()
        conn.autocommit = True
        for table in ("cs_report", "cs_report_reporter", "cs_record", "cs_person_place"):
            conn.execute(f"ANALYZE {table}")
    print(f"filled {len(rows):,} reports with reporters, {args.persons:,} persons and places in "
          f"{time.perf_counter() - t0:.0f} s", flush=True)


def timed(n: int, call: Any) -> list[float]:
    out = []
    for i in range(n):
        t = time.perf_counter()
        r = call(i)
        out.append(time.perf_counter() - t)
        assert r.status_code == 200, r.text
    return out


def line(label: str, xs: list[float], target: float = 300) -> str:
    xs = sorted(xs)
    p95 = xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]
    ok = "ok" if p95 * 1e3 <= target else "OVER"
    return (f"  {label:<44} p50 {statistics.median(xs) * 1e3:7.1f} ms  p95 {p95 * 1e3:7.1f} ms  "
            f"max {xs[-1] * 1e3:7.1f} ms  (target p95 <= {target:.0f} ms: {ok})")


def run(db: str, args: argparse.Namespace) -> None:
    schema.upgrade(db)
    fill(db, args)
    server = embedded.start(db, demo=True, mode="process")
    try:
        co: httpx.Client = login(server.url, "coordinator")
        n = args.requests
        first = co.get("/v1/reports/dashboard/engaged").json()
        print(f"engaged over the last year: {first['total']:,} reporter x topic pairs", flush=True)
        today = dt.date.today()
        for label, params in (("engaged, last year", {}), ("engaged, category zwerfvuil", {"category": "zwerfvuil"}),
                              ("engaged, zone MH10", {"zone": "MH10"})):
            def cold(i: int, p: dict[str, Any] = params) -> httpx.Response:  # another year each time: computed
                end = today - dt.timedelta(days=i + 1)
                return co.get("/v1/reports/dashboard/engaged", params={
                    **p, "from": (end - dt.timedelta(days=364)).isoformat(), "to": end.isoformat()})

            print(line(f"{label}, cold", timed(n, cold)), flush=True)
            print(line(f"{label}, kept", timed(n, lambda i, p=params: co.get("/v1/reports/dashboard/engaged",
                                                                             params=p))), flush=True)
        zones = co.get("/v1/reports/zones").json()["zones"]
        counts = {z["code"]: co.post("/v1/reports/dashboard/residents", json={"zone": z["code"], "limit": 1}
                                     ).json()["total"] for z in zones}
        busiest = max(counts, key=lambda k: counts[k])
        print(f"residents: busiest zone {busiest} with {counts[busiest]:,} persons", flush=True)
        print(line(f"residents, zone {busiest}", timed(n, lambda i: co.post(
            "/v1/reports/dashboard/residents", json={"zone": busiest, "limit": 1000}))), flush=True)
        c_lat, c_lon, r_deg = 51.028, 3.872, 0.014
        poly = [[c_lat + r_deg * math.sin(2 * math.pi * k / 200), c_lon + 1.6 * r_deg * math.cos(2 * math.pi * k / 200)]
                for k in range(200)]
        got = co.post("/v1/reports/dashboard/residents", json={"polygon": poly, "limit": 1000}).json()["total"]
        print(line(f"residents, 200-point polygon ({got:,} persons)", timed(n, lambda i: co.post(
            "/v1/reports/dashboard/residents", json={"polygon": poly, "limit": 1000}))), flush=True)
    finally:
        server.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=1_000_000)
    ap.add_argument("--years", type=int, default=3)
    ap.add_argument("--persons", type=int, default=200_000)
    ap.add_argument("--requests", type=int, default=30)
    args = ap.parse_args()
    cluster = PgCluster(fsync=True)
    try:
        run(cluster.new_database("bench_people"), args)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
