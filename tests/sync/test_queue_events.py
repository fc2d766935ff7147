"""The desk's reader of the queue's live events (``sync.queue_events``): against the real case store over
HTTP (SQLite and PostgreSQL), through a loopback proxy that cuts the connection, and against a hostile event
stream served by a tiny HTTP server started here."""

from __future__ import annotations

import contextlib
import http.server
import queue as stdqueue
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from casestore.embedded import DEMO_PASSWORD, RunningServer
from loket.demo import MemoryTokenStore
from sync.errors import Offline, ProtocolError
from sync.login import login as sign_in
from sync.queue_events import (
    CALLED,
    ISSUED,
    Connected,
    Disconnected,
    QueueEventReader,
    SseParser,
    StreamError,
    StreamItem,
    StreamRefused,
    TicketEvent,
)
from sync.tokens import Credentials
from sync.transport import Transport
from tests.casestore.fixtures import free_port

WAIT = 60  # seconds: a guard against a hung test, never a measured time
SHOP = "stadswinkel"


@pytest.fixture(autouse=True)
def no_polling(monkeypatch: pytest.MonkeyPatch) -> None:
    """The case store's streams look in the database only when woken by a commit (once an hour otherwise)."""
    monkeypatch.setenv("LOKET_CASESTORE_QUEUE_POLL", "3600")
    monkeypatch.setenv("LOKET_CASESTORE_QUEUE_HEARTBEAT", "0.5")


def signed_in(url: str, username: str = "advisor") -> Transport:
    tokens = MemoryTokenStore()
    sign_in(url, username, DEMO_PASSWORD, token_store=tokens, device_name=f"display-{username}")
    return Transport(url, tokens)


def staff(url: str, username: str = "clerk") -> httpx.Client:
    r = httpx.post(f"{url}/v1/auth/login", json={"username": username, "password": DEMO_PASSWORD,
                                                  "device_name": f"desk-{username}"})
    r.raise_for_status()
    return httpx.Client(base_url=f"{url}/v1/queue/{SHOP}", timeout=WAIT,
                        headers={"Authorization": f"Bearer {r.json()['access_token']}"})


def issue(c: httpx.Client, service: str = "burgerzaken") -> dict[str, Any]:
    r = c.post("/tickets", json={"service": service})
    assert r.status_code == 201, r.text
    return dict(r.json())


def call_next(c: httpx.Client, desk: str) -> dict[str, Any]:
    r = c.post(f"/desks/{desk}/next")
    assert r.status_code == 200, r.text
    return dict(r.json()["ticket"])


class Follower:
    """``reader.items()`` on its own thread, its items in a queue."""

    def __init__(self, reader: QueueEventReader) -> None:
        self.reader = reader
        self.got: stdqueue.Queue[StreamItem | BaseException] = stdqueue.Queue()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            for item in self.reader.items():
                self.got.put(item)
        except BaseException as e:
            self.got.put(e)

    def next(self) -> StreamItem:
        item = self.got.get(timeout=WAIT)
        if isinstance(item, BaseException):
            raise item
        return item

    def next_of(self, kind: type[Any]) -> Any:
        while True:
            item = self.next()
            if isinstance(item, kind):
                return item

    def close(self) -> None:
        self.reader.stop()
        self.thread.join(WAIT)
        assert not self.thread.is_alive()
        self.reader.transport.close()


@pytest.fixture
def follow() -> Iterator[Callable[..., Follower]]:
    made: list[Follower] = []

    def make(transport: Transport, **kw: Any) -> Follower:
        kw.setdefault("base_delay", 0.02)
        kw.setdefault("max_delay", 0.2)
        f = Follower(QueueEventReader(transport, **kw))
        made.append(f)
        return f

    yield make
    for f in made:
        f.close()


# ------------------------------------------------------------------------------------ the real case store


def test_the_reader_yields_the_call_with_its_number_and_desk(casestore_server: RunningServer,
                                                             follow: Callable[..., Follower]) -> None:
    url = casestore_server.url
    display = follow(signed_in(url), shop=SHOP)
    assert display.next() == Connected(None)
    with staff(url) as reception, staff(url, "coordinator") as desk:
        t = issue(reception)
        issued = display.next_of(TicketEvent)
        assert (issued.kind, issued.number, issued.ticket_id, issued.status) == (ISSUED, t["number"], t["id"],
                                                                                  "waiting")
        called = call_next(desk, "balie-3")
        ev = display.next_of(TicketEvent)
    assert (ev.kind, ev.number, ev.desk, ev.calls, ev.shop) == (CALLED, called["number"], "balie-3", 1, SHOP)
    assert ev.id == issued.id + 1 and display.reader.last_event_id == ev.id
    assert (ev.desk_name("nl"), ev.desk_name("fr"), ev.desk_name("xx", "de"), ev.desk_name("xx")) == (
        "Balie 3", "Guichet 3", "Schalter 3", "Balie 3")


