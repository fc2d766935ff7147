"""Theme-desk appointments (issue 16) over HTTP on the real case store (SQLite and PostgreSQL): services, free
slots, book / move / cancel (also by reference), refusals, idempotent request ids, the synced ``appointment``
record in the change feed (the advisor's and the outreach worker's laptops), messages to the citizen and the
reminder the day before (a fixed clock), check-in into the walk-in queue; the slot computation itself."""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import email.message
import email.policy
import json
import shutil
import time
import uuid
import zoneinfo
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from casestore import cli
from casestore.db import make_engine, make_sessionmaker
from casestore.embedded import DEMO_PASSWORD, RunningServer
from casestore.models import Record, User
from casestore.services import appointments
from casestore.services.common import Principal
from resources import RESOURCES_DIR
from tests.casestore.fixtures import Laptop, _serve
from tests.casestore.test_service import Api, op

TZ = zoneinfo.ZoneInfo("Europe/Brussels")
SERVICE = "budgetbegeleiding"  # 45 minutes, 15 more per further person; advisors: advisor, an.devos
REF_CHARS = set(appointments.REF_ALPHABET)


def login(url: str, username: str = "clerk") -> httpx.Client:
    r = httpx.post(f"{url}/v1/auth/login", json={"username": username, "password": DEMO_PASSWORD,
                                                  "device_name": f"appointments-{username}"})
    r.raise_for_status()
    return httpx.Client(base_url=f"{url}/v1", timeout=60,
                        headers={"Authorization": f"Bearer {r.json()['access_token']}"})


def ok(r: httpx.Response, status: int = 200) -> Any:
    assert r.status_code == status, r.text
    return r.json()


def today() -> dt.date:
    return dt.datetime.now(TZ).date()


def slots(c: httpx.Client, service: str = SERVICE, *, first: dt.date | None = None, days: int = 21,
          **params: Any) -> list[dict[str, Any]]:
    first = first or today() + dt.timedelta(days=1)  # tomorrow on: never a slot passing during the test
    got: list[dict[str, Any]] = ok(c.get("/appointments/slots", params={
        "service": service, "from": first.isoformat(), "days": days, **params}))["slots"]
    return got


def book(c: httpx.Client, start: str, *, service: str = SERVICE, status: int = 201, **kw: Any) -> Any:
    body = {"request_id": kw.pop("request_id", str(uuid.uuid4())), "service": service, "start": start,
            "persons": 1, "person_id": None, "advisor": None, "reason": "budget", "place": None, **kw}
    return ok(c.post("/appointments", json=body), status)


def local(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso).astimezone(TZ)


def person(api: Api, **data: Any) -> str:
    pid = str(uuid.uuid4())
    res = api.push(op("person", pid, payload={"surname": "Peeters", "given_names": "An", "national_number": None,
                                              **data}),
                   op("address", str(uuid.uuid4()), payload={"person_id": pid, "street_and_number": "Kerkstraat 1",
                                                             "postal_code": "9999", "municipality": "Meerhoven"}))
    assert [r["status"] for r in res] == ["applied", "applied"], res
    return pid


@contextlib.contextmanager
def api_of(url: str, username: str) -> Iterator[Api]:
    a = Api(url, username)
    try:
        yield a
    finally:
        a.http.close()


@pytest.fixture
def outbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "outbox"
    monkeypatch.setenv("LOKET_CASESTORE_OUTBOX", str(folder))
    return folder


@pytest.fixture
def server(outbox: Path, casestore_db: str) -> Iterator[RunningServer]:
    yield from _serve(casestore_db)


@pytest.fixture
def clerk(server: RunningServer) -> Iterator[httpx.Client]:
    with login(server.url) as c:
        yield c


@pytest.fixture
def clerk_api(server: RunningServer) -> Iterator[Api]:
    a = Api(server.url, "clerk")
    yield a
    a.http.close()


# ---------------------------------------------------------------------------------------------- slots


def test_services_say_length_extra_minutes_department_and_home_visit(clerk: httpx.Client) -> None:
    got = {s["code"]: s for s in ok(clerk.get("/appointments/services"))}
    assert got[SERVICE] == {
        "code": SERVICE, "minutes": 45, "extra_minutes_per_person": 15, "department": "sociaal_huis",
        "home_visit": False,
        "names": {"nl": "Budgetbegeleiding", "fr": "Guidance budgétaire", "de": "Budgetberatung",
                  "en": "Budget guidance"},
    }
    assert got["huisbezoek"]["home_visit"] is True


