"""Documents for a case of an opened ``Loket``: what the UI (and the CLI) calls.

Every function owns its transaction. Generating a document for the screen is logged as ``show``;
``record_print`` logs ``print`` once the clerk really printed it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.documents.letters import LetterData, build_letter
from desk_app.documents.receipt import ReceiptData, build_receipt
from desk_app.documents.summary import build_budget_decision, build_case_summary
from desk_app.services import audit, outbox
from desk_app.services.cases import CaseInvalid, local_reference
from desk_app.services.persons import snapshot
from desk_app.services.records import to_dict
from desk_app.store.models import Case, CaseAttachment, Notification

if TYPE_CHECKING:
    from desk_app.app import Loket

GENERATED_PREFIX = "loket-"  # file names of documents Loket made itself (not listed as submitted)
KINDS = ("receipt", "letter", "summary", "decision")


@dataclass
class CaseBundle:
    case: dict[str, Any]
    reference: str
    person: dict[str, Any] | None
    attachments: list[dict[str, Any]]
    history: list[dict[str, Any]]
    notifications: list[dict[str, Any]]


def _bundle(s: Session, c: Case) -> CaseBundle:
    atts = [to_dict(a.attachment) | {"label": a.label} for a in c.attachments]
    notes = s.scalars(select(Notification).where(Notification.case_id == c.id).order_by(Notification.created_at))
    return CaseBundle(
        case=to_dict(c), reference=local_reference(c), person=snapshot(c.person) if c.person else None,
        attachments=[a for a in atts if not str(a.get("filename", "")).startswith(GENERATED_PREFIX)],
        history=[to_dict(h) for h in c.history], notifications=[to_dict(n) for n in notes],
    )


@contextmanager
def _case(loket: Loket, ref: str, action: str = "show", detail: str = "") -> Iterator[tuple[Session, Case]]:
    with loket.store.write() as s:
        c = loket.cases.find(s, ref)
        if c is None:
            raise CaseInvalid(f"no case '{ref}' on this laptop")
        audit.log(s, loket.actor, action, person_id=c.person_id, case_id=c.id, detail=detail)
        yield s, c


def case_bundle(loket: Loket, ref: str) -> CaseBundle:
    with _case(loket, ref, detail="documents") as (s, c):
        return _bundle(s, c)


def receipt_pdf(loket: Loket, ref: str, *, signature_png: bytes | None = None, language: str | None = None,
                issued_at: dt.datetime | None = None) -> bytes:
    """The intake receipt of a case (current reference: the local one until sync gives the official number)."""
    with _case(loket, ref, detail="receipt") as (s, c):
        b = _bundle(s, c)
    data = ReceiptData(case=b.case, reference=b.reference, person=b.person, attachments=b.attachments,
                       clerk_name=loket.settings.staff_name or loket.actor, location=loket.settings.location,
                       language=language, signature_png=signature_png,
                       issued_at=issued_at or dt.datetime.now(dt.UTC))
    return build_receipt(loket.catalogue, data)


def letter_pdf(loket: Loket, ref: str, status: str | None = None, language: str | None = None) -> bytes:
    """A status letter (the case's current status and the text of its last change by default)."""
    with _case(loket, ref, detail="letter") as (s, c):
        b = _bundle(s, c)
    status = status or str(b.case["status"])
    last = next((h for h in reversed(b.history) if h["status"] == status), None)
    data = LetterData(case=b.case, reference=b.reference, person=b.person, status=status,
                      status_text=last["citizen_text"] if last else None,
                      status_at=dt.datetime.fromisoformat(last["at"]) if last else None,
                      staff_name=loket.settings.staff_name, location=loket.settings.location, language=language)
    return build_letter(loket.catalogue, data)


def case_summary_pdf(loket: Loket, ref: str, language: str | None = None) -> bytes:
    with _case(loket, ref, detail="summary") as (s, c):
        b = _bundle(s, c)
    return build_case_summary(loket.catalogue, b.case, b.reference, b.person, b.history, b.attachments,
                              b.notifications, language or loket.settings.language, loket.settings.staff_name)


def budget_decision_pdf(loket: Loket, ref: str, granted: Decimal | str | None = None, motivation: str = "",
                        language: str | None = None) -> bytes:
    """The livability-budget decision (the case must be approved or rejected)."""
    with _case(loket, ref, detail="decision") as (s, c):
        b = _bundle(s, c)
    status = str(b.case["status"])
    if status not in ("approved", "rejected"):
        raise CaseInvalid(f"a decision needs the status approved or rejected (now: {status})")
    last = next((h for h in reversed(b.history) if h["status"] == status), None)
    data = LetterData(case=b.case, reference=b.reference, person=b.person, status=status,
                      status_text=last["citizen_text"] if last else None,
                      status_at=dt.datetime.fromisoformat(last["at"]) if last else None,
                      staff_name=loket.settings.staff_name, location=loket.settings.location, language=language)
    return build_budget_decision(loket.catalogue, data, granted, motivation)


# The decision letters the desk can print, by the name a case type declares (``decision_letter`` in its
# catalogue YAML; ``desk_app.catalogue.DECISION_LETTERS`` lists the same names for ``catalogue check``).
DECISIONS: dict[str, Callable[..., bytes]] = {"budget_decision": budget_decision_pdf}


def decision_pdf(loket: Loket, ref: str, language: str | None = None) -> bytes:
    """The decision letter the case's case type declares in the catalogue (the case page offers it only then)."""
    with loket.store.read() as s:  # (the letter's builder logs who looked at the case)
        c = loket.cases.find(s, ref)
        if c is None:
            raise CaseInvalid(f"no case '{ref}' on this laptop")
        code = c.case_type
    case_type = loket.catalogue.case_types.get(code)
    letter = case_type.decision_letter if case_type is not None else None
    if letter is None or letter not in DECISIONS:
        raise CaseInvalid(f"the case type {code} has no decision letter")
    return DECISIONS[letter](loket, ref, language=language)


def save_to_case(loket: Loket, ref: str, pdf: bytes, kind: str, label: str = "") -> str:
    """Store a generated PDF with the case (encrypted attachment + case_attachment link + outbox op, one
    transaction). Returns the attachment's SHA-256."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    with loket.store.write() as s:
        c = loket.cases.find(s, ref)
        if c is None:
            raise CaseInvalid(f"no case '{ref}' on this laptop")
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        att = loket.attachments.put(s, pdf, f"{GENERATED_PREFIX}{kind}-{local_reference(c)}-{stamp}.pdf",
                                    "application/pdf")
        link = CaseAttachment(id=str(uuid.uuid4()), case_id=c.id, sha256=att.sha256, label=(label or kind)[:200],
                              added_by=loket.actor)
        s.add(link)
        outbox.record_create(s, "case_attachment", link, loket.actor)
        return str(att.sha256)


def record_print(loket: Loket, ref: str, what: str) -> None:
    """Log in the audit log that a document of a case was printed."""
    with _case(loket, ref, action="print", detail=what):
        pass
