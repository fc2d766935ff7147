"""The case store's access defences over real HTTP (SQLite and PostgreSQL): what a user may read and link,
operation ids per device, the actor of a change, and notifications that cannot escape their folder or
block the others."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from casestore import embedded
from casestore.db import make_engine, make_sessionmaker
from casestore.embedded import RunningServer
from casestore.models import Record
from tests.casestore.fixtures import _serve
from tests.casestore.test_service import Api, intake, op

OUTSIDE = "forbidden: the record is outside your caseload"


@pytest.fixture
def outbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "mail" / "spool" / "outbox"
    monkeypatch.setenv("LOKET_CASESTORE_OUTBOX", str(folder))
    return folder


@pytest.fixture
def server(outbox: Path, casestore_db: str) -> Iterator[RunningServer]:
    yield from _serve(casestore_db)


@pytest.fixture
def clerk(server: RunningServer) -> Iterator[Api]:
    a = Api(server.url, "clerk")
    yield a
    a.http.close()


@pytest.fixture
def outreach(server: RunningServer) -> Iterator[Api]:
    a = Api(server.url, "outreach")
    yield a
    a.http.close()


def _ids(changes: list[dict[str, Any]]) -> set[str]:
    return {c["id"] for c in changes}


# ---------------------------------------------------------------------------------------- reading


def test_creating_an_existing_id_answers_only_whom_the_record_is_visible_to(clerk: Api, outreach: Api) -> None:
    pid, cid, _ = intake(clerk)
    # The clerk's own re-sent intake still gets the stored records (a laptop restored from a backup).
    again = clerk.push(op("case", cid, payload={"person_id": pid, "case_type": "parking_card"}))
    assert again[0]["status"] == "applied" and again[0]["records"][0]["id"] == cid
    # Someone else's ids: refused, no record data, the same answer as any create outside the caseload.
    refused = outreach.push(
        op("case", cid, payload={"person_id": pid, "case_type": "x"}),
        op("person", pid, payload={"surname": "X"}),
        op("note", str(uuid.uuid4()), payload={"case_id": cid, "text": "x"}),
    )
    assert [r["status"] for r in refused] == ["rejected"] * 3
    assert [r["error"] for r in refused] == [OUTSIDE] * 3
    assert all(r["records"] == [] for r in refused)
    assert outreach.changes() == []


def test_opening_a_case_outside_the_caseload_is_refused_and_logged(
        server: RunningServer, clerk: Api, outreach: Api, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="casestore")
    numbers = [intake(clerk, department=d)[2][1]["records"][0]["data"]["case_number"]
               for d in ("burgerzaken", "burgerzaken", "sociaal_huis")]
    advisor = Api(server.url, "advisor")  # theme desk of sociaal_huis
    # Guessable numbers: outreach reads none of them, nor learns which exist.
    answers = [outreach.http.post(f"/v1/cases/{n}/open") for n in [*numbers, "2026-999999"]]
    assert [r.status_code for r in answers] == [403] * 4
    assert all(r.json() == answers[0].json() for r in answers)
    assert answers[0].json()["error"] == "forbidden"
    assert outreach.changes() == []
    assert [advisor.http.post(f"/v1/cases/{n}/open").status_code for n in numbers] == [403, 403, 200]
    assert {c["entity"] for c in advisor.changes()} >= {"case", "person"}
    # A counter clerk or a coordinator may open any case (their work).
    assert Api(server.url, "coordinator").http.post(f"/v1/cases/{numbers[0]}/open").status_code == 200
    assert Api(server.url, "clerk").http.post(f"/v1/cases/{numbers[1]}/open").status_code == 200
    refused = [r for r in caplog.records if "opening it refused" in r.getMessage()]
    opened = [r for r in caplog.records if "opened on demand by" in r.getMessage()]
    assert len(refused) == 6 and all("outreach" in r.getMessage() or "advisor" in r.getMessage() for r in refused)
    assert len(opened) == 3


def test_a_foreign_person_cannot_be_linked_to_ones_own_records(clerk: Api, outreach: Api) -> None:
    foreign_pid, foreign_cid, _ = intake(clerk)
    own_pid, own_cid, res = intake(outreach)
    assert [r["status"] for r in res] == ["applied", "applied"]
    refused = outreach.push(
        op("case", own_cid, "update", {"changes": {"person_id": foreign_pid}, "previous": {"person_id": own_pid}}, 1),
        op("case", str(uuid.uuid4()), payload={"person_id": foreign_pid, "case_type": "parking_card"}),
        op("address", str(uuid.uuid4()), payload={"person_id": foreign_pid, "street_and_number": "Kerkstraat 1"}),
        op("note", str(uuid.uuid4()), payload={"person_id": foreign_pid, "text": "x"}),
    )
    assert [r["error"] for r in refused] == [OUTSIDE] * 4
    pulled = outreach.changes()
    assert foreign_pid not in _ids(pulled) and foreign_cid not in _ids(pulled)
    view = outreach.http.get(f"/v1/cases/{own_cid}").json()
    assert view["data"]["person_id"] == own_pid
    # Their own person, and a person of a case in their caseload, they may link.
    ok = outreach.push(op("note", str(uuid.uuid4()), payload={"person_id": own_pid, "text": "x"}))
    assert ok[0]["status"] == "applied"


def test_an_appointment_cannot_be_pointed_at_a_foreign_case(clerk: Api, outreach: Api) -> None:
    foreign_pid, foreign_cid, _ = intake(clerk)
    _own_pid, own_cid, _ = intake(outreach)
    aid = str(uuid.uuid4())
    visit = {"case_id": own_cid, "desk": "home_visit", "advisor": "outreach",
             "starts_at": "2026-11-24T10:00:00+00:00", "ends_at": "2026-11-24T11:00:00+00:00"}
    assert outreach.push(op("appointment", aid, payload=visit))[0]["status"] == "applied"
    moved = outreach.push(op("appointment", aid, "update",
                             {"changes": {"case_id": foreign_cid}, "previous": {"case_id": own_cid}}, 1))
    assert moved[0]["status"] == "rejected" and moved[0]["error"] == OUTSIDE
    assert moved[0]["records"] == []
    pulled = _ids(outreach.changes())
    assert foreign_cid not in pulled and foreign_pid not in pulled
    assert outreach.http.get(f"/v1/cases/{foreign_cid}").status_code == 404
    assert outreach.http.post(f"/v1/cases/{foreign_cid}/open").status_code == 403
    # A clerk planning the visit on the clerk's own case is how a case comes into a caseload.
    planned = clerk.push(op("appointment", str(uuid.uuid4()), payload={**visit, "case_id": foreign_cid}))
    assert planned[0]["status"] == "applied"
    assert outreach.http.get(f"/v1/cases/{foreign_cid}").status_code == 200


def test_operation_ids_are_scoped_to_their_device(server: RunningServer, clerk: Api, outreach: Api) -> None:
    pid = str(uuid.uuid4())
    create = op("person", pid, payload={"surname": "Peeters", "given_names": "An", "national_number": None})
    first = clerk.push(create)
    assert first[0]["status"] == "applied" and first[0]["records"]
    # The same device again: the stored answer (exactly once).
    again = clerk.push(create)
    assert again[0]["duplicate"] is True and again[0]["records"] == first[0]["records"]
    # Another device with that op id: a new operation, never the stored answer with its record data.
    replay = outreach.push(create)
    assert replay[0]["duplicate"] is False and replay[0]["status"] == "rejected"
    assert replay[0]["error"] == OUTSIDE and replay[0]["records"] == []
    assert outreach.push(create)[0]["duplicate"] is True  # its own answer, from now on
    # An op id that happens to clash with another device's: applied as the new operation it is.
    third = Api(server.url, "coordinator")
    other = str(uuid.uuid4())
    clash = third.push({**create, "entity_id": other, "payload": {"surname": "Janssens"}})
    assert clash[0]["duplicate"] is False and clash[0]["status"] == "applied"
    assert [r["id"] for r in clash[0]["records"]] == [other]


def test_the_actor_is_the_signed_in_user(clerk: Api, outreach: Api) -> None:
    pid, cid, _ = intake(clerk)
    sid, nid = str(uuid.uuid4()), str(uuid.uuid4())
    res = clerk.push(
        op("status_change", sid, payload={"case_id": cid, "status": "in_progress", "actor": "desk",
                                          "at": "2026-11-23T10:00:00+00:00", "citizen_text": "x"}),
        op("note", nid, payload={"case_id": cid, "person_id": pid, "text": "x", "author": "coordinator"}),
    )
    assert [r["status"] for r in res] == ["applied", "applied"]
    change = next(r for r in res[0]["records"] if r["entity"] == "status_change")
    assert change["data"]["actor"] == "clerk"
    assert res[1]["records"][0]["data"]["author"] == "clerk"
    view = clerk.http.get(f"/v1/cases/{cid}").json()
    assert [h["actor"] for h in view["status_history"]] == ["clerk"]
    assert view["data"]["created_by"] == "clerk"
    # An update cannot rewrite who did it.
    upd = clerk.push(op("note", nid, "update", {"changes": {"author": "outreach", "text": "y"},
                                                "previous": {"author": "clerk", "text": "x"}}, 1))
    data = upd[0]["records"][0]["data"]
    assert (data["author"], data["text"]) == ("clerk", "y")


# ---------------------------------------------------------------------------------- notifications


def _notification(cid: str, nid: str | None = None, **kw: Any) -> dict[str, Any]:
    payload = {"case_id": cid, "case_reference": "2026-000001", "track_code": "ABC", "status": "approved",
               "channel": "email", "language": "nl", "recipient": "an@example.org", "subject": "Uw dossier",
               "body": "Goedgekeurd.", **kw}
    return op("notification", nid or str(uuid.uuid4()), payload=payload)


def test_a_notification_id_cannot_lead_outside_the_outbox(tmp_path: Path, outbox: Path, clerk: Api) -> None:
    _, cid, _ = intake(clerk)
    bad = [_notification(cid, nid) for nid in ("../../x", "../x", "/tmp/x", "x")]
    good = _notification(cid)
    res = clerk.push(*bad, good)
    assert [r["status"] for r in res] == ["rejected"] * 4 + ["applied"]
    assert sorted(p.name for p in outbox.iterdir()) == [f"{good['entity_id']}.eml"]
    written = {p.relative_to(tmp_path) for p in tmp_path.rglob("*.eml")}
    assert written == {(outbox / f"{good['entity_id']}.eml").relative_to(tmp_path)}
    assert not (tmp_path.parent / "x.eml").exists()


def test_header_injection_is_refused_and_the_rest_of_the_push_goes_on(outbox: Path, clerk: Api) -> None:
    _, cid, _ = intake(clerk)
    res = clerk.push(
        _notification(cid, subject="Uw dossier\r\nBcc: everyone@example.org"),
        _notification(cid, subject="Uw dossier\n"),
        _notification(cid, recipient="an@example.org\r\nBcc: x@example.org"),
        _notification(cid, recipient="an@example.org\x00"),
        _notification(cid, subject="nul\x00"),
        _notification(cid, recipient="an@example.org, everyone@example.org"),
        good := _notification(cid),
    )
    assert [r["status"] for r in res] == ["rejected"] * 6 + ["applied"]
    # (A NUL is refused in any text by the push's general checks; line breaks here: headers are one line.)
    assert all(res[i]["error"].startswith("bad_notification: ") for i in (0, 1, 2, 5)), [r["error"] for r in res]
    assert [p.name for p in outbox.iterdir()] == [f"{good['entity_id']}.eml"]
    assert b"Bcc" not in (outbox / f"{good['entity_id']}.eml").read_bytes()


def test_a_message_the_gateway_cannot_send_is_parked_and_the_others_are_delivered(
        casestore_db: str, outbox: Path, caplog: pytest.LogCaptureFixture) -> None:
    # Messages queued by an older server that accepted them: one with a line break in its subject (the
    # mail library refuses it) and one whose id is a path; they are first in line.
    with embedded.start(casestore_db, demo=True) as setup:
        clerk = Api(setup.url, "clerk")
        _, cid, _ = intake(clerk)
        clerk.http.close()
    poison = {"00000000-0000-4000-8000-000000000001": {"subject": "Hi\r\nBcc: x@example.org"},
              "../../00000000-0000-4000-8000-000000000002": {}}
    engine = make_engine(casestore_db)
    try:
        with make_sessionmaker(engine).begin() as s:
            for nid, extra in poison.items():
                data = {"id": nid, "case_id": cid, "channel": "email", "recipient": "an@example.org",
                        "subject": "Uw dossier", "body": "x", "delivery": "queued", **extra}
                s.add(Record(entity="notification", id=nid, data=data, case_id=cid, created_by="clerk"))
        # The server starts again: its first push hands over whatever is queued.
        caplog.set_level(logging.ERROR, logger="casestore")
        for server in _serve(casestore_db):
            clerk = Api(server.url, "clerk")
            good = _notification(cid, "ffffffff-ffff-4fff-8fff-ffffffffffff")
            assert clerk.push(good)[0]["status"] == "applied"
            assert [p.name for p in outbox.iterdir()] == [f"{good['entity_id']}.eml"]
            view = {n["id"]: n for n in clerk.http.get(f"/v1/cases/{cid}").json()["notifications"]}
            assert view[good["entity_id"]]["delivery"] == "sent"
            for nid in poison:
                assert view[nid]["delivery"] == "failed" and view[nid]["delivery_error"]
            parked = [r.getMessage() for r in caplog.records if "parked as failed" in r.getMessage()]
            assert len(parked) == 2
            # Parked is final: the next round does not try them again.
            assert clerk.push(_notification(cid))[0]["status"] == "applied"
            assert len([r for r in caplog.records if "parked as failed" in r.getMessage()]) == 2
            clerk.http.close()
    finally:
        engine.dispose()
    assert not list(outbox.parent.parent.rglob("00000000-0000-4000-8000-000000000002*"))


def test_administrators_and_strangers_open_no_case(server: RunningServer) -> None:
    admin = Api(server.url, "admin")
    r = admin.http.post("/v1/cases/2026-000001/open")
    assert r.status_code == 403 and r.json()["error"] == "forbidden"
    assert httpx.post(f"{server.url}/v1/cases/2026-000001/open").status_code == 401