def test_free_slots_lie_within_hours_on_the_grid_and_last_as_long_as_the_persons_need(
        clerk: httpx.Client) -> None:
    cfg = appointments.load_config(RESOURCES_DIR / "shop")
    for persons in (1, 3):
        found = slots(clerk, persons=persons, days=14)
        assert found, "no free slot in two weeks of an empty calendar"
        for s in found:
            start, end = local(s["start"]), local(s["end"])
            assert start.utcoffset() == dt.datetime.fromisoformat(s["start"]).utcoffset()  # Brussels' offset
            assert (end - start) == dt.timedelta(minutes=45 + 15 * (persons - 1))
            assert start.minute % 15 == 0 and start.second == 0
            assert not cfg.closed(start.date())
            adv = cfg.advisors[s["advisor"]]
            assert SERVICE in adv.services
            mins = (start.hour * 60 + start.minute, end.hour * 60 + end.minute)
            within = [h for h in adv.hours[start.weekday()] if h[0] <= mins[0] and mins[1] <= h[1]]
            opened = [h for h in cfg.opening[start.weekday()] if h[0] <= mins[0] and mins[1] <= h[1]]
            assert within and opened, s
            assert s["room"] in cfg.rooms["sociaal_huis"]
        assert [(s["start"], s["advisor"]) for s in found] == sorted((s["start"], s["advisor"]) for s in found)


def test_a_booked_slot_and_the_slots_overlapping_it_are_no_longer_free_for_that_advisor(
        clerk: httpx.Client) -> None:
    free = slots(clerk, advisor="advisor", days=14)
    first = free[0]
    got = book(clerk, first["start"], advisor="advisor")
    assert (got["advisor"], got["room"], got["status"]) == ("advisor", first["room"], "booked")
    start, end = local(got["start"]), local(got["end"])
    after = slots(clerk, advisor="advisor", days=14)
    assert all(local(s["end"]) <= start or local(s["start"]) >= end for s in after)
    assert len(after) < len(free)
    # The other advisor is still free then, in another room.
    others = [s for s in slots(clerk, days=14) if s["start"] == first["start"]]
    assert [(s["advisor"], s["room"] != got["room"]) for s in others] == [("an.devos", True)] or others == []


def test_booking_answers_the_contract_and_the_same_request_gets_the_same_appointment(
        clerk: httpx.Client) -> None:
    s = slots(clerk)[0]
    rid = str(uuid.uuid4())
    got = book(clerk, s["start"], request_id=rid, persons=2, reason="schulden")
    assert set(got) == {"id", "service", "start", "end", "advisor", "room", "place", "person_id", "case_id",
                        "persons", "reason", "status", "cancellation_ref", "revision"}
    assert (got["service"], got["persons"], got["reason"], got["revision"]) == (SERVICE, 2, "schulden", 1)
    assert local(got["end"]) - local(got["start"]) == dt.timedelta(minutes=60)
    assert got["start"].endswith(("+01:00", "+02:00"))  # Brussels' offset, as the contract says
    ref = got["cancellation_ref"]
    assert len(ref) == 8 and set(ref) <= REF_CHARS and not set(ref) & set("0O1I")
    again = book(clerk, s["start"], request_id=rid, persons=2, reason="schulden")
    assert again == got
    listed = ok(clerk.get("/appointments", params={"from": local(s["start"]).date().isoformat(),
                                                   "to": local(s["start"]).date().isoformat()}))
    assert [a["id"] for a in listed] == [got["id"]]


