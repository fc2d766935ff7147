"""Sync benchmarks against a real case store on a private PostgreSQL (fsync on), printing figures.

    .venv/bin/python -m bench.bench_sync                  # full size (10k push, 100k pull, 50 laptops, 1k faults)
    .venv/bin/python -m bench.bench_sync --quick          # scaled down
    .venv/bin/python -m bench.bench_sync --only push --intakes 2000

Scenarios
- push: N intakes (person + case + status + one 50 KB photo each) from one laptop to a fresh server.
- pull: M changes (persons, cases, status changes) into an empty coordinator laptop.
- concurrent: L laptops pushing intakes at the same time; latency of each push request, errors.
  ``--workers 2`` runs two server processes; the laptop processes run at nice 10, or with ``--laptop-idle``
  their own work runs SCHED_IDLE and their HTTP exchanges at normal priority (closer to separate machines).
- faults: K intakes through the fault-injecting proxy; intakes sent / faults / on the server / doubled.
- cost (only with ``--only cost``): the CPU one intake push costs the server, PostgreSQL and the laptop
  (one laptop pushing 300 intakes one by one; /proc CPU times).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import keyring

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from casestore import embedded, schema  # noqa: E402
from tests.casestore.fixtures import PgCluster, open_laptop  # noqa: E402
from tests.keyrings import MemoryKeyring  # noqa: E402
from tests.sync.helpers import jpeg_bytes  # noqa: E402

PHOTO = 50 * 1024


def _pg(args: argparse.Namespace) -> PgCluster:
    return PgCluster(args.pg_url, fsync=True)


def make_intakes(loket: Any, n: int, photo_size: int, seed: int = 0, batch: int = 200) -> None:
    """N intakes through desk_app's services (outbox included), in transactions of ``batch``."""
    from desk_app.services import persons as persons_svc

    for start in range(0, n, batch):
        with loket.store.write() as s:
            for i in range(start, min(n, start + batch)):
                person, _ = persons_svc.create(s, "clerk", None, surname="Peeters", given_names=f"Burger {i}")
                shas = []
                if photo_size:
                    att = loket.attachments.put(s, jpeg_bytes(photo_size, seed * 10_000_000 + i), f"foto-{i}.jpg")
                    shas.append(att.sha256)
                loket.cases.intake(
                    s, "clerk", "complaint", person, {"subject": f"Melding {i}", "description": "Loket"},
                    attachments=shas,
                )


def bench_push(args: argparse.Namespace, pg: PgCluster, tmp: Path) -> dict[str, Any]:
    db = pg.new_database("bench_push")
    server = embedded.start(db, mode="process", demo=True, workers=args.workers)
    try:
        lap = open_laptop(tmp / "push-laptop", server.url, "clerk", token_service="bench-push")
        t0 = time.perf_counter()
        make_intakes(lap.loket, args.intakes, PHOTO)
        prep = time.perf_counter() - t0
        lap.client.push_batch = 300
        t0 = time.perf_counter()
        res = lap.client.sync_once()
        took = time.perf_counter() - t0
        assert res.status is not None and res.status.pending == 0, res
        mb = res.bytes_uploaded / 1e6
        lap.close()
        return {
            "intakes": args.intakes,
            "operations": res.pushed,
            "seconds": round(took, 1),
            "intakes_per_s": round(args.intakes / took, 1),
            "MB": round(mb, 1),
            "MB_per_s": round(mb / took, 2),
            "prep_seconds": round(prep, 1),
        }
    finally:
        server.stop()


