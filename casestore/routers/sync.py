"""What a laptop's sync calls: push (``/v1/push``), the change feed (``/v1/changes``) and opening a case on
demand (``/v1/cases/{case_id}/open``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from casestore.api_models import (
    ERRORS,
    MAX_SAFE_INT,
    ChangesResponse,
    OpenCaseResponse,
    PushRequest,
    PushResponse,
)
from casestore.deps import Auth, CaseRef, Tx
from casestore.services import cases, feed
from casestore.services import push as push_service

router = APIRouter()


@router.post("/v1/push", response_model=PushResponse, responses=ERRORS, tags=["sync"])
async def push(body: PushRequest, caller: Auth, store: Tx) -> dict[str, Any]:
    """Apply outbox operations in order, each exactly once (a repeated op_id gets its stored answer).

    Upload attachment contents first: a `case_attachment` whose content is missing answers `retry`.
    """
    ops = [o.model_dump() for o in body.ops]

    def work(s: Session) -> dict[str, Any]:
        return push_service.push(s, caller.principal(s), ops)

    if len(ops) <= store.inline_push_ops:
        # A desk's everyday push (an intake is three or four operations) runs right here on the event
        # loop: handing it to a worker thread and back costs a good part of its CPU (docs/STATUS.md,
        # Benchmark history). At most one such transaction per process runs at a time, beside the gated
        # worker threads.
        answer = store.run_tx_ungated(work, 4)
    else:  # a large batch on a worker thread, so it does not hold up the other requests
        answer = await run_in_threadpool(store.run_tx, work)
    swept = store.swept
    if any(o["entity"] == "notification" for o in ops) or not swept:
        new = {r["entity_id"] for r in answer["results"]
               if r["entity"] == "notification" and r["status"] == "applied"}
        await run_in_threadpool(store.deliver, None if not swept else new)  # the gateway may be slow
    if store.has_pending():  # e.g. a report taken offline: its reporters' messages (report_messages)
        await run_in_threadpool(store.deliver_pending)
    return answer


@router.get("/v1/changes", response_model=ChangesResponse, responses=ERRORS, tags=["sync"])
def changes(
    caller: Auth,
    store: Tx,
    since: Annotated[int, Query(ge=0, le=MAX_SAFE_INT)] = 0,
    limit: Annotated[int, Query(ge=1, le=feed.MAX_PAGE)] = 500,
) -> dict[str, Any]:
    """The change feed after `since`, limited to what this user's laptop needs (full record states)."""
    return store.run_tx(lambda s: feed.changes(s, caller.principal(s), since, limit))


@router.post("/v1/cases/{case_id}/open", response_model=OpenCaseResponse, responses=ERRORS, tags=["sync"])
def open_case(case_id: CaseRef, caller: Auth, store: Tx) -> dict[str, Any]:
    """Open a case on demand (by id or official number): it flows into this device's feed from now."""
    return store.run_tx(lambda s: cases.subscribe(s, caller.principal(s), case_id))