def test_refusals_are_clear_and_write_nothing(server: RunningServer, clerk: httpx.Client) -> None:
    s = slots(clerk, advisor="advisor")[0]
    start = local(s["start"])
    sunday = start + dt.timedelta(days=(6 - start.weekday()) % 7 or 7)
    saturday = (sunday - dt.timedelta(days=1)).replace(hour=10, minute=0)
    cases = [
        ({"start": "2020-01-06T10:00:00+01:00"}, "in_the_past", "has passed"),
        ({"start": sunday.replace(hour=10, minute=0).isoformat()}, "outside_opening_hours", "not open"),
        ({"start": start.replace(hour=20, minute=0).isoformat()}, "outside_opening_hours", "not open"),
        ({"start": (start + dt.timedelta(minutes=7)).isoformat()}, "off_grid", "every 15 minutes"),
        ({"start": saturday.isoformat(), "advisor": "advisor"}, "outside_working_hours", "does not work"),
        ({"start": s["start"], "place": "Kerkstraat 1"}, "place_not_expected", "at the shop"),
        ({"start": s["start"], "service": "huisbezoek", "advisor": "outreach"}, "place_required", "address"),
        ({"start": s["start"], "person_id": "nobody"}, "unknown_reference", "does not exist"),
        ({"start": (start + dt.timedelta(days=400)).isoformat()}, "too_far_ahead", "days ahead"),
        ({"start": "9999-12-31T23:45:00+00:00"}, "too_far_ahead", "days ahead"),
        ({"start": "0001-01-01T00:00:00+01:00"}, "in_the_past", "in the future"),
    ]
    for body, code, words in cases:
        r = clerk.post("/appointments", json={"request_id": str(uuid.uuid4()), "service": SERVICE, "persons": 1,
                                              "reason": "x", **body})
        assert r.status_code == 422, (body, r.text)
        assert r.json()["error"] == code and words in r.json()["message"], (body, r.json())
    for body, code, words in (({"advisor": "pieter.maes"}, "unknown_advisor", "does not give"),
                              ({"service": "nope"}, "unknown_service", "no appointment service")):
        r = clerk.post("/appointments", json={"request_id": str(uuid.uuid4()), "service": SERVICE, "persons": 1,
                                              "start": s["start"], **body})
        assert r.status_code == 404 and r.json()["error"] == code and words in r.json()["message"], r.text
    for bad in ({"persons": 11}, {"persons": 0}, {"start": "2026-13-01T10:00"}, {"start": start.replace(
            tzinfo=None).isoformat()}, {"reason": "a\x00b"}, {"extra": 1}):
        r = clerk.post("/appointments", json={"request_id": str(uuid.uuid4()), "service": SERVICE, "persons": 1,
                                              "start": s["start"], **bad})
        assert r.status_code == 422 and r.json()["error"] == "bad_request", (bad, r.text)
    assert ok(clerk.get("/appointments", params={"from": today().isoformat(),
                                                 "to": (today() + dt.timedelta(days=91)).isoformat()})) == []
    # Dates at the calendar's ends: nothing there, and no error.
    assert slots(clerk, first=dt.date(9999, 12, 31), days=14) == []
    for first, last in (("0001-01-01", "0001-01-05"), ("9999-12-30", "9999-12-31")):
        assert ok(clerk.get("/appointments", params={"from": first, "to": last})) == []
    with login(server.url, "admin") as admin:
        assert admin.post("/appointments", json={"request_id": "x", "service": SERVICE, "start": s["start"]}
                          ).status_code == 403
        assert admin.get("/appointments/slots", params={"service": SERVICE, "from": today().isoformat()}
                         ).status_code == 403


def test_a_taken_time_answers_409_with_the_next_free_slot(clerk: httpx.Client) -> None:
    free = slots(clerk, advisor="advisor")
    starts = {s["start"] for s in free}
    # A time with a quarter after it still free, so that the second booking overlaps the first.
    first = next(s for s in free if (local(s["start"]) + dt.timedelta(minutes=15)).isoformat() in starts)
    got = book(clerk, first["start"], advisor="advisor")
    overlapping = (local(first["start"]) + dt.timedelta(minutes=15)).isoformat()
    r = clerk.post("/appointments", json={"request_id": str(uuid.uuid4()), "service": SERVICE,
                                          "start": overlapping, "advisor": "advisor"})
    body = ok(r, 409)
    assert body["error"] == "slot_taken" and "choose another time" in body["message"]
    nxt = body["next_free"]
    assert nxt["advisor"] == "advisor" and local(nxt["start"]) >= local(got["end"])
    assert nxt == next(s for s in slots(clerk, advisor="advisor") if local(s["start"]) >= local(overlapping))
    assert book(clerk, nxt["start"], advisor="advisor")["start"] == nxt["start"]