def test_a_role_that_may_not_follow_the_queue_gets_a_clear_refusal(casestore_server: RunningServer,
                                                                  follow: Callable[..., Follower]) -> None:
    display = follow(signed_in(casestore_server.url, "outreach"))
    with pytest.raises(StreamRefused, match="only counter clerks, theme-desk advisors and coordinators") as e:
        display.next()
    assert e.value.status == 403
    nowhere = follow(signed_in(casestore_server.url), shop="nergens")
    with pytest.raises(StreamRefused, match="there is no shop 'nergens'"):
        nowhere.next()


class CutProxy:
    """A loopback TCP proxy in front of the case store that can cut every connection through it, refuse new
    ones while ``closed``, and keeps what each connection sent first (the request head)."""

    def __init__(self, target: str) -> None:
        host, port = target.removeprefix("http://").split(":")
        self.target = (host, int(port))
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.heads: list[bytes] = []
        self.closed = threading.Event()
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.closed.is_set():
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            with self._lock:
                self._socks += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, record: bool) -> None:
        first = record
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                if first:
                    self.heads.append(data)
                    first = False
                dst.sendall(data)
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        with self._lock:
            socks, self._socks = self._socks, []
        for s in socks:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        self.cut()
        self.listener.close()


def test_a_cut_connection_resumes_with_last_event_id_and_misses_nothing(
        casestore_server: RunningServer, follow: Callable[..., Follower]) -> None:
    url = casestore_server.url
    proxy = CutProxy(url)
    try:
        transport = signed_in(url)
        cut_transport = Transport(proxy.url, MemoryTokenStore())
        creds = transport.tokens.load(url)
        transport.close()
        assert creds is not None
        cut_transport.tokens.save(proxy.url, creds)
        display = follow(cut_transport, shop=SHOP)
        assert display.next() == Connected(None)
        with staff(url) as clerk:
            issue(clerk)
            first = display.next_of(TicketEvent)
            proxy.closed.set()  # no way back in until the missed events were made
            proxy.cut()
            gone = display.next_of(Disconnected)
            assert gone.attempt == 1 and gone.reason
            missed = [issue(clerk), issue(clerk, "rijbewijs")]
            called = call_next(clerk, "balie-1")
            proxy.closed.clear()
            assert display.next_of(Connected) == Connected(first.id)
            got = [display.next_of(TicketEvent) for _ in range(3)]
    finally:
        proxy.stop()
    assert [(e.id, e.kind, e.number) for e in got] == [
        (first.id + 1, ISSUED, missed[0]["number"]),
        (first.id + 2, ISSUED, missed[1]["number"]),
        (first.id + 3, CALLED, called["number"]),
    ]
    assert f"last-event-id: {first.id}".encode() in proxy.heads[-1].lower()
    assert display.reader.connections == 2


# ------------------------------------------------------------------------------------ a hostile stream


