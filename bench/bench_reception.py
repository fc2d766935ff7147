"""Reception's tickets (issue 16), against a real case store on loopback (SQLite), printing figures.

    .venv/bin/python -m bench.bench_reception                 # 300 tickets online, 300 offline
    .venv/bin/python -m bench.bench_reception --tickets 1000

Measured: issuing a ticket online (``sync.shop.ShopClient.issue``, with its request id) and calling next, per
request (p50/p95/max); issuing a ticket offline (``desk_app.services.reception.ReceptionQueue.issue_offline``:
the sealed file read, one ticket added, written and synced to disk) as the offline queue grows; pushing the whole
offline queue when the case store is back (in order, one request each, the file rewritten after each), and the
sealed file's size. The offline range holds 100 numbers per service a day: the offline tickets are spread over
the shop's services.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from casestore import embedded, schema  # noqa: E402
from casestore.embedded import DEMO_PASSWORD  # noqa: E402
from desk_app.services.reception import ReceptionQueue  # noqa: E402
from loket.demo import MemoryTokenStore  # noqa: E402
from sync.login import login  # noqa: E402
from sync.shop import ShopClient  # noqa: E402
from sync.transport import Transport  # noqa: E402

SHOP = "stadswinkel"


def figures(name: str, seconds: list[float]) -> None:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    print(f"{name:<42} n={len(ms):<5} p50={statistics.median(ms):7.2f} ms  p95={p95:7.2f} ms  max={ms[-1]:7.2f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tickets", type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="loket-bench-reception-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'casestore.db'}"
        schema.upgrade(url)
        server = embedded.start(url, demo=True)
        try:
            tokens = MemoryTokenStore()
            login(server.url, "clerk", DEMO_PASSWORD, token_store=tokens, device_name="bench-reception")
            transport = Transport(server.url, tokens)
            client = ShopClient(transport, attempts=2)
            info = client.shop(SHOP)
            services = [s.code for s in info.services if s.offline_first is not None]

            issued = []
            for i in range(args.tickets):
                t0 = time.perf_counter()
                client.issue(SHOP, services[i % len(services)], request_id=uuid.uuid4().hex)
                issued.append(time.perf_counter() - t0)
            figures("issue online", issued)
            calls = []
            for _ in range(min(args.tickets, 100)):
                t0 = time.perf_counter()
                got = client.call_next(SHOP, "balie-1")
                calls.append(time.perf_counter() - t0)
                if got is not None:
                    client.finish(SHOP, got.id)
            figures("call next (+ finish, not timed)", calls)

            rq = ReceptionQueue(Path(tmp) / "reception", b"\x01" * 32)
            rq.remember_shop(info)
            offline = []
            for i in range(args.tickets):
                t0 = time.perf_counter()
                rq.issue_offline(info, services[i % len(services)])
                offline.append(time.perf_counter() - t0)
            figures("issue offline (sealed file, fsync)", offline)
            figures("  of which the last 10 %", offline[-max(1, len(offline) // 10):])
            print(f"{'sealed offline queue':<42} {rq.path.stat().st_size / 1024:.1f} KiB for {args.tickets} tickets")
            t0 = time.perf_counter()
            result = rq.push(client.push_offline)
            took = time.perf_counter() - t0
            print(f"{'push the offline queue':<42} {len(result.pushed)} tickets in {took:.2f} s "
                  f"({took / max(1, len(result.pushed)) * 1000:.2f} ms each), {result.waiting} left, "
                  f"{len(result.refused)} refused")
            transport.close()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
