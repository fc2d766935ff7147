"""The queue's live event stream (``GET /v1/queue/events``, server-sent events) on the real server, SQLite
and PostgreSQL: a desk listening gets the call made at another desk, with its event id; a client that
reconnects with ``Last-Event-ID`` gets what it missed; on PostgreSQL a stream served by one server process
gets the calls made through another."""

from __future__ import annotations

import json
import queue as stdqueue
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from casestore import embedded
from casestore.embedded import DEMO_PASSWORD, RunningServer
from tests.casestore.fixtures import PgCluster
from tests.casestore.test_queue import SHOP, issue, login, ok

WAIT = 60  # seconds: a guard against a hung test, never a measured time


@pytest.fixture(autouse=True)
def no_polling(monkeypatch: pytest.MonkeyPatch) -> None:
    """Streams look in the database only when woken (a look every hour otherwise): an event that arrives
    was announced, by the request in the same process or by PostgreSQL's NOTIFY from another. A keep-alive
    line every 0.2 s lets a listener's thread notice it should stop."""
    monkeypatch.setenv("LOKET_CASESTORE_QUEUE_POLL", "3600")
    monkeypatch.setenv("LOKET_CASESTORE_QUEUE_HEARTBEAT", "0.2")


@dataclass
class Event:
    id: int | None
    kind: str | None
    data: dict[str, Any] | None
    comment: list[str] = field(default_factory=list)
    retry: int | None = None