def test_move_and_cancel_free_the_old_time_and_cancel_by_reference(clerk: httpx.Client) -> None:
    free = slots(clerk, advisor="advisor")
    a = book(clerk, free[0]["start"], advisor="advisor")
    later = next(s for s in free if local(s["start"]) >= local(a["end"]) + dt.timedelta(hours=1))
    moved = ok(clerk.post(f"/appointments/{a['id']}/move", json={"start": later["start"]}))
    assert (moved["id"], moved["start"], moved["advisor"], moved["revision"]) == (a["id"], later["start"],
                                                                                  "advisor", 2)
    assert free[0]["start"] in {s["start"] for s in slots(clerk, advisor="advisor")}
    # Moving onto a taken time: 409 with the next free slot, the appointment unchanged.
    other = book(clerk, free[0]["start"], advisor="advisor")
    r = clerk.post(f"/appointments/{a['id']}/move", json={"start": other["start"], "advisor": "advisor"})
    assert ok(r, 409)["error"] == "slot_taken"
    day = local(a["start"]).date().isoformat()
    assert {x["id"]: x["start"] for x in ok(clerk.get("/appointments", params={"from": day, "to": day}))
            }[a["id"]] == later["start"]
    cancelled = ok(clerk.post(f"/appointments/{a['id']}/cancel", json={"reason": "ziek"}))
    assert (cancelled["status"], cancelled["revision"]) == ("cancelled", 3)
    assert later["start"] in {s["start"] for s in slots(clerk, advisor="advisor")}
    assert ok(clerk.post(f"/appointments/{a['id']}/cancel", json={})) == cancelled  # re-sent: the same
    assert ok(clerk.post(f"/appointments/{a['id']}/move", json={"start": later["start"]}), 409)["error"] \
        == "conflict"
    # The citizen's reference, as read out on the phone: case, spaces and dashes do not matter.
    ref = other["cancellation_ref"]
    spoken = f"{ref[:4].lower()} - {ref[4:]}"
    by_ref = ok(clerk.post("/appointments/cancel-by-reference", json={"cancellation_ref": spoken}))
    assert (by_ref["id"], by_ref["status"]) == (other["id"], "cancelled")
    r = clerk.post("/appointments/cancel-by-reference", json={"cancellation_ref": "ABCDEFGH"})
    assert r.status_code == 404 and "ABCDEFGH" in r.json()["message"]
    assert clerk.post(f"/appointments/{uuid.uuid4()}/cancel", json={}).status_code == 404


# ------------------------------------------------------------------------------- the synced record


CONTRACT_DATA = {"id", "person_id", "case_id", "desk", "starts_at", "ends_at", "advisor", "subject", "service",
                 "room", "place", "status", "persons", "cancellation_ref"}


def test_every_booking_move_and_cancel_is_the_synced_appointment_record_for_the_advisors_laptop(
        server: RunningServer, clerk: httpx.Client, clerk_api: Api) -> None:
    pid = person(clerk_api)
    with login(server.url, "coordinator") as coord:  # sees every person: may book for anyone
        s = slots(coord, advisor="advisor")[0]
        a = book(coord, s["start"], advisor="advisor", person_id=pid, reason="schulden")
    advisor = Api(server.url, "advisor")
    try:
        seen = advisor.changes()
        mine = [c for c in seen if c["entity"] == "appointment"]
        assert [c["id"] for c in mine] == [a["id"]]
        data = mine[0]["data"]
        assert set(data) == CONTRACT_DATA
        assert data == {"id": a["id"], "person_id": pid, "case_id": None, "desk": "sociaal_huis",
                        "starts_at": s["start"], "ends_at": s["end"], "advisor": "advisor", "subject": "schulden",
                        "service": SERVICE, "room": s["room"], "place": None, "status": "booked", "persons": 1,
                        "cancellation_ref": a["cancellation_ref"]}
        # The person comes with it, before it (a laptop applies the page in order).
        order = [c["entity"] for c in seen]
        assert "person" in order and order.index("person") < order.index("appointment")
        assert ok(clerk.post(f"/appointments/{a['id']}/cancel", json={}))["status"] == "cancelled"
        cursor = seen[-1]["seq"]
        later = [c for c in advisor.changes(cursor) if c["entity"] == "appointment"]
        assert [(c["revision"], c["data"]["status"]) for c in later] == [(2, "cancelled")]
    finally:
        advisor.http.close()


def test_the_advisor_gets_an_appointment_booked_without_a_person(server: RunningServer,
                                                                 clerk: httpx.Client) -> None:
    s = slots(clerk, advisor="advisor")[0]
    a = book(clerk, s["start"], advisor="advisor", reason="telefonisch gevraagd")
    with api_of(server.url, "advisor") as advisor, api_of(server.url, "outreach") as outreach:
        assert [(c["entity"], c["id"]) for c in advisor.changes()] == [("appointment", a["id"])]
        assert outreach.changes() == []  # not theirs


