"""Sync through a fault-injecting proxy: resets, answers dropped after the server committed, truncated
and delayed answers. Afterwards every intake is on the server exactly once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, func, select

from casestore.db import normalize_url
from casestore.embedded import RunningServer
from casestore.models import Blob, Counter, Record
from tests.casestore.fixtures import Laptop
from tests.sync.faultproxy import FaultPlan, FaultProxy
from tests.sync.helpers import local_cases, new_intake, pending


def server_counts(db_url: str) -> dict[str, int]:
    engine = create_engine(normalize_url(db_url))
    try:
        with engine.connect() as c:
            out = {
                e: int(c.scalar(select(func.count()).where(Record.entity == e)) or 0)
                for e in ("person", "case", "status_change", "case_attachment")
            }
            out["blobs"] = int(c.scalar(select(func.count()).select_from(Blob)) or 0)
            out["distinct_numbers"] = int(
                c.scalar(
                    select(func.count(func.distinct(Record.data["case_number"].as_string()))).where(
                        Record.entity == "case"
                    )
                )
                or 0
            )
            out["case_counter"] = int(
                c.scalar(select(func.sum(Counter.value)).where(Counter.name.like("case:%"))) or 0
            )
            return out
    finally:
        engine.dispose()


def test_every_intake_exactly_once_through_faults(
    make_laptop: Callable[..., Laptop], casestore_server: RunningServer, casestore_db: str, tmp_path: Path
) -> None:
    n = 40
    proxy = FaultProxy.to_url(
        casestore_server.url,
        plan=FaultPlan(reset=0.08, drop_answer=0.12, truncate=0.06, delay=0.1, max_delay=0.03),
        seed=4,
    )
    proxy.enabled = False
    try:
        a = make_laptop("laptop-a", "clerk", server_url=proxy.url, push_batch=7, chunk_size=16 * 1024, timeout=10)
        ids = [new_intake(a.loket, i, photo_size=40_000 if i % 4 == 0 else 0, folder=tmp_path) for i in range(n)]
        proxy.enabled = True
        rounds = 0
        while pending(a.loket) and rounds < 200:
            rounds += 1
            a.client.sync_once()  # ends "offline" when the retries of one round are exhausted
        proxy.enabled = False
        final = a.client.sync_once()
        assert final.status is not None and final.status.state == "idle"
    finally:
        proxy.close()
    assert proxy.faults >= 10, proxy.counts
    assert pending(a.loket) == 0
    counts = server_counts(casestore_db)
    assert counts["case"] == n and counts["person"] == n and counts["status_change"] == n
    assert counts["case_attachment"] == n // 4 and counts["blobs"] == n // 4
    # No case number handed out twice or for an operation applied twice.
    assert counts["distinct_numbers"] == n and counts["case_counter"] == n
    numbers = local_cases(a.loket)
    assert set(numbers) == set(ids) and all(v[0] for v in numbers.values())