def seed_changes(db_url: str, n: int) -> None:
    """Put ``n`` changes (¼ persons, ¼ cases, ½ status changes) straight into the server database."""
    from sqlalchemy import insert

    from casestore.db import make_engine
    from casestore.models import Change, Counter, Record

    engine = make_engine(db_url)
    now = dt.datetime.now(dt.UTC)
    per = max(1, n // 4)
    seq = 0
    with engine.begin() as c:
        for start in range(0, per, 2000):
            recs, changes = [], []
            for i in range(start, min(per, start + 2000)):
                pid, cid = str(uuid.uuid4()), str(uuid.uuid4())
                rows: list[tuple[str, str, dict[str, Any], str | None, str | None]] = [
                    ("person", pid, {"id": pid, "surname": "Janssens", "given_names": f"Seed {i}", "language": "nl",
                                     "preferred_channel": "letter"}, None, pid),
                    ("case", cid, {"id": cid, "person_id": pid, "case_type": "complaint", "status": "in_progress",
                                   "department": "klachten", "channel": "counter", "track_code": f"T{i:07d}",
                                   "created_by": "seed", "case_number": f"2025-{i + 1:06d}", "answers": {},
                                   "created_at": now.isoformat()}, cid, pid),
                ]
                for st in ("received", "in_progress"):
                    sid = str(uuid.uuid4())
                    rows.append(("status_change", sid, {"id": sid, "case_id": cid, "status": st,
                                                        "at": now.isoformat(), "actor": "seed",
                                                        "citizen_text": "…"}, cid, None))
                for entity, rid, data, case_id, person_id in rows:
                    seq += 1
                    recs.append({"entity": entity, "id": rid, "revision": 1, "data": data, "case_id": case_id,
                                 "person_id": person_id, "created_by": "seed", "updated_at": now})
                    changes.append({"seq": seq, "entity": entity, "entity_id": rid, "revision": 1, "data": data,
                                    "case_id": case_id, "person_id": person_id, "created_by": "seed", "at": now})
            c.execute(insert(Record), recs)
            c.execute(insert(Change), changes)
        c.execute(insert(Counter), [{"name": "feed", "value": seq}])
    engine.dispose()


def bench_pull(args: argparse.Namespace, pg: PgCluster, tmp: Path) -> dict[str, Any]:
    db = pg.new_database("bench_pull")
    schema.upgrade(db)
    t0 = time.perf_counter()
    seed_changes(db, args.pull)
    seeding = time.perf_counter() - t0
    server = embedded.start(db, mode="process", demo=True, workers=args.workers)
    try:
        lap = open_laptop(tmp / "pull-laptop", server.url, "coordinator", token_service="bench-pull",
                          page_size=2000)
        t0 = time.perf_counter()
        res = lap.client.sync_once()
        took = time.perf_counter() - t0
        hits = len(lap.loket.search("Janssens", limit=5))
        lap.close()
        return {"changes": res.pulled, "seconds": round(took, 1), "changes_per_s": round(res.pulled / took),
                "seed_seconds": round(seeding, 1), "searchable": hits > 0}
    finally:
        server.stop()


def _time_pushes(transport: Any, normal_priority_exchanges: bool = False) -> list[float]:
    """Record the duration of every push request this laptop's transport makes (the returned list fills)."""
    latencies: list[float] = []
    real = transport.request

    def timed(method: str, path: str, **kw: Any) -> Any:
        if normal_priority_exchanges:
            os.sched_setscheduler(0, os.SCHED_OTHER, os.sched_param(0))
        t = time.perf_counter()
        try:
            return real(method, path, **kw)
        finally:
            if path == "/v1/push":
                latencies.append(time.perf_counter() - t)
            if normal_priority_exchanges:
                os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))

    transport.request = timed
    return latencies


