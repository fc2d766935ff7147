"""One bad operation never holds up the others: the case store refuses it alone, or (when the case store
fails on every push that carries it) the client finds it by splitting the batch and sets it aside; either
way it is kept with its reason and everything else reaches the case store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from casestore.embedded import RunningServer
from desk_app.store.models import OutboxOperation
from sync.errors import ServerError
from sync.transport import RetryPolicy
from tests.casestore.fixtures import Laptop, open_laptop
from tests.sync.helpers import local_cases, new_intake, pending
from tests.sync.httpfault import FailingPushProxy

MARKER = "MARKER-500"


def _intake(loket: Any, i: int, description: str) -> str:
    pid, _ = loket.create_person(surname=f"Peeters{i}", given_names="An")
    result, _ref = loket.intake("complaint", pid, {"subject": f"Melding {i}", "description": description})
    return str(result.case.id)


def _ops(loket: Any, entity_id: str) -> list[OutboxOperation]:
    with loket.store.read() as s:
        ops = s.scalars(select(OutboxOperation).where(OutboxOperation.entity_id == entity_id)).all()
        for op in ops:
            s.expunge(op)
        return list(ops)


def _status_change_op(loket: Any, case_id: str) -> OutboxOperation:
    with loket.store.read() as s:
        ops = s.scalars(select(OutboxOperation).where(OutboxOperation.entity == "status_change")).all()
        [op] = [o for o in ops if o.payload.get("case_id") == case_id]
        s.expunge(op)
        return op


def test_an_operation_the_case_store_refuses_is_kept_with_its_reason_and_the_rest_goes_on(
    make_laptop: Callable[..., Laptop],
) -> None:
    lap = make_laptop("clerk-laptop", "clerk")
    good = [_intake(lap.loket, i, "Gemeld aan het loket") for i in range(2)]
    bad = _intake(lap.loket, 2, "Gemeld aan het loket")
    later = [_intake(lap.loket, i, "Gemeld aan het loket") for i in range(3, 5)]
    # A NUL character got into the case after the desk's checks (an older laptop, a damaged store):
    # PostgreSQL cannot store it.
    with lap.loket.store.write() as s:
        op = s.scalars(select(OutboxOperation).where(OutboxOperation.entity_id == bad)).one()
        op.payload = {**op.payload, "answers": {**op.payload["answers"], "description": "Kapot\x00"}}
    res = lap.client.sync_once()
    assert res.status is not None and res.status.state == "idle" and res.status.pending == 0
    [case_op] = _ops(lap.loket, bad)
    assert case_op.state == "rejected" and case_op.result is not None
    assert case_op.result["code"] == "invalid" and case_op.result["message"]
    assert isinstance(case_op.result["params"], dict)
    # Its status change refers to the refused case: refused as well, with its own reason.
    status_op = _status_change_op(lap.loket, bad)
    assert status_op.state == "rejected" and status_op.result is not None
    assert status_op.result["code"] == "unknown_reference"
    assert res.rejected == 2 and res.status.rejected == 2
    numbers = {cid: v[0] for cid, v in local_cases(lap.loket).items()}
    assert all(numbers[cid] for cid in good + later) and numbers[bad] is None
    # Later work is not held up either.
    new_case = new_intake(lap.loket, 9)
    again = lap.client.sync_once()
    assert again.rejected == 0 and again.status is not None and again.status.pending == 0
    assert local_cases(lap.loket)[new_case][0]


@pytest.fixture
def proxy(sqlite_server: RunningServer) -> Iterator[FailingPushProxy]:
    p = FailingPushProxy(sqlite_server.url, MARKER.encode())
    yield p
    p.close()


@pytest.fixture
def laptop(tmp_path: Path, sqlite_server: RunningServer, proxy: FailingPushProxy) -> Iterator[Laptop]:
    lap = open_laptop(tmp_path / "laptop-x", proxy.url, "clerk", push_batch=16,
                      retry=RetryPolicy(attempts=2, base_delay=0.001, max_delay=0.01))
    yield lap
    lap.close()


def test_a_push_the_case_store_fails_on_is_split_and_the_one_operation_set_aside(
    laptop: Laptop, proxy: FailingPushProxy
) -> None:
    lap = laptop
    before = [_intake(lap.loket, i, "Gemeld aan het loket") for i in range(4)]
    bad = _intake(lap.loket, 4, f"Kapot {MARKER}")
    after = [_intake(lap.loket, i, "Gemeld aan het loket") for i in range(5, 12)]
    res = lap.client.sync_once()
    assert res.status is not None and res.status.state == "idle" and res.status.pending == 0
    assert proxy.failed > 0
    [case_op] = _ops(lap.loket, bad)
    assert case_op.state == "rejected" and case_op.result is not None
    assert case_op.result["code"] == "server_error"
    assert case_op.result["params"] == {"http_status": 500, "server_code": "internal"}
    assert "every time" in case_op.result["message"]
    assert _status_change_op(lap.loket, bad).result["code"] == "unknown_reference"  # type: ignore[index]
    assert res.parked_ops == 1 and res.rejected == 2 and res.problems
    numbers = {cid: v[0] for cid, v in local_cases(lap.loket).items()}
    assert all(numbers[cid] for cid in before + after) and numbers[bad] is None
    # The parked operation is not sent again.
    pushes = len(proxy.pushes)
    again = lap.client.sync_once()
    assert again.pushed == 0 and again.rejected == 0 and proxy.pushes[pushes:] == []


def test_a_case_store_that_fails_on_every_push_sets_nothing_aside(
    laptop: Laptop, proxy: FailingPushProxy
) -> None:
    lap = laptop
    for i in range(5):
        _intake(lap.loket, i, "Gemeld aan het loket")
    waiting = pending(lap.loket)
    proxy.fail_every_push = True
    with pytest.raises(ServerError):
        lap.client.sync_once()
    assert pending(lap.loket) == waiting and lap.client.status().rejected == 0
    # Once the case store works again, everything goes.
    proxy.fail_every_push = False
    res = lap.client.sync_once()
    assert res.status is not None and res.status.pending == 0 and res.rejected == 0


def test_a_document_the_case_store_will_not_take_is_refused_alone(
    make_laptop: Callable[..., Laptop], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    """An upload refused for good (here: larger than this case store accepts) refuses that document's
    operation with the case store's reason; the other intakes and their photos still reach it."""
    import casestore.services.blobs

    monkeypatch.setattr(casestore.services.blobs, "MAX_BLOB_SIZE", 20_000)
    lap = make_laptop("clerk-laptop", "clerk")
    small = [new_intake(lap.loket, i, photo_size=5_000, folder=tmp_path) for i in range(2)]
    big = new_intake(lap.loket, 2, photo_size=60_000, folder=tmp_path)
    later = new_intake(lap.loket, 3, photo_size=5_000, folder=tmp_path)
    res = lap.client.sync_once()
    assert res.status is not None and res.status.state == "idle"
    assert res.rejected == 1 and pending(lap.loket) == 0
    with lap.loket.store.read() as s:
        refused = s.scalars(select(OutboxOperation).where(OutboxOperation.state == "rejected")).all()
        assert [(op.entity, op.result["code"]) for op in refused] == [("case_attachment", "too_large")]
        assert refused[0].payload["case_id"] == big
        assert refused[0].result["params"]["http_status"] == 413
    assert set(local_cases(lap.loket)) >= {*small, big, later}
    again = lap.client.sync_once()  # nothing is tried again by itself: a person decides
    assert again.rejected == 0 and again.blobs_uploaded == 0 and not again.problems