def test_a_clerk_cannot_book_for_a_person_outside_their_view(server: RunningServer, clerk: httpx.Client) -> None:
    with api_of(server.url, "advisor") as other:
        pid = person(other)
    s = slots(clerk)[0]
    r = clerk.post("/appointments", json={"request_id": str(uuid.uuid4()), "service": SERVICE, "start": s["start"],
                                          "person_id": pid})
    assert r.status_code == 403 and r.json()["message"] == "the record is outside your caseload"
    assert ok(clerk.get("/appointments", params={"from": today().isoformat(),
                                                 "to": (today() + dt.timedelta(days=30)).isoformat()})) == []


def test_a_home_visit_brings_the_person_to_the_outreach_workers_laptop(
        server: RunningServer, clerk: httpx.Client, clerk_api: Api,
        make_laptop: Callable[..., Laptop]) -> None:
    from desk_app.store.models import Appointment as LocalAppointment
    from desk_app.store.models import Person as LocalPerson

    pid = person(clerk_api, surname="Janssens")
    laptop = make_laptop("outreach-laptop", "outreach")
    laptop.client.sync_once()
    with laptop.loket.store.read() as s:
        assert s.get(LocalPerson, pid) is None  # not in the caseload yet

    s0 = slots(clerk, "huisbezoek", advisor="outreach")[0]
    assert s0["room"] is None
    visit = book(clerk, s0["start"], service="huisbezoek", advisor="outreach", person_id=pid,
                 place="Kerkstraat 1, 9999 Meerhoven", reason="intake thuis")
    assert (visit["place"], visit["room"], visit["advisor"]) == ("Kerkstraat 1, 9999 Meerhoven", None, "outreach")
    laptop.client.sync_once()
    with laptop.loket.store.read() as s:
        got = s.get(LocalPerson, pid)
        assert got is not None and got.surname == "Janssens"
        appt = s.get(LocalAppointment, visit["id"])
        assert appt is not None and (appt.advisor, appt.desk, appt.subject) == ("outreach", "buurtwerking",
                                                                                 "intake thuis")
    # On the outreach worker's own calendar.
    with login(server.url, "outreach") as outreach:
        day = local(s0["start"]).date().isoformat()
        assert [a["id"] for a in ok(outreach.get("/appointments", params={"from": day, "to": day}))] == [visit["id"]]
        # They may now record the visit's intake for the person (the person is in their caseload).
    with api_of(server.url, "outreach") as api:
        res = api.push(op("case", str(uuid.uuid4()), payload={"person_id": pid, "case_type": "parking_card",
                                                              "status": "received", "department": "buurtwerking"}))
        assert res[0]["status"] == "applied", res


# ------------------------------------------------------------------------------------------- messages


def test_confirmation_goes_once_in_the_citizens_channel_and_a_letter_waits_to_be_printed(
        server: RunningServer, casestore_db: str, outbox: Path, clerk: httpx.Client, clerk_api: Api) -> None:
    by_mail = person(clerk_api, preferred_channel="email", email="an@example.org", language="fr")
    by_letter = person(clerk_api, preferred_channel="letter")
    free = slots(clerk)
    rid = str(uuid.uuid4())
    a = book(clerk, free[0]["start"], person_id=by_mail, request_id=rid)
    book(clerk, free[0]["start"], person_id=by_mail, request_id=rid)  # re-sent: no second message
    mails = sorted(outbox.glob("*.eml"))
    assert len(mails) == 1
    msg = email.message_from_bytes(mails[0].read_bytes(), policy=email.policy.default)
    assert msg["To"] == "an@example.org" and msg["Subject"] == "Confirmation de votre rendez-vous"
    assert isinstance(msg, email.message.EmailMessage)
    body = msg.get_body()
    assert body is not None
    text = body.get_content()
    assert "Guidance budgétaire" in text and a["cancellation_ref"] in text
    assert local(a["start"]).strftime("%d/%m/%Y %H:%M") in text
    b = book(clerk, next(x["start"] for x in free if local(x["start"]) >= local(a["end"])), person_id=by_letter)
    assert len(list(outbox.glob("*.eml"))) == 1  # a letter is not e-mailed
    engine = make_engine(casestore_db)
    try:
        with make_sessionmaker(engine).begin() as s:
            notes = [r.data for r in s.scalars(select(Record).where(Record.entity == "notification"))]
    finally:
        engine.dispose()
    assert sorted((n["appointment_id"], n["kind"], n["channel"], n["delivery"]) for n in notes) == sorted([
        (a["id"], "confirmation", "email", "sent"), (b["id"], "confirmation", "letter", "to_print")])
    ok(clerk.post(f"/appointments/{a['id']}/cancel", json={}))
    ok(clerk.post(f"/appointments/{a['id']}/cancel", json={}))
    subjects = sorted(str(email.message_from_bytes(p.read_bytes(), policy=email.policy.default)["Subject"])
                      for p in outbox.glob("*.eml"))
    assert subjects == ["Confirmation de votre rendez-vous", "Votre rendez-vous est annulé"]