def _laptop_worker(i: int, url: str, tmpdir: str, intakes: int, barrier: Any, out: Any, nice: int,
                   idle: bool = False) -> None:
    # The 50 "laptops" share this machine's cores with the server; at equal priority the scheduler would
    # give the server 2 of ~52 shares and measure CPU starvation instead of the server. Real laptops are
    # separate machines, so the laptop processes run niced (``--laptop-nice``, 0 to disable).
    if idle:  # closer to separate machines: a laptop's own work (its store, building the next batch) only
        # gets the CPU the server and PostgreSQL leave unused; its HTTP exchanges run at normal priority
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    elif nice:
        os.nice(nice)
    keyring.set_keyring(MemoryKeyring())
    from sync.errors import SyncError

    lap = open_laptop(Path(tmpdir) / f"lap{i}", url, "clerk", token_service=f"bench-c{i}", push_batch=3)
    make_intakes(lap.loket, intakes, 0, seed=i)
    errors = 0
    transport = lap.client.transport
    # the exchange itself at normal priority with --laptop-idle: a real laptop reads its answer at once
    latencies = _time_pushes(transport, normal_priority_exchanges=idle)
    barrier.wait()
    try:
        res = lap.client.sync_once()
        if res.status is None or res.status.pending or res.status.state != "idle" or res.rejected:
            errors += 1
    except SyncError:
        errors += 1
    errors += transport.retries
    lap.close()
    out.put((latencies, errors))


def bench_concurrent(args: argparse.Namespace, pg: PgCluster, tmp: Path) -> dict[str, Any]:
    db = pg.new_database("bench_conc")
    server = embedded.start(db, mode="process", demo=True, workers=args.workers)
    try:
        ctx = mp.get_context("fork")
        barrier = ctx.Barrier(args.laptops)
        out = ctx.Queue()
        procs = [
            ctx.Process(target=_laptop_worker, args=(i, server.url, str(tmp), args.laptop_intakes, barrier, out, args.laptop_nice,
                                                      args.laptop_idle))
            for i in range(args.laptops)
        ]
        t0 = time.perf_counter()
        for p in procs:
            p.start()
        lat: list[float] = []
        errors = 0
        for _ in procs:
            latencies, errs = out.get(timeout=1800)
            lat += latencies
            errors += errs
        for p in procs:
            p.join()
        took = time.perf_counter() - t0
        lat.sort()
        q = statistics.quantiles(lat, n=100)
        return {
            "laptops": args.laptops,
            "intakes": args.laptops * args.laptop_intakes,
            "push_requests": len(lat),
            "p50_ms": round(q[49] * 1000, 1),
            "p95_ms": round(q[94] * 1000, 1),
            "max_ms": round(lat[-1] * 1000, 1),
            "errors": errors,
            "wall_seconds": round(took, 1),
            "laptop_nice": args.laptop_nice,
            "laptop_sched_idle": args.laptop_idle,
        }
    finally:
        server.stop()


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of a process (and of its waited-for children) from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def _tree_cpu(root: int) -> float:
    total = 0.0
    for pid in [root, *(int(p) for p in _children_of(root))]:
        with contextlib.suppress(OSError):  # ended meanwhile
            total += _cpu_seconds(pid)
    return total


def _children_of(pid: int) -> list[str]:
    out: list[str] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        out += (task / "children").read_text().split()
    return out


def bench_cost(args: argparse.Namespace, pg: PgCluster, tmp: Path) -> dict[str, Any]:
    """CPU that one intake push costs the server and PostgreSQL: one laptop pushes N intakes one by one
    (one server process; CPU times from /proc)."""
    db = pg.new_database("bench_cost")
    server = embedded.start(db, mode="process", demo=True, workers=1)
    try:
        assert server.pid is not None
        lap = open_laptop(tmp / "cost-laptop", server.url, "clerk", token_service="bench-cost", push_batch=3)
        make_intakes(lap.loket, args.cost_intakes, 0, seed=3)
        pushes = _time_pushes(lap.client.transport)
        server0 = _cpu_seconds(server.pid)
        pg0 = _tree_cpu(pg.pid) if pg.pid else None
        laptop0 = time.process_time()
        lap.client.sync_once()
        server_s = _cpu_seconds(server.pid) - server0
        pg_s = _tree_cpu(pg.pid) - pg0 if pg.pid and pg0 is not None else None
        laptop_s = time.process_time() - laptop0
        lap.close()
        n = len(pushes)
        return {
            "pushes": n,
            "server_cpu_ms_per_push": round(server_s / n * 1000, 2),
            "postgres_cpu_ms_per_push": round(pg_s / n * 1000, 2) if pg_s is not None else None,
            "laptop_cpu_ms_per_push": round(laptop_s / n * 1000, 2),
            "push_latency_median_ms": round(statistics.median(pushes) * 1000, 1),
        }
    finally:
        server.stop()


