"""Theme-desk appointments (``/v1/appointments…``, issue 16) over ``casestore.services.appointments``: the
services, free slots, book, move, cancel (also by the citizen's reference), check-in (a ticket in the walk-in
queue), and the list of a period. Messages to the citizen queued by a request are handed to the gateway
after its commit."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from casestore import validation
from casestore.api_models import ERRORS, IsoDate
from casestore.appointments_api import (
    BOOKING_ERRORS,
    Appointment,
    AppointmentService,
    CancelBody,
    CancelByReference,
    CheckInBody,
    MoveBody,
    NewAppointment,
    Slots,
)
from casestore.deps import Auth, Caller, Store, Tx
from casestore.http_errors import error_response
from casestore.routers import queue as queue_routes
from casestore.routers.queue import Ticket
from casestore.services import appointments, queue
from casestore.services.common import Principal, ServiceError

log = logging.getLogger(__name__)
T = TypeVar("T")

router = APIRouter()
A: list[str | Enum] = ["appointments"]
_CODE = r"^[A-Za-z0-9._:-]{1,40}$"
AppointmentRef = Annotated[str, PathParam(pattern=validation.ID_PATTERN, description="an appointment's id")]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _folder(store: Store) -> Path:
    return Path(store.settings.shop_dir or queue.DEFAULT_SHOP_DIR)


def _config(store: Store) -> appointments.Config:
    try:
        return appointments.load_config(_folder(store))
    except appointments.AppointmentConfigError as e:
        log.error("the appointments configuration cannot be used: %s", e)
        raise ServiceError(503, "not_configured", f"the appointments configuration cannot be used: {e}") from e


def _run(store: Store, caller: Caller,
         fn: Callable[[Session, Principal, appointments.Config, dt.datetime], tuple[dict[str, Any], list[str]]]
         ) -> dict[str, Any] | JSONResponse:
    """One transaction; then the queued messages go to the gateway. ``409 slot_taken`` carries the next
    free slot."""
    cfg = _config(store)
    try:
        result, sent = store.run_tx(lambda s: fn(s, caller.principal(s), cfg, _now()))
    except appointments.SlotTaken as e:
        body = error_response(e.status, e.code, e.detail)
        return JSONResponse({**_body(body), "next_free": e.next_free}, status_code=409)
    if sent:
        store.deliver(set(sent))
    return result


def _body(resp: JSONResponse) -> dict[str, Any]:
    import json

    out: dict[str, Any] = json.loads(bytes(resp.body))
    return out


@router.get("/v1/appointments/services", response_model=list[AppointmentService], responses=ERRORS, tags=A)
def services(caller: Auth, store: Tx) -> list[dict[str, Any]]:
    """The services one can book, with their length, the extra minutes per further person and department."""
    cfg = _config(store)
    store.run_tx(lambda s: appointments.require_booker(caller.principal(s)))
    return appointments.services_info(cfg)


@router.get("/v1/appointments/slots", response_model=Slots, responses=ERRORS, tags=A)
def slots(
    caller: Auth,
    store: Tx,
    service: Annotated[str, Query(pattern=_CODE)],
    from_: Annotated[IsoDate, Query(alias="from", description="the first day (YYYY-MM-DD)")],
    days: Annotated[int, Query(ge=1, le=appointments.MAX_DAYS)] = 14,
    persons: Annotated[int, Query(ge=1, le=appointments.MAX_PERSONS)] = 1,
    advisor: Annotated[str | None, Query(pattern=validation.ID_PATTERN)] = None,
) -> JSONResponse:
    """The free slots of a service from a day on: per advisor who gives it, within their working hours and
    the shop's opening hours, not on holidays, with a free room; by start, then advisor."""
    cfg = _config(store)
    found = store.run_tx(lambda s: appointments.slots(
        s, caller.principal(s), cfg, service, from_, days, persons, advisor, now=_now()))
    return JSONResponse({"slots": found})  # already plain JSON: thousands of slots skip a model round


@router.post("/v1/appointments", response_model=Appointment, status_code=201, responses=BOOKING_ERRORS, tags=A)
def book(body: NewAppointment, caller: Auth, store: Tx) -> Any:
    """Book a slot for a citizen. Of two desks booking the same time at once, exactly one gets it; the other
    gets ``409 slot_taken`` with the next free slot. The same ``request_id`` again answers with the same
    appointment."""
    return _run(store, caller, lambda s, p, cfg, now: appointments.book(
        s, p, cfg, request_id=body.request_id, service=body.service, start=body.start, persons=body.persons,
        person_id=body.person_id, advisor=body.advisor, reason=body.reason, place=body.place, now=now))


@router.get("/v1/appointments", response_model=list[Appointment], responses=ERRORS, tags=A)
def listing(
    caller: Auth,
    store: Tx,
    from_: Annotated[IsoDate, Query(alias="from", description="the first day (YYYY-MM-DD)")],
    to: Annotated[IsoDate, Query(description="the last day, included")],
    advisor: Annotated[str | None, Query(pattern=validation.ID_PATTERN)] = None,
    service: Annotated[str | None, Query(pattern=_CODE)] = None,
) -> list[dict[str, Any]]:
    """The appointments starting in a period (every status), by start."""
    cfg = _config(store)
    return store.run_tx(lambda s: appointments.listing(s, caller.principal(s), cfg, from_, to, advisor, service))


@router.post("/v1/appointments/cancel-by-reference", response_model=Appointment, responses=BOOKING_ERRORS,
             tags=A)
def cancel_by_reference(body: CancelByReference, caller: Auth, store: Tx) -> Any:
    """Cancel with the reference the citizen got (case, spaces and dashes do not matter)."""
    return _run(store, caller, lambda s, p, cfg, now: appointments.cancel(
        s, p, cfg, ref=body.cancellation_ref, reason=None, now=now))


@router.post("/v1/appointments/{appointment_id}/move", response_model=Appointment, responses=BOOKING_ERRORS,
             tags=A)
def move(appointment_id: AppointmentRef, body: MoveBody, caller: Auth, store: Tx) -> Any:
    """Move to another time (and advisor): the same checks as a booking."""
    return _run(store, caller, lambda s, p, cfg, now: appointments.move(
        s, p, cfg, appointment_id, start=body.start, advisor=body.advisor, now=now))


@router.post("/v1/appointments/{appointment_id}/cancel", response_model=Appointment, responses=BOOKING_ERRORS,
             tags=A)
def cancel(appointment_id: AppointmentRef, body: CancelBody, caller: Auth, store: Tx) -> Any:
    """Cancel; the citizen is told in their channel."""
    return _run(store, caller, lambda s, p, cfg, now: appointments.cancel(
        s, p, cfg, appointment_id, reason=body.reason, now=now))


@router.post("/v1/appointments/{appointment_id}/check-in", response_model=Ticket, responses=BOOKING_ERRORS,
             tags=A)
def check_in(appointment_id: AppointmentRef, body: CheckInBody, caller: Auth, store: Tx,
             request: Request) -> dict[str, Any]:
    """The citizen arrived: a ticket in the walk-in queue of the service, called from the appointment's time
    on, before walk-ins (on the appointment's day only)."""
    cfg = _config(store)
    shops = queue_routes._shops(store)
    ticket = store.run_tx(lambda s: appointments.check_in(
        s, caller.principal(s), cfg, shops, appointment_id, body.shop, now=_now()))
    queue_routes._hub(request).notify()
    return ticket
