"""E-mails and SMS for the citizen travel through the outbox to the case store, which hands each to its
gateway exactly once (embedded default: files in an outbox folder), on SQLite and PostgreSQL."""

from __future__ import annotations

import email
import email.policy
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desk_app.services import notifications
from desk_app.store.models import Notification, OutboxOperation
from tests.casestore.fixtures import Laptop


def _outbox() -> Path:
    return Path(os.environ["LOKET_CASESTORE_OUTBOX"])


def _person(loket: Any, channel: str, **contact: str) -> str:
    pid, _ = loket.create_person(surname="Šťastný", given_names="Zeynep", language="fr",
                                 preferred_channel=channel, **contact)
    return str(pid)


def _case_id(loket: Any, ref: str) -> str:
    with loket.store.read() as s:
        case = loket.cases.find(s, ref)
        return str(case.id)


def _states(loket: Any) -> list[str]:
    with loket.store.read() as s:
        return sorted(n.state for n in s.scalars(select(Notification)))


def test_email_reaches_the_gateway_once_even_when_the_push_is_repeated(
    make_laptop: Callable[..., Laptop],
) -> None:
    lap = make_laptop("clerk-laptop", "clerk")
    pid = _person(lap.loket, "email", email="zeynep@example.org")
    _, ref = lap.loket.intake("complaint", pid, {"subject": "Lawaai", "description": "Nachtlawaai"},
                              channel="digital")
    lap.loket.change_status(ref, "in_progress")
    lap.loket.change_status(ref, "closed", "Votre plainte est fondée.")
    assert _states(lap.loket) == ["queued", "queued"]  # "received" and "closed" notify; in_progress not

    res = lap.client.sync_once()
    assert res.rejected == 0
    files = sorted(_outbox().glob("*.eml"))
    assert len(files) == 2
    assert _states(lap.loket) == ["sent", "sent"]
    with lap.loket.store.read() as s:
        notes = {n.id: n for n in s.scalars(select(Notification))}
    msgs = {f.name.removesuffix(".eml"): email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
            for f in files}
    assert set(msgs) == set(notes)
    approved = next(m for m in msgs.values() if "Votre plainte est fondée." in m.get_content())
    assert approved["To"] == "zeynep@example.org"
    assert approved["Content-Language"] == "fr"
    assert approved["Message-ID"].startswith("<") and approved["Subject"]

    # The server's view of the case lists both messages as sent (a coordinator sees it too).
    view = lap.client.transport.request("GET", f"/v1/cases/{_case_id(lap.loket, ref)}")
    assert sorted(n["delivery"] for n in view["notifications"]) == ["sent", "sent"]
    assert {n["status"] for n in view["notifications"]} == {"received", "closed"}

    # A retry after a lost answer: the same operations are sent again. Nothing is sent twice.
    stamps = {f.name: f.stat().st_mtime_ns for f in files}
    with lap.loket.store.write() as s:
        for op in s.scalars(select(OutboxOperation).where(OutboxOperation.entity == "notification")):
            op.state = "pending"
    again = lap.client.sync_once()
    assert again.duplicates == 2
    assert {f.name: f.stat().st_mtime_ns for f in _outbox().glob("*.eml")} == stamps

    # Notifications never travel down the change feed to other laptops.
    other = make_laptop("coordinator-laptop", "coordinator")
    assert other.client.sync_once().rejected == 0
    with other.loket.store.read() as s:
        assert s.scalars(select(Notification)).all() == []


def test_sms_is_written_for_the_sms_gateway(make_laptop: Callable[..., Laptop]) -> None:
    lap = make_laptop("clerk-laptop", "clerk")
    pid = _person(lap.loket, "sms", phone="+32 470 12 34 56")
    _, ref = lap.loket.intake("complaint", pid, {"subject": "Put", "description": "Put in de weg"})
    lap.loket.change_status(ref, "closed")
    lap.client.sync_once()
    [f] = list(_outbox().glob("*.sms.json"))
    sms = json.loads(f.read_text())
    assert sms["to"] == "+32 470 12 34 56"
    assert len(sms["text"]) <= notifications.SMS_MAX and sms["track_code"] in sms["text"]
    assert _states(lap.loket) == ["sent"]


def test_a_notification_the_server_refuses_is_kept_with_its_reason(make_laptop: Callable[..., Laptop]) -> None:
    lap = make_laptop("clerk-laptop", "clerk")
    pid = _person(lap.loket, "email", email="zeynep@example.org")
    _, ref = lap.loket.intake("complaint", pid, {"subject": "Lawaai", "description": "Nachtlawaai"})
    lap.loket.change_status(ref, "closed")
    with lap.loket.store.write() as s:  # a broken address slipped through
        op = s.scalars(select(OutboxOperation).where(OutboxOperation.entity == "notification")).one()
        op.payload = {**op.payload, "recipient": "not-an-address"}
    res = lap.client.sync_once()
    assert res.rejected == 1
    assert not any(_outbox().glob("*.eml"))
    assert _states(lap.loket) == ["refused"]
    with lap.loket.store.read() as s:
        op = s.scalars(select(OutboxOperation).where(OutboxOperation.entity == "notification")).one()
        assert op.state == "rejected" and "not an e-mail address" in op.result["error"]
