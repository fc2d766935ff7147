"""The case store's appointment API (issue 16, THE CONTRACT) over the sync transport: services, free slots,
book, move, cancel (also by cancellation reference), check-in at reception, and the appointments of a period.

    client = AppointmentsClient(sync_client.transport)
    slots = client.slots("huisvesting", dt.date.today(), days=14, persons=2)
    appt = client.book(bookings.new_request("huisvesting", slots[0].start, person_id=pid, reason="premie"))

Answers are read strictly (``ProtocolError`` for a malformed one). Errors are the sync package's and the
booking service's at once (``desk_app.services.bookings``): an unreachable or busy case store raises
``AppointmentsOffline`` (an ``Offline`` and a ``bookings.Unreachable``); a taken slot ``SlotTakenError`` (a
``ServerError`` and a ``bookings.SlotTaken`` with ``next_free``); another refusal (in the past, outside
opening hours, unknown reference) ``AppointmentRefused`` with the case store's code. Every call is safe to
repeat (a booking carries its ``request_id``), so the transport's retries apply.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desk_app.services.bookings import (
    BookedAppointment,
    BookingRefused,
    BookingRequest,
    CheckIn,
    Service,
    Slot,
    SlotTaken,
    Unreachable,
)
from sync.answers import StrictCaller
from sync.answers import integer as _int
from sync.answers import malformed as _malformed
from sync.answers import obj as _obj
from sync.answers import text as _text
from sync.answers import when as _when
from sync.errors import Offline, ServerError
from sync.transport import Transport


class AppointmentsOffline(Offline, Unreachable):
    """The case store could not be reached or was too busy: a booking can wait as "to book"."""


class AppointmentRefused(ServerError, BookingRefused):
    """The case store refused (``code``: in_the_past, outside_opening_hours, not_found, …)."""

    def __init__(self, message: str, status: int = 0, code: str = "") -> None:
        ServerError.__init__(self, message, status, code)


class SlotTakenError(ServerError, SlotTaken):
    """The slot was taken by someone else first; ``next_free`` is the case store's offer (or None)."""

    def __init__(self, message: str, next_free: Slot | None, status: int = 409) -> None:
        ServerError.__init__(self, message, status, "slot_taken")
        self.next_free = next_free


def slot_of(v: object) -> Slot:
    d = _obj(v, "slot")
    return Slot(_when(d, "start"), _when(d, "end"), _text(d, "advisor", limit=200),
                _text(d, "room", optional=True, limit=200))


def appointment_of(v: object) -> BookedAppointment:
    d = _obj(v, "appointment")
    return BookedAppointment(
        id=_text(d, "id", limit=64), service=_text(d, "service", limit=100), start=_when(d, "start"),
        end=_when(d, "end"), advisor=_text(d, "advisor", limit=200), room=_text(d, "room", optional=True, limit=200),
        place=_text(d, "place", optional=True), person_id=_text(d, "person_id", optional=True, limit=64),
        case_id=_text(d, "case_id", optional=True, limit=64), persons=_int(d, "persons"),
        reason=_text(d, "reason", limit=20_000), status=_text(d, "status", limit=20),
        cancellation_ref=_text(d, "cancellation_ref", optional=True, limit=64), revision=_int(d, "revision"),
    )


def service_of(v: object) -> Service:
    d = _obj(v, "service")
    names = _obj(d.get("names"), "service names")
    if not all(isinstance(k, str) and isinstance(x, str) for k, x in names.items()):
        raise _malformed("service names are not texts")
    home = d.get("home_visit", False)
    if not isinstance(home, bool):
        raise _malformed("home_visit is not true or false")
    return Service(_text(d, "code", limit=100), dict(names), _int(d, "minutes"), _int(d, "extra_minutes_per_person"),
                   _text(d, "department", limit=100), home)


class AppointmentsClient(StrictCaller):
    offline_error = AppointmentsOffline
    refused_error = AppointmentRefused
    refusal_statuses = (400, 403, 404, 409, 422)
    revoked_statuses = (403,)  # a revoked laptop is the transport's error, not a refusal

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    # ------------------------------------------------------------------------------- requests
    def _call(self, method: str, path: str, *, json_body: object = None,
              params: dict[str, Any] | None = None) -> object:
        return self._request(method, path, json_body=json_body, params=params)

    def _refused(self, message: str, status: int, code: str, body: dict[str, Any]) -> Exception:
        if code == "slot_taken":
            nf = body.get("next_free")
            return SlotTakenError(message or "the slot was taken", slot_of(nf) if nf is not None else None, status)
        return super()._refused(message, status, code, body)

    # ------------------------------------------------------------------------------- the API
    def services(self) -> list[Service]:
        body = self._call("GET", "/v1/appointments/services")
        if not isinstance(body, list):
            raise _malformed("services is not a list")
        return [service_of(x) for x in body]

    def slots(self, service: str, start: dt.date, days: int = 14, persons: int = 1,
              advisor: str | None = None) -> list[Slot]:
        params: dict[str, Any] = {"service": service, "from": start.isoformat(), "days": days, "persons": persons}
        if advisor:
            params["advisor"] = advisor
        body = _obj(self._call("GET", "/v1/appointments/slots", params=params), "slots answer")
        slots = body.get("slots")
        if not isinstance(slots, list):
            raise _malformed("slots is not a list")
        return [slot_of(x) for x in slots]

    def book(self, request: BookingRequest) -> BookedAppointment:
        return appointment_of(self._call("POST", "/v1/appointments", json_body=request.to_wire()))

    def move(self, appointment_id: str, start: dt.datetime, advisor: str | None = None) -> BookedAppointment:
        return appointment_of(self._call("POST", f"/v1/appointments/{appointment_id}/move",
                                         json_body={"start": start.isoformat(), "advisor": advisor}))

    def cancel(self, appointment_id: str, reason: str = "") -> BookedAppointment:
        return appointment_of(self._call("POST", f"/v1/appointments/{appointment_id}/cancel",
                                         json_body={"reason": reason}))

    def cancel_by_reference(self, cancellation_ref: str) -> BookedAppointment:
        return appointment_of(self._call("POST", "/v1/appointments/cancel-by-reference",
                                         json_body={"cancellation_ref": cancellation_ref.strip()}))

    def check_in(self, appointment_id: str, shop: str) -> CheckIn:
        d = _obj(self._call("POST", f"/v1/appointments/{appointment_id}/check-in", json_body={"shop": shop}),
                 "ticket")
        return CheckIn(_text(d, "id", limit=64), _text(d, "number", limit=20), _text(d, "shop", limit=100))

    def appointments(self, start: dt.date, end: dt.date, advisor: str | None = None,
                     service: str | None = None) -> list[BookedAppointment]:
        params: dict[str, Any] = {"from": start.isoformat(), "to": end.isoformat()}
        if advisor:
            params["advisor"] = advisor
        if service:
            params["service"] = service
        body = self._call("GET", "/v1/appointments", params=params)
        if not isinstance(body, list):
            raise _malformed("appointments is not a list")
        return [appointment_of(x) for x in body]

    def shops(self) -> list[tuple[str, dict[str, str]]]:
        """The shops (code, names) whose reception checks appointments in (the queue's shops)."""
        body = self._call("GET", "/v1/queue/shops")
        if not isinstance(body, list):
            raise _malformed("shops is not a list")
        out = []
        for x in body:
            d = _obj(x, "shop")
            names = d.get("name")
            out.append((_text(d, "code", limit=100),
                        {str(k): str(v) for k, v in names.items()} if isinstance(names, dict) else {}))
        return out
