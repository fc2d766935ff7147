"""Local-store benchmarks (headless): demo data, search per keystroke, durable intake save, size on disk.

    .venv/bin/python bench/bench_store.py [--persons 200000] [--cases 1000000] [--intakes 300]
                                          [--mode both|encrypted|plain]

For each mode (SQLCipher-encrypted store as shipped, and the same store without encryption) it prints:
* demo data generation time for that size (target <= 2 min);
* store size on disk (database + WAL);
* search as the clerk types: every prefix of a set of realistic queries (surnames, "surname given",
  street, national number, case number), p50 and p95 per keystroke-query (target p95 <= 20 ms), and the
  same queries through the naive LIKE scan the index replaces, with the ratio;
* saving an intake durably (one write transaction: case, status, outbox operation, audit, fsync):
  p50 and p95 (target p95 <= 10 ms).
Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

QUERIES = ["Peeters", "Janssens Emma", "Van den Broeck", "Çelik", "Nguyen", "Kerkstraat",
           "Dubois Marie", "Stationsstraat 1", "Willems Bart", "De Smet",
           "Emma Janssens", "ozturk a", "dhondt", "Kerkstraat 12 Meerhoven"]


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def _keystrokes(q: str) -> list[str]:
    return [q[:i] for i in range(2, len(q) + 1) if q[i - 1] != " "]


def _size(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths if p.exists())


def run(mode: str, n_persons: int, n_cases: int, n_intakes: int, root: Path) -> dict[str, float]:
    from desk_app.app import Loket
    from desk_app.demo import generate
    from desk_app.services import search as search_mod

    data = root / mode
    app = Loket.open(data, encrypt=(mode == "encrypted"))
    app.settings.staff_user = "bench"
    print(f"\n== {mode} store ({'SQLCipher, key from the keyring' if mode == 'encrypted' else 'plain SQLite'})")

    t0 = time.perf_counter()
    result = generate(app.store, app.catalogue, n_persons, n_cases, seed=7)
    gen_s = time.perf_counter() - t0
    print(f"demo data: {result.persons:,} persons, {result.cases:,} cases, {result.status_changes:,} status "
          f"changes in {gen_s:.1f} s (target <= 120 s)")

    with app.store.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store_path = app.paths.store
    size = _size([store_path, Path(f"{store_path}-wal"), Path(f"{store_path}-shm")])
    print(f"store size on disk: {size / 1e6:.0f} MB")

    # real national numbers and case numbers from the store, so the queries hit
    with app.store.read() as s:
        from sqlalchemy import text
        nn = s.execute(text("SELECT national_number FROM person ORDER BY rid LIMIT 1 OFFSET 777")).scalar_one()
        cn = s.execute(text("SELECT case_number FROM \"case\" WHERE case_number IS NOT NULL "
                            "ORDER BY id LIMIT 1 OFFSET 4321")).scalar_one()
        pids = [r[0] for r in s.execute(text("SELECT id FROM person ORDER BY rid LIMIT 500"))]
    queries = [*QUERIES, nn, cn]
    strokes = [k for q in queries for k in _keystrokes(q)]

    for k in strokes[:20]:  # warm the page cache as a running app would have it
        app.search(k)
    fast: list[float] = []
    hits = 0
    for k in strokes:
        t = time.perf_counter()
        hits += len(app.search(k, limit=20))
        fast.append((time.perf_counter() - t) * 1000)
    slow: list[float] = []
    for k in strokes:
        with app.store.read() as s:
            t = time.perf_counter()
            search_mod.naive_search(s, k, limit=20)
            slow.append((time.perf_counter() - t) * 1000)
    p50, p95 = statistics.median(fast), _pct(fast, 95)
    n50, n95 = statistics.median(slow), _pct(slow, 95)
    print(f"search per keystroke ({len(strokes)} queries, {hits:,} hits): p50 {p50:.2f} ms, p95 {p95:.2f} ms, "
          f"max {max(fast):.2f} ms (target p95 <= 20 ms)")
    print(f"naive LIKE scan, same queries: p50 {n50:.1f} ms, p95 {n95:.1f} ms  "
          f"-> index is {n50 / p50:.0f}x faster at p50, {n95 / p95:.0f}x at p95")

    rng = random.Random(11)
    save: list[float] = []
    for i in range(n_intakes):
        pid = rng.choice(pids)
        answers = {"record_type": "birth", "copies": 1 + i % 3}
        t = time.perf_counter()
        app.intake("civil_registry_extract", pid, answers, channel="counter", fee_paid=True)
        save.append((time.perf_counter() - t) * 1000)
    print(f"durable intake save ({n_intakes} intakes, synchronous=FULL): p50 {statistics.median(save):.2f} ms, "
          f"p95 {_pct(save, 95):.2f} ms, max {max(save):.2f} ms (target p95 <= 10 ms)")
    app.close()
    return {"gen_s": gen_s, "size": size, "p50": p50, "p95": p95, "naive_p50": n50,
            "save_p95": _pct(save, 95)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=200_000)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--intakes", type=int, default=300)
    parser.add_argument("--mode", choices=["both", "encrypted", "plain"], default="both")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark stores")
    args = parser.parse_args(argv)

    import keyring

    from tests.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    root = Path(tempfile.mkdtemp(prefix="bench-store-"))
    os.environ["LOKET_DATA_DIR"] = str(root)
    modes = ["encrypted", "plain"] if args.mode == "both" else [args.mode]
    results = {}
    try:
        for mode in modes:
            results[mode] = run(mode, args.persons, args.cases, args.intakes, root)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    if len(results) == 2:
        e, p = results["encrypted"], results["plain"]
        print("\n== cost of encryption (encrypted / plain)")
        print(f"generation {e['gen_s'] / p['gen_s']:.2f}x, size {e['size'] / p['size']:.2f}x, "
              f"search p95 {e['p95'] / p['p95']:.2f}x, intake save p95 {e['save_p95'] / p['save_p95']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