def test_the_reminder_goes_the_day_before_once_with_a_fixed_clock(
        server: RunningServer, casestore_db: str, outbox: Path, clerk: httpx.Client, clerk_api: Api,
        capsys: pytest.CaptureFixture[str]) -> None:
    pid = person(clerk_api, preferred_channel="sms", phone="+32470123456")
    free = slots(clerk, first=today() + dt.timedelta(days=3))
    a = book(clerk, free[0]["start"], person_id=pid)
    day = local(a["start"]).date()
    sms = {p.name for p in outbox.glob("*.sms.json")}
    assert len(sms) == 1  # the confirmation

    def remind(at: dt.datetime) -> set[str]:
        assert cli.main(["appointments", "remind", "--db", casestore_db, "--now", at.isoformat()]) == 0
        return {p.name for p in outbox.glob("*.sms.json")} - sms

    assert remind(dt.datetime.combine(day - dt.timedelta(days=2), dt.time(18), tzinfo=TZ)) == set()
    first = remind(dt.datetime.combine(day - dt.timedelta(days=1), dt.time(8), tzinfo=TZ))
    assert len(first) == 1
    assert "1 queued, 1 handed" in capsys.readouterr().out
    body = json.loads((outbox / next(iter(first))).read_text())
    assert body["to"] == "+32470123456" and "Herinnering: morgen" in body["text"]
    assert a["cancellation_ref"] in body["text"]
    # Run again later that day (or by a second server): nothing more.
    assert remind(dt.datetime.combine(day - dt.timedelta(days=1), dt.time(17), tzinfo=TZ)) == first
    assert "0 queued" in capsys.readouterr().out
    assert remind(dt.datetime.combine(day, dt.time(7), tzinfo=TZ)) == first  # not on the day itself
    assert cli.main(["appointments", "remind", "--db", casestore_db, "--now", "yesterday"]) == 2


# ------------------------------------------------------------------------------------------- check-in


