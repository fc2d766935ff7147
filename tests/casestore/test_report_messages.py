"""Messages to the reporters of citizen reports (issue 15) over HTTP on the real case store (SQLite and
PostgreSQL): each status that tells the citizen makes one message per reporter with a contact channel, in
their language and channel with the category's text (e-mail and SMS really reach the gateway's folder, a
letter waits to be printed with the person's current address, a call waits with its script); a status that
does not tell, an anonymous reporter or one without a channel: nothing; a change sent twice or told twice:
still one; a "me too" reporter hears too; printing and calling are recorded and audited; other roles: 403."""

from __future__ import annotations

import email
import email.message
import email.policy
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from sqlalchemy import func, select

from casestore.db import make_engine, make_sessionmaker
from casestore.embedded import RunningServer
from casestore.models_reports import Report, ReportMessage, ReportStatusChange
from casestore.services import report_messages
from tests.casestore.fixtures import _serve
from tests.casestore.test_service import Api, op

HERE = (51.0259, 4.4776)


@pytest.fixture
def outbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "outbox"
    monkeypatch.setenv("LOKET_CASESTORE_OUTBOX", str(folder))
    return folder


@pytest.fixture
def server(outbox: Path, casestore_db: str) -> Iterator[RunningServer]:
    yield from _serve(casestore_db)


def _api(server: RunningServer, user: str) -> Iterator[Api]:
    a = Api(server.url, user)
    yield a
    a.http.close()


@pytest.fixture
def coordinator(server: RunningServer) -> Iterator[Api]:
    yield from _api(server, "coordinator")


@pytest.fixture
def clerk(server: RunningServer) -> Iterator[Api]:
    yield from _api(server, "clerk")


def person(api: Api, *, address: bool = True, **data: Any) -> str:
    pid = str(uuid.uuid4())
    ops = [op("person", pid, payload={"surname": "Schmitt", "given_names": "Jonas", "national_number": None,
                                      **data})]
    if address:
        ops.append(op("address", str(uuid.uuid4()), payload={
            "person_id": pid, "street_and_number": "Kerkstraat 12", "postal_code": "9999",
            "municipality": "Meerhoven"}))
    res = api.push(*ops)
    assert all(r["status"] == "applied" for r in res), res
    return pid


def report(api: Api, reporters: list[dict[str, Any]], category: str = "zwerfvuil") -> dict[str, Any]:
    r = api.http.post("/v1/reports", json={"category": category, "description": "Zakken naast de glasbol",
                                           "lat": HERE[0], "lon": HERE[1], "channel": "counter",
                                           "reporters": reporters})
    assert r.status_code == 201, r.text
    return dict(r.json())


def status(api: Api, rid: str, new: str, expect: int = 200, **extra: Any) -> dict[str, Any]:
    r = api.http.post(f"/v1/reports/{rid}/status", json={"status": new, **extra})
    assert r.status_code == expect, r.text
    return dict(r.json())


def messages(api: Api, rid: str, expect: int = 200) -> list[dict[str, Any]]:
    r = api.http.get(f"/v1/reports/{rid}/messages")
    assert r.status_code == expect, r.text
    return list(r.json()) if expect == 200 else []


def four_reporters(clerk: Api) -> list[dict[str, Any]]:
    letter_pid = person(clerk, language="de")
    return [
        {"first_name": "Els", "last_name": "Peeters", "email": "els@example.org", "language": "nl",
         "contact_channel": "mail"},
        {"first_name": "Luc", "last_name": "Dubois", "phone": "+32 470 12 34 56", "language": "fr",
         "contact_channel": "sms"},
        {"person_id": letter_pid, "language": "de", "contact_channel": "letter"},
        {"first_name": "Sam", "last_name": "Smith", "phone": "+32 471 00 00 00", "language": "en",
         "contact_channel": "phone"},
        {"email": "geen.kanaal@example.org", "language": "nl"},  # no channel: never told
    ]


