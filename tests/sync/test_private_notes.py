"""Private notes (issue 16) over HTTP on the real case store, SQLite and PostgreSQL: an advisor's note marked
"private: my department only" reaches the laptops of their department's users and no other, not even a
coordinator's who sees every case; the case store writes the author's department into it whatever the laptop
sent, refuses a private note from an account without a department, and lets nobody outside the department
change it or flip it public."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from casestore.embedded import DEMO_PASSWORD, RunningServer
from desk_app.services import outbox
from desk_app.services.consultation import Finish
from desk_app.store.models import Appointment, Note, utcnow
from tests.casestore.fixtures import Laptop

OTHER_DEPARTMENT = "burgerzaken"


class Api:
    """A signed-in device talking JSON to the case store (no laptop behind it)."""

    def __init__(self, url: str, username: str, password: str = DEMO_PASSWORD) -> None:
        self.http = httpx.Client(base_url=url, timeout=30)
        r = self.http.post("/v1/auth/login", json={"username": username, "password": password,
                                                   "device_name": f"api-{username}-{uuid.uuid4().hex[:6]}"})
        assert r.status_code == 200, r.text
        self.http.headers["Authorization"] = f"Bearer {r.json()['access_token']}"

    def push(self, *ops: dict[str, Any]) -> list[dict[str, Any]]:
        r = self.http.post("/v1/push", content=json.dumps({"ops": list(ops)}),
                           headers={"Content-Type": "application/json"})
        assert r.status_code == 200, r.text
        return list(r.json()["results"])

    def feed(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        since = 0
        while True:
            r = self.http.get("/v1/changes", params={"since": since, "limit": 500})
            assert r.status_code == 200, r.text
            body = r.json()
            out += body["changes"]
            since = body["cursor"]
            if not body["has_more"]:
                return out

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def users(casestore_server: RunningServer) -> Iterator[None]:
    """Besides the demo accounts (advisor: theme desk of sociaal_huis; coordinator: no department): a second
    advisor of sociaal_huis and a coordinator of another department, made by the administrator over HTTP."""
    admin = Api(casestore_server.url, "admin")
    try:
        for username, role, department in (("advisor2", "theme_desk", "sociaal_huis"),
                                           ("coord_bz", "coordinator", OTHER_DEPARTMENT)):
            r = admin.http.post("/v1/admin/users", json={"username": username, "password": DEMO_PASSWORD,
                                                         "role": role, "department": department})
            assert r.status_code == 201, r.text
        yield
    finally:
        admin.close()


def _consultation(lap: Laptop, notes: list[tuple[str, bool]]) -> tuple[str, str, dict[str, str]]:
    """On the advisor's laptop: a citizen, a case of sociaal_huis, an appointment for it, and one finished
    consultation per note (text, private). Returns person id, case id and note id by text."""
    loket = lap.loket
    pid, _ = loket.create_person(surname="Peeters", given_names="An")
    result, _ref = loket.intake("social_services_referral", pid, {"reason": "debt", "consent": True})
    ids: dict[str, str] = {}
    for text, private in notes:
        start = utcnow().replace(microsecond=0)
        appt = Appointment(id=str(uuid.uuid4()), person_id=pid, case_id=result.case.id, desk="sociaal_huis",
                           starts_at=start, ends_at=start + dt.timedelta(minutes=30), advisor=lap.username,
                           subject="Budget advice")
        with loket.store.write() as s:
            s.add(appt)
            outbox.record_create(s, "appointment", appt, lap.username)
        done = loket.finish_consultation(appt.id, Finish(notes=text, private=private, duration_minutes=30,
                                                         outcome="plan made"))
        ids[text] = done.note_id
    return pid, result.case.id, ids


def _notes(lap: Laptop) -> dict[str, tuple[bool, str | None]]:
    with lap.loket.store.read() as s:
        return {n.text: (n.private, n.department) for n in s.scalars(select(Note))}


def test_a_private_note_reaches_only_the_laptops_of_its_department(
    make_laptop: Callable[..., Laptop], users: None
) -> None:
    a = make_laptop("advisor-a", "advisor")
    a.loket.settings.department = "sociaal_huis"
    _pid, case_id, ids = _consultation(a, [("Debts with two lenders", True), ("Brought pay slips", False)])
    res = a.client.sync_once()
    assert res.rejected == 0 and res.status is not None and res.status.pending == 0

    b = make_laptop("coordinator-other-department", "coord_bz")  # sees every case, not this note
    b.client.sync_once()
    assert _notes(b) == {"Brought pay slips": (False, None)}
    with b.loket.store.read() as s:
        assert s.get(Note, ids["Debts with two lenders"]) is None

    c = make_laptop("advisor-same-department", "advisor2")
    c.client.sync_once()
    assert _notes(c) == {"Debts with two lenders": (True, "sociaal_huis"), "Brought pay slips": (False, None)}

    d = make_laptop("coordinator-without-department", "coordinator")
    d.client.sync_once()
    assert _notes(d) == {"Brought pay slips": (False, None)}

    # Re-sent with everything around the case (a caseload change emits the bundle): still not to B.
    b_api = Api(b.client.server_url, "coord_bz")
    try:
        texts = {ch["data"].get("text") for ch in b_api.feed() if ch["entity"] == "note"}
        assert texts == {"Brought pay slips"}
        assert any(ch["entity"] == "case" and ch["id"] == case_id for ch in b_api.feed())
    finally:
        b_api.close()


def test_the_case_store_decides_the_department_and_guards_the_note(
    casestore_server: RunningServer, users: None
) -> None:
    advisor, other, colleague, coordinator = (Api(casestore_server.url, u)
                                              for u in ("advisor", "coord_bz", "advisor2", "coordinator"))
    try:
        pid, cid, nid = (str(uuid.uuid4()) for _ in range(3))
        now = utcnow().isoformat()
        results = advisor.push(
            {"op_id": str(uuid.uuid4()), "entity": "person", "entity_id": pid, "action": "create",
             "payload": {"surname": "Maes", "given_names": "Lies"}},
            {"op_id": str(uuid.uuid4()), "entity": "case", "entity_id": cid, "action": "create",
             "payload": {"person_id": pid, "case_type": "social_services_referral", "department": "sociaal_huis",
                         "status": "received", "channel": "counter", "track_code": "ABCD-EFGH",
                         "created_at": now, "answers": {}}},
            # the laptop claims another department: the case store writes the author's
            {"op_id": str(uuid.uuid4()), "entity": "note", "entity_id": nid, "action": "create",
             "payload": {"person_id": pid, "case_id": cid, "text": "Private matter", "private": True,
                         "department": OTHER_DEPARTMENT, "author": "someone else"}},
        )
        assert [r["status"] for r in results] == ["applied"] * 3, results
        note = results[2]["records"][0]["data"]
        assert (note["private"], note["department"], note["author"]) == (True, "sociaal_huis", "advisor")

        feed_other = {ch["id"] for ch in other.feed() if ch["entity"] == "note"}
        assert nid not in feed_other
        feed_colleague = [ch for ch in colleague.feed() if ch["entity"] == "note" and ch["id"] == nid]
        assert feed_colleague and feed_colleague[0]["data"]["department"] == "sociaal_huis"

        # Outside the department: no change and no answer that shows it; the same id again neither.
        upd = {"op_id": str(uuid.uuid4()), "entity": "note", "entity_id": nid, "action": "update",
               "base_revision": 1, "payload": {"changes": {"text": "seen"}, "previous": {"text": "Private matter"}}}
        (r,) = other.push(upd)
        assert (r["status"], r["records"]) == ("rejected", []) and "caseload" in (r["error"] or "")
        (r,) = other.push({"op_id": str(uuid.uuid4()), "entity": "note", "entity_id": nid, "action": "create",
                           "payload": {"person_id": pid, "text": "x"}})
        assert (r["status"], r["records"]) == ("rejected", [])

        # Inside it the text may change, but not who may read it.
        flip = {"op_id": str(uuid.uuid4()), "entity": "note", "entity_id": nid, "action": "update",
                "base_revision": 1,
                "payload": {"changes": {"private": False, "department": None, "text": "Private matter (2)"},
                            "previous": {"private": True, "department": "sociaal_huis", "text": "Private matter"}}}
        (r,) = colleague.push(flip)
        assert r["status"] == "applied", r
        data = r["records"][0]["data"]
        assert (data["private"], data["department"], data["text"]) == (True, "sociaal_huis", "Private matter (2)")
        assert nid not in {ch["id"] for ch in other.feed() if ch["entity"] == "note"}

        # An account without a department cannot keep a note private to it; a bad flag is refused too.
        (r,) = coordinator.push({"op_id": str(uuid.uuid4()), "entity": "note", "entity_id": str(uuid.uuid4()),
                                 "action": "create", "payload": {"person_id": pid, "text": "x", "private": True}})
        assert r["status"] == "rejected" and "department" in (r["error"] or "")
        (r,) = advisor.push({"op_id": str(uuid.uuid4()), "entity": "note", "entity_id": str(uuid.uuid4()),
                             "action": "create", "payload": {"person_id": pid, "text": "x", "private": "yes"}})
        assert r["status"] == "rejected" and "private" in (r["error"] or "")
    finally:
        for api in (advisor, other, colleague, coordinator):
            api.close()


def test_a_booked_appointment_is_finished_on_the_advisors_laptop_and_done_at_the_case_store(
    make_laptop: Callable[..., Laptop], casestore_server: RunningServer
) -> None:
    """The whole road of issue 16's consultation: a clerk books a theme-desk appointment for a citizen
    (POST /v1/appointments), the advisor's laptop pulls it, the advisor finishes the consultation there, and
    the sync brings the contact, the private note and the appointment's "done" to the case store."""
    clerk = make_laptop("clerk", "clerk")
    pid, _ = clerk.loket.create_person(surname="Claes", given_names="Jan")
    assert clerk.client.sync_once().rejected == 0
    api = Api(casestore_server.url, "clerk")
    try:
        day = dt.date.today() + dt.timedelta(days=1)
        r = api.http.get("/v1/appointments/slots", params={"service": "budgetbegeleiding", "from": day.isoformat(),
                                                           "days": 14, "persons": 1, "advisor": "advisor"})
        assert r.status_code == 200, r.text
        slot = r.json()["slots"][0]
        r = api.http.post("/v1/appointments", json={
            "request_id": str(uuid.uuid4()), "service": "budgetbegeleiding", "start": slot["start"], "persons": 1,
            "person_id": pid, "advisor": "advisor", "reason": "Budget advice", "place": None})
        assert r.status_code == 201, r.text
        aid = r.json()["id"]

        a = make_laptop("advisor", "advisor")
        a.loket.settings.department = "sociaal_huis"
        a.client.sync_once()
        assert a.loket.consultation(aid)["reason"] == "Budget advice"
        a.loket.finish_consultation(aid, Finish(notes="Private matter", private=True, duration_minutes=40,
                                                outcome="plan"))
        res = a.client.sync_once()
        assert res.rejected == 0 and res.status is not None and res.status.pending == 0
        with a.loket.store.read() as s:
            appt = s.get(Appointment, aid)
            assert appt is not None and appt.status == "done"
        r = api.http.get("/v1/appointments", params={"from": day.isoformat(),
                                                     "to": (day + dt.timedelta(days=20)).isoformat()})
        assert r.status_code == 200, r.text
        assert {x["id"]: x["status"] for x in r.json()}[aid] == "done"

        # a laptop does not move a booked appointment by a push (only the routes check the slot)
        advisor = Api(casestore_server.url, "advisor")
        try:
            (res_op,) = advisor.push({"op_id": str(uuid.uuid4()), "entity": "appointment", "entity_id": aid,
                                      "action": "update", "base_revision": None,
                                      "payload": {"changes": {"room": "elsewhere"}, "previous": {}}})
            assert res_op["status"] == "rejected" and "/v1/appointments" in (res_op["error"] or "")
        finally:
            advisor.close()
    finally:
        api.close()
