"""The case store over real HTTP on loopback, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from casestore.embedded import DEMO_PASSWORD, RunningServer


class Api:
    def __init__(self, url: str, username: str, device_id: str | None = None) -> None:
        self.http = httpx.Client(base_url=url, timeout=30)
        r = self.http.post(
            "/v1/auth/login",
            json={"username": username, "password": DEMO_PASSWORD, "device_name": username, "device_id": device_id},
        )
        assert r.status_code == 200, r.text
        self.tokens = r.json()
        self.device_id = self.tokens["device_id"]
        self.http.headers["Authorization"] = f"Bearer {self.tokens['access_token']}"

    def push(self, *ops: dict[str, Any]) -> list[dict[str, Any]]:
        r = self.http.post("/v1/push", json={"ops": list(ops)})
        assert r.status_code == 200, r.text
        return list(r.json()["results"])

    def changes(self, since: int = 0) -> list[dict[str, Any]]:
        out = []
        while True:
            body = self.http.get("/v1/changes", params={"since": since, "limit": 100}).json()
            out += body["changes"]
            since = body["cursor"]
            if not body["has_more"]:
                return out


def op(entity: str, eid: str, action: str = "create", payload: dict[str, Any] | None = None,
       base: int | None = None) -> dict[str, Any]:
    return {"op_id": str(uuid.uuid4()), "entity": entity, "entity_id": eid, "action": action,
            "base_revision": base, "payload": payload or {}}


def intake(api: Api, department: str = "burgerzaken") -> tuple[str, str, list[dict[str, Any]]]:
    pid, cid = str(uuid.uuid4()), str(uuid.uuid4())
    res = api.push(
        op("person", pid, payload={"surname": "Peeters", "given_names": "An", "national_number": None}),
        op("case", cid, payload={"person_id": pid, "case_type": "parking_card", "status": "received",
                                 "department": department, "created_at": "2026-11-23T09:00:00+00:00"}),
    )
    return pid, cid, res


@pytest.fixture
def api(casestore_server: RunningServer) -> Iterator[Api]:
    a = Api(casestore_server.url, "clerk")
    yield a
    a.http.close()


def test_login_wrong_password_is_refused(casestore_server: RunningServer) -> None:
    r = httpx.post(f"{casestore_server.url}/v1/auth/login", json={"username": "clerk", "password": "nope"})
    assert r.status_code == 401 and r.json()["error"] == "invalid_credentials"
    r = httpx.get(f"{casestore_server.url}/v1/changes")
    assert r.status_code == 401


def test_push_is_exactly_once_and_numbers_cases(casestore_server: RunningServer, api: Api) -> None:
    _pid, cid, res = intake(api)
    assert [r["status"] for r in res] == ["applied", "applied"]
    number = res[1]["records"][0]["data"]["case_number"]
    assert re.fullmatch(r"2026-\d{6}", number)
    # The same operations again (an answer was lost): the stored answers, nothing applied twice.
    empty = api.http.post("/v1/push", json={"ops": []})
    assert empty.status_code == 200 and empty.json() == {"results": []}
    ops = [op("note", str(uuid.uuid4()), payload={"case_id": cid, "text": "x", "author": "clerk"})]
    first = api.push(*ops)
    second = api.push(*ops)
    assert second[0]["duplicate"] is True and first[0]["records"] == second[0]["records"]
    # The pushing device has these from the push answers: its feed skips them; another device of the
    # same user (or a coordinator) sees each once.
    assert [c for c in api.changes() if c["entity"] == "note"] == []
    other = Api(casestore_server.url, "clerk")
    notes = [c for c in other.changes() if c["entity"] == "note"]
    assert len(notes) == 1
    _, _, res2 = intake(api)
    number2 = res2[1]["records"][0]["data"]["case_number"]
    assert int(number2[5:]) == int(number[5:]) + 1


def test_one_push_numbers_cases_of_several_years(casestore_server: RunningServer, api: Api) -> None:
    pid = str(uuid.uuid4())
    cases = {str(uuid.uuid4()): when for when in ("2025-12-31T16:00:00+00:00", "2026-01-02T09:00:00+00:00",
                                                  "2025-06-01T09:00:00+00:00")}
    res = api.push(
        op("person", pid, payload={"surname": "Claes", "given_names": "Mira", "national_number": None}),
        *(op("case", cid, payload={"person_id": pid, "case_type": "parking_card", "status": "received",
                                   "department": "burgerzaken", "created_at": when}) for cid, when in cases.items()),
    )
    numbers = [r["records"][0]["data"]["case_number"] for r in res[1:]]
    assert [n[:5] for n in numbers] == ["2025-", "2026-", "2025-"]
    assert int(numbers[2][5:]) == int(numbers[0][5:]) + 1  # per year, in the order of the operations
    # The feed holds the four records once each, numbered one after the other, the person first.
    feed = [c for c in Api(casestore_server.url, "coordinator").changes() if c["id"] in {pid, *cases}]
    assert [c["entity"] for c in feed] == ["person", "case", "case", "case"]
    assert [c["seq"] for c in feed] == list(range(feed[0]["seq"], feed[0]["seq"] + 4))
    assert {c["id"]: c["data"]["case_number"] for c in feed[1:]} == dict(zip(cases, numbers, strict=True))
    # A case sent again under a new operation id (a laptop restored from a backup) keeps its number, and a
    # status change in the same push still applies to it.
    cid = next(iter(cases))
    again = api.push(
        op("case", cid, payload={"person_id": pid, "case_type": "parking_card", "status": "received",
                                 "department": "burgerzaken", "created_at": cases[cid]}),
        op("status_change", str(uuid.uuid4()), payload={"case_id": cid, "status": "closed",
                                                        "at": "2026-11-23T10:00:00+00:00", "actor": "clerk"}),
    )
    assert again[0]["records"][0]["data"]["case_number"] == numbers[0]
    case_after = next(r for r in again[1]["records"] if r["entity"] == "case")
    assert (case_after["revision"], case_after["data"]["status"]) == (2, "closed")
    assert case_after["data"]["case_number"] == numbers[0]


def test_status_history_and_merge_and_conflict(api: Api) -> None:
    _, cid, _ = intake(api)
    res = api.push(op("status_change", str(uuid.uuid4()),
                      payload={"case_id": cid, "status": "in_progress", "at": "2026-11-23T10:00:00+00:00",
                               "actor": "clerk", "citizen_text": "We work on it"}))
    case_after = next(r for r in res[0]["records"] if r["entity"] == "case")
    assert case_after["data"]["status"] == "in_progress" and case_after["revision"] == 2
    view = api.http.get(f"/v1/cases/{cid}").json()
    assert [h["status"] for h in view["status_history"]] == ["in_progress"]
    # Two updates based on revision 2: different fields merge, the same field conflicts.
    a = api.push(op("case", cid, "update", {"changes": {"assignee": "ann"}, "previous": {"assignee": None}}, 2))
    assert a[0]["status"] == "applied"
    b = api.push(op("case", cid, "update", {"changes": {"fee_paid": True}, "previous": {"fee_paid": None}}, 2))
    assert b[0]["status"] == "merged"
    c = api.push(op("case", cid, "update", {"changes": {"assignee": "bob"}, "previous": {"assignee": None}}, 2))
    assert c[0]["status"] == "conflict"
    conflict = c[0]["conflicts"][0]
    assert (conflict["field"], conflict["client_value"], conflict["server_value"]) == ("assignee", "bob", "ann")
    final = c[0]["records"][0]["data"]
    assert final["assignee"] == "ann" and final["fee_paid"] is True


def test_attachment_hash_is_checked_and_upload_resumes(api: Api) -> None:
    data = bytes(range(256)) * 400
    sha = hashlib.sha256(data).hexdigest()
    h = {"Upload-Length": str(len(data))}
    r = api.http.patch(f"/v1/blobs/{sha}", content=data[:1000], headers={**h, "Upload-Offset": "0"})
    assert r.json() == {"sha256": sha, "offset": 1000, "complete": False}
    missing = api.http.post("/v1/blobs/missing", json={"sha256": [sha]}).json()["missing"]
    assert missing == [{"sha256": sha, "offset": 1000}]
    r = api.http.patch(f"/v1/blobs/{sha}", content=data[5:10], headers={**h, "Upload-Offset": "5"})
    assert r.status_code == 409 and r.json()["error"] == "offset_mismatch"
    r = api.http.patch(f"/v1/blobs/{sha}", content=data[1000:], headers={**h, "Upload-Offset": "1000"})
    assert r.json()["complete"] is True
    assert api.http.get(f"/v1/blobs/{sha}").content == data
    bad = hashlib.sha256(b"other").hexdigest()
    r = api.http.patch(f"/v1/blobs/{bad}", content=b"not other", headers={"Upload-Length": "9", "Upload-Offset": "0"})
    assert r.status_code == 422 and r.json()["error"] == "hash_mismatch"
    assert api.http.get(f"/v1/blobs/{bad}").status_code == 404


def test_attachment_link_waits_for_its_content(api: Api) -> None:
    _, cid, _ = intake(api)
    sha = hashlib.sha256(b"photo").hexdigest()
    link = op("case_attachment", str(uuid.uuid4()), payload={"case_id": cid, "sha256": sha})
    assert api.push(link)[0]["status"] == "retry"
    api.http.patch(f"/v1/blobs/{sha}", content=b"photo", headers={"Upload-Length": "5", "Upload-Offset": "0"})
    assert api.push(link)[0]["status"] == "applied"


def test_roles_see_only_what_they_need(casestore_server: RunningServer, api: Api) -> None:
    _, cid_visit, _ = intake(api)
    _, cid_other, _ = intake(api)
    outreach = Api(casestore_server.url, "outreach")
    assert outreach.changes() == []
    # A planned home visit puts the case (and its person) in the outreach worker's caseload.
    api.push(op("appointment", str(uuid.uuid4()),
                payload={"case_id": cid_visit, "desk": "home_visit", "advisor": "outreach",
                         "starts_at": "2026-11-24T10:00:00+00:00", "ends_at": "2026-11-24T11:00:00+00:00"}))
    seen = outreach.changes()
    cases = {c["id"] for c in seen if c["entity"] == "case"}
    assert cases == {cid_visit}
    assert {c["entity"] for c in seen} == {"case", "person", "appointment"}
    # Outreach cannot change a case outside its caseload; the administrator sees no case data.
    r = outreach.push(op("case", cid_other, "update", {"changes": {"assignee": "x"}, "previous": {}}, 1))
    assert r[0]["status"] == "rejected" and "forbidden" in r[0]["error"]
    admin = Api(casestore_server.url, "admin")
    assert admin.changes() == []
    r = admin.push(op("person", str(uuid.uuid4()), payload={"surname": "X"}))
    assert r[0]["status"] == "rejected"
    coordinator = Api(casestore_server.url, "coordinator")
    assert {cid_visit, cid_other} <= {c["id"] for c in coordinator.changes() if c["entity"] == "case"}


def test_revoked_device_is_refused_everywhere(casestore_server: RunningServer, api: Api) -> None:
    admin = Api(casestore_server.url, "admin")
    assert api.http.get("/v1/changes").status_code == 200
    r = admin.http.post(f"/v1/admin/devices/{api.device_id}/revoke")
    assert r.status_code == 200 and r.json()["revoked_at"]
    r = api.http.get("/v1/changes")
    assert r.status_code == 403 and r.json()["error"] == "device_revoked"
    r = api.http.post("/v1/auth/refresh", json={"refresh_token": api.tokens["refresh_token"]})
    assert r.status_code == 403 and r.json()["error"] == "device_revoked"
    r = httpx.post(f"{casestore_server.url}/v1/auth/login",
                   json={"username": "clerk", "password": DEMO_PASSWORD, "device_id": api.device_id})
    assert r.status_code == 403
    # Only administrators administer.
    assert api.http.get("/v1/admin/devices").status_code in (401, 403)
    clerk2 = Api(casestore_server.url, "clerk")
    assert clerk2.http.get("/v1/admin/devices").status_code == 403


def test_refresh_token_rotates(api: Api) -> None:
    r = api.http.post("/v1/auth/refresh", json={"refresh_token": api.tokens["refresh_token"]})
    assert r.status_code == 200
    again = api.http.post("/v1/auth/refresh", json={"refresh_token": api.tokens["refresh_token"]})
    assert again.status_code == 401


def test_audit_is_kept_once(casestore_server: RunningServer, api: Api) -> None:
    entries = [{"id": i, "at": "2026-11-23T10:00:00+00:00", "actor": "clerk", "action": "open",
                "person_id": "p"} for i in (1, 2, 3)]
    assert api.http.post("/v1/audit", json={"entries": entries}).json() == {"accepted": 3, "last_id": 3}
    assert api.http.post("/v1/audit", json={"entries": entries}).json() == {"accepted": 0, "last_id": 3}
    admin = Api(casestore_server.url, "admin")
    log = admin.http.get("/v1/admin/audit").json()
    assert sorted(e["local_id"] for e in log if e["device_id"] == api.device_id) == [1, 2, 3]


def test_hostile_input_is_refused(api: Api) -> None:
    r = api.http.post("/v1/push", json={"ops": [{"op_id": "x"}]})
    assert r.status_code == 422 and r.json()["error"] == "bad_request"
    r = api.http.post("/v1/push", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 422
    res = api.push(op("nonsense", "id1"))
    assert res[0]["status"] == "rejected"
    res = api.push(op("case", "c-missing", "update", {"changes": {"status": "x"}}, 1))
    assert res[0]["status"] == "rejected"


@pytest.mark.postgres
def test_server_survives_dropped_database_connections(tmp_path: Any, request: pytest.FixtureRequest) -> None:
    # No pre-ping before each transaction: a pooled connection that PostgreSQL dropped (restart, failover,
    # idle timeout) fails its transaction, which is run again on a fresh connection; the laptop sees nothing.
    import sqlalchemy as sa

    from tests.casestore.fixtures import _db_url, _serve

    db = _db_url("postgres", tmp_path, request)
    for server in _serve(db):
        api = Api(server.url, "clerk")
        intake(api)
        admin = sa.create_engine(db.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            killed = c.exec_driver_sql(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()").scalar()
        admin.dispose()
        assert killed and killed >= 1
        for _ in range(3):
            _pid, _cid, res = intake(api)
            assert [r["status"] for r in res] == ["applied", "applied"]
        api.http.close()


def _children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        out.update(int(c) for c in children)
    return out


@pytest.mark.postgres
def test_several_server_processes_share_the_port_and_replace_a_dead_one(
        tmp_path: Any, request: pytest.FixtureRequest) -> None:
    import os
    import signal
    import time

    from casestore import embedded
    from tests.casestore.fixtures import _db_url

    db = _db_url("postgres", tmp_path, request)
    server = embedded.start(db, mode="process", demo=True, workers=2)
    try:
        assert server.pid is not None
        workers = {c for c in _children(server.pid)
                   if any(w in Path(f"/proc/{c}/cmdline").read_text() for w in ("casestore", "spawn"))}
        assert len(workers) >= 2
        apis = [Api(server.url, "clerk") for _ in range(8)]  # eight connections, spread over the workers
        for api in apis:
            assert [r["status"] for r in intake(api)[2]] == ["applied", "applied"]
        victim = sorted(workers)[0]
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # the laptops whose connection died reconnect
            try:
                for api in apis:
                    api.http.close()
                apis = [Api(server.url, "clerk") for _ in range(8)]
                for api in apis:
                    assert [r["status"] for r in intake(api)[2]] == ["applied", "applied"]
                break
            except (httpx.TransportError, AssertionError):
                time.sleep(0.5)
        else:
            raise AssertionError("the server did not recover from a dead worker")
        assert len(_children(server.pid) - {victim}) >= 2
        for api in apis:
            api.http.close()
    finally:
        before = _children(server.pid) if server.pid else set()
        server.stop()
    def running(pid: int) -> bool:
        try:
            return "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()
        except OSError:
            return False

    deadline = time.monotonic() + 10
    while any(running(pid) for pid in before) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = {pid: Path(f"/proc/{pid}/cmdline").read_text() for pid in before if running(pid)}
    assert not left  # every worker stopped with the server


def test_server_processes_stop_when_their_supervisor_is_killed(tmp_path: Any) -> None:
    import os
    import signal
    import time

    from casestore import embedded, schema

    db = f"sqlite:///{tmp_path / 'cs.db'}"
    schema.upgrade(db)
    server = embedded.start(db, mode="process", demo=True, workers=2)
    assert server.pid is not None
    workers = _children(server.pid)
    assert len(workers) >= 2
    os.kill(server.pid, signal.SIGKILL)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        alive = [w for w in workers if Path(f"/proc/{w}").exists()
                 and "zombie" not in Path(f"/proc/{w}/status").read_text().lower()]
        if not alive:
            break
        time.sleep(0.1)
    assert not alive  # no orphaned server process keeps the port
    server.stop()  # reaps the killed supervisor