@pytest.fixture
def open_all_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, outbox: Path) -> Path:
    """The demo city's shop folder, with an appointments file where the shop and the advisor work around
    the clock, so that a test can have an appointment today whatever time it runs."""
    folder = tmp_path / "shop"
    shutil.copytree(RESOURCES_DIR / "shop", folder)
    week = "{" + ", ".join(f'{d}: [["00:00", "24:00"]]' for d in appointments.WEEKDAYS) + "}"
    tomorrow = today() + dt.timedelta(days=1)
    (folder / "appointments.yaml").write_text(
        f"settings: {{grid_minutes: 15, check_in_shop: stadswinkel, opening_hours: {week}, "
        f"closing_days: ['{tomorrow:%m-%d}']}}\n"
        "departments: {sociaal_huis: {rooms: [spreekkamer-1]}}\n"
        "services:\n"
        "  - {code: budgetbegeleiding, names: {nl: Budget, fr: Budget, de: Budget, en: Budget}, minutes: 30,\n"
        "     department: sociaal_huis, queue_service: sociaal_huis}\n"
        f"advisors:\n  - {{username: advisor, department: sociaal_huis, services: [budgetbegeleiding], "
        f"hours: {week}}}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("LOKET_CASESTORE_SHOP_DIR", str(folder))
    return folder


def test_check_in_puts_the_appointment_in_the_walk_in_queue_before_earlier_walk_ins(
        open_all_day: Path, casestore_db: str) -> None:
    cfg = appointments.load_config(open_all_day)
    now = dt.datetime.now(TZ)
    start = dt.datetime.combine(now.date(), dt.time(0), tzinfo=TZ)  # today, earlier: its time has come
    engine = make_engine(casestore_db)
    try:
        with make_sessionmaker(engine).begin() as s:
            clerk_id = s.scalar(select(User.id).where(User.username == "clerk"))
        # Booked yesterday (the service with a fixed clock: over HTTP the time would be past by now).
        with make_sessionmaker(engine).begin() as s:
            booked, _ = appointments.book(
                s, Principal(clerk_id or 0, "clerk", "counter", "burgerzaken", "dev-1"), cfg,
                request_id="r-1", service=SERVICE, start=start, persons=1, person_id=None, advisor=None,
                reason="budget", place=None, now=start - dt.timedelta(hours=1))
    finally:
        engine.dispose()
    with contextlib.contextmanager(_serve)(casestore_db) as srv, login(srv.url) as c, \
            httpx.Client(base_url=f"{srv.url}/v1/queue", timeout=60, headers=dict(c.headers)) as q:
        walk_in = ok(q.post("/stadswinkel/tickets", json={"service": "sociaal_huis"}), 201)
        ticket = ok(c.post(f"/appointments/{booked['id']}/check-in", json={"shop": "stadswinkel"}))
        assert (ticket["service"], ticket["status"]) == ("sociaal_huis", "waiting")
        assert dt.datetime.fromisoformat(ticket["appointment_at"]) == start
        assert ok(c.post(f"/appointments/{booked['id']}/check-in", json={})) == ticket  # re-sent: the same
        called = ok(q.post("/stadswinkel/desks/themaloket-1/next"))["ticket"]
        assert called["id"] == ticket["id"]  # the appointment first, though the walk-in came earlier
        assert ok(q.post("/stadswinkel/desks/themaloket-1/next"))["ticket"]["id"] == walk_in["id"]
        day = now.date().isoformat()
        listed = ok(c.get("/appointments", params={"from": day, "to": day}))
        assert [(a["id"], a["status"]) for a in listed] == [(booked["id"], "checked_in")]
        # A closing day of the city (tomorrow here): no slots, no booking.
        tomorrow = now.date() + dt.timedelta(days=1)
        assert slots(c, first=tomorrow, days=1) == []
        r = c.post("/appointments", json={"request_id": "r-2", "service": SERVICE, "start": dt.datetime.combine(
            tomorrow, dt.time(10), tzinfo=TZ).isoformat()})
        assert r.status_code == 422 and r.json()["error"] == "closed_day"


def test_check_in_is_for_the_appointments_day(clerk: httpx.Client) -> None:
    a = book(clerk, slots(clerk, first=today() + dt.timedelta(days=2))[0]["start"])
    r = clerk.post(f"/appointments/{a['id']}/check-in", json={"shop": "stadswinkel"})
    assert r.status_code == 422 and r.json()["error"] == "not_today" and "that day only" in r.json()["message"]


# ---------------------------------------------------------------------------------- the computation


def test_free_slots_skip_public_holidays_and_closing_days_and_respect_rooms() -> None:
    cfg = appointments.load_config(RESOURCES_DIR / "shop")
    sv = cfg.services[SERVICE]
    advisors = cfg.advisors_for(SERVICE)
    before = int(dt.datetime(2026, 12, 1, tzinfo=TZ).timestamp())
    christmas = dt.date(2026, 12, 25)  # a Friday: the advisor works Friday mornings
    assert appointments.free_slots(cfg, sv, advisors, christmas, 1, 1, [], before) == []
    friday = dt.date(2026, 12, 18)
    got = appointments.free_slots(cfg, sv, advisors, friday, 1, 1, [], before)
    assert got and {a for _s, _e, a, _r in got} == {"advisor"}
    # 09:00–12:30 and the shop 08:30–12:30: 45 minutes every quarter from 09:00 to 11:45.
    assert [dt.datetime.fromtimestamp(s, TZ).strftime("%H:%M") for s, *_ in got] == [
        f"{h:02d}:{m:02d}" for h in range(9, 12) for m in (0, 15, 30, 45)]
    # Every room taken at 10:00–11:00: the advisor is free, but no slot overlaps that hour.
    ten = int(dt.datetime(2026, 12, 18, 10, tzinfo=TZ).timestamp())
    taken = [("someone", room, ten, ten + 3600) for room in cfg.rooms["sociaal_huis"]]
    free = appointments.free_slots(cfg, sv, advisors, friday, 1, 1, taken, before)
    assert all(e <= ten or s >= ten + 3600 for s, e, _a, _r in free) and free
    # Two persons: 60 minutes; the last start leaves the hour before closing.
    two = appointments.free_slots(cfg, sv, advisors, friday, 1, 2, [], before)
    assert dt.datetime.fromtimestamp(two[-1][0], TZ).strftime("%H:%M") == "11:30"


def test_a_bad_appointments_file_names_what_is_wrong(tmp_path: Path) -> None:
    good = (RESOURCES_DIR / "shop" / "appointments.yaml").read_text(encoding="utf-8")
    for broken, words in (
        (good.replace('["08:30", "12:30"]', '["12:30", "08:30"]', 1), "ends before it starts"),
        (good.replace("minutes: 45", "minutes: -5"), "minutes: must be a whole number above 0"),
        (good.replace("department: wonen\n    home_visit", "department: elders\n    home_visit"),
         "department 'elders' is not listed"),
        (good.replace("services: [huurpremie]", "services: [onbekend]"), "services must list"),
        ("settings: [", "cannot be read"),
    ):
        folder = tmp_path / str(uuid.uuid4())
        folder.mkdir()
        (folder / "appointments.yaml").write_text(broken, encoding="utf-8")
        with pytest.raises(appointments.AppointmentConfigError, match=words):
            appointments.load_config(folder)


def test_the_appointments_migration_goes_down_and_up(casestore_db: str) -> None:
    from tests.casestore.test_reports_migration import _migrate

    tables = {"cs_appointment", "cs_appointment_lock"}
    assert _migrate(casestore_db, "head", down=False) >= tables
    below = _migrate(casestore_db, "0004", down=True)
    assert not tables & below and "cs_queue_ticket" in below
    assert _migrate(casestore_db, "0005", down=False) >= tables
    _migrate(casestore_db, "head", down=False)


def test_a_running_case_store_sends_tomorrows_reminders_by_itself(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, outbox: Path, casestore_db: str) -> None:
    """Without a timer or anyone running the command, the case store sends tomorrow's reminders itself
    (``LOKET_CASESTORE_REMINDER_INTERVAL``), after an answer and off its time; each reminder once, also when
    several servers run (the tests turn the schedule off by default: tests/conftest.py)."""
    folder = tmp_path / "shop"
    shutil.copytree(RESOURCES_DIR / "shop", folder)
    week = "{" + ", ".join(f'{d}: [["00:00", "24:00"]]' for d in appointments.WEEKDAYS) + "}"
    (folder / "appointments.yaml").write_text(
        f"settings: {{grid_minutes: 15, opening_hours: {week}}}\n"
        "departments: {sociaal_huis: {rooms: [spreekkamer-1]}}\n"
        "services:\n"
        "  - {code: budgetbegeleiding, names: {nl: Budget, fr: Budget, de: Budget, en: Budget}, minutes: 30,\n"
        "     department: sociaal_huis, queue_service: sociaal_huis}\n"
        f"advisors:\n  - {{username: advisor, department: sociaal_huis, services: [budgetbegeleiding], "
        f"hours: {week}}}\n", encoding="utf-8")
    monkeypatch.setenv("LOKET_CASESTORE_SHOP_DIR", str(folder))
    start = dt.datetime.combine(today() + dt.timedelta(days=1), dt.time(10), tzinfo=TZ)

    def texts() -> list[str]:
        return sorted(json.loads(p.read_text())["text"] for p in outbox.glob("*.sms.json"))

    monkeypatch.setenv("LOKET_CASESTORE_REMINDER_INTERVAL", "0")  # booked on a server that does not remind
    with contextlib.contextmanager(_serve)(casestore_db) as srv, login(srv.url) as c, \
            api_of(srv.url, "clerk") as api:
        pid = person(api, preferred_channel="sms", phone="+32470123456")
        book(c, start.isoformat(), person_id=pid)
        ok(c.get("/health"))
    assert len(texts()) == 1 and not any("Herinnering" in t for t in texts())  # the confirmation only

    monkeypatch.setenv("LOKET_CASESTORE_REMINDER_INTERVAL", "3600")
    with contextlib.contextmanager(_serve)(casestore_db) as srv:
        ok(httpx.get(f"{srv.url}/v1/health", timeout=30))  # the first answer starts the run
        deadline = time.monotonic() + 60
        while not any("Herinnering" in t for t in texts()) and time.monotonic() < deadline:
            time.sleep(0.05)  # the reminder is a file the gateway writes: wait for it to be there
        reminders = [t for t in texts() if "Herinnering" in t]
        assert len(reminders) == 1 and "+32470123456" not in reminders[0], texts()
        for _ in range(3):  # more answers within the interval start nothing (and nothing is sent twice)
            ok(httpx.get(f"{srv.url}/v1/health", timeout=30))
    assert len([t for t in texts() if "Herinnering" in t]) == 1