def bench_faults(args: argparse.Namespace, pg: PgCluster, tmp: Path) -> dict[str, Any]:
    from tests.sync.faultproxy import FaultPlan, FaultProxy
    from tests.sync.test_faults import server_counts

    db = pg.new_database("bench_faults")
    server = embedded.start(db, mode="process", demo=True, workers=args.workers)
    proxy = FaultProxy.to_url(server.url, plan=FaultPlan(reset=0.05, drop_answer=0.08, truncate=0.04, delay=0.1),
                              seed=2026)
    try:
        proxy.enabled = False
        lap = open_laptop(tmp / "fault-laptop", proxy.url, "clerk", token_service="bench-faults",
                          push_batch=10, chunk_size=16 * 1024, timeout=10)
        make_intakes(lap.loket, args.fault_intakes, 8 * 1024)
        proxy.enabled = True
        rounds = 0
        t0 = time.perf_counter()
        while lap.client.status().pending and rounds < 10_000:
            rounds += 1
            lap.client.sync_once()
        proxy.enabled = False
        lap.client.sync_once()
        took = time.perf_counter() - t0
        lap.close()
        counts = server_counts(db)
        return {
            "intakes_sent": args.fault_intakes,
            "faults_injected": proxy.faults,
            "fault_kinds": dict(proxy.counts),
            "intakes_on_server": counts["case"],
            "lost": args.fault_intakes - counts["case"],
            "doubled": counts["case_counter"] - counts["distinct_numbers"],
            "sync_rounds": rounds,
            "seconds": round(took, 1),
        }
    finally:
        proxy.close()
        server.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="scaled-down sizes")
    ap.add_argument("--only", choices=("push", "pull", "concurrent", "faults", "cost"), action="append")
    ap.add_argument("--intakes", type=int)
    ap.add_argument("--pull", type=int)
    ap.add_argument("--laptops", type=int)
    ap.add_argument("--laptop-intakes", type=int)
    ap.add_argument("--fault-intakes", type=int)
    ap.add_argument("--cost-intakes", type=int)
    ap.add_argument("--pg-url", default=os.environ.get("LOKET_TEST_PG_URL"), help="use this PostgreSQL")
    ap.add_argument("--workers", type=int, default=1, help="case store server processes")
    ap.add_argument("--laptop-nice", type=int, default=10, help="niceness of the concurrent laptop processes")
    ap.add_argument("--laptop-idle", action="store_true",
                    help="run the laptop processes as SCHED_IDLE (only on CPU the server leaves unused)")
    args = ap.parse_args(argv)
    full = {"intakes": 10_000, "pull": 100_000, "laptops": 50, "laptop_intakes": 10, "fault_intakes": 1000,
            "cost_intakes": 300}
    quick = {"intakes": 300, "pull": 5000, "laptops": 10, "laptop_intakes": 4, "fault_intakes": 100,
             "cost_intakes": 50}
    for k, v in (quick if args.quick else full).items():
        if getattr(args, k) is None:
            setattr(args, k, v)
    keyring.set_keyring(MemoryKeyring())
    scenarios = args.only or ["push", "pull", "concurrent", "faults"]
    pg = _pg(args)
    try:
        with tempfile.TemporaryDirectory(prefix="loket-bench-") as d:
            for name in scenarios:
                fn = {"push": bench_push, "pull": bench_pull, "concurrent": bench_concurrent,
                      "faults": bench_faults, "cost": bench_cost}[name]
                t0 = time.perf_counter()
                figures = fn(args, pg, Path(d))
                print(f"{name} (workers={args.workers}): {figures}  ({time.perf_counter() - t0:.0f} s)", flush=True)
    finally:
        pg.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