class Hostile:
    """A tiny HTTP server on a free loopback port that answers ``GET /v1/queue/events`` with ``body`` (bytes,
    or a function writing to the socket), as ``content_type``."""

    def __init__(self) -> None:
        self.body: bytes | Callable[[Any], None] = b""
        self.content_type = "text/event-stream"
        self.release = threading.Event()
        self.requests = 0
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                outer.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", outer.content_type)
                self.send_header("Connection", "close")
                self.end_headers()
                with contextlib.suppress(OSError):
                    if callable(outer.body):
                        outer.body(self.wfile)
                    else:
                        self.wfile.write(outer.body)
                    self.wfile.flush()
                self.close_connection = True

            def log_message(self, *_a: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def transport(self) -> Transport:
        tokens = MemoryTokenStore()
        tokens.save(self.url, Credentials("access", "refresh", "device", "advisor"))
        return Transport(self.url, tokens)

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    h = Hostile()
    yield h
    h.stop()


def _event(eid: int, number: str, kind: str = CALLED) -> bytes:
    return (f'id: {eid}\nevent: {kind}\ndata: {{"shop": "{SHOP}", "ticket_id": "t{eid}", "number": "{number}", '
            f'"service": "burgerzaken", "status": "called", "desk": "balie-2", "desk_name": {{"nl": "Balie 2"}}, '
            f'"calls": 1, "at": "2026-01-05T09:00:00+00:00"}}\n\n').encode()


def test_garbage_in_the_stream_is_passed_over(hostile: Hostile) -> None:
    hostile.body = b"".join([
        b"\xef\xbb\xbfretry: 2000\r\n: following queue events after 7\r\n\r\n",
        b"this is no field at all\n\n",
        b"id: 8\nevent: ticket_called\ndata: {not json\n\n",
        b"id: 9\nevent: ticket_called\ndata: [1, 2]\n\n",
        b"id: 10\nevent: ticket_called\ndata: {\"number\": 5}\n\n",
        b"id: eleven\nevent: ticket_called\ndata: {}\n\n",
        b"id: 12\nevent: something_else\ndata: {}\n\n",
        _event(13, "A013").replace(b"A013", b"A0\x0013"),
        b"\xff\xfe\x80 binary\n\n",
        _event(14, "A014"),
    ])
    reader = QueueEventReader(hostile.transport(), reconnect=False)
    items = list(reader.items())  # the server ends the stream; without reconnecting that is the end
    assert [type(i) for i in items] == [Connected, TicketEvent]
    ev = items[1]
    assert isinstance(ev, TicketEvent)
    assert (ev.id, ev.number, ev.desk_name("fr")) == (14, "A014", "Balie 2")
    assert reader.ignored >= 8 and reader.last_event_id == 14


def test_an_oversized_line_drops_the_connection_with_a_clear_error(hostile: Hostile,
                                                                   follow: Callable[..., Follower]) -> None:
    def endless(w: Any) -> None:
        w.write(b": following queue events after 0\n\n" + _event(1, "A001") + b"data: ")
        chunk = b"x" * 65536
        while not hostile.release.is_set():  # never a line end: the reader must give up, not buffer it
            w.write(chunk)

    hostile.body = endless
    with pytest.raises(StreamError, match="a line longer than 1024 bytes"):
        list(QueueEventReader(hostile.transport(), reconnect=False, max_line=1024).items())
    display = follow(hostile.transport(), max_line=1024)
    assert display.next() == Connected(None)
    assert display.next_of(TicketEvent).number == "A001"
    gone = display.next_of(Disconnected)
    assert "longer than 1024 bytes" in gone.reason
    assert display.next() == Connected(1)  # again, resuming after the event it had


def test_an_oversized_event_and_a_wrong_answer_are_clear_errors(hostile: Hostile) -> None:
    hostile.body = b"data: " + b"y" * 900 + b"\n" + (b"data: " + b"y" * 900 + b"\n") * 400 + b"\n"
    with pytest.raises(StreamError, match="an event larger than"):
        list(QueueEventReader(hostile.transport(), reconnect=False, max_line=1024, max_event=64 * 1024).items())
    hostile.content_type = "text/html"
    hostile.body = b"<html>proxy says hello</html>"
    with pytest.raises(ProtocolError, match="text/html, not an event stream"):
        list(QueueEventReader(hostile.transport(), reconnect=False).items())


def test_a_silent_stream_times_out_and_stop_ends_a_blocked_read(hostile: Hostile,
                                                                follow: Callable[..., Follower]) -> None:
    def silent(w: Any) -> None:
        w.write(b": following queue events after 0\n\n")
        w.flush()
        hostile.release.wait(WAIT)

    hostile.body = silent
    with pytest.raises(Offline, match="sent nothing for too long"):
        list(QueueEventReader(hostile.transport(), reconnect=False, read_timeout=0.3).items())
    display = follow(hostile.transport(), read_timeout=WAIT)
    assert display.next() == Connected(None)  # and now it waits in a read that could last a minute
    display.reader.stop()
    display.thread.join(WAIT)
    assert not display.thread.is_alive()  # the read was interrupted, not waited out


def test_the_parser_reads_line_ends_split_across_chunks() -> None:
    p = SseParser()
    got = []
    for chunk in (b"id: 1\r", b"\nevent: ticket_called\r", b"data: {}\r", b"\r", b"\n", b"data: a\n", b"data: b\n\n"):
        got += p.feed(chunk)
    assert [(m.id, m.event, m.data) for m in got] == [("1", "ticket_called", "{}"), (None, "message", "a\nb")]


def test_the_events_before_an_oversized_line_in_the_same_chunk_are_kept() -> None:
    p = SseParser(max_line=64)
    got = p.feed(b"id: 1\nevent: ticket_called\ndata: {}\n\n" + b"data: " + b"x" * 100)
    assert [(m.id, m.event) for m in got] == [("1", "ticket_called")]
    assert p.failed is not None and "longer than 64 bytes" in str(p.failed)
    with pytest.raises(StreamError, match="longer than 64 bytes"):
        p.feed(b"\n\n")
    with pytest.raises(StreamError, match="longer than 64 bytes"):
        SseParser(max_line=64).feed(b"data: " + b"x" * 100)  # nothing before it: at once


def test_an_expired_access_token_is_refreshed_once(sqlite_server: RunningServer,
                                                   follow: Callable[..., Follower]) -> None:
    url = sqlite_server.url
    transport = signed_in(url)
    creds = transport.tokens.load(url)
    assert creds is not None
    transport.tokens.save(url, Credentials("expired", creds.refresh_token, creds.device_id, creds.username))
    display = follow(transport, shop=SHOP)
    assert display.next() == Connected(None)
    renewed = transport.tokens.load(url)
    assert renewed is not None and renewed.access_token not in ("expired", creds.access_token)

    lost = signed_in(url)
    lost.tokens.save(url, Credentials("expired", "not-a-refresh-token", creds.device_id, creds.username))
    with pytest.raises(StreamRefused, match="sign"):
        follow(lost).next()
