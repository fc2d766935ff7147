"""The coordinator's lists of citizen reports (issue 15, ``casestore.services.report_lists``) over a large
table, printing each list's first page time (p50/p95 over ``--runs``) and the database's plan of its page
query, so one sees whether the lists stay on the indexes of ``casestore/models_reports.py``.

    .venv/bin/python -m bench.bench_report_lists                      # PostgreSQL, 200,000 reports
    .venv/bin/python -m bench.bench_report_lists --backend sqlite --reports 50000

The reports: ``--reports`` over three years, every sub-category, the demo city's zones, 60 staff who took them;
of the last 60 days about half still open, of the older ones 2 % (in every open status, some reopened, some
waiting on a third party), so the open lists hold a few percent of the table as in a city's real queue.
Measured: ``report_list`` (both queries: the count and the page, plus the reporters' count), no HTTP.
The lists' indexes ((status, id), (is_open, id), (created_by, id), (assigned_to, id)) came with migration 0009,
after this benchmark showed `mine` at 64 ms and `open` by department at 41 ms (p50, 200,000 reports) without them.

PostgreSQL: a private cluster (``tests.casestore.fixtures.PgCluster``), or ``--pg-url``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sqlalchemy import event, insert, text  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402

from casestore import schema  # noqa: E402
from casestore.db import make_engine, make_sessionmaker  # noqa: E402
from casestore.models_reports import Report  # noqa: E402
from casestore.services import report_lists, reports  # noqa: E402
from casestore.services.common import Principal  # noqa: E402
from wire import geo  # noqa: E402

OPEN_STATUSES = ("gemeld", "ingepland", "in_behandeling", "wacht_op_derde", "heropend")


def fill(engine: Engine, n: int, seed: int = 15) -> None:
    rnd = random.Random(seed)
    cats = reports.categories()
    subs = list(cats.subs.values())
    zones = [s.code for s in geo.default().sectors]
    now = dt.datetime.now(dt.UTC)
    today = reports._local_date(now)
    deadlines: dict[tuple[str, dt.date], tuple[dt.date, dt.date]] = {}
    rows: list[dict[str, Any]] = []
    for i in range(n):
        age = dt.timedelta(seconds=rnd.uniform(0, 3 * 365 * 86400))
        created = now - age
        sub = rnd.choice(subs)
        day = reports._local_date(created)
        key = (sub.code, day)
        if key not in deadlines:
            deadlines[key] = (sub.term.deadline(reports.CALENDAR, day), sub.term.deadline(reports.CALENDAR, day, 3))
        deadline, deadline_3x = deadlines[key]
        is_open = rnd.random() < (0.5 if (today - day).days <= 60 else 0.02)
        status = rnd.choice(OPEN_STATUSES) if is_open else rnd.choice(("afgehandeld", "afgehandeld", "geannuleerd"))
        closed = None if is_open else created + dt.timedelta(days=rnd.uniform(0.2, 30))
        rows.append({
            "id": f"M{day.year}-{i:07d}", "category": sub.code, "main_category": sub.main,
            "department": sub.department, "priority": sub.priority, "description": "bench", "lat": 51.02,
            "lon": 3.87, "address": None, "channel": rnd.choice(("counter", "phone", "app", "outreach")),
            "status": status, "is_open": is_open, "parent_id": None, "deadline": deadline,
            "deadline_3x": deadline_3x, "created_by": f"staff{rnd.randrange(60)}", "created_at": created,
            "updated_at": created, "closed_at": closed, "zone": rnd.choice(zones),
            "assigned_to": f"staff{rnd.randrange(60)}" if rnd.random() < 0.1 else None,
            "external_party": "Fluvius" if status == "wacht_op_derde" else None, "route_pinned": False,
            "reopened": 1 if status == "heropend" or (is_open and rnd.random() < 0.05) else 0,
            "deadline_10wd": None, "closed_on": None if closed is None else closed.date(), "lead_seconds": None,
        })
    with engine.begin() as c:
        for k in range(0, n, 5000):
            c.execute(insert(Report), rows[k:k + 5000])
        if engine.dialect.name == "postgresql":
            c.execute(text("ANALYZE cs_report"))
        else:
            c.execute(text("ANALYZE"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backend", choices=("postgres", "sqlite"), default="postgres")
    ap.add_argument("--reports", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--pg-url")
    args = ap.parse_args()
    cluster = None
    if args.backend == "postgres":
        from tests.casestore.fixtures import PgCluster

        cluster = PgCluster(args.pg_url)
        url = cluster.new_database("bench_lists")
    else:
        url = f"sqlite:///{tempfile.mkdtemp(prefix='bench-lists-')}/casestore.db"
    try:
        schema.upgrade(url)
        engine = make_engine(url)
        t0 = time.perf_counter()
        fill(engine, args.reports)
        print(f"{args.backend}: {args.reports:,} reports in {time.perf_counter() - t0:.1f} s")
        with engine.begin() as c:
            c.execute(text("ANALYZE cs_report" if args.backend == "postgres" else "ANALYZE"))
        sessions = make_sessionmaker(engine)
        p = Principal(1, "staff7", "coordinator", None, "bench")
        captured: list[tuple[str, Any]] = []

        def capture(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
            captured.append((statement, params))

        event.listen(engine, "before_cursor_execute", capture)
        cases: list[tuple[str, dict[str, Any]]] = [(name, {}) for name in report_lists.LISTS]
        cases += [("open", {"department": "netheid"}), ("overdue", {"zone": "MH11"}),
                  ("new", {"category": "sluikstort"})]
        for name, filters in cases:
            times = []
            for _ in range(args.runs):
                captured.clear()
                t = time.perf_counter()
                with sessions.begin() as s:
                    page = report_lists.report_list(s, p, name, **filters)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            label = name + "".join(f" {k}={v}" for k, v in filters.items())
            print(f"{label:28} total {page['total']:>7,}  p50 {statistics.median(times):7.1f} ms  p95 {p95:7.1f} ms")
            statement, params = next((st, pa) for st, pa in captured if "ORDER BY" in st)
            prefix = "EXPLAIN " if args.backend == "postgres" else "EXPLAIN QUERY PLAN "
            event.remove(engine, "before_cursor_execute", capture)
            with engine.connect() as c:
                raw = c.connection.driver_connection
                assert raw is not None
                cur = raw.cursor()
                cur.execute(prefix + statement, params)
                plan = [str(r[-1]) if args.backend == "sqlite" else str(r[0]) for r in cur.fetchall()]
            event.listen(engine, "before_cursor_execute", capture)
            for line in plan[:6]:
                print(f"    {line}")
        engine.dispose()
    finally:
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    main()