def test_a_told_status_reaches_every_reporter_in_their_language_and_channel(
        coordinator: Api, clerk: Api, outbox: Path) -> None:
    rep = report(clerk, four_reporters(clerk))
    rid = rep["id"]
    got = messages(coordinator, rid)
    # "gemeld" tells: the report was received; four reporters have a channel, the fifth has none.
    assert [(m["language"], m["channel"], m["status"]) for m in got] == [
        ("nl", "mail", "gemeld"), ("fr", "sms", "gemeld"), ("de", "letter", "gemeld"), ("en", "phone", "gemeld")]
    nl, fr, de, en = got
    assert nl["state"] == "sent" and fr["state"] == "sent" and nl["done_by"] == "gateway"
    assert nl["body"].startswith("Beste Els Peeters,") and "melding over Zwerfvuil" in nl["body"]
    assert rid in nl["body"] and "Stad Meerhoven" in nl["body"] and nl["subject"] == f"Uw melding {rid}: Gemeld"
    assert fr["body"].startswith("Ville de Meerhoven : ") and "Déchets sauvages" in fr["body"]
    assert de["state"] == "to_print" and de["reporter_name"] == "Jonas Schmitt"
    assert de["body"].startswith("Guten Tag Jonas Schmitt,") and "Herumliegender Abfall" in de["body"]
    assert de["address"] == ["Kerkstraat 12", "9999 Meerhoven"] and de["note"] is None
    assert en["state"] == "to_call" and en["phone"] == "+32 471 00 00 00"
    assert en["body"].startswith("Good morning, this is [your name] from the city of Meerhoven.")
    # The deadline as a date in each language (e.g. "12 januari 2027", "12. Januar 2027").
    y, m, d = (int(x) for x in rep["deadline"].split("-"))
    assert f"uiterlijk op {d} {report_messages._MONTHS['nl'][m - 1]} {y}" in nl["body"]
    assert f"bis zum {d}. {report_messages._MONTHS['de'][m - 1]} {y}" in de["body"]
    # The gateway really received the e-mail and the SMS.
    mails = sorted(outbox.glob("*.eml"))
    sms = sorted(outbox.glob("*.sms.json"))
    assert len(mails) == 1 and len(sms) == 1
    mail = email.message_from_bytes(mails[0].read_bytes(), policy=email.policy.default)
    assert isinstance(mail, email.message.EmailMessage)
    assert mail["To"] == "els@example.org" and mail["Subject"] == nl["subject"]
    assert mail["Content-Language"] == "nl"
    part = mail.get_body()
    assert part is not None and part.get_content().strip() == nl["body"].strip()
    text = json.loads(sms[0].read_text(encoding="utf-8"))
    assert text["to"] == "+32 470 12 34 56" and text["text"] == fr["body"] and text["case_reference"] == rid

    # A status that does not tell the citizen: nothing new, nothing sent.
    status(coordinator, rid, "in_behandeling")
    assert len(messages(coordinator, rid)) == 4
    # A told status with a reason: four more, each in its channel; two more files for the gateway.
    status(coordinator, rid, "wacht_op_derde", note="De Lijn moet eerst de schuilhuisjes verplaatsen")
    later = messages(coordinator, rid)[4:]
    assert [(m["channel"], m["status"]) for m in later] == [
        ("mail", "wacht_op_derde"), ("sms", "wacht_op_derde"), ("letter", "wacht_op_derde"),
        ("phone", "wacht_op_derde")]
    assert len(list(outbox.glob("*.eml"))) == 2 and len(list(outbox.glob("*.sms.json"))) == 2


def test_anonymous_reports_and_reporters_without_channel_are_never_told(coordinator: Api, clerk: Api,
                                                                          outbox: Path) -> None:
    anon = report(clerk, [])
    quiet = report(clerk, [{"email": "stil@example.org", "language": "nl"}])
    for rid in (anon["id"], quiet["id"]):
        status(coordinator, rid, "ingepland")
        status(coordinator, rid, "afgehandeld")
        assert messages(coordinator, rid) == []
    # An anonymous reporter cannot ask to be told either.
    r = clerk.http.post("/v1/reports", json={"category": "zwerfvuil", "description": "x", "lat": HERE[0],
                                             "lon": HERE[1], "channel": "phone",
                                             "reporters": [{"language": "nl", "contact_channel": "sms"}]})
    assert r.status_code == 400 and "anonymous" in r.json()["message"]
    assert not outbox.exists() or not list(outbox.iterdir())


