"""The case store's API contract over real HTTP: what it accepts, and the body of every refusal.

- Bad data inside one push operation (a control character anywhere, deep nesting, sizes) rejects that
  operation alone (``invalid: <field>: <why>``); the others are applied and the change feed stays readable.
- A request that does not match its schema (wrong type, ``false`` for an integer, an integer out of
  range, a control character in a text) is answered 422 ``bad_request`` with the documented body, and
  nothing is written.
- Every error answer has the ``error`` key (unknown route, method, unparsable body, unforeseen fault), and
  a 500 leaves the keep-alive connection usable.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from casestore import schema, validation
from casestore.app import create_app
from casestore.embedded import DEMO_PASSWORD, RunningServer
from casestore.openapi import SPEC_PATH

# ------------------------------------------------------------------------------------------ helpers


class Api:
    def __init__(self, url: str, username: str = "clerk") -> None:
        self.http = httpx.Client(base_url=url, timeout=30)
        r = self.http.post("/v1/auth/login", json={"username": username, "password": DEMO_PASSWORD})
        assert r.status_code == 200, r.text
        self.http.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
        self.url, self.username = url, username
        self._other: Api | None = None

    def close(self) -> None:
        self.http.close()
        if self._other is not None:
            self._other.close()

    def push(self, *ops: dict[str, Any]) -> list[dict[str, Any]]:
        body = json.dumps({"ops": list(ops)})  # ASCII, with escapes: a lone surrogate can be sent too
        r = self.http.post("/v1/push", content=body, headers={"Content-Type": "application/json"})
        assert r.status_code == 200, r.text
        return list(r.json()["results"])

    def changes(self) -> list[dict[str, Any]]:
        """The change feed as the same user's other laptop reads it (a laptop gets not its own back)."""
        if self._other is None:
            self._other = Api(self.url, self.username)
        return self._other.feed()

    def feed(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        since = 0
        while True:
            r = self.http.get("/v1/changes", params={"since": since, "limit": 100})
            assert r.status_code == 200, r.text
            body = r.json()
            out += body["changes"]
            since = body["cursor"]
            if not body["has_more"]:
                return out


def op(entity: str, eid: str, payload: dict[str, Any], action: str = "create") -> dict[str, Any]:
    return {"op_id": str(uuid.uuid4()), "entity": entity, "entity_id": eid, "action": action,
            "base_revision": None, "payload": payload}


def person(**extra: Any) -> dict[str, Any]:
    return op("person", str(uuid.uuid4()), {"surname": "Peeters", "given_names": "An", **extra})


def assert_error_body(r: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert isinstance(body.get("error"), str) and body["error"], body
    assert isinstance(body.get("message"), str) and body["message"], body
    assert body["detail"] == body["message"]
    if code is not None:
        assert body["error"] == code, body
    return dict(body)


@pytest.fixture
def api(casestore_server: RunningServer) -> Iterator[Api]:
    a = Api(casestore_server.url)
    yield a
    a.close()


@pytest.fixture
def sqlite_api(sqlite_server: RunningServer) -> Iterator[Api]:
    a = Api(sqlite_server.url)
    yield a
    a.close()


# ------------------------------------------------------------------------- one bad operation, alone


def test_nul_in_push_data_rejects_that_operation_only(api: Api) -> None:
    good_before, good_after = person(), person()
    bad = person(notes="Bezoek\u0000thuis")
    results = api.push(good_before, bad, good_after)

    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert results[1]["error"].startswith("invalid: payload.notes: ")
    assert "U+0000" in results[1]["error"]
    ids = {c["id"] for c in api.changes()}  # the feed is readable, with the good records and not the bad
    assert {good_before["entity_id"], good_after["entity_id"]} <= ids
    assert bad["entity_id"] not in ids
    # The rejection is remembered like any other: the same answer again, nothing applied.
    again = api.push(bad)
    assert again[0]["status"] == "rejected" and again[0]["duplicate"] is True
    assert again[0]["error"] == results[1]["error"]


@pytest.mark.parametrize(
    ("payload", "where"),
    [
        ({"fields": {"opmerking\u0000": "x"}}, "payload.fields.opmerking\\u0000: field name"),
        ({"fields": [{"a": ["ok", "\u0007"]}]}, "payload.fields[0].a[1]: "),
        ({"notes": "\u0085"}, "payload.notes: "),  # a C1 control character
        ({"notes": "\ud800"}, "payload.notes: "),  # a lone surrogate (PostgreSQL cannot store it)
        ({"notes": "x" * (validation.MAX_STRING + 1)}, "payload.notes: text longer"),
        ({"size": 2**64}, "payload.size: number too large"),
        ({"person_id": "a/b"}, "payload.person_id: must be an id"),
        ({"department": "d" * 101}, "payload.department: must be text"),
    ],
)
def test_bad_data_anywhere_in_an_operation_rejects_it_alone(sqlite_api: Api, payload: dict[str, Any],
                                                            where: str) -> None:
    good = person()
    results = sqlite_api.push(person(**payload), good)
    assert results[0]["status"] == "rejected"
    assert results[0]["error"].startswith(f"invalid: {where}"), results[0]["error"]
    assert results[1]["status"] == "applied"
    assert {c["id"] for c in sqlite_api.changes()} == {good["entity_id"]}


def test_non_finite_number_in_payload_rejects_it_alone(sqlite_api: Api) -> None:
    good = person()
    body = json.dumps({"ops": [person(score=0.5), good]}).replace("0.5", "NaN")  # Python's json reads NaN
    r = sqlite_api.http.post("/v1/push", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert results[0]["status"] == "rejected"
    assert results[0]["error"] == "invalid: payload.score: not a finite number"
    assert results[1]["status"] == "applied"


def test_control_characters_in_other_operation_fields(sqlite_api: Api) -> None:
    bad_id = person()
    bad_id["entity_id"] = "p\u00001"
    bad_actor = person()
    bad_actor["actor"] = "clerk\u001b"
    results = sqlite_api.push(bad_id, bad_actor, person())
    assert [r["status"] for r in results] == ["rejected", "rejected", "applied"]
    assert results[0]["error"].startswith("invalid: entity_id: must be an id")
    assert results[0]["entity_id"] is None  # never echoed (nor stored) with the control character
    assert results[1]["error"].startswith("invalid: actor: contains a control character (U+001B)")


def test_tab_newlines_and_accents_are_text(sqlite_api: Api) -> None:
    ok = person(notes="Regel 1\r\nRegel 2\tmet tab – café, Ærø, 漢字 😀")
    assert sqlite_api.push(ok)[0]["status"] == "applied"
    [change] = sqlite_api.changes()
    assert change["data"]["notes"] == "Regel 1\r\nRegel 2\tmet tab – café, Ærø, 漢字 😀"


def _nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"leaf": "x"}
    for _ in range(depth - 1):
        value = {"n": value}
    return value


def test_deeply_nested_payload_rejects_that_operation_only(api: Api) -> None:
    # The payload itself is level 1: its "fields" value makes MAX_DEPTH levels, the limit.
    fine, deep, good = person(fields=_nested(validation.MAX_DEPTH - 1)), person(fields=_nested(500)), person()
    results = api.push(fine, deep, good)
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert results[1]["error"].startswith("invalid: payload.fields.n.n.n")
    assert f"nested more than {validation.MAX_DEPTH} levels deep" in results[1]["error"]
    ids = {c["id"] for c in api.changes()}  # every user's feed stays readable
    assert ids == {fine["entity_id"], good["entity_id"]}
    too_deep = person(fields=_nested(validation.MAX_DEPTH))
    assert api.push(too_deep)[0]["status"] == "rejected"


def test_operation_problem_checks_keys_values_and_shape() -> None:
    base = {"op_id": "o1", "entity": "person", "entity_id": "p1", "action": "create"}
    assert validation.operation_problem({**base, "payload": {"a": [1, 2.5, None, True, {"b": "ok\n"}]}}) is None
    assert validation.operation_problem({**base, "payload": {str(i): i for i in range(validation.MAX_KEYS + 1)}}
                                        ) == f"payload: more than {validation.MAX_KEYS} fields"
    assert validation.operation_problem({**base, "payload": {"l": list(range(validation.MAX_ITEMS + 1))}}
                                        ) == f"payload.l: more than {validation.MAX_ITEMS} items"
    assert validation.operation_problem({**base, "payload": {"k" * 101: 1}}) == (
        f"payload.{'k' * 40}…: field name longer than {validation.MAX_KEY} characters")
    assert validation.operation_problem({**base, "payload": {"": 1}}) == "payload: a field name is empty"
    assert validation.operation_problem({**base, "payload": []}) == "payload: must be an object"
    update = {**base, "action": "update", "payload": {"changes": {"case_id": "x" * 65}}}
    assert validation.operation_problem(update) == "payload.changes.case_id: must be an id of 1 to 64 letters, digits or . _ : -"


# -------------------------------------------------------------------------- 422: the request's shape


def test_since_beyond_64_bits_is_a_422(sqlite_api: Api) -> None:
    for since in (2**64, 2**63, validation.MAX_INT + 1, -1):
        body = assert_error_body(sqlite_api.http.get("/v1/changes", params={"since": since}), 422, "bad_request")
        assert body["fields"][0]["field"] == "since"
    assert sqlite_api.http.get("/v1/changes", params={"since": 2**53 - 1}).status_code == 200


def test_false_is_not_an_integer(sqlite_api: Api) -> None:
    r = sqlite_api.http.post("/v1/audit", json={"entries": [{"id": False, "action": "person.view"}]})
    body = assert_error_body(r, 422, "bad_request")
    assert body["fields"] == [{"field": "entries[0].id", "problem": "must be a whole number"}]
    r = sqlite_api.http.post("/v1/audit", json={"entries": [{"id": "7", "action": "person.view"}]})
    assert_error_body(r, 422, "bad_request")
    bad = person()
    bad["base_revision"] = True
    r = sqlite_api.http.post("/v1/push", json={"ops": [bad]})
    assert_error_body(r, 422, "bad_request")
    assert sqlite_api.changes() == []  # nothing of a refused request is written
    # JSON's 3.0 is the integer 3
    r = sqlite_api.http.post("/v1/audit", json={"entries": [{"id": 3.0, "action": "person.view"}]})
    assert r.status_code == 200 and r.json()["last_id"] == 3


def test_control_characters_in_request_texts_are_a_422(casestore_server: RunningServer, sqlite_api: Api) -> None:
    url = casestore_server.url
    r = httpx.post(f"{url}/v1/auth/login", json={"username": "clerk\u0000", "password": DEMO_PASSWORD})
    body = assert_error_body(r, 422, "bad_request")
    assert body["message"] == "username: contains a control character, which is not allowed"
    r = sqlite_api.http.post("/v1/audit", json={"entries": [{"id": 1, "action": "person.view"},
                                                             {"id": 2, "action": "x", "detail": "a\u0000b"}]})
    assert_error_body(r, 422, "bad_request")
    assert sqlite_api.http.post("/v1/audit", json={"entries": []}).json() == {"accepted": 0, "last_id": None}
    admin = Api(url, "admin")
    r = admin.http.post("/v1/admin/users", json={"username": "new\u0000user", "password": "long enough",
                                                 "role": "counter"})
    assert_error_body(r, 422, "bad_request")
    r = admin.http.post("/v1/admin/users", json={"username": "newuser", "password": "long enough",
                                                 "role": "counter", "display_name": "N" * 201})
    assert_error_body(r, 422, "bad_request")
    admin.close()


def test_unparsable_body_has_the_error_body(sqlite_api: Api) -> None:
    for content in (b"{not json", b"\xff\xfe\x00", b""):
        r = sqlite_api.http.post("/v1/push", content=content, headers={"Content-Type": "application/json"})
        assert r.status_code in (400, 422)
        assert_error_body(r, r.status_code)


def test_schema_valid_ids_reach_the_service(sqlite_api: Api) -> None:
    """The id patterns in the OpenAPI document are the server's: a valid id is looked up (404 not_found from
    the service), an invalid one is refused by the schema (422)."""
    spec = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    patterns = {
        (path, p["name"]): p["schema"].get("pattern")
        for path, item in spec["paths"].items() for method in item.values()
        for p in method.get("parameters", []) if p["in"] == "path"
    }
    assert patterns[("/v1/cases/{case_id}", "case_id")] == validation.ID_PATTERN
    assert patterns[("/v1/blobs/{sha256}", "sha256")] == validation.SHA256_PATTERN
    assert patterns[("/v1/admin/devices/{device_id}/revoke", "device_id")] == validation.ID_PATTERN
    for case_id in ("2025-000001", "a.B_9:-", "x" * 64):
        assert re.fullmatch(validation.ID_PATTERN, case_id)
        assert_error_body(sqlite_api.http.get(f"/v1/cases/{case_id}"), 404, "not_found")
        assert_error_body(sqlite_api.http.post(f"/v1/cases/{case_id}/open"), 404, "not_found")
    assert_error_body(sqlite_api.http.get(f"/v1/cases/{'x' * 65}"), 422, "bad_request")
    assert_error_body(sqlite_api.http.get(f"/v1/blobs/{'ab' * 32}"), 404, "not_found")


# ------------------------------------------------------------------------- every error has the body


def test_unknown_route_and_method_have_the_error_body(sqlite_server: RunningServer, sqlite_api: Api) -> None:
    assert_error_body(httpx.get(f"{sqlite_server.url}/v1/nothing-here"), 401)  # signed in first
    assert_error_body(httpx.get(f"{sqlite_server.url}/nothing-here"), 404, "not_found")
    assert_error_body(sqlite_api.http.get("/v1/nothing-here"), 404, "not_found")
    r = sqlite_api.http.request("DELETE", f"/v1/blobs/{'ab' * 32}")
    assert_error_body(r, 405, "method_not_allowed")
    assert {m.strip() for m in r.headers["allow"].split(",")} == {"GET", "PATCH"}
    # /v1/blobs/missing is its own path, not a blob called "missing"
    r = sqlite_api.http.request("PATCH", "/v1/blobs/missing")
    assert_error_body(r, 405, "method_not_allowed")
    assert r.headers["allow"] == "POST"
    assert_error_body(httpx.get(f"{sqlite_server.url}/v1/me"), 401)


def _serve(app: FastAPI) -> Iterator[tuple[str, int]]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="critical", lifespan="off", timeout_keep_alive=30))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        assert thread.is_alive(), "server did not start"
        time.sleep(0.01)
    try:
        yield "127.0.0.1", sock.getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture
