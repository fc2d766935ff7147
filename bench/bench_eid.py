"""eID read benchmark on the virtual reader (private pcscd + vpcd + simulator).

    .venv/bin/python bench/bench_eid.py [--runs 20] [--kind v18-ec]

Prints, for a full read + verification of an applet-1.8 card: APDU count, the floor (minimum
APDUs for the bytes read: one SELECT per file + ceil(bytes/256) READ BINARY per file + GET CARD
DATA + the basic-key challenge and its GET RESPONSE), median/min/max wall time of N runs; the
same with the official middleware's 0xF8 chunk; and the insertion-to-identity latency through
the card monitor (dominated by pcscd's card-presence polling of the vpcd driver).
Targets: <= 50 ms and <= 40 APDUs.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eid.simulator.harness import VirtualReaderStack, prepare_client_environment

prepare_client_environment()  # before any PC/SC call of this process

from eid.model import EidResult  # noqa: E402
from eid.monitor import CardEvent, CardMonitor  # noqa: E402
from eid.reader import EidReader  # noqa: E402
from eid.simulator.synthetic import synthetic_card  # noqa: E402


def apdu_floor(result: EidResult) -> int:
    raw = result.raw
    files = [raw.identity, raw.identity_signature, raw.address, raw.address_signature, raw.photo,
             raw.rrn_certificate, raw.basic_public_key]
    n = sum(1 + max(1, math.ceil(len(f) / 256)) for f in files if f is not None)
    n += 1  # GET CARD DATA
    if result.verification is not None and result.verification.chip_authentic is not None:
        n += 2  # INTERNAL AUTHENTICATE + GET RESPONSE (T=0)
    return n


def bench_reads(stack: VirtualReaderStack, runs: int, chunk: int) -> tuple[list[float], EidResult]:
    reader = EidReader(stack.reader_name, chunk=chunk)
    reader.read()  # warm-up (imports, certificate loading)
    times: list[float] = []
    result: EidResult | None = None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = reader.read()
        times.append((time.perf_counter() - t0) * 1000)
    assert result is not None
    return times, result


def bench_insertion(stack: VirtualReaderStack, runs: int, kind: str) -> list[float]:
    image = synthetic_card(kind)
    latencies: list[float] = []
    done = threading.Event()
    t_insert = [0.0]

    def on_insert(event: CardEvent) -> None:
        def on_identity(_partial: EidResult) -> None:
            latencies.append((time.perf_counter() - t_insert[0]) * 1000)
            done.set()

        threading.Thread(target=lambda: EidReader(event.reader).read(on_identity=on_identity), daemon=True).start()

    with CardMonitor(on_insert=on_insert, report_present=False, poll_ms=1000):
        time.sleep(0.3)
        for _ in range(runs):
            done.clear()
            time.sleep(random.uniform(0, 0.4))  # random phase against pcscd's 400 ms presence polling
            t_insert[0] = time.perf_counter()
            stack.card().insert(image)
            if not done.wait(10):
                print("  (no identity within 10 s)")
            time.sleep(0.05)
            stack.remove()
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--kind", default="v18-ec")
    parser.add_argument("--insert-runs", type=int, default=10)
    args = parser.parse_args()

    with VirtualReaderStack() as stack:
        print(f"virtual reader: {stack.reader_name} (pcscd mode: {stack.mode}, vpcd port {stack.port})")
        stack.insert(synthetic_card(args.kind))
        for label, chunk in (("Le=00 (256)", 0), ("Le=F8 (official middleware)", 0xF8)):
            times, result = bench_reads(stack, args.runs, chunk)
            v = result.verification
            sizes = {k: len(getattr(result.raw, k)) for k in ("identity", "identity_signature", "address",
                     "address_signature", "photo", "rrn_certificate", "basic_public_key")
                     if getattr(result.raw, k) is not None}
            print(f"\nfull read + verification, applet {result.applet_version}, chunk {label}, {args.runs} runs")
            print(f"  status: {v.status if v else None}; files: {sizes}")
            print(f"  APDUs: {result.apdu_count}   floor for the bytes read: {apdu_floor(result)}   (target <= 40)")
            print(f"  wall ms: median {statistics.median(times):.1f}  min {min(times):.1f}  max {max(times):.1f}"
                  "   (target <= 50)")
            print(f"  identity+address available after {result.timing_ms['identity_and_address']:.1f} ms (last run)")
        stack.remove()
        lat = bench_insertion(stack, args.insert_runs, args.kind)
        if lat:
            print(f"\ninsertion -> identity via CardMonitor, {len(lat)} runs: median {statistics.median(lat):.0f} ms"
                  f"  min {min(lat):.0f}  max {max(lat):.0f}  (includes pcscd's ~400 ms card-presence polling)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
