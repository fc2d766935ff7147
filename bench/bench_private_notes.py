"""What the private-notes rule (issue 16) costs the change feed: reading a whole feed page by page as a
coordinator (every case in view) and as a theme-desk advisor (their department), with the rule and without it,
on SQLite and on a private PostgreSQL. Prints figures, asserts nothing.

    .venv/bin/python -m bench.bench_private_notes                 # 100,000 changes, SQLite and PostgreSQL
    .venv/bin/python -m bench.bench_private_notes --changes 20000 --no-pg

The feed is seeded straight into the database: per citizen a person, a case, two status changes and two
notes (one of them private, to one of two departments), so a third of the changes are notes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sqlalchemy import insert, true  # noqa: E402

from casestore import schema  # noqa: E402
from casestore.db import make_engine, make_sessionmaker  # noqa: E402
from casestore.models import Change, Counter, Record  # noqa: E402
from casestore.services import feed  # noqa: E402
from casestore.services.common import Principal  # noqa: E402

DEPARTMENTS = ("sociaal_huis", "wonen")


def seed(db_url: str, n: int) -> int:
    engine = make_engine(db_url)
    now = dt.datetime.now(dt.UTC)
    seq = 0
    with engine.begin() as c:
        for start in range(0, max(1, n // 6), 2000):
            recs, changes = [], []
            for i in range(start, min(n // 6, start + 2000)):
                pid, cid = str(uuid.uuid4()), str(uuid.uuid4())
                dept = DEPARTMENTS[i % 2]
                rows: list[tuple[str, str, dict[str, Any], str | None, str | None, str | None]] = [
                    ("person", pid, {"id": pid, "surname": "Janssens", "given_names": f"Seed {i}"}, None, pid, None),
                    ("case", cid, {"id": cid, "person_id": pid, "case_type": "social_services_referral",
                                   "status": "received", "department": dept}, cid, pid, dept),
                ]
                for st in ("received", "in_progress"):
                    sid = str(uuid.uuid4())
                    rows.append(("status_change", sid, {"id": sid, "case_id": cid, "status": st}, cid, None, None))
                for private in (False, True):
                    nid = str(uuid.uuid4())
                    note_dept = DEPARTMENTS[(i // 2) % 2] if private else None
                    rows.append(("note", nid, {"id": nid, "person_id": pid, "case_id": cid, "text": "…",
                                               "private": private, "department": note_dept}, cid, pid, note_dept))
                for entity, rid, data, case_id, person_id, department in rows:
                    seq += 1
                    recs.append({"entity": entity, "id": rid, "revision": 1, "data": data, "case_id": case_id,
                                 "person_id": person_id, "department": department, "created_by": "seed",
                                 "updated_at": now})
                    changes.append({"seq": seq, "entity": entity, "entity_id": rid, "revision": 1, "data": data,
                                    "case_id": case_id, "person_id": person_id, "created_by": "seed", "at": now})
            c.execute(insert(Record), recs)
            c.execute(insert(Change), changes)
        c.execute(insert(Counter), [{"name": "feed", "value": seq}])
    engine.dispose()
    return seq


def read_feed(db_url: str, p: Principal, rule: bool, page: int = 500, rounds: int = 3) -> dict[str, Any]:
    engine = make_engine(db_url)
    sessions = make_sessionmaker(engine)
    real = feed.private_notes_seen
    if not rule:
        feed.private_notes_seen = lambda _p: true()  # type: ignore[assignment]
    try:
        times, pages_t, got = [], [], 0
        for _ in range(rounds):
            since, got, t0 = 0, 0, time.perf_counter()
            while True:
                t1 = time.perf_counter()
                with sessions() as s:
                    body = feed.changes(s, p, since, page)
                pages_t.append(time.perf_counter() - t1)
                got += len(body["changes"])
                since = body["cursor"]
                if not body["has_more"]:
                    break
            times.append(time.perf_counter() - t0)
        pages_t.sort()
        return {"changes": got, "seconds": round(statistics.median(times), 3),
                "page_p50_ms": round(pages_t[len(pages_t) // 2] * 1000, 1),
                "page_p95_ms": round(pages_t[int(len(pages_t) * 0.95)] * 1000, 1)}
    finally:
        feed.private_notes_seen = real
        engine.dispose()


def run(name: str, db_url: str, n: int) -> None:
    schema.upgrade(db_url)
    total = seed(db_url, n)
    print(f"{name}: {total} changes in the feed")
    for who in (Principal(1, "coordinator", "coordinator", None, "dev-c"),
                Principal(2, "advisor", "theme_desk", "sociaal_huis", "dev-a")):
        for rule in (False, True):
            r = read_feed(db_url, who, rule)
            print(f"  {who.role:<12} {'with' if rule else 'without':>7} the rule: {r['changes']:>7} changes, "
                  f"{r['seconds']:.3f} s, page p50 {r['page_p50_ms']} ms, p95 {r['page_p95_ms']} ms")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--changes", type=int, default=100_000)
    ap.add_argument("--no-pg", action="store_true", help="SQLite only")
    ap.add_argument("--pg-url", default=None, help="an existing PostgreSQL server instead of a private one")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        run("SQLite", f"sqlite:///{Path(tmp) / 'bench.db'}", args.changes)
    if not args.no_pg:
        from tests.casestore.fixtures import PgCluster

        pg = PgCluster(args.pg_url)
        try:
            run("PostgreSQL", pg.new_database("bench_private_notes"), args.changes)
        finally:
            pg.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
