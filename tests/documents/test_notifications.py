from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from desk_app.services import notifications
from desk_app.store.models import CaseAttachment, Notification, OutboxOperation, StatusChange

from .helpers import intake, make_person, pdf_text


@pytest.fixture
def app(empty_loket: Any) -> Any:
    empty_loket.settings.staff_name = "Joke Vermeulen"
    return empty_loket


def _notes(app: Any, ref: str) -> list[dict[str, Any]]:
    return notifications.notifications_for_case(app, ref)


def _ops(app: Any) -> list[OutboxOperation]:
    with app.store.read() as s:
        rows = list(s.scalars(select(OutboxOperation).where(OutboxOperation.entity == "notification")))
        s.expunge_all()
        return rows


def test_listener_is_installed_once(app: Any) -> None:
    notifications.install(app)
    assert sum(isinstance(x, notifications.Notifier) for x in app.cases.status_listeners) == 1


def test_counter_intake_sends_nothing_the_receipt_is_the_proof(app: Any) -> None:
    ref = intake(app, make_person(app), channel="counter")
    assert _notes(app, ref) == []


def test_letter_channel_prepares_a_letter_to_print(app: Any) -> None:
    ref = intake(app, make_person(app, language="de"))
    app.change_status(ref, "approved")
    [note] = _notes(app, ref)
    assert note["channel"] == "letter" and note["state"] == "to_print" and note["language"] == "de"
    assert "Ihr Antrag wurde genehmigt" in note["body"]
    assert "Kerkstraat 12" in note["recipient"]
    pdf = app.attachments.get(note["attachment_sha256"])
    text = pdf_text(pdf)
    assert "Nguyễn Çelik Šťastný" in text and ref in text and "Ihr Antrag wurde genehmigt." in text
    with app.store.read() as s:
        link = s.scalar(select(CaseAttachment).where(CaseAttachment.sha256 == note["attachment_sha256"]))
        assert link is not None
        assert s.scalar(select(OutboxOperation).where(OutboxOperation.entity == "case_attachment",
                                                      OutboxOperation.entity_id == link.id)) is not None
    assert _ops(app) == []  # letters are printed here, not sent by the gateway
    assert [n["id"] for n in notifications.pending(app, "to_print")] == [note["id"]]
    notifications.set_state(app, note["id"], "printed")
    assert notifications.pending(app, "to_print") == []


def test_statuses_without_notify_send_nothing(app: Any) -> None:
    ref = intake(app, make_person(app))
    app.change_status(ref, "in_progress")
    assert _notes(app, ref) == []


def test_email_is_queued_to_the_central_store_once(app: Any) -> None:
    pid = make_person(app, surname="Yılmaz", given="Zeynep", language="fr", channel="email",
                      email="zeynep@example.org")
    ref = intake(app, pid, channel="digital")  # not in person: "received" is sent too
    app.change_status(ref, "approved", "Votre budget de 370,50 € est accordé.")
    notes = _notes(app, ref)
    assert [n["channel"] for n in notes] == ["email", "email"] and {n["state"] for n in notes} == {"queued"}
    ops = _ops(app)
    assert len(ops) == 2
    with app.store.read() as s:
        changes = {c.status: c.id for c in s.scalars(select(StatusChange))}
    op = next(o for o in ops if o.payload["status"] == "approved")
    assert op.op_id == notifications.outbox_op_id(changes["approved"])
    assert op.entity_id == notifications.notification_id(changes["approved"])
    p = op.payload
    assert p["channel"] == "email" and p["recipient"] == "zeynep@example.org" and p["language"] == "fr"
    assert p["case_reference"] == ref and p["status_change_id"] == changes["approved"]
    assert p["subject"] == "Votre budget de qualité de vie pour « Buurtfeest Kerkstraat » a été approuvé"
    assert "annexe" not in p["body"]  # an e-mail has no annex: it does not say there is one
    assert "Votre budget de 370,50 € est accordé." in p["body"]


def test_same_status_change_is_never_notified_twice(app: Any) -> None:
    pid = make_person(app, channel="sms", phone="+32 470 12 34 56")
    ref = intake(app, pid)
    app.change_status(ref, "approved")
    notifier = next(x for x in app.cases.status_listeners if isinstance(x, notifications.Notifier))
    with app.store.write() as s:  # a retry delivers the same change again
        case = app.cases.find(s, ref)
        change = s.scalar(select(StatusChange).where(StatusChange.case_id == case.id,
                                                     StatusChange.status == "approved"))
        notifier(s, case, change)
        notifier(s, case, change)
    assert len(_notes(app, ref)) == 1
    [op] = _ops(app)
    assert op.payload["channel"] == "sms" and len(op.payload["body"]) <= notifications.SMS_MAX
    with app.store.read() as s:
        assert s.scalar(select(Notification.status_change_id)) == change.id


def test_phone_channel_makes_a_call_task(app: Any) -> None:
    ref = intake(app, make_person(app, channel="phone", phone="+32 9 123 45 67", language="en"))
    app.change_status(ref, "waiting_for_citizen")
    [note] = _notes(app, ref)
    assert note["channel"] == "phone" and note["state"] == "to_call" and note["recipient"] == "+32 9 123 45 67"
    assert app.catalogue.statuses["waiting_for_citizen"].text["en"] in note["body"]
    assert _ops(app) == []


def test_missing_contact_falls_back_to_a_letter(app: Any) -> None:
    pid = make_person(app, channel="phone", phone="+32 9 123 45 67")
    app.update_person(pid, preferred_channel="letter", phone=None)
    app.update_person(pid, preferred_channel="phone")  # phone preferred but no number on file
    ref = intake(app, pid)
    app.change_status(ref, "approved")
    [note] = _notes(app, ref)
    assert note["channel"] == "letter" and note["state"] == "to_print"


def test_a_broken_template_does_not_block_the_status_change(app: Any, tmp_path: Any, monkeypatch: Any) -> None:
    import shutil

    from desk_app.documents import templates

    root = tmp_path / "letters"
    shutil.copytree(templates.LETTERS_DIR, root)
    (root / "nl" / "livability_budget" / "approved.txt").write_text("subject: x\n---\n{oops}\n", "utf-8")
    monkeypatch.setattr(templates, "LETTERS_DIR", root)
    ref = intake(app, make_person(app))
    app.change_status(ref, "approved")
    assert app.case(ref).case["status"] == "approved"
    [note] = _notes(app, ref)
    assert note["state"] == "failed" and "{oops}" in note["body"]