def faulty_server(tmp_path: Any) -> Iterator[tuple[str, int]]:
    """The case store's app with one extra route that fails (only in this test's app instance)."""
    url = f"sqlite:///{tmp_path / 'casestore.db'}"
    schema.upgrade(url)
    app = create_app(url)

    @app.get("/test-only/fault")
    def fault() -> None:
        raise RuntimeError("a fault nobody foresaw")

    yield from _serve(app)


def test_a_500_has_the_error_body_and_keeps_the_connection(faulty_server: tuple[str, int],
                                                           caplog: pytest.LogCaptureFixture) -> None:
    conn = http.client.HTTPConnection(*faulty_server, timeout=30)
    conn.request("GET", "/test-only/fault")
    r = conn.getresponse()
    body = json.loads(r.read())
    assert r.status == 500 and body["error"] == "internal_error" and body["message"]
    assert "a fault nobody foresaw" not in json.dumps(body)  # internals stay in the server's log
    assert r.getheader("connection") != "close"
    sock = conn.sock
    conn.request("GET", "/v1/health")  # the same keep-alive connection
    r = conn.getresponse()
    assert r.status == 200 and json.loads(r.read())["status"] == "ok"
    assert conn.sock is sock, "the connection was not kept"
    conn.close()
    assert any("a fault nobody foresaw" in str(rec.exc_info[1]) for rec in caplog.records if rec.exc_info)
