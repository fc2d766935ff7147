"""``sync.reports`` (issue 15), the coordinator's and the dashboard's client, against the real case store over
HTTP (SQLite and PostgreSQL): lists, a report, the status flow with ``request_id`` (exactly once), category,
location, routing by hand and back to the rules, forwarding, sub-tasks, the messages to reporters, the
dashboard, the people lists and the zones; a refusal in the case store's words; an unreachable case store; and
malformed answers from a loopback stub, each a ``ProtocolError`` naming the field (never a KeyError)."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from casestore.embedded import RunningServer
from loket.demo import MemoryTokenStore
from sync.errors import AuthRequired, ProtocolError, ServerError
from sync.reports import ReportsClient, ReportsOffline, ReportsRefused, new_request_id
from sync.tokens import Credentials
from sync.transport import RetryPolicy, Transport
from tests.casestore.fixtures import free_port
from tests.casestore.test_service import Api

CENTRUM = (51.0255, 3.8560)  # sector MH11 of the demo city
STATION = (51.0262, 3.8330)  # sector MH10


def _routes(module: str) -> set[str]:
    import importlib

    return {getattr(r, "path", "") for r in importlib.import_module(module).router.routes}


def _skip_without(module: str, path: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(path not in _routes(module), reason=f"the case store has no {path} yet ({module})")


needs_dashboard = _skip_without("casestore.routers.report_dashboard", "/v1/reports/dashboard/summary")
needs_people = _skip_without("casestore.routers.report_people", "/v1/reports/dashboard/engaged")
needs_messages = _skip_without("casestore.routers.report_messages", "/v1/reports/messages")


def client_for(url: str, username: str) -> ReportsClient:
    api = Api(url, username)
    api.http.close()
    tokens = MemoryTokenStore()
    tokens.save(url, Credentials(api.tokens["access_token"], api.tokens["refresh_token"], api.device_id, username))
    return ReportsClient(Transport(url, tokens, retry=RetryPolicy(attempts=1), sleep=lambda _s: None))


def take(api: Api, category: str = "zwerfvuil", at: tuple[float, float] = CENTRUM, days_ago: int = 0,
         **extra: Any) -> dict[str, Any]:
    when = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)).isoformat()
    r = api.http.post("/v1/reports", json={"category": category, "description": "Vuilniszakken naast de glasbol",
                                           "lat": at[0], "lon": at[1], "channel": "counter", "reported_at": when,
                                           **extra})
    assert r.status_code == 201, r.text
    return dict(r.json())


@pytest.fixture
def coordinator(casestore_server: RunningServer) -> Iterator[tuple[Api, ReportsClient]]:
    api = Api(casestore_server.url, "coordinator")
    client = client_for(casestore_server.url, "coordinator")
    yield api, client
    api.http.close()
    client.transport.close()


def test_lists_a_report_and_its_dispatch(coordinator: tuple[Api, ReportsClient]) -> None:
    api, client = coordinator
    late = take(api, days_ago=40, reporters=[{"first_name": "An", "last_name": "Peeters", "phone": "+32 470 12 34 56",
                                              "contact_channel": "phone", "consent": True}])
    fresh = take(api, "wegdek", STATION)

    new = client.list_reports("new")
    assert {r.id for r in new.items} == {late["id"], fresh["id"]} and new.total == 2 and new.next is None
    overdue = client.list_reports("overdue")
    assert [r.id for r in overdue.items] == [late["id"]]
    one = overdue.items[0]
    assert (one.category, one.main_category, one.status, one.open, one.reporters) == \
        ("zwerfvuil", "afval", "gemeld", True, 1)
    assert one.zone == "MH11" and one.deadline < dt.date.today() and isinstance(one.created_at, dt.datetime)
    assert [r.id for r in client.list_reports("new", category="wegdek").items] == [fresh["id"]]
    assert [r.id for r in client.list_reports("open", zone="MH10").items] == [fresh["id"]]
    paged = client.list_reports("new", limit=1)
    assert len(paged.items) == 1 and paged.next is not None and paged.total == 2
    rest = client.list_reports("new", limit=1, after=paged.next)
    assert {paged.items[0].id, rest.items[0].id} == {late["id"], fresh["id"]}

    rep = client.report(late["id"])
    assert rep.reporters[0].name == "An Peeters" and rep.reporters[0].contact_channel == "phone"
    assert [h.status for h in rep.history] == ["gemeld"]

    # the status flow, exactly once by request_id
    rid = new_request_id()
    first = client.change_status(late["id"], "ingepland", note="donderdag", request_id=rid)
    again = client.change_status(late["id"], "ingepland", note="donderdag", request_id=rid)
    assert first.status == again.status == "ingepland"
    assert [h.status for h in client.report(late["id"]).history] == ["gemeld", "ingepland"]
    assert client.report(late["id"]).history[-1].note == "donderdag"
    with pytest.raises(ReportsRefused) as refused:
        client.change_status(late["id"], "heropend")  # not a step from ingepland
    assert refused.value.status == 409 and str(refused.value)

    # category, location, routing by hand and back, forward, sub-task
    moved = client.change_category(late["id"], "sluikstort")
    assert (moved.category, moved.main_category) == ("sluikstort", "afval")
    placed = client.move(late["id"], *STATION, address="Stationsplein 1")
    assert placed.zone == "MH10" and placed.address == "Stationsplein 1"
    routed = client.route(late["id"], "wegen", assigned_to="coordinator")
    assert (routed.department, routed.assigned_to, routed.route_pinned) == ("wegen", "coordinator", True)
    back = client.unroute(late["id"])
    assert not back.route_pinned and back.department != "wegen"
    fwd = client.forward(fresh["id"], "Fluvius", note="kabel")
    assert (fwd.status, fwd.external_party) == ("wacht_op_derde", "Fluvius")
    assert [r.id for r in client.list_reports("waiting").items] == [fresh["id"]]
    child = client.split(late["id"], "wegdek", "Put in de weg ernaast")
    assert child.parent_id == late["id"] and late["id"] not in child.children
    assert child.id in client.report(late["id"]).children
    with pytest.raises(ReportsRefused) as nested:
        client.split(child.id, "zwerfvuil", "nog een")
    assert nested.value.status == 409
    rules = client.routing()
    assert rules and all(r.department for r in rules)
    with pytest.raises(ReportsRefused) as missing:
        client.report("M2026-999999")
    assert missing.value.status == 404


@needs_messages
def test_the_messages_to_a_reporter_and_the_calls_to_make(coordinator: tuple[Api, ReportsClient]) -> None:
    api, client = coordinator
    rep = take(api, reporters=[{"first_name": "Jan", "last_name": "Maes", "phone": "+32 470 00 00 01",
                                "contact_channel": "phone", "language": "fr"}])
    client.change_status(rep["id"], "ingepland", request_id=new_request_id())
    msgs = client.messages(rep["id"])
    assert msgs and {m.channel for m in msgs} == {"phone"} and all(m.language == "fr" for m in msgs)
    calls = [m for m in client.waiting_messages("to_call") if m.report_id == rep["id"]]
    assert calls and calls[0].body and calls[0].reporter_name == "Jan Maes"
    done = client.message_done(calls[0].id, "unreachable")
    assert done.state == "unreachable" and done.done_by == "coordinator"
    assert all(m.id != calls[0].id for m in client.waiting_messages("to_call"))


@needs_dashboard
def test_the_dashboard_figures(coordinator: tuple[Api, ReportsClient]) -> None:
    api, client = coordinator
    for days_ago, at in ((3, CENTRUM), (5, CENTRUM), (6, STATION)):
        take(api, at=at, days_ago=days_ago)
    start, end = dt.date.today() - dt.timedelta(days=30), dt.date.today()
    s = client.summary(start, end)
    assert (s.reports, s.open, s.start, s.end) == (3, 3, start, end)
    assert s.within_term.definition and s.within_term_of_reported is not None
    assert {b.key: b.reports for b in s.by["zone"]} == {"MH11": 2, "MH10": 1}
    assert client.summary(start, end, zone="MH10").reports == 1
    hot = {h.key: (h.reports, h.previous) for h in client.hotspots("zone", start, end)}
    assert hot == {"MH11": (2, 0), "MH10": (1, 0)}
    assert sum(c.n for c in client.heat(start, end)) == 3
    ch = client.channels(start, end)
    assert ch.target == {"digital": 0.5, "phone": 0.25, "counter": 0.2, "outreach": 0.05}
    assert sum(m.counts["counter"] for m in ch.months) == 3


@needs_people
def test_people_and_zones(coordinator: tuple[Api, ReportsClient], casestore_server: RunningServer) -> None:
    api, client = coordinator
    who = {"first_name": "Els", "last_name": "Claes", "email": "els@example.org", "contact_channel": "mail",
           "consent": True}
    take(api, days_ago=2, reporters=[who])
    take(api, days_ago=1, reporters=[who])
    engaged = client.engaged(dt.date.today() - dt.timedelta(days=30), dt.date.today())
    assert any(e.name == "Els Claes" and len(e.reports) == 2 for e in engaged)
    zones, _grid = client.zones()
    assert "MH11" in {z.code for z in zones} and all(z.polygons for z in zones)
    residents, total = client.residents(zone="MH11")
    assert total >= len(residents)
    ring = zones[0].polygons[0]
    assert client.residents(polygon=ring[:-1] if ring[0] == ring[-1] else ring)[1] >= 0
    manager = client_for(casestore_server.url, "manager")
    with pytest.raises(ReportsRefused) as refused:
        manager.engaged()
    assert refused.value.status == 403
    manager.transport.close()


def test_front_line_staff_may_not_dispatch(casestore_server: RunningServer) -> None:
    api = Api(casestore_server.url, "clerk")
    rep = take(api)
    api.http.close()
    clerk = client_for(casestore_server.url, "clerk")
    with pytest.raises(ReportsRefused) as refused:
        clerk.change_status(rep["id"], "ingepland")
    assert refused.value.status == 403
    with pytest.raises(ReportsRefused):
        clerk.list_reports("new")
    assert [r.id for r in clerk.list_reports("mine").items] == [rep["id"]]
    clerk.transport.close()


def test_an_unreachable_case_store_is_offline() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    tokens = MemoryTokenStore()
    tokens.save(url, Credentials("a", "r", "d", "coordinator"))
    client = ReportsClient(Transport(url, tokens, retry=RetryPolicy(attempts=1), sleep=lambda _s: None))
    with pytest.raises(ReportsOffline):
        client.list_reports("new")
    with pytest.raises(ValueError):
        client.list_reports("../../v1/admin")


# ---------------------------------------------------------------------------------------------- a hostile stub

GOOD_SUMMARY = {"id": "M1", "category": "zwerfvuil", "main_category": "afval", "department": "netheid",
                "assigned_to": None, "external_party": None, "priority": "normal", "status": "gemeld", "open": True,
                "zone": "MH11", "address": None, "lat": 51.0, "lon": 3.8, "created_at": "2026-03-01T08:00:00+00:00",
                "deadline": "2026-03-08", "deadline_3x": "2026-03-22", "reopened": 0, "reporters": 1,
                "channel": "counter", "parent_id": None, "description": "x"}


class _Stub(BaseHTTPRequestHandler):
    answer: tuple[int, bytes] = (200, b"{}")

    def _send(self) -> None:
        status, body = type(self).answer
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_DELETE = _send

    def log_message(self, *_a: Any) -> None:
        pass


@pytest.fixture
def stub() -> Iterator[tuple[type[_Stub], ReportsClient]]:
    handler = type("Handler", (_Stub,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    tokens = MemoryTokenStore()
    tokens.save(url, Credentials("a", "r", "d", "coordinator"))
    client = ReportsClient(Transport(url, tokens, retry=RetryPolicy(attempts=1), sleep=lambda _s: None))
    yield handler, client
    client.transport.close()
    server.shutdown()
    server.server_close()


def _with(**changes: Any) -> dict[str, Any]:
    return {"items": [{**GOOD_SUMMARY, **changes}], "next": None, "total": 1}


@pytest.mark.parametrize(("body", "field"), [
    (b"not json", "without JSON"),
    (b"[]", "list is not an object"),
    (json.dumps({"next": None, "total": 1}).encode(), "items is not a list"),
    (json.dumps({"items": [], "next": None}).encode(), "total"),
    (json.dumps(_with(id=None)).encode(), "id"),
    (json.dumps(_with(open="yes")).encode(), "open"),
    (json.dumps(_with(lat=123.0)).encode(), "lat"),
    (json.dumps(_with(lat="51.0")).encode(), "lat"),
    (json.dumps(_with(created_at="2026-03-01T08:00:00")).encode(), "created_at"),
    (json.dumps(_with(deadline="next week")).encode(), "deadline"),
    (json.dumps(_with(reporters=2**70)).encode(), "reporters"),
    (json.dumps(_with(description="x" * 20_000)).encode(), "description"),
    (json.dumps({"items": ["M1"], "next": None, "total": 1}).encode(), "report is not an object"),
])
def test_a_malformed_list_is_a_clear_error(stub: tuple[type[_Stub], ReportsClient], body: bytes, field: str) -> None:
    handler, client = stub
    handler.answer = (200, body)
    with pytest.raises(ProtocolError) as err:
        client.list_reports("new")
    assert "malformed answer from the case store" in str(err.value) and field in str(err.value)


@pytest.mark.parametrize(("path", "body", "field"), [
    ("summary", {"period": {"from": "2026-01-01", "to": "2026-01-31"}, "reports": 1, "closed": 0, "open": 1,
                 "within_term": {"share": 1.5, "closed_in_time": 0, "counted": 0, "definition": "x"},
                 "within_10_working_days": {"share": None, "closed_in_time": 0, "counted": 0, "definition": "x"},
                 "lead_time_days": {"median": None, "p90": None}, "by": {"category": [], "department": [],
                                                                          "zone": []}}, "share"),
    ("summary", {"period": {"from": "2026-01-01"}}, "to"),
    ("hotspots", {"items": [{"key": "MH11", "name": "C", "reports": 1, "previous": "0", "change": None}]},
     "previous"),
    ("heat", {"cells": [{"lat": float("inf"), "lon": 3.8, "n": 1}]}, "lat"),
    ("channels", {"target": {"digital": 0.5, "phone": 0.25, "counter": 0.2}, "months": []}, "outreach"),
    ("channels", {"target": {"digital": 0.5, "phone": 0.25, "counter": 0.2, "outreach": 0.05},
                  "months": [{"month": "../..", "counts": {}, "shares": {}}]}, "month"),
    ("zones", {"zones": [{"code": "Z", "name": "Z", "polygons": [[[51.0, 3.8], [91.0, 3.8]]]}]}, "point"),
    ("messages", [{"id": 1, "reporter_id": 2, "status": "gemeld", "channel": "letter", "language": "nl",
                   "body": "x", "state": "to_print", "address": "Kerkstraat 1"}], "address"),
])
def test_malformed_dashboard_answers_are_clear_errors(stub: tuple[type[_Stub], ReportsClient], path: str,
                                                      body: object, field: str) -> None:
    handler, client = stub
    handler.answer = (200, json.dumps(body).replace("Infinity", "1e999").encode())
    calls: dict[str, Callable[[], object]] = {"summary": client.summary, "hotspots": lambda: client.hotspots("zone"), "heat": client.heat,
             "channels": client.channels, "zones": client.zones, "messages": lambda: client.messages("M1")}
    with pytest.raises(ProtocolError) as err:
        calls[path]()
    assert field in str(err.value)


def test_refusals_and_sign_in_from_the_stub(stub: tuple[type[_Stub], ReportsClient]) -> None:
    handler, client = stub
    handler.answer = (409, json.dumps({"error": "conflict", "message": "gemeld → heropend is not a step"}).encode())
    with pytest.raises(ReportsRefused) as refused:
        client.change_status("M1", "heropend")
    assert (refused.value.status, refused.value.code, str(refused.value)) == \
        (409, "conflict", "gemeld → heropend is not a step")
    handler.answer = (418, b"")
    with pytest.raises(ServerError) as other:
        client.report("M1")
    assert other.value.status == 418 and not isinstance(other.value, ReportsRefused)
    handler.answer = (401, json.dumps({"error": "token_expired"}).encode())
    with pytest.raises(AuthRequired):
        client.report("M1")
