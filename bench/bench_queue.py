"""The shop queue's call → screens latency (issue 16), against a real case store, printing figures.

    .venv/bin/python -m bench.bench_queue                      # SQLite and PostgreSQL, 12 desks, 60 waiting
    .venv/bin/python -m bench.bench_queue --backend postgres --calls 40 --workers 2

A shop with ``--desks`` desks (all handling one service) and a waiting room of ``--waiting`` tickets; the
case store runs in its own process(es) (``--workers``). Listening: one call display and every desk, each on
its own event stream (``GET /v1/queue/events``). Each desk calls next ``--calls`` times, a random
0–2×``--think`` ms apart, and finishes the ticket it got; reception issues a new ticket for every one
called, so the waiting room stays full. Measured, per call: from sending call next to the ``ticket_called``
event read by the call display, and by each of the other desks' streams (p50/p95/max), and the call next
request itself. The clients run in this one process (threads): their own delays are in the figures.
PostgreSQL: a private cluster with fsync on (``tests.casestore.fixtures.PgCluster``, as bench_sync), or
``--pg-url``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from casestore import embedded, schema  # noqa: E402
from casestore.embedded import DEMO_PASSWORD  # noqa: E402
from tests.casestore.fixtures import PgCluster  # noqa: E402

SHOP = "benchwinkel"


def write_shop(folder: Path, desks: int) -> None:
    lines = [
        f"shop: {{code: {SHOP}, name: {{nl: Benchwinkel}}}}",
        "services:",
        "  - {code: burgerzaken, name: {nl: Burgerzaken}, prefix: A, range: [1, 999], default_minutes: 6}",
        "desks:",
        *(f"  - {{code: balie-{i}, name: {{nl: Balie {i}}}, services: [burgerzaken]}}" for i in range(1, desks + 1)),
    ]
    (folder / f"{SHOP}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def token(url: str, username: str, device: str) -> str:
    r = httpx.post(f"{url}/v1/auth/login", json={"username": username, "password": DEMO_PASSWORD,
                                                  "device_name": device}, timeout=60)
    r.raise_for_status()
    return str(r.json()["access_token"])


class Screen(threading.Thread):
    """One event stream: the time each ticket_called event arrived, by (ticket id, calls)."""

    def __init__(self, url: str, tok: str, name: str) -> None:
        super().__init__(name=name, daemon=True)
        self.url, self.tok = url, tok
        self.seen: dict[tuple[str, int], float] = {}
        self.ready = threading.Event()
        self.stop = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with httpx.Client(timeout=httpx.Timeout(60, read=None)) as c, c.stream(
                "GET", f"{self.url}/v1/queue/events", params={"shop": SHOP},
                headers={"Authorization": f"Bearer {self.tok}"},
            ) as r:
                r.raise_for_status()
                kind = None
                for line in r.iter_lines():
                    if self.stop.is_set():
                        return
                    if line.startswith(": following"):
                        self.ready.set()
                    elif line.startswith("event: "):
                        kind = line[7:]
                    elif line.startswith("data: ") and kind == "ticket_called":
                        d = json.loads(line[6:])
                        self.seen.setdefault((d["ticket_id"], d["calls"]), time.perf_counter())
                    elif not line:
                        kind = None
        except BaseException as e:
            self.error = e
            self.ready.set()


def pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def fmt(ms: list[float]) -> str:
    return f"p50 {pct(ms, 50):.1f} ms, p95 {pct(ms, 95):.1f} ms, max {max(ms):.1f} ms (n={len(ms)})"


def run(db: str, args: argparse.Namespace, shop_dir: Path) -> dict[str, str]:
    embedded.seed_demo(db)
    server = embedded.start(db, mode="process", workers=args.workers)
    screens: list[Screen] = []
    try:
        url = server.url
        display_tok = token(url, "advisor", "call-display")
        desk_toks = [token(url, "clerk", f"desk-{i}") for i in range(args.desks)]
        reception_tok = token(url, "coordinator", "reception")
        screens = [Screen(url, display_tok, "display")] + [
            Screen(url, desk_toks[i], f"desk-{i + 1}") for i in range(args.desks)]
        for s in screens:
            s.start()
        for s in screens:
            s.ready.wait(60)
            if s.error:
                raise s.error
        auth = {"Authorization": f"Bearer {reception_tok}"}
        reception = httpx.Client(base_url=f"{url}/v1/queue/{SHOP}", headers=auth, timeout=60)
        for _ in range(args.waiting):
            reception.post("/tickets", json={"service": "burgerzaken"}).raise_for_status()
        lock = threading.Lock()
        sent: list[tuple[int, str, float]] = []  # desk index, ticket id, when call next was sent
        request_ms: list[float] = []
        barrier = threading.Barrier(args.desks)

        def desk(i: int) -> None:
            rnd = random.Random(i)
            with httpx.Client(base_url=f"{url}/v1/queue/{SHOP}", timeout=60,
                              headers={"Authorization": f"Bearer {desk_toks[i]}"}) as c:
                barrier.wait()
                for _ in range(args.calls):
                    time.sleep(rnd.uniform(0, 2 * args.think / 1000))
                    t0 = time.perf_counter()
                    r = c.post(f"/desks/balie-{i + 1}/next")
                    t1 = time.perf_counter()
                    r.raise_for_status()
                    t = r.json()["ticket"]
                    if t is None:
                        continue
                    with lock:
                        sent.append((i, t["id"], t0))
                        request_ms.append((t1 - t0) * 1000)
                    c.post(f"/tickets/{t['id']}/finish", json={}).raise_for_status()
                    c.post("/tickets", json={"service": "burgerzaken"}).raise_for_status()  # a new arrival

        threads = [threading.Thread(target=desk, args=(i,)) for i in range(args.desks)]
        t_start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t_start
        reception.close()
        deadline = time.monotonic() + 10  # let the last events arrive
        while time.monotonic() < deadline and not all(
                all((tid, 1) in s.seen for _, tid, _ in sent) for s in screens):
            time.sleep(0.05)
        display_ms, desks_ms = [], []
        missing = 0
        for i, tid, t0 in sent:
            for k, s in enumerate(screens):
                got = s.seen.get((tid, 1))
                if got is None:
                    missing += 1
                    continue
                if k == 0:
                    display_ms.append((got - t0) * 1000)
                elif k - 1 != i:
                    desks_ms.append((got - t0) * 1000)
        return {
            "calls": f"{len(sent)} in {elapsed:.1f} s",
            "call next request": fmt(request_ms),
            "call → display": fmt(display_ms),
            "call → other desks": fmt(desks_ms),
            "events not received": str(missing),
        }
    finally:
        for s in screens:
            s.stop.set()
        server.stop()
        for s in screens:
            s.join(5)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", choices=("sqlite", "postgres"), action="append")
    ap.add_argument("--desks", type=int, default=12)
    ap.add_argument("--waiting", type=int, default=60)
    ap.add_argument("--calls", type=int, default=20, help="calls per desk")
    ap.add_argument("--think", type=float, default=100, help="mean pause between a desk's calls, ms")
    ap.add_argument("--workers", type=int, default=1, help="case store server processes")
    ap.add_argument("--pg-url", default=os.environ.get("LOKET_TEST_PG_URL"), help="use this PostgreSQL")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="loket-bench-queue-") as d:
        shop_dir = Path(d) / "shops"
        shop_dir.mkdir()
        write_shop(shop_dir, args.desks)
        # Read by the server processes (casestore.settings); a keep-alive line lets the streams end promptly.
        os.environ["LOKET_CASESTORE_SHOP_DIR"] = str(shop_dir)
        os.environ.setdefault("LOKET_CASESTORE_QUEUE_HEARTBEAT", "0.5")
        for backend in args.backend or ["sqlite", "postgres"]:
            pg: PgCluster | None = None
            try:
                if backend == "postgres":
                    pg = PgCluster(args.pg_url, fsync=True)
                    db = pg.new_database("bench_queue")
                else:
                    db = f"sqlite:///{Path(d) / 'queue.db'}"
                schema.upgrade(db)
                t0 = time.perf_counter()
                figures: dict[str, Any] = run(db, args, shop_dir)
                print(f"{backend} (desks={args.desks}, waiting={args.waiting}, workers={args.workers}): "
                      f"({time.perf_counter() - t0:.0f} s)", flush=True)
                for k, v in figures.items():
                    print(f"  {k}: {v}", flush=True)
            finally:
                if pg is not None:
                    pg.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
