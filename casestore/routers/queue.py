"""The city shop's walk-in queue (``/v1/queue/…``, issue 16) over ``casestore.services.queue``: the shops,
tickets issued at reception, a desk's waiting list, call next, recall, serve, no-show, park and return,
transfer, finish; and the live event stream ``GET /v1/queue/events`` for the call display and every desk.

**The event stream (server-sent events).** The streams follow the append-only ``cs_queue_event`` table by
id: a stream sends every event with an id above the one it last sent (``id:`` of each event; a reconnecting
client sends ``Last-Event-ID`` and gets what it missed; events are kept, nothing prunes old days yet). One
reader per server process (``QueueHub``) reads the new events for all its streams and wakes them; it reads
when woken, rather than polling every second:

- in this process, by the request that committed a change (``QueueHub.notify`` after the transaction);
- from other server processes on PostgreSQL, by ``LISTEN loket_queue``: the writing transaction sends
  ``NOTIFY`` (delivered at its commit) and one listening connection per process wakes its reader;
- and, as a safety net, every ``LOKET_CASESTORE_QUEUE_POLL`` seconds (several processes on one SQLite file
  cannot announce to each other; a lost listening connection is reopened meanwhile).

Why this and not a broadcaster that pushes the events themselves from the writer: the table is the one
truth every process and every reconnecting client reads, so a stream never misses an event, whichever
process wrote it and whatever it missed while disconnected; the wake-ups only make the reader read at once.
The ids are committed in order (``casestore.models_queue``), so reading "above N" never skips one.

A stream first sends ``retry:`` and a comment naming the id it follows from (the point a client knows it
is subscribed), a comment line after ``LOKET_CASESTORE_QUEUE_HEARTBEAT`` seconds of silence, and ends after
``LOKET_CASESTORE_QUEUE_STREAM_MAX`` seconds (the client reconnects with ``Last-Event-ID``).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import StreamingResponse
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from casestore import validation
from casestore.api_models import ERRORS
from casestore.deps import Auth, Caller, Store, Tx
from casestore.services import queue
from casestore.services.common import ServiceError

log = logging.getLogger(__name__)
T = TypeVar("T")

router = APIRouter()

_CODE = r"^[A-Za-z0-9._:-]{1,40}$"
ShopRef = Annotated[str, PathParam(pattern=_CODE, description="a shop's code (resources/shop/*.yaml)")]
DeskRef = Annotated[str, PathParam(pattern=_CODE, description="a desk's code in that shop")]
TicketRef = Annotated[str, PathParam(pattern=validation.ID_PATTERN, description="a ticket's id")]
Note = Annotated[str | None, Field(default=None, max_length=queue.MAX_NOTE, pattern=validation.TEXT_PATTERN)]
Id = Annotated[str, Field(pattern=validation.ID_PATTERN)]

# ------------------------------------------------------------------------------------------------ models


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ServiceInfo(BaseModel):
    code: str
    name: dict[str, str]
    prefix: str
    first: int
    last: int
    default_minutes: float
    offline_first: int | None = Field(default=None, description="the numbers reception hands out while the "
                                                                   "case store is unreachable, from")
    offline_last: int | None = Field(default=None, description="… to (null: no offline range)")


class DeskInfo(BaseModel):
    code: str
    name: dict[str, str]
    services: list[str]


class ShopInfo(BaseModel):
    code: str
    name: dict[str, str]
    services: list[ServiceInfo]
    desks: list[DeskInfo]


class NewTicket(_Strict):
    service: str = Field(pattern=_CODE, description="the service's code")
    person_id: Id | None = Field(default=None, description="the citizen, when the eID was read at reception")
    appointment_at: AwareDatetime | None = Field(
        default=None, description="an appointment's time: the ticket is called from then on, before walk-ins")
    note: Note = None
    request_id: str | None = Field(
        default=None, pattern=validation.ID_PATTERN, max_length=32,
        description="idempotency key, becomes the ticket's id: the same request again answers that ticket")
    number: int | None = Field(
        default=None, ge=0, le=9999,
        description="a ticket reception issued while the case store was unreachable: its number, from the "
                    "service's offline range")
    arrived_at: AwareDatetime | None = Field(
        default=None, description="when reception issued it offline (within the last day)")


class Ticket(BaseModel):
    id: str
    shop: str
    number: str = Field(description="prefix and number, e.g. A023")
    service: str
    service_name: dict[str, str]
    status: str = Field(description="waiting, called, serving, parked, no_show, transferred, finished")
    person_id: str | None
    note: str | None
    arrived_at: dt.datetime
    appointment_at: dt.datetime | None
    target_desk: str | None = Field(description="the desk it was transferred to: only that desk calls it")
    desk: str | None = Field(description="the desk that called it")
    desk_name: dict[str, str] | None
    calls: int
    called_at: dt.datetime | None
    finished_at: dt.datetime | None
    case_ids: list[str]
    contact_ids: list[str]


class WaitingTicket(Ticket):
    due: bool = Field(description="false: an appointment whose time has not come; call next skips it")
    position: int = Field(description="place among everyone waiting for the same service")
    waited_seconds: int
    expected_wait_seconds: int = Field(
        description="median service time of the service's last finished tickets × position / open desks")
    service_median_seconds: int
    open_desks: int


class CallResult(BaseModel):
    ticket: Ticket | None = Field(description="the ticket now called to the desk; null: nobody waits for it")


class ParkBody(_Strict):
    note: Note = None


class TransferBody(_Strict):
    service: str | None = Field(default=None, pattern=_CODE, description="to another service's queue, or")
    desk: str | None = Field(default=None, pattern=_CODE, description="to one desk")
    note: Note = None


class FinishBody(_Strict):
    case_ids: list[Id] = Field(default_factory=list, max_length=queue.MAX_LINKED)
    contact_ids: list[Id] = Field(default_factory=list, max_length=queue.MAX_LINKED)


# ------------------------------------------------------------------------------------------------ helpers


# The queue routes' clock: the real one, except in a benchmark that simulates a whole day in a thread-mode case
# store (bench/bench_shop_day.py sets it, and nothing else does).
clock: Callable[[], dt.datetime] = functools.partial(dt.datetime.now, dt.UTC)


def _now() -> dt.datetime:
    return clock()


def _shops(store: Store) -> dict[str, queue.Shop]:
    folder = store.settings.shop_dir or queue.DEFAULT_SHOP_DIR
    try:
        return queue.load_shops(Path(folder))
    except queue.ShopConfigError as e:
        log.error("the shop configuration cannot be used: %s", e)
        raise ServiceError(503, "not_configured", f"the shop configuration cannot be used: {e}") from e


def _hub(request: Request) -> QueueHub:
    state = request.app.state
    with _HUB_LOCK:
        hub: QueueHub | None = getattr(state, "queue_hub", None)
        if hub is None:
            hub = state.queue_hub = QueueHub(state.engine)
        return hub


def _run(request: Request, store: Store, caller: Caller, shop_code: str,
         fn: Callable[[Session, Any, queue.Shop, dt.datetime], T]) -> T:
    """One transaction: sign the caller in, find the shop, do ``fn``; then wake the event streams."""
    shop = queue.shop_of(_shops(store), shop_code)
    result = store.run_tx(lambda s: fn(s, caller.principal(s), shop, _now()))
    _hub(request).notify()
    return result


Q: list[str | Enum] = ["queue"]

# ------------------------------------------------------------------------------------------------ routes


@router.get("/v1/queue/shops", response_model=list[ShopInfo], responses=ERRORS, tags=Q)
def shops(caller: Auth, store: Tx) -> list[dict[str, Any]]:
    """The shops with their services (prefix, number range) and desks (the services each handles)."""
    all_shops = _shops(store)
    store.run_tx(lambda s: queue.require_staff(caller.principal(s)))
    return [queue.shop_info(sh) for sh in all_shops.values()]


@router.post("/v1/queue/{shop}/tickets", response_model=Ticket, status_code=201, responses=ERRORS, tags=Q)
def issue_ticket(shop: ShopRef, body: NewTicket, caller: Auth, store: Tx, request: Request) -> dict[str, Any]:
    """Reception issues a ticket for a service (the next number of its range today). With ``request_id`` the
    same request again answers the same ticket; a ticket issued while the case store was unreachable brings its
    ``number`` (the service's offline range) and ``arrived_at``."""
    return _run(request, store, caller, shop, lambda s, p, sh, now: queue.issue(
        s, p, sh, body.service, person_id=body.person_id, appointment_at=body.appointment_at, note=body.note,
        request_id=body.request_id, number=body.number, arrived_at=body.arrived_at, now=now))


@router.get("/v1/queue/{shop}/tickets/{ticket_id}", response_model=Ticket, responses=ERRORS, tags=Q)
def get_ticket(shop: ShopRef, ticket_id: TicketRef, caller: Auth, store: Tx) -> dict[str, Any]:
    sh = queue.shop_of(_shops(store), shop)
    return store.run_tx(lambda s: queue.get_ticket(s, caller.principal(s), sh, ticket_id))


@router.get("/v1/queue/{shop}/desks/{desk}/waiting", response_model=list[WaitingTicket], responses=ERRORS,
            tags=Q)
def waiting(shop: ShopRef, desk: DeskRef, caller: Auth, store: Tx) -> list[dict[str, Any]]:
    """Who waits for this desk's services, in the order call next takes them, with the expected wait."""
    sh = queue.shop_of(_shops(store), shop)
    return store.run_tx(lambda s: queue.waiting(s, caller.principal(s), sh, desk, now=_now()))


@router.post("/v1/queue/{shop}/desks/{desk}/next", response_model=CallResult, responses=ERRORS, tags=Q)
def call_next(shop: ShopRef, desk: DeskRef, caller: Auth, store: Tx, request: Request) -> dict[str, Any]:
    """Call the longest-waiting ticket for this desk (appointments whose time has come first). Two desks
    calling at once never get the same ticket."""
    got = _run(request, store, caller, shop, lambda s, p, sh, now: queue.call_next(s, p, sh, desk, now=now))
    return {"ticket": got}


def _ticket_route(path: str, fn: Callable[..., dict[str, Any]], doc: str) -> None:
    def route(shop: ShopRef, ticket_id: TicketRef, caller: Auth, store: Tx, request: Request) -> dict[str, Any]:
        return _run(request, store, caller, shop, lambda s, p, sh, now: fn(s, p, sh, ticket_id, now=now))

    route.__name__ = f"ticket_{path.replace('-', '_')}"
    route.__doc__ = doc
    router.post(f"/v1/queue/{{shop}}/tickets/{{ticket_id}}/{path}", response_model=Ticket, responses=ERRORS,
                tags=Q)(route)


_ticket_route("recall", queue.recall, f"Call the ticket again (at most {queue.MAX_CALLS} calls in all).")
_ticket_route("serve", queue.serve, "The citizen reached the desk.")
_ticket_route("no-show", queue.no_show, "The called citizen did not come.")
_ticket_route("return", queue.return_, "A parked citizen is back: the ticket waits again for its desk.")


@router.post("/v1/queue/{shop}/tickets/{ticket_id}/park", response_model=Ticket, responses=ERRORS, tags=Q)
def park(shop: ShopRef, ticket_id: TicketRef, body: ParkBody, caller: Auth, store: Tx,
         request: Request) -> dict[str, Any]:
    """The citizen fetches a document and comes back (``…/return``)."""
    return _run(request, store, caller, shop,
                lambda s, p, sh, now: queue.park(s, p, sh, ticket_id, note=body.note, now=now))


@router.post("/v1/queue/{shop}/tickets/{ticket_id}/transfer", response_model=Ticket, responses=ERRORS, tags=Q)
def transfer(shop: ShopRef, ticket_id: TicketRef, body: TransferBody, caller: Auth, store: Tx,
             request: Request) -> dict[str, Any]:
    """Send the ticket to another service's queue or to one desk (``400`` for a service the shop does not
    offer)."""
    return _run(request, store, caller, shop, lambda s, p, sh, now: queue.transfer(
        s, p, sh, ticket_id, service=body.service, desk=body.desk, note=body.note, now=now))


@router.post("/v1/queue/{shop}/tickets/{ticket_id}/finish", response_model=Ticket, responses=ERRORS, tags=Q)
def finish(shop: ShopRef, ticket_id: TicketRef, body: FinishBody, caller: Auth, store: Tx,
           request: Request) -> dict[str, Any]:
    """The visit is over: the cases and contacts recorded during it are linked to the ticket."""
    return _run(request, store, caller, shop, lambda s, p, sh, now: queue.finish(
        s, p, sh, ticket_id, case_ids=body.case_ids, contact_ids=body.contact_ids, now=now))


# ----------------------------------------------------------------------------------------- event stream


_HUB_LOCK = threading.Lock()


class QueueHub:
    """This process's side of the event streams: one reader for all of them.

    A reader task (on the server's event loop, while at least one stream is open) reads the events above
    the last one it read, keeps the last ``CACHE`` of them, and wakes the streams, which send what is new
    for them from there. It reads when woken: after a commit in this process (``notify``), on PostgreSQL on
    ``NOTIFY loket_queue`` from any process (one listening connection), and every
    ``LOKET_CASESTORE_QUEUE_POLL`` seconds anyway. One read per change for the whole process, not one per
    stream: with a dozen desks and a call display listening, each call would otherwise cost a dozen
    transactions (on SQLite each one takes the write lock). Only a stream resuming from before the cache
    reads the database itself."""

    CACHE = 2000
    BATCH = 500

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        # The reader's reads run beside the requests' transactions, not through their gate (one reader per
        # process). On SQLite without the engine's BEGIN IMMEDIATE: a plain read sees the committed events
        # without taking the write lock the writers queue for (the database is in WAL mode).
        self._read_engine = engine if engine.dialect.name != "sqlite" else create_engine(
            engine.url, connect_args={"timeout": 60, "check_same_thread": False})
        self._lock = threading.Lock()
        self._streams: set[asyncio.Event] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._dirty: asyncio.Event | None = None
        self._reader: asyncio.Task[None] | None = None
        self._listener: threading.Thread | None = None
        self._stop = threading.Event()
        self._cache: list[dict[str, Any]] = []  # every event with an id in (base, upto], in order
        self.base: int | None = None  # None: nothing read yet
        self.upto = 0
        self._first_read: asyncio.Event | None = None

    def notify(self) -> None:
        """Something was committed: read (callable from any thread)."""
        with self._lock:
            loop, dirty = self._loop, self._dirty
        if loop is not None and dirty is not None:
            with contextlib.suppress(RuntimeError):  # a loop that closed meanwhile
                loop.call_soon_threadsafe(dirty.set)

    @contextlib.asynccontextmanager
    async def subscribe(self, store: Store) -> AsyncIterator[asyncio.Event]:
        """An event set whenever new events were read; the first read is done when this yields."""
        updated = asyncio.Event()
        with self._lock:
            self._streams.add(updated)
            if self._reader is None or self._reader.done():
                self._loop = asyncio.get_running_loop()
                self._dirty = asyncio.Event()
                self._first_read = asyncio.Event()
                self._dirty.set()
                self._reader = asyncio.create_task(self._read_loop(store, self._dirty, self._first_read))
                if self._engine.dialect.name == "postgresql" and self._listener is None:
                    self._stop = threading.Event()
                    self._listener = threading.Thread(target=self._listen, args=(self._stop,),
                                                      name="queue-listen", daemon=True)
                    self._listener.start()
            first_read = self._first_read
        try:
            assert first_read is not None
            await first_read.wait()
            yield updated
        finally:
            with self._lock:
                self._streams.discard(updated)
                if not self._streams:
                    if self._reader is not None:
                        self._reader.cancel()
                        self._reader = None
                    if self._listener is not None:
                        self._stop.set()  # the listener ends within a second
                        self._listener = None
                    if self._read_engine is not self._engine:
                        self._read_engine.dispose()

    async def _read_loop(self, store: Store, dirty: asyncio.Event, first_read: asyncio.Event) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(dirty.wait(), timeout=store.settings.queue_poll)
            dirty.clear()  # before reading: a commit while reading makes the next read
            try:
                await self._read(store)
            except Exception:
                log.exception("reading the queue events failed; trying again")
                await asyncio.sleep(min(1.0, store.settings.queue_poll))
                dirty.set()
                continue
            first_read.set()
            with self._lock:
                streams = list(self._streams)
            for updated in streams:
                updated.set()

    def _query(self, fn: Callable[[Session], T]) -> T:
        with Session(self._read_engine) as s:
            return fn(s)

    async def _read(self, store: Store) -> None:
        if self.base is None:
            self.base = self.upto = await run_in_threadpool(self._query, queue.head_event_id)
        while True:
            batch = await run_in_threadpool(
                self._query, functools.partial(_events, shop=None, after=self.upto, limit=self.BATCH))
            if batch:
                self._cache.extend(batch)
                self.upto = batch[-1]["id"]
            if len(batch) < self.BATCH:
                break
        if len(self._cache) > self.CACHE:
            dropped = len(self._cache) - self.CACHE
            self.base = self._cache[dropped - 1]["id"]
            del self._cache[:dropped]

    async def events(self, store: Store, shop: str | None, after: int) -> list[dict[str, Any]]:
        """The events above ``after`` read so far (at most 200; only ``shop``'s, when given)."""
        if self.base is None or after < self.base:  # from before the cache (a resume): from the database
            return await run_in_threadpool(self._query, functools.partial(_events, shop=shop, after=after))
        return [e for e in self._cache if e["id"] > after and (shop is None or e["shop"] == shop)][:200]

    def _listen(self, stop: threading.Event) -> None:
        import psycopg

        url = self._engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while not stop.is_set():
            try:
                with psycopg.connect(url, autocommit=True) as conn:
                    conn.execute(f"LISTEN {queue.NOTIFY_CHANNEL}")
                    self.notify()  # whatever happened while not listening
                    while not stop.is_set():
                        for _ in conn.notifies(timeout=1.0, stop_after=64):
                            self.notify()
            except Exception:
                log.warning("listening for queue events failed; the streams poll meanwhile", exc_info=True)
                stop.wait(1.0)


def _events(s: Session, shop: str | None, after: int, limit: int = 200) -> list[dict[str, Any]]:
    return queue.events_after(s, shop, after, limit)


def _sse(event: dict[str, Any]) -> str:
    data = json.dumps({k: v for k, v in event.items() if k != "kind"}, ensure_ascii=False, sort_keys=True)
    return f"id: {event['id']}\nevent: {event['kind']}\ndata: {data}\n\n"


async def _stream(store: Store, hub: QueueHub, shop: str | None, start: int | None) -> AsyncIterator[str]:
    settings = store.settings
    async with hub.subscribe(store) as updated:
        last = start if start is not None else hub.upto
        yield f"retry: 2000\n: following queue events after {last}\n\n"
        began = quiet_since = time.monotonic()
        while True:
            updated.clear()  # before reading: what the reader finds meanwhile sets it again
            batch = await hub.events(store, shop, last)
            if batch:
                last = batch[-1]["id"]
                yield "".join(_sse(e) for e in batch)
                quiet_since = time.monotonic()
                continue  # more may follow (at most 200 at a time)
            now = time.monotonic()
            if now - began >= settings.queue_stream_max:
                return
            if now - quiet_since >= settings.queue_heartbeat:
                yield ": keep-alive\n\n"
                quiet_since = now
            timeout = min(quiet_since + settings.queue_heartbeat, began + settings.queue_stream_max) - now
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(updated.wait(), timeout=max(0.0, timeout))


@router.get(
    "/v1/queue/events",
    response_class=StreamingResponse,
    responses={
        **ERRORS,
        200: {"description": "server-sent events: ticket_issued, ticket_called, ticket_updated; data: the "
                             "ticket's number, service, status, desk and desk names (never the person)",
              "content": {"text/event-stream": {"schema": {"type": "string"}}}},
    },
    tags=Q,
)
async def events(
    caller: Auth,
    store: Tx,
    request: Request,
    shop: Annotated[str | None, Query(pattern=_CODE, description="only this shop's events")] = None,
    last_event_id: Annotated[str, Header(pattern=r"^[0-9]{0,18}$",
                                         description="resume after this event id (empty: from now)")] = "",
) -> StreamingResponse:
    """The queue's live events (``text/event-stream``), from now or after ``Last-Event-ID``."""
    if shop is not None:
        queue.shop_of(_shops(store), shop)
    await run_in_threadpool(store.run_tx, lambda s: queue.require_staff(caller.principal(s)))
    start = int(last_event_id) if last_event_id else None
    return StreamingResponse(
        _stream(store, _hub(request), shop, start),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
