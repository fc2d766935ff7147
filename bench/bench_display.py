"""Call → screens on the desk side (issue 16): how long from a desk's call next until the call reaches (a) a
Qt call display window's slot through the real path (``sync.queue_events`` reader on a stream thread,
``ctx.ops.run_stream``, the bridge, ``CallDisplay.show_call`` on the GUI thread; offscreen) and (b) the other
desks' event readers (``sync.queue_events.QueueEventReader``, one per desk). Prints figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_display                 # SQLite and PostgreSQL
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_display --backend sqlite --calls 10

A shop with ``--desks`` desks (12) on one service and ``--waiting`` (60) waiting tickets; the case store runs
in its own process. Each desk calls next ``--calls`` times, a random 0–2×``--think`` ms apart, finishes the
ticket and reception issues a new one, so the room stays full (as ``bench.bench_queue``, which measures the
same with raw HTTP streams). Per call: from sending call next until the display's slot ran, and until each
of the other desks' readers yielded it (p50/p95/max); and from reading call next's answer until the display's
slot ran (what the stream adds to the call itself). All clients run in this one process (threads plus the
Qt event loop): their delays are in the figures. Target: p95 ≤ 200 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.bench_queue import SHOP, fmt, token, write_shop  # noqa: E402
from casestore import embedded, schema  # noqa: E402
from casestore.embedded import DEMO_PASSWORD  # noqa: E402
from loket.demo import MemoryTokenStore  # noqa: E402
from sync.login import login as sign_in  # noqa: E402
from sync.queue_events import CALLED, Connected, QueueEventReader, TicketEvent  # noqa: E402
from sync.transport import Transport  # noqa: E402
from tests.casestore.fixtures import PgCluster  # noqa: E402


def transport(url: str, username: str, device: str) -> Transport:
    tokens = MemoryTokenStore()
    sign_in(url, username, DEMO_PASSWORD, token_store=tokens, device_name=device)
    return Transport(url, tokens)


class DeskReader(threading.Thread):
    """A desk's reader: when each ticket_called event was yielded, by (ticket id, calls)."""

    def __init__(self, url: str, name: str) -> None:
        super().__init__(name=name, daemon=True)
        self.reader = QueueEventReader(transport(url, "clerk", name), shop=SHOP)
        self.seen: dict[tuple[str, int], float] = {}
        self.ready = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            for item in self.reader.items():
                if isinstance(item, TicketEvent) and item.kind == CALLED:
                    self.seen.setdefault((item.ticket_id, item.calls), time.perf_counter())
                elif isinstance(item, Connected):
                    self.ready.set()
        except BaseException as e:
            self.error = e
            self.ready.set()


