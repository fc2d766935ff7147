"""The queue's live events on the desk: a reader of the case store's server-sent events
(``GET /v1/queue/events``, ``casestore.routers.queue``) over the sync transport's HTTP client and tokens.

    reader = QueueEventReader(transport, shop="stadswinkel")
    for item in reader.items():          # blocks; runs until reader.stop() (from any thread)
        if isinstance(item, TicketEvent) and item.kind == CALLED: ...
        elif isinstance(item, Connected): ...      # subscribed: every later event reaches us
        elif isinstance(item, Disconnected): ...   # cut or unreachable: it reconnects after item.retry_in s

**Resuming.** The reader remembers the id of the last event it got and reconnects with ``Last-Event-ID``, so
after a cut it gets every event it missed (as long as the case store keeps them), never one twice. A cut, a
refused or failed connection, or a silence longer than ``read_timeout`` (the case store sends a keep-alive
line every ``LOKET_CASESTORE_QUEUE_HEARTBEAT`` seconds) is answered by a reconnection after a delay with
exponential backoff and full jitter (``base_delay`` doubling up to ``max_delay``); a stream that the case
store ended normally (after ``LOKET_CASESTORE_QUEUE_STREAM_MAX``) is reopened at once. An expired access
token is refreshed once per connection. What cannot get better by trying again (the role may not follow the
queue: ``403``; no such shop: ``404``) raises a ``StreamRefused`` with the reason.

**Hostile or broken streams.** A line longer than ``max_line`` bytes or an event larger than ``MAX_EVENT``
drops the connection with a ``StreamError`` naming the limit (reported as ``Disconnected``; then a
reconnection with backoff), never a memory blow-up. Lines that are no SSE field, unknown fields, events of
unknown kinds, data that is not a JSON object with the fields of a ticket event, ids that are no number, and
any line with a NUL character are ignored (counted in ``ignored``). Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import json
import random
import socket
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from desk_app.languages import DEFAULT
from sync.errors import AuthRequired, Offline, ProtocolError, ServerError, SyncError
from sync.transport import Transport

ISSUED = "ticket_issued"
CALLED = "ticket_called"
UPDATED = "ticket_updated"
KINDS = frozenset({ISSUED, CALLED, UPDATED})
MAX_LINE = 64 * 1024  # bytes of one line (an event of the case store is well under 2 KiB)
MAX_EVENT = 256 * 1024  # bytes of the data of one event
PATH = "/v1/queue/events"


class StreamError(ProtocolError):
    """The event stream broke the rules (a line or event too long): the connection is dropped."""


class StreamRefused(ServerError):
    """The case store refused the stream for a reason trying again does not change (role, shop)."""


# ------------------------------------------------------------------------------------------------ items


@dataclass(frozen=True, slots=True)
class TicketEvent:
    """One event of the queue: what a call display may show (never the person)."""

    id: int
    kind: str  # ISSUED, CALLED (also a recall) or UPDATED
    shop: str
    ticket_id: str
    number: str  # e.g. A023
    service: str
    status: str
    desk: str | None
    desk_names: dict[str, str] = field(default_factory=dict)  # the desk's name per language
    target_desk: str | None = None
    calls: int = 0
    at: str = ""  # ISO 8601

    def desk_name(self, lang: str, *fallbacks: str) -> str:
        """The desk's name in ``lang``, else in the first of ``fallbacks`` it has, else in the city's first
        language (``desk_app.languages.DEFAULT``), else in any, else its code."""
        for code in (lang, *fallbacks, DEFAULT):
            if code in self.desk_names:
                return self.desk_names[code]
        return next(iter(self.desk_names.values()), self.desk or "")


@dataclass(frozen=True, slots=True)
class Connected:
    """The stream is open and subscribed: every event after ``after`` (None: from now) will come."""

    after: int | None


@dataclass(frozen=True, slots=True)
class Disconnected:
    """The stream is gone (``reason``, a sentence); the reader tries again in ``retry_in`` seconds."""

    reason: str
    retry_in: float
    attempt: int  # how many connections failed in a row


StreamItem = TicketEvent | Connected | Disconnected


# ------------------------------------------------------------------------------------------------ parsing


@dataclass(slots=True)
class Message:
    """One dispatched block of the stream (SSE's "event"), before its data is understood."""

    id: str | None
    event: str
    data: str
    comments: list[str]
    retry: int | None


class SseParser:
    """Server-sent events from bytes, as the HTML standard reads them (lines end in CRLF, LF or CR; ``field:
    value``; a blank line dispatches), with limits: ``feed`` raises ``StreamError`` for a line longer than
    ``max_line`` bytes or data longer than ``max_event``. A block with a NUL anywhere is dropped."""

    def __init__(self, max_line: int = MAX_LINE, max_event: int = MAX_EVENT) -> None:
        self.max_line = max_line
        self.max_event = max_event
        self.ignored = 0  # lines and blocks dropped as garbage
        self._buf = bytearray()
        self._skip_lf = False  # the last chunk ended in CR: a LF starting the next one belongs to it
        self._first = True  # a BOM at the very start is dropped
        self.failed: StreamError | None = None
        self._reset()

    def _reset(self) -> None:
        self._id: str | None = None
        self._event = ""
        self._data: list[str] = []
        self._size = 0
        self._comments: list[str] = []
        self._retry: int | None = None
        self._poisoned = False
        self._fields = False

    def feed(self, chunk: bytes) -> list[Message]:
        """The blocks ``chunk`` completes. A limit broken after some of them: they are returned and ``failed``
        is set (raised by the next ``feed``), so the events before the offending line are not lost."""
        if self.failed is not None:
            raise self.failed
        out: list[Message] = []
        try:
            self._feed(chunk, out)
        except StreamError as e:
            if not out:
                raise
            self.failed = e
        return out

    def _feed(self, chunk: bytes, out: list[Message]) -> None:
        if self._skip_lf and chunk[:1] == b"\n":
            chunk = chunk[1:]
        self._skip_lf = False
        self._buf += chunk
        start = 0
        buf = self._buf
        while True:
            lf = buf.find(b"\n", start)
            cr = buf.find(b"\r", start)
            ends = [i for i in (lf, cr) if i >= 0]
            if not ends:
                break
            end = min(ends)
            line = bytes(buf[start:end])
            if len(line) > self.max_line:
                raise StreamError(f"the event stream sent a line longer than {self.max_line} bytes")
            if buf[end] == 13:  # CR: a LF right after it is part of the same line end
                if end + 1 < len(buf):
                    start = end + 2 if buf[end + 1] == 10 else end + 1
                else:
                    start = end + 1
                    self._skip_lf = True
            else:
                start = end + 1
            msg = self._line(line)
            if msg is not None:
                out.append(msg)
        del buf[:start]
        if len(buf) > self.max_line:
            raise StreamError(f"the event stream sent a line longer than {self.max_line} bytes")

    def _line(self, raw: bytes) -> Message | None:
        if self._first:
            self._first = False
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw:
            return self._dispatch()
        if b"\x00" in raw:
            self._poisoned = True
            return None
        line = raw.decode("utf-8", errors="replace")
        name, colon, value = line.partition(":")
        value = value.removeprefix(" ") if colon else ""
        self._fields = True
        if name == "":
            self._comments.append(value)
        elif name == "data":
            self._size += len(raw) + 1
            if self._size > self.max_event:
                raise StreamError(f"the event stream sent an event larger than {self.max_event} bytes")
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            self._id = value
        elif name == "retry" and value.isascii() and value.isdigit() and len(value) <= 9:
            self._retry = int(value)
        else:
            self.ignored += 1  # not a field of SSE: ignored, as the standard says
        return None

    def _dispatch(self) -> Message | None:
        if not self._fields:
            return None
        if self._poisoned:
            self.ignored += 1
            self._reset()
            return None
        msg = Message(self._id, self._event or "message", "\n".join(self._data), self._comments, self._retry)
        self._reset()
        return msg


def ticket_event(msg: Message) -> TicketEvent | None:
    """The ticket event ``msg`` carries, or None when it is none (unknown kind, no numeric id, data that is
    not a ticket event's)."""
    if msg.event not in KINDS or msg.id is None or not _is_id(msg.id):
        return None
    try:
        d = json.loads(msg.data)
    except ValueError:
        return None
    if not isinstance(d, dict):
        return None
    names = d.get("desk_name")
    desk_names = ({str(k): v for k, v in names.items() if isinstance(v, str)} if isinstance(names, dict) else {})
    calls = d.get("calls", 0)
    try:
        return TicketEvent(
            id=int(msg.id),
            kind=msg.event,
            shop=_text(d, "shop"),
            ticket_id=_text(d, "ticket_id"),
            number=_text(d, "number"),
            service=_text(d, "service"),
            status=_text(d, "status"),
            desk=_opt_text(d, "desk"),
            desk_names=desk_names,
            target_desk=_opt_text(d, "target_desk"),
            calls=calls if isinstance(calls, int) and not isinstance(calls, bool) else 0,
            at=d["at"] if isinstance(d.get("at"), str) else "",
        )
    except (KeyError, TypeError):
        return None


def _is_id(value: str) -> bool:
    return value.isascii() and value.isdigit() and len(value) <= 18


def _text(d: dict[str, Any], key: str) -> str:
    v = d[key]
    if not isinstance(v, str) or len(v) > 200:
        raise TypeError(key)
    return v


def _opt_text(d: dict[str, Any], key: str) -> str | None:
    return None if d.get(key) is None else _text(d, key)


# ------------------------------------------------------------------------------------------------ reader


class QueueEventReader:
    """Follows ``GET /v1/queue/events`` for ``shop`` (None: every shop) on ``transport``'s HTTP client and
    tokens. ``items()`` yields ``TicketEvent``, ``Connected`` and ``Disconnected`` until ``stop()``; with
    ``reconnect=False`` it raises the first failure instead of reconnecting (tests, tools)."""

    def __init__(
        self,
        transport: Transport,
        *,
        shop: str | None = None,
        last_event_id: int | None = None,
        read_timeout: float = 60.0,
        base_delay: float = 0.5,
        max_delay: float = 15.0,
        max_line: int = MAX_LINE,
        max_event: int = MAX_EVENT,
        reconnect: bool = True,
        rng: random.Random | None = None,
    ) -> None:
        self.transport = transport
        self.shop = shop
        self.last_event_id = last_event_id
        self.read_timeout = read_timeout
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.max_line = max_line
        self.max_event = max_event
        self.reconnect = reconnect
        self.rng = rng or random.Random()
        self.ignored = 0  # garbage lines, blocks and events passed over
        self.connections = 0  # streams opened (1 + reconnections)
        self.server_retry: int | None = None  # the stream's ``retry:`` (ms), for information
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._response: httpx.Response | None = None

    # ------------------------------------------------------------------------------------- control
    def stop(self) -> None:
        """End ``items()`` soon (from any thread): a read under way is interrupted, a wait cut short."""
        self._stop.set()
        with self._lock:
            resp = self._response
        if resp is not None:
            _interrupt(resp)

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    # ------------------------------------------------------------------------------------- reading
    def items(self) -> Iterator[StreamItem]:
        failures = 0
        while not self._stop.is_set():
            got_any = False
            try:
                for item in self._connect():
                    if isinstance(item, Connected):
                        got_any = True
                        failures = 0
                    yield item
                if self._stop.is_set():
                    return
                if not self.reconnect:
                    return
                continue  # the case store ended the stream (its maximum length): at once again
            except StreamRefused:
                raise
            except (SyncError, httpx.HTTPError, OSError) as e:
                if self._stop.is_set():
                    return
                if not self.reconnect:
                    raise _as_sync_error(e) from e
                failures = 1 if got_any else failures + 1
                delay = self.rng.uniform(0.5, 1.0) * min(self.max_delay, self.base_delay * 2 ** (failures - 1))
                yield Disconnected(_reason(e, self.transport.server_url), delay, failures)
                if self._stop.wait(delay):
                    return

    def _connect(self) -> Iterator[StreamItem]:
        refreshed = False
        while True:
            creds = self.transport.tokens.load(self.transport.server_url)
            if creds is None:
                raise StreamRefused(f"not signed in to {self.transport.server_url}: sign in again", 401,
                                    "not_signed_in")
            headers = {"Authorization": f"Bearer {creds.access_token}", "Accept": "text/event-stream",
                       "Cache-Control": "no-cache"}
            if self.last_event_id is not None:
                headers["Last-Event-ID"] = str(self.last_event_id)
            params = {"shop": self.shop} if self.shop else None
            timeout = httpx.Timeout(self.read_timeout, connect=min(10.0, self.read_timeout))
            with self.transport.http.stream("GET", PATH, headers=headers, params=params, timeout=timeout) as resp:
                if resp.status_code == 401 and not refreshed:
                    refreshed = True
                    resp.close()
                    try:
                        self.transport.refresh()
                    except AuthRequired as e:
                        raise StreamRefused(str(e), 401, "auth") from e
                    continue
                self._check(resp)
                self.connections += 1
                with self._lock:
                    self._response = resp
                try:
                    if self._stop.is_set():
                        return
                    yield from self._read(resp)
                finally:
                    with self._lock:
                        self._response = None
                return

    def _check(self, resp: httpx.Response) -> None:
        status = resp.status_code
        if status == 200:
            ctype = resp.headers.get("content-type", "")
            if not ctype.startswith("text/event-stream"):
                raise ProtocolError(f"the case store answered with {ctype or 'no content type'}, not an event stream")
            return
        body = resp.read()[:64 * 1024] if status < 500 else b""
        code, message = _error_of(body)
        if status in (400, 401, 403, 404, 422):
            why = message or code or f"HTTP {status}"
            raise StreamRefused(f"the case store refuses the queue's events: {why}", status, code)
        raise ServerError(f"the case store answered {status}", status, code)

    def _read(self, resp: httpx.Response) -> Iterator[StreamItem]:
        parser = SseParser(self.max_line, self.max_event)
        subscribed = False
        try:
            for chunk in resp.iter_bytes():
                if self._stop.is_set():
                    return
                for msg in parser.feed(chunk):
                    if msg.retry is not None:
                        self.server_retry = msg.retry
                    if not subscribed:
                        # the stream's first block (retry + "following queue events after N") or the
                        # first event: the case store follows the events for us from here
                        subscribed = True
                        yield Connected(self.last_event_id)
                    if msg.id is not None and _is_id(msg.id):
                        self.last_event_id = int(msg.id)
                    if msg.event == "message" and not msg.data:
                        continue  # comments, retry, keep-alive
                    ev = ticket_event(msg)
                    if ev is None:
                        self.ignored += 1
                        continue
                    if self.shop is not None and ev.shop != self.shop:
                        continue
                    yield ev
                if parser.failed is not None:
                    raise parser.failed
        finally:
            self.ignored += parser.ignored


def _interrupt(resp: httpx.Response) -> None:
    """Wake a thread blocked reading ``resp``: shut its socket down (closing alone may not wake it)."""
    stream = resp.extensions.get("network_stream")
    sock = None
    with contextlib.suppress(Exception):
        sock = stream.get_extra_info("socket") if stream is not None else None
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _error_of(body: bytes) -> tuple[str, str]:
    try:
        d = json.loads(body) if body else None
    except (ValueError, UnicodeDecodeError):
        return "", ""
    if not isinstance(d, dict):
        return "", ""
    code = d.get("error")
    msg = d.get("message") or d.get("detail")
    return (code[:100] if isinstance(code, str) else "", msg[:300] if isinstance(msg, str) else "")


def _reason(e: BaseException, server: str) -> str:
    if isinstance(e, SyncError):
        return str(e)
    if isinstance(e, httpx.TimeoutException):
        return f"{server} sent nothing for too long"
    if isinstance(e, httpx.ConnectError):
        return f"cannot reach {server}"
    return f"the connection to {server} was cut ({type(e).__name__})"


def _as_sync_error(e: BaseException) -> SyncError:
    if isinstance(e, SyncError):
        return e
    return Offline(_reason(e, "the case store"))


@dataclass(frozen=True, slots=True)
class ShopInfo:
    """A shop of ``GET /v1/queue/shops``: its names per language (in the order the city wrote them: the first
    is the shop's first language) and its desks' names."""

    code: str
    names: dict[str, str]
    desks: dict[str, dict[str, str]]  # desk code -> names per language

    @property
    def first_language(self) -> str:
        return next(iter(self.names), DEFAULT)


def fetch_shops(transport: Transport) -> list[ShopInfo]:
    """The case store's shops (``GET /v1/queue/shops``); ``ProtocolError`` for an answer that is not a list of
    shops, the transport's errors (``Offline``, ``ServerError`` …) otherwise."""
    raw = transport.request_bytes("GET", "/v1/queue/shops")
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise ProtocolError("the case store's list of shops is not JSON") from None
    if not isinstance(body, list):
        raise ProtocolError("the case store's list of shops is not a list")
    shops = []
    for item in body:
        try:
            names = _names(item["name"])
            desks = {_text(d, "code"): _names(d["name"]) for d in item["desks"] if isinstance(d, dict)}
            shops.append(ShopInfo(_text(item, "code"), names, desks))
        except (KeyError, TypeError):
            raise ProtocolError("the case store's list of shops lacks a shop's code, names or desks") from None
    return shops


def _names(v: object) -> dict[str, str]:
    if not isinstance(v, dict):
        raise TypeError("names")
    return {str(k): t for k, t in v.items() if isinstance(t, str)}


def collect(items: Iterable[StreamItem], n: int) -> list[TicketEvent]:
    """The first ``n`` ticket events of ``items`` (tools and tests)."""
    out: list[TicketEvent] = []
    for item in items:
        if isinstance(item, TicketEvent):
            out.append(item)
            if len(out) >= n:
                break
    return out
