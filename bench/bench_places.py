"""What a person's place costs the push (issue 15): an "address" record pushed is geocoded against the case
store's address register (one indexed look-up) and the person's place written (one upsert).

    .venv/bin/python -m bench.bench_places                 # SQLite and PostgreSQL (fsync on), 300 pushes each
    .venv/bin/python -m bench.bench_places --db sqlite --pushes 100 --register 20000

- micro: ``places_from_push`` for one address inside a transaction (the look-up + the upsert), per call;
- push: ``POST /v1/push`` of a person and their address over HTTP against a case store in this process, with
  the places on and (monkeypatched) off, interleaved so that both see the same machine; median and p95 of
  each and their difference.
The register: the demo city's addresses plus synthetic ones up to ``--register`` addresses.
"""

from __future__ import annotations

import argparse
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

from casestore import embedded, schema  # noqa: E402
from casestore.db import make_engine, make_sessionmaker  # noqa: E402
from casestore.services import address_register, push  # noqa: E402
from resources import RESOURCES_DIR  # noqa: E402
from tests.casestore.fixtures import PgCluster  # noqa: E402
from tests.casestore.test_service import Api, op  # noqa: E402


def _p(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def _register(url: str, size: int) -> list[dict[str, Any]]:
    with (RESOURCES_DIR / "reports" / "demo_addresses.csv").open("rb") as f:
        rows = list(address_register.parse_rows(f))
    demo = list(rows)
    i = 0
    while len(rows) < size:
        base = demo[i % len(demo)]
        street = f"Synthetische straat {i // 200}"
        rows.append({**base, "street": street, "number": str(i % 200 + 1),
                     "key": f"synthetische straat {i // 200}|{i % 200 + 1}||{base['postcode']}"})
        i += 1
    engine = make_engine(url)
    try:
        with make_sessionmaker(engine).begin() as s:
            address_register.replace_register(s, rows)
    finally:
        engine.dispose()
    return demo


def micro(url: str, demo: list[dict[str, Any]], n: int) -> tuple[list[float], list[float]]:
    """(``places_from_push`` alone, ``places_from_push`` + its commit minus an empty transaction's commit)."""
    engine = make_engine(url)
    times, with_commit = [], []
    try:
        sessions = make_sessionmaker(engine)
        for i in range(n):
            a = demo[i % len(demo)]
            data = {"street_and_number": f"{a['street']} {a['number']}", "postal_code": a["postcode"],
                    "municipality": a["municipality"], "valid_from": "2024-01-01", "valid_until": None}
            t0 = time.perf_counter()
            with sessions.begin() as s:
                s.connection()
                t = time.perf_counter()
                address_register.places_from_push(s, [(f"bench-{i}", data)])
                times.append(time.perf_counter() - t)
            t1 = time.perf_counter()
            with sessions.begin() as s:
                s.connection()
            t2 = time.perf_counter()
            with_commit.append((t1 - t0) - (t2 - t1))
    finally:
        engine.dispose()
    return times, with_commit


def _no_places(s: Any, addresses: Any) -> address_register.PlacesResult:
    return address_register.PlacesResult(0, 0)


def pushes(url: str, demo: list[dict[str, Any]], n: int) -> tuple[list[float], list[float], list[float]]:
    server = embedded.start(url, demo=True)
    on: list[float] = []
    off: list[float] = []
    real = push.places_from_push
    inside: list[float] = []

    def timed(s: Any, addresses: Any) -> address_register.PlacesResult:
        t = time.perf_counter()
        try:
            return real(s, addresses)
        finally:
            inside.append(time.perf_counter() - t)
    try:
        api = Api(server.url, "clerk")
        for i in range(n * 2 + 20):
            a = demo[(i * 7) % len(demo)]
            pid = str(uuid.uuid4())
            ops = [op("person", pid, payload={"surname": "Bench", "given_names": str(i), "language": "nl"}),
                   op("address", str(uuid.uuid4()), payload={
                       "person_id": pid, "street_and_number": f"{a['street']} {a['number']}",
                       "postal_code": a["postcode"], "municipality": a["municipality"], "source": "declared",
                       "valid_from": "2024-01-01", "valid_until": None})]
            with_places = i % 2 == 0
            push.places_from_push = timed if with_places else _no_places
            t = time.perf_counter()
            res = api.push(*ops)
            dt_ = time.perf_counter() - t
            assert all(r["status"] == "applied" for r in res), res
            if i >= 20:
                (on if with_places else off).append(dt_)
        api.http.close()
    finally:
        push.places_from_push = real
        server.stop()
    return on, off, inside[10:]


def run(kind: str, args: argparse.Namespace) -> None:
    cluster = None
    tmp = tempfile.mkdtemp(prefix="bench-places-")
    if kind == "postgres":
        cluster = PgCluster(fsync=True)
        url = cluster.new_database("bench_places")
    else:
        url = f"sqlite:///{tmp}/casestore.db"
    try:
        schema.upgrade(url)
        demo = _register(url, args.register)
        m, mc = micro(url, demo, args.micro)
        print(f"{kind}: register {args.register} addresses; places_from_push per address: "
              f"median {statistics.median(m) * 1e3:.2f} ms, p95 {_p(m, 0.95) * 1e3:.2f} ms; with its share of the "
              f"commit: median {statistics.median(mc) * 1e3:.2f} ms")
        on, off, inside = pushes(url, demo, args.pushes)
        mo, mf = statistics.median(on), statistics.median(off)
        print(f"{kind}: push person+address over HTTP ({args.pushes} each): with places median {mo * 1e3:.2f} ms "
              f"p95 {_p(on, 0.95) * 1e3:.2f} ms; without median {mf * 1e3:.2f} ms p95 {_p(off, 0.95) * 1e3:.2f} "
              f"ms; added median {(mo - mf) * 1e3:+.2f} ms; places_from_push inside the push median "
              f"{statistics.median(inside) * 1e3:.2f} ms p95 {_p(inside, 0.95) * 1e3:.2f} ms")
    finally:
        if cluster is not None:
            cluster.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    ap.add_argument("--pushes", type=int, default=300)
    ap.add_argument("--micro", type=int, default=1000)
    ap.add_argument("--register", type=int, default=100_000)
    args = ap.parse_args()
    for kind in (("sqlite", "postgres") if args.db == "both" else (args.db,)):
        run(kind, args)


if __name__ == "__main__":
    main()