def run(db: str, args: argparse.Namespace) -> dict[str, str]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.core.ops import Operations
    from ui.shop.display import CallDisplay

    app = QApplication.instance() or QApplication(sys.argv[:1])
    embedded.seed_demo(db)
    server = embedded.start(db, mode="process", workers=args.workers)
    ops = Operations()
    readers: list[DeskReader] = []
    display_seen: dict[tuple[str, int], float] = {}

    class TimedDisplay(CallDisplay):
        def show_call(self, ev: TicketEvent) -> None:
            display_seen.setdefault((ev.ticket_id, ev.calls), time.perf_counter())  # the slot, GUI thread
            super().show_call(ev)

    try:
        url = server.url
        display = TimedDisplay(ops, QueueEventReader(transport(url, "advisor", "call-display"), shop=SHOP),
                               language="nl", shop_name="Benchwinkel")
        display.resize(1920, 1080)
        display.show()
        display.start()
        readers = [DeskReader(url, f"desk-{i + 1}") for i in range(args.desks)]
        for r in readers:
            r.start()
        loop = QEventLoop()

        def wait_for(cond: Any, limit: float) -> bool:
            deadline = time.monotonic() + limit
            timer = QTimer()
            timer.timeout.connect(lambda: loop.quit() if cond() or time.monotonic() > deadline else None)
            timer.start(10)
            loop.exec()
            timer.stop()
            return bool(cond())

        if not wait_for(lambda: display.connected is True and all(r.ready.is_set() for r in readers), 60):
            raise RuntimeError("the readers did not connect")
        for r in readers:
            if r.error:
                raise r.error
        desk_toks = [token(url, "clerk", f"desk-call-{i}") for i in range(args.desks)]
        reception_tok = token(url, "coordinator", "reception")
        with httpx.Client(base_url=f"{url}/v1/queue/{SHOP}", timeout=60,
                          headers={"Authorization": f"Bearer {reception_tok}"}) as reception:
            for _ in range(args.waiting):
                reception.post("/tickets", json={"service": "burgerzaken"}).raise_for_status()
        lock = threading.Lock()
        sent: list[tuple[int, str, float]] = []
        answered: dict[str, float] = {}  # ticket id -> when the call next answer was read
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
                        answered[t["id"]] = t1
                        request_ms.append((t1 - t0) * 1000)
                    c.post(f"/tickets/{t['id']}/finish", json={}).raise_for_status()
                    c.post("/tickets", json={"service": "burgerzaken"}).raise_for_status()

        threads = [threading.Thread(target=desk, args=(i,), daemon=True) for i in range(args.desks)]
        t_start = time.perf_counter()
        for t in threads:
            t.start()
        # the GUI thread runs its event loop meanwhile: the display's slot runs as the events come
        wait_for(lambda: not any(t.is_alive() for t in threads), 600)
        elapsed = time.perf_counter() - t_start
        wait_for(lambda: all((tid, 1) in display_seen and all((tid, 1) in r.seen for r in readers)
                             for _, tid, _ in sent), 10)
        display_ms = [(display_seen[(tid, 1)] - t0) * 1000 for _, tid, t0 in sent if (tid, 1) in display_seen]
        desks_ms = [(r.seen[(tid, 1)] - t0) * 1000 for i, tid, t0 in sent for k, r in enumerate(readers)
                    if k != i and (tid, 1) in r.seen]
        after_answer = [(display_seen[(tid, 1)] - answered[tid]) * 1000 for _, tid, _ in sent
                        if (tid, 1) in display_seen]
        missing = sum((tid, 1) not in display_seen for _, tid, _ in sent) + sum(
            (tid, 1) not in r.seen for i, tid, _ in sent for k, r in enumerate(readers) if k != i)
        figures = {
            "calls": f"{len(sent)} in {elapsed:.1f} s",
            "call next request": fmt(request_ms),
            "call → display window slot (Qt, offscreen)": fmt(display_ms),
            f"call → {args.desks - 1} other desks' readers": fmt(desks_ms),
            "call next answer read → display slot (negative: the event came first)": fmt(after_answer),
            "events not received": str(missing),
            "chimes played": str(display.chime.count),
        }
        display.close()
        return figures
    finally:
        for r in readers:
            r.reader.stop()
        ops.close()
        ops.wait_streams(10_000)
        for r in readers:
            r.join(10)
            r.reader.transport.close()
        server.stop()
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--backend", choices=("sqlite", "postgres"), action="append")
    ap.add_argument("--desks", type=int, default=12)
    ap.add_argument("--waiting", type=int, default=60)
    ap.add_argument("--calls", type=int, default=20, help="calls per desk")
    ap.add_argument("--think", type=float, default=100, help="mean pause between a desk's calls, ms")
    ap.add_argument("--workers", type=int, default=1, help="case store server processes")
    ap.add_argument("--pg-url", default=os.environ.get("LOKET_TEST_PG_URL"), help="use this PostgreSQL")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="loket-bench-display-") as d:
        shop_dir = Path(d) / "shops"
        shop_dir.mkdir()
        write_shop(shop_dir, args.desks)
        os.environ["LOKET_CASESTORE_SHOP_DIR"] = str(shop_dir)  # read by the server process
        os.environ.setdefault("LOKET_CASESTORE_QUEUE_HEARTBEAT", "0.5")
        for backend in args.backend or ["sqlite", "postgres"]:
            pg: PgCluster | None = None
            try:
                if backend == "postgres":
                    pg = PgCluster(args.pg_url, fsync=True)
                    db = pg.new_database("bench_display")
                else:
                    db = f"sqlite:///{Path(d) / 'display.db'}"
                schema.upgrade(db)
                t0 = time.perf_counter()
                figures = run(db, args)
                print(f"{backend} (desks={args.desks}, waiting={args.waiting}, calls/desk={args.calls}, "
                      f"workers={args.workers}): ({time.perf_counter() - t0:.0f} s)", flush=True)
                for k, v in figures.items():
                    print(f"  {k}: {v}", flush=True)
            finally:
                if pg is not None:
                    pg.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
