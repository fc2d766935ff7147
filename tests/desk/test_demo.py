"""Demo data: the bulk load through worker processes and scratch files gives the same consistent store as
the in-process path (the benchmark's 1,000,000 cases go through it; here it is forced for small sizes)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

import desk_app.demo as demo
from desk_app.app import Loket


def _check(app: Loket, persons: int, cases: int) -> dict[str, int]:
    with app.store.read() as s:
        q = lambda sql: s.execute(text(sql)).scalar_one()  # noqa: E731
        found = {
            "persons": q("SELECT count(*) FROM person"),
            "cases": q('SELECT count(*) FROM "case"'),
            "steps": q("SELECT count(*) FROM status_change"),
            "orphan_steps": q('SELECT count(*) FROM status_change s LEFT JOIN "case" c ON c.id = s.case_id '
                              "WHERE c.id IS NULL"),
            "orphan_cases": q('SELECT count(*) FROM "case" c LEFT JOIN person p ON p.id = c.person_id '
                              "WHERE p.id IS NULL"),
            "tracks": q('SELECT count(DISTINCT track_code) FROM "case"'),
            "numbers": q('SELECT count(DISTINCT case_number) FROM "case"'),
            "cases_without_steps": q('SELECT count(*) FROM "case" c WHERE NOT EXISTS '
                                     "(SELECT 1 FROM status_change s WHERE s.case_id = c.id)"),
            "last_step_mismatch": q(
                'SELECT count(*) FROM "case" c WHERE c.status != (SELECT s.status FROM status_change s '
                "WHERE s.case_id = c.id ORDER BY s.at DESC, s.id DESC LIMIT 1)"),
        }
        indexes = {r[0] for r in s.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))}
        integrity = s.execute(text("PRAGMA integrity_check")).scalar_one()
    assert integrity == "ok"
    assert {"ix_case_person_created", "ix_status_change_case_id", "ix_case_status"} <= indexes
    assert found["persons"] == persons and found["cases"] == cases
    assert found["orphan_steps"] == found["orphan_cases"] == 0
    assert found["tracks"] == found["numbers"] == cases  # track codes and case numbers unique
    assert found["cases_without_steps"] == 0 and found["last_step_mismatch"] == 0
    return found


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="the worker path needs a second core")
def test_sharded_bulk_load_is_consistent_and_leaves_no_scratch(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "SHARDED_FROM", 1_000)
    monkeypatch.setattr(demo, "_CHUNK_CASES", 700)  # several shards
    # A tiny track-code alphabet (4**8 codes): clashes inside a shard and between shards are certain
    monkeypatch.setattr(demo, "TRACK_ALPHABET", "ABCD")
    modes: list[str] = []
    real = demo._rollback_journal

    def recording(*args: object) -> str:
        modes.append(real(*args))  # type: ignore[arg-type]
        return modes[-1]

    monkeypatch.setattr(demo, "_rollback_journal", recording)
    app = Loket.open(tmp_path / "d")
    result = demo.generate(app.store, app.catalogue, 400, 3_000, seed=3)
    assert modes == ["truncate"]
    assert result.cases == 3_000
    first = _check(app, 400, 3_000)
    assert first["steps"] == result.status_changes
    # a second load on top of the first: new case numbers, clashes with the stored track codes redrawn
    demo.generate(app.store, app.catalogue, 100, 2_000, seed=4)
    _check(app, 500, 5_000)
    assert not [p for p in (tmp_path / "d").iterdir() if p.name.startswith(".demo-load-")]
    # the load ran with a rollback journal (each page written once) and the store is back in WAL mode
    assert not (tmp_path / "d" / "store.db-journal").exists()
    with app.store.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert app.search("peeters") or app.search("maes")
    app.close()


def test_in_process_and_sharded_paths_fill_the_same_tables(tmp_path: Path) -> None:
    app = Loket.open(tmp_path / "d")
    result = demo.generate(app.store, app.catalogue, 200, 500, seed=5)
    _check(app, 200, 500)
    assert result.status_changes >= 500
    app.close()


def test_case_numbers_follow_the_year_of_receipt() -> None:
    import datetime as dt

    now = dt.datetime(2026, 1, 1, 0, 30, tzinfo=dt.UTC)
    ages = [60 * 24 * 400, 60 * 24 * 2, 31, 30, 29, 0]  # minutes ago, oldest first
    assert demo._case_numbers(ages, now, 10) == [
        "2024-0000011", "2025-0000011", "2025-0000012", "2026-0000011", "2026-0000012", "2026-0000013"]
