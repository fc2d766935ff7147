"""The case store's named counters (feed numbers, official case numbers) on PostgreSQL, when two
transactions use a counter for the first time at once."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from casestore.db import make_engine, make_sessionmaker
from casestore.services import records
from tests.casestore.fixtures import _db_url

pytestmark = pytest.mark.postgres


def test_two_first_uses_of_the_same_counters_both_get_numbers(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    engine = make_engine(_db_url("postgres", tmp_path, request))
    sessions = make_sessionmaker(engine)
    got: list[dict[str, int]] = []
    failed: list[BaseException] = []

    def second() -> None:
        try:
            with sessions.begin() as s:
                got.append(records.bump_counters(s, {"case:2031": 1, "feed": 3}))
        except BaseException as e:  # reported below
            failed.append(e)

    try:
        with sessions.begin() as first:
            # Neither counter exists yet: this transaction creates both and keeps them uncommitted...
            assert records.bump_counters(first, {"case:2031": 2, "feed": 5}) == {"case:2031": 2, "feed": 5}
            other = threading.Thread(target=second)
            other.start()
            # ...while the second one, finding no rows either, waits on the first one's new key.
            with engine.connect() as watch:
                for _ in range(600):
                    waiting = watch.execute(
                        text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                             "AND datname = current_database()")
                    ).scalar()
                    if waiting:
                        break
                    # pg_stat_activity is read once per transaction: end it, or every later look sees the first
                    # (a first look before the second transaction had started waiting then never saw it wait)
                    watch.rollback()
                    if not other.is_alive():
                        break  # it finished or failed without waiting: said below
                    time.sleep(0.05)
                assert not failed, failed
                assert waiting, "the second transaction never waited for the first"
        other.join(timeout=60)
        assert not failed, failed
        # Its insert collided; it carried on after the collision and counted on from the first's values.
        assert got == [{"case:2031": 3, "feed": 8}]
    finally:
        engine.dispose()