def test_a_change_sent_twice_or_told_twice_tells_once(coordinator: Api, clerk: Api, outbox: Path,
                                                       casestore_db: str) -> None:
    rid = report(clerk, [{"first_name": "Els", "email": "els@example.org", "language": "nl",
                          "contact_channel": "mail"}])["id"]
    request_id = str(uuid.uuid4())
    status(coordinator, rid, "ingepland", request_id=request_id)
    status(coordinator, rid, "ingepland", request_id=request_id)  # a laptop syncing again
    assert [m["status"] for m in messages(coordinator, rid)] == ["gemeld", "ingepland"]
    assert len(list(outbox.glob("*.eml"))) == 2
    # The service told again of the same change (e.g. a retried transaction): nothing new.
    engine = make_engine(casestore_db)
    try:
        with make_sessionmaker(engine).begin() as s:
            rep = s.get(Report, rid)
            assert rep is not None
            for change in s.scalars(select(ReportStatusChange).where(ReportStatusChange.report_id == rid)):
                assert report_messages.tell_reporters(s, rep, change) == []
            assert s.scalar(select(func.count()).select_from(ReportMessage)
                            .where(ReportMessage.report_id == rid)) == 2
    finally:
        engine.dispose()


def test_a_me_too_reporter_hears_the_outcome_too(coordinator: Api, clerk: Api, outbox: Path) -> None:
    rid = report(clerk, [{"first_name": "Els", "email": "els@example.org", "language": "nl",
                          "contact_channel": "mail"}])["id"]
    r = clerk.http.post(f"/v1/reports/{rid}/reporters", json={
        "first_name": "Marie", "phone": "0470 99 88 77", "language": "fr", "contact_channel": "sms"})
    assert r.status_code == 200, r.text
    # The "me too" reporter hears at once that the report was received, in French by SMS.
    received = [m for m in messages(coordinator, rid) if m["status"] == "gemeld"]
    assert [(m["reporter_name"], m["channel"], m["state"]) for m in received] == [
        ("Els", "mail", "sent"), ("Marie", "sms", "sent")]
    assert received[1]["body"].startswith("Ville de Meerhoven : Nous avons bien reçu votre signalement")
    status(coordinator, rid, "afgehandeld")
    done = [m for m in messages(coordinator, rid) if m["status"] == "afgehandeld"]
    assert [(m["reporter_name"], m["language"], m["channel"], m["state"]) for m in done] == [
        ("Els", "nl", "mail", "sent"), ("Marie", "fr", "sms", "sent")]
    assert "Déchets sauvages" in done[1]["body"]
    sent = [json.loads(p.read_text(encoding="utf-8")) for p in outbox.glob("*.sms.json")]
    assert [x["to"] for x in sent] == ["0470 99 88 77"] * 2


def test_letters_and_calls_are_worked_off_recorded_and_audited(coordinator: Api, clerk: Api,
                                                                server: RunningServer) -> None:
    moved_away = person(clerk, address=False, language="fr")
    rid = report(clerk, [{"person_id": moved_away, "language": "fr", "contact_channel": "letter"},
                         {"first_name": "Sam", "phone": "+32 471 00 00 00", "language": "en",
                          "contact_channel": "phone"}])["id"]
    r = coordinator.http.get("/v1/reports/messages", params={"state": "to_print"})
    assert r.status_code == 200, r.text
    letter = next(m for m in r.json() if m["report_id"] == rid)
    # No address known: the letter still waits, and says what is missing.
    assert letter["address"] is None and "no postal address" in letter["note"]
    assert letter["body"].startswith("Madame, Monsieur Jonas Schmitt,")
    calls = coordinator.http.get("/v1/reports/messages", params={"state": "to_call", "limit": 500}).json()
    call = next(m for m in calls if m["report_id"] == rid)

    r = coordinator.http.post(f"/v1/reports/messages/{letter['id']}/done", json={"outcome": "printed"})
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "printed" and r.json()["done_by"] == "coordinator" and r.json()["done_at"]
    again = coordinator.http.post(f"/v1/reports/messages/{letter['id']}/done", json={"outcome": "printed"})
    assert again.status_code == 200 and again.json()["done_at"] == r.json()["done_at"]  # unchanged
    wrong = coordinator.http.post(f"/v1/reports/messages/{call['id']}/done", json={"outcome": "printed"})
    assert wrong.status_code == 409 and "phone message" in wrong.json()["message"]
    r = coordinator.http.post(f"/v1/reports/messages/{call['id']}/done", json={"outcome": "unreachable"})
    assert r.status_code == 200 and r.json()["state"] == "unreachable"
    late = coordinator.http.post(f"/v1/reports/messages/{call['id']}/done", json={"outcome": "called"})
    assert late.status_code == 409 and "already unreachable" in late.json()["message"]
    todo = coordinator.http.get("/v1/reports/messages", params={"state": "to_print"}).json()
    assert letter["id"] not in {m["id"] for m in todo}

    admin = Api(server.url, "admin")
    try:
        log = admin.http.get("/v1/admin/audit").json()
    finally:
        admin.http.close()
    actions = {(e["action"], e["actor"], e["case_id"]) for e in log}
    assert ("report_message_printed", "coordinator", rid) in actions
    assert ("report_message_unreachable", "coordinator", rid) in actions
    printed = next(e for e in log if e["action"] == "report_message_printed" and e["case_id"] == rid)
    assert printed["person_id"] == moved_away
    assert ("report_messages_listed", "coordinator", None) in actions