class Listener:
    """An SSE client on its own thread: every block of the stream (up to a blank line) as an ``Event``."""

    def __init__(self, url: str, token: str, *, last_event_id: int | None = None, shop: str | None = None) -> None:
        headers = {"Authorization": f"Bearer {token}"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = str(last_event_id)
        self.blocks: stdqueue.Queue[Event | BaseException] = stdqueue.Queue()
        self.status: int | None = None
        self._client = httpx.Client(timeout=httpx.Timeout(WAIT, read=None))
        self._stop = threading.Event()
        self.ended = threading.Event()  # the server ended the stream (or it failed)
        params = {"shop": shop} if shop else {}
        self._thread = threading.Thread(target=self._run, args=(f"{url}/v1/queue/events", headers, params),
                                        daemon=True)
        self._thread.start()

    def _run(self, url: str, headers: dict[str, str], params: dict[str, str]) -> None:
        try:
            with self._client.stream("GET", url, headers=headers, params=params) as r:
                self.status = r.status_code
                assert r.headers["content-type"].startswith("text/event-stream"), r.headers
                block: list[str] = []
                for line in r.iter_lines():
                    if self._stop.is_set():
                        return  # leaving the block closes the connection: the server ends the stream
                    if line:
                        block.append(line)
                        continue
                    if block:
                        self.blocks.put(_parse(block))
                        block = []
        except BaseException as e:
            if not self._stop.is_set():
                self.blocks.put(e)
        finally:
            self.ended.set()

    def next(self) -> Event:
        got = self.blocks.get(timeout=WAIT)
        if isinstance(got, BaseException):
            raise got
        return got

    def next_event(self) -> Event:
        """The next block that is an event (skipping comments such as the keep-alive)."""
        while True:
            e = self.next()
            if e.kind is not None:
                return e

    def close(self) -> None:
        self._stop.set()
        self._thread.join(WAIT)  # at the next keep-alive line at the latest
        assert not self._thread.is_alive()
        self._client.close()


def _parse(lines: list[str]) -> Event:
    ev = Event(None, None, None)
    data = []
    for line in lines:
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "":
            ev.comment.append(value)
        elif name == "id":
            ev.id = int(value)
        elif name == "event":
            ev.kind = value
        elif name == "data":
            data.append(value)
        elif name == "retry":
            ev.retry = int(value)
    if data:
        ev.data = json.loads("\n".join(data))
    return ev


def token(url: str, username: str = "clerk") -> str:
    r = httpx.post(f"{url}/v1/auth/login", json={"username": username, "password": DEMO_PASSWORD,
                                                  "device_name": f"display-{username}"})
    r.raise_for_status()
    return str(r.json()["access_token"])


def subscribed(listener: Listener) -> Event:
    """The stream's first block: it now follows the events (the point a client can observe)."""
    first = listener.next()
    assert first.retry == 2000 and first.comment and first.comment[0].startswith("following queue events after ")
    return first


@pytest.fixture
def display(casestore_server: RunningServer) -> Iterator[Listener]:
    listener = Listener(casestore_server.url, token(casestore_server.url, "advisor"))
    yield listener
    listener.close()


def test_a_listener_gets_the_call_made_at_another_desk(casestore_server: RunningServer, display: Listener) -> None:
    subscribed(display)
    assert display.status == 200
    with login(casestore_server.url, "clerk") as reception, login(casestore_server.url, "coordinator") as desk:
        t = issue(reception, person_id="85073003328")
        issued = display.next_event()
        assert issued.kind == "ticket_issued" and issued.id is not None and issued.data is not None
        assert (issued.data["number"], issued.data["ticket_id"], issued.data["status"]) == (
            t["number"], t["id"], "waiting")
        assert "person_id" not in issued.data  # the call display never learns who it is

        called = ok(desk.post(f"/{SHOP}/desks/balie-3/next"))["ticket"]
        ev = display.next_event()
        assert ev.kind == "ticket_called" and ev.data is not None
        assert ev.id is not None and ev.id > issued.id
        assert (ev.data["number"], ev.data["desk"], ev.data["desk_name"]["nl"], ev.data["calls"]) == (
            called["number"], "balie-3", "Balie 3", 1)
        assert ev.data["ticket_id"] == t["id"] and ev.data["shop"] == SHOP

        ok(desk.post(f"/{SHOP}/tickets/{t['id']}/recall"))
        again = display.next_event()
        assert (again.kind, again.data and again.data["calls"]) == ("ticket_called", 2)
        ok(desk.post(f"/{SHOP}/tickets/{t['id']}/serve"))
        served = display.next_event()
        assert (served.kind, served.data and served.data["status"]) == ("ticket_updated", "serving")
        assert [issued.id + i for i in range(4)] == [issued.id, ev.id, again.id, served.id]


def test_reconnecting_with_last_event_id_gets_the_missed_events(casestore_server: RunningServer) -> None:
    url = casestore_server.url
    tok = token(url, "advisor")
    with login(url, "clerk") as clerk:
        first = Listener(url, tok)
        try:
            subscribed(first)
            issue(clerk)
            seen = first.next_event()
        finally:
            first.close()
        assert seen.id is not None
        # Meanwhile, while nobody listens: two more tickets and a call.
        missed = [issue(clerk), issue(clerk, "rijbewijs")]
        called = ok(clerk.post(f"/{SHOP}/desks/balie-1/next"))["ticket"]

        again = Listener(url, tok, last_event_id=seen.id)
        try:
            assert subscribed(again).comment[0] == f"following queue events after {seen.id}"
            got = [again.next_event() for _ in range(3)]
        finally:
            again.close()
    assert [(e.id, e.kind, e.data and e.data["number"]) for e in got] == [
        (seen.id + 1, "ticket_issued", missed[0]["number"]),
        (seen.id + 2, "ticket_issued", missed[1]["number"]),
        (seen.id + 3, "ticket_called", called["number"]),
    ]


def test_resuming_from_before_any_stream_was_open(casestore_server: RunningServer) -> None:
    """Events written while no stream was open, asked for from the start (``Last-Event-ID: 0``)."""
    url = casestore_server.url
    with login(url) as clerk:
        made = [issue(clerk)["number"], issue(clerk, "vreemdelingen")["number"]]
    listener = Listener(url, token(url), last_event_id=0)
    try:
        subscribed(listener)
        got = [listener.next_event() for _ in range(2)]
    finally:
        listener.close()
    assert [(e.id, e.kind, e.data and e.data["number"]) for e in got] == [
        (1, "ticket_issued", made[0]), (2, "ticket_issued", made[1])]


def test_a_stream_ends_after_its_maximum_and_the_client_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOKET_CASESTORE_QUEUE_STREAM_MAX", "1")
    server = embedded.start(f"sqlite:///{tmp_path / 'cs.db'}", demo=True)
    try:
        url, tok = server.url, token(server.url)
        first = Listener(url, tok)
        try:
            start = subscribed(first)
            assert first.ended.wait(WAIT)  # the server closed it: no event, only keep-alive lines came
            assert all(b.kind is None for b in list(first.blocks.queue) if isinstance(b, Event))
        finally:
            first.close()
        after = int(start.comment[0].rsplit(" ", 1)[1])
        with login(url) as clerk:
            t = issue(clerk)
        again = Listener(url, tok, last_event_id=after)
        try:
            subscribed(again)
            ev = again.next_event()
        finally:
            again.close()
        assert (ev.id, ev.kind, ev.data and ev.data["ticket_id"]) == (after + 1, "ticket_issued", t["id"])
    finally:
        server.stop()


def test_a_shop_filter_and_bad_resume_ids(casestore_server: RunningServer) -> None:
    url = casestore_server.url
    tok = token(url)
    north = Listener(url, tok, shop="dienstencentrum-noord")
    try:
        subscribed(north)
        with login(url) as clerk:
            issue(clerk)  # the city shop: not for this stream
            mine = issue(clerk, shop="dienstencentrum-noord")
        ev = north.next_event()
        assert ev.data is not None and (ev.data["shop"], ev.data["number"]) == ("dienstencentrum-noord", mine["number"])
    finally:
        north.close()
    headers = {"Authorization": f"Bearer {tok}"}
    r = httpx.get(f"{url}/v1/queue/events", headers={**headers, "Last-Event-ID": "abc"})
    assert r.status_code == 422 and "last-event-id" in r.json()["message"]
    r = httpx.get(f"{url}/v1/queue/events", params={"shop": "nergens"}, headers=headers)
    assert r.status_code == 404 and r.json()["message"] == "there is no shop 'nergens'"


@pytest.mark.postgres
def test_across_server_processes_on_postgres(pg_cluster: PgCluster) -> None:
    """Two case-store processes on one database: a stream served by one gets the call made through the
    other, woken by NOTIFY (it does not look in the database on its own for an hour)."""
    from casestore import schema

    db = pg_cluster.new_database()
    schema.upgrade(db)
    embedded.seed_demo(db)
    a = embedded.start(db, mode="process")
    b = embedded.start(db, mode="process")
    try:
        listener = Listener(a.url, token(a.url, "advisor"))
        try:
            subscribed(listener)
            with login(b.url) as clerk:
                t = issue(clerk)
                assert listener.next_event().data["ticket_id"] == t["id"]  # type: ignore[index]
                called = ok(clerk.post(f"/{SHOP}/desks/balie-2/next"))["ticket"]
                ev = listener.next_event()
                assert (ev.kind, ev.data and ev.data["number"], ev.data and ev.data["desk"]) == (
                    "ticket_called", called["number"], "balie-2")
        finally:
            listener.close()
    finally:
        a.stop()
        b.stop()
