"""The case store's walk-in queue (``/v1/queue/…``, issue 16) over the sync transport: the shops, tickets issued
at reception (also those issued offline), a desk's waiting list, call next, recall, serve, no-show, park, return,
transfer and finish.

    client = ShopClient(sync_client.transport)
    ticket = client.issue("stadswinkel", "burgerzaken", person_id=pid, request_id=uuid.uuid4().hex)
    called = client.call_next("stadswinkel", "balie-3")

Answers are read strictly (``ProtocolError`` for a malformed one). Errors are the sync package's and the
reception service's at once (``desk_app.services.reception``): an unreachable or busy case store raises
``ShopOffline`` (an ``Offline`` and a ``QueueUnreachable``); a refusal (another desk called the ticket first,
a fourth call, an unknown service) ``ShopRefused`` (a ``ServerError`` and a ``QueueRefused``) with the case
store's message.

**Repeats.** Issuing a ticket carries its request id, so the transport's retries apply. Calling next and the
other moves of a ticket are not safe to repeat blindly (a repeated call next after a lost answer would call a
second citizen), so they are sent once: a failure without an answer is ``ShopOffline`` and the desk looks
again at its list.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, ClassVar

from desk_app.services.reception import (
    PendingTicket,
    QueueRefused,
    QueueUnreachable,
    ShopDesk,
    ShopInfo,
    ShopService,
    Ticket,
)
from sync.answers import StrictCaller
from sync.answers import integer as _int
from sync.answers import malformed as _malformed
from sync.answers import obj as _obj
from sync.answers import text as _text
from sync.answers import when as _when
from sync.errors import Offline, ServerError
from sync.transport import RetryPolicy, Transport


class ShopOffline(Offline, QueueUnreachable):
    """The case store could not be reached or was too busy."""


class ShopRefused(ServerError, QueueRefused):
    """The case store refused the action (``code``: conflict, too_many_calls, not_found, bad_request, …)."""

    def __init__(self, message: str, status: int = 0, code: str = "") -> None:
        ServerError.__init__(self, message, status, code)
        QueueRefused.__init__(self, message, code, status)


def _names(v: object, what: str, *, optional: bool = False) -> Any:
    if v is None and optional:
        return None
    d = _obj(v, what)
    if not all(isinstance(k, str) and isinstance(x, str) for k, x in d.items()):
        raise _malformed(f"{what} are not texts")
    return dict(d)


def _ids(d: dict[str, Any], key: str) -> tuple[str, ...]:
    v = d.get(key)
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise _malformed(f"{key} is not a list of ids")
    return tuple(v)


def ticket_of(v: object) -> Ticket:
    d = _obj(v, "ticket")
    due = d.get("due")
    if due is not None and not isinstance(due, bool):
        raise _malformed("due is not true or false")
    return Ticket(
        id=_text(d, "id", limit=64), shop=_text(d, "shop", limit=100), number=_text(d, "number", limit=20),
        service=_text(d, "service", limit=100), service_name=_names(d.get("service_name"), "service names"),
        status=_text(d, "status", limit=20), person_id=_text(d, "person_id", optional=True, limit=64),
        arrived_at=_when(d, "arrived_at"), note=_text(d, "note", optional=True, limit=2000),
        appointment_at=_when(d, "appointment_at", optional=True),
        target_desk=_text(d, "target_desk", optional=True, limit=100), desk=_text(d, "desk", optional=True, limit=100),
        desk_name=_names(d.get("desk_name"), "desk names", optional=True), calls=_int(d, "calls"),
        called_at=_when(d, "called_at", optional=True), finished_at=_when(d, "finished_at", optional=True),
        case_ids=_ids(d, "case_ids"), contact_ids=_ids(d, "contact_ids"), due=due,
        position=_int(d, "position", optional=True), waited_seconds=_int(d, "waited_seconds", optional=True),
        expected_wait_seconds=_int(d, "expected_wait_seconds", optional=True),
    )


def shop_of(v: object) -> ShopInfo:
    d = _obj(v, "shop")
    services = d.get("services")
    desks = d.get("desks")
    if not isinstance(services, list) or not isinstance(desks, list):
        raise _malformed("a shop's services or desks are not lists")
    svs = []
    for x in services:
        s = _obj(x, "service")
        minutes = s.get("default_minutes")
        if not isinstance(minutes, int | float) or isinstance(minutes, bool):
            raise _malformed("default_minutes is not a number")
        svs.append(ShopService(_text(s, "code", limit=100), _names(s.get("name"), "service names"),
                               _text(s, "prefix", limit=10), _int(s, "first"), _int(s, "last"), float(minutes),
                               _int(s, "offline_first", optional=True), _int(s, "offline_last", optional=True)))
    dks = []
    for x in desks:
        k = _obj(x, "desk")
        handled = k.get("services")
        if not isinstance(handled, list) or not all(isinstance(c, str) for c in handled):
            raise _malformed("a desk's services are not a list of codes")
        dks.append(ShopDesk(_text(k, "code", limit=100), _names(k.get("name"), "desk names"), tuple(handled)))
    return ShopInfo(_text(d, "code", limit=100), _names(d.get("name"), "shop names"), tuple(svs), tuple(dks))


class ShopClient(StrictCaller):
    offline_error = ShopOffline
    refused_error = ShopRefused
    any_5xx_busy = True
    default_codes: ClassVar[Mapping[int, str]] = {404: "not_found", 409: "conflict"}

    def __init__(self, transport: Transport, *, attempts: int | None = None) -> None:
        """``attempts``: how often an idempotent request is tried (reception: few, so that it turns to its
        offline queue quickly); the transport's own policy when None."""
        self.transport = transport
        if attempts is not None:
            transport = copy.copy(transport)  # shares the HTTP connection pool and the tokens
            transport.retry = RetryPolicy(attempts, transport.retry.base_delay, transport.retry.max_delay)
        self._repeatable = transport
        self._once = copy.copy(transport)
        self._once.retry = RetryPolicy(1)

    # ------------------------------------------------------------------------------- requests
    def _call(self, method: str, path: str, *, json_body: object = None, once: bool = False) -> object:
        return self._request(method, path, json_body=json_body, via=self._once if once else self._repeatable)

    def _ticket(self, shop: str, ticket_id: str, action: str, body: dict[str, Any] | None = None) -> Ticket:
        return ticket_of(self._call("POST", f"/v1/queue/{shop}/tickets/{ticket_id}/{action}", json_body=body,
                                    once=True))

    # ------------------------------------------------------------------------------- the API
    def shops(self) -> list[ShopInfo]:
        body = self._call("GET", "/v1/queue/shops")
        if not isinstance(body, list):
            raise _malformed("shops is not a list")
        return [shop_of(x) for x in body]

    def shop(self, code: str) -> ShopInfo:
        found = next((s for s in self.shops() if s.code == code), None)
        if found is None:
            raise ShopRefused(f"the case store knows no shop {code!r}", 404, "not_found")
        return found

    def issue(self, shop: str, service: str, *, request_id: str, person_id: str | None = None,
              note: str | None = None) -> Ticket:
        body: dict[str, Any] = {"service": service, "request_id": request_id}
        if person_id:
            body["person_id"] = person_id
        if note:
            body["note"] = note
        return ticket_of(self._call("POST", f"/v1/queue/{shop}/tickets", json_body=body))

    def push_offline(self, pending: PendingTicket) -> Ticket:
        """A ticket reception issued offline, with its number and time (exactly once: its request id)."""
        body: dict[str, Any] = {"service": pending.service, "request_id": pending.request_id, "number": pending.seq,
                                "arrived_at": pending.issued_at}
        if pending.person_id:
            body["person_id"] = pending.person_id
        if pending.note:
            body["note"] = pending.note
        return ticket_of(self._call("POST", f"/v1/queue/{pending.shop}/tickets", json_body=body))

    def ticket(self, shop: str, ticket_id: str) -> Ticket:
        return ticket_of(self._call("GET", f"/v1/queue/{shop}/tickets/{ticket_id}"))

    def waiting(self, shop: str, desk: str) -> list[Ticket]:
        body = self._call("GET", f"/v1/queue/{shop}/desks/{desk}/waiting")
        if not isinstance(body, list):
            raise _malformed("the waiting list is not a list")
        return [ticket_of(x) for x in body]

    def call_next(self, shop: str, desk: str) -> Ticket | None:
        body = _obj(self._call("POST", f"/v1/queue/{shop}/desks/{desk}/next", once=True), "call answer")
        got = body.get("ticket")
        return None if got is None else ticket_of(got)

    def recall(self, shop: str, ticket_id: str) -> Ticket:
        return self._ticket(shop, ticket_id, "recall")

    def serve(self, shop: str, ticket_id: str) -> Ticket:
        return self._ticket(shop, ticket_id, "serve")

    def no_show(self, shop: str, ticket_id: str) -> Ticket:
        return self._ticket(shop, ticket_id, "no-show")

    def park(self, shop: str, ticket_id: str, note: str | None = None) -> Ticket:
        return self._ticket(shop, ticket_id, "park", {"note": note} if note else {})

    def return_(self, shop: str, ticket_id: str) -> Ticket:
        return self._ticket(shop, ticket_id, "return")

    def transfer(self, shop: str, ticket_id: str, *, service: str | None = None, desk: str | None = None,
                 note: str | None = None) -> Ticket:
        body: dict[str, Any] = {"service": service} if service else {"desk": desk}
        if note:
            body["note"] = note
        return self._ticket(shop, ticket_id, "transfer", body)

    def finish(self, shop: str, ticket_id: str, case_ids: list[str] | tuple[str, ...] = (),
               contact_ids: list[str] | tuple[str, ...] = ()) -> Ticket:
        return self._ticket(shop, ticket_id, "finish", {"case_ids": list(case_ids), "contact_ids": list(contact_ids)})