def test_other_roles_are_refused_and_hostile_input_answers_4xx(coordinator: Api, clerk: Api,
                                                                server: RunningServer) -> None:
    rid = report(coordinator, [{"first_name": "Sam", "phone": "+32 471 00 00 00", "language": "en",
                                "contact_channel": "phone"}])["id"]
    mine = report(clerk, [])["id"]
    assert messages(clerk, mine) == []  # the front line reads the messages of a report it took
    r = clerk.http.get(f"/v1/reports/{rid}/messages")
    assert r.status_code == 403 and "reports you took" in r.json()["message"]
    mid = messages(coordinator, rid)[0]["id"]
    assert clerk.http.get("/v1/reports/messages", params={"state": "to_call"}).status_code == 403
    assert clerk.http.post(f"/v1/reports/messages/{mid}/done", json={"outcome": "called"}).status_code == 403
    manager = Api(server.url, "manager")
    try:
        assert manager.http.get(f"/v1/reports/{rid}/messages").status_code == 403
        assert manager.http.get("/v1/reports/messages", params={"state": "to_print"}).status_code == 403
    finally:
        manager.http.close()
    for bad in ("../etc", "M2026\x00", "a" * 65, "١٢٣\r\n"):
        r = coordinator.http.get(f"/v1/reports/{quote(bad, safe='')}/messages")
        assert r.status_code in (404, 422), (bad, r.status_code)
    assert coordinator.http.get("/v1/reports/M2099-999999/messages").status_code == 404
    for body in ({"outcome": "burned"}, {"outcome": "called", "extra": 1}, {}, {"outcome": "called\x00"}):
        assert coordinator.http.post(f"/v1/reports/messages/{mid}/done", json=body).status_code == 422
    assert coordinator.http.post("/v1/reports/messages/99999999999/done",
                                 json={"outcome": "called"}).status_code == 404
    assert coordinator.http.post(f"/v1/reports/messages/{2**70}/done", json={"outcome": "called"}).status_code == 422
    assert coordinator.http.get("/v1/reports/messages", params={"state": "sent"}).status_code == 422
    assert coordinator.http.get("/v1/reports/messages",
                                params={"state": "to_call", "limit": 10**9}).status_code == 422
    assert messages(coordinator, rid)[0]["state"] == "to_call"  # nothing half-written


def test_a_gateway_that_is_down_leaves_the_message_queued_until_the_next_sweep(
        casestore_db: str, outbox: Path) -> None:
    outbox.write_text("not a folder")  # the gateway cannot write: OSError, the messages stay queued
    for first in _serve(casestore_db):
        clerk, coordinator = Api(first.url, "clerk"), Api(first.url, "coordinator")
        rid = report(clerk, [{"first_name": "Els", "email": "els@example.org", "language": "nl",
                              "contact_channel": "mail"}])["id"]
        assert [m["state"] for m in messages(coordinator, rid)] == ["queued"]
        clerk.http.close()
        coordinator.http.close()
    outbox.unlink()
    # The case store starts again: its first push hands over whatever is queued, the message follows.
    for again in _serve(casestore_db):
        clerk, coordinator = Api(again.url, "clerk"), Api(again.url, "coordinator")
        person(clerk)
        got = messages(coordinator, rid)
        assert [(m["state"], m["done_by"]) for m in got] == [("sent", "gateway")]
        mail = email.message_from_bytes(next(outbox.glob("*.eml")).read_bytes(), policy=email.policy.default)
        assert mail["To"] == "els@example.org" and rid in mail["Subject"]
        clerk.http.close()
        coordinator.http.close()
