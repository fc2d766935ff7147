"""Cases: intake, status changes with the citizen-facing text, lists and work queues."""

from __future__ import annotations

import datetime as dt
import functools
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Insert, Select, Table, insert, select, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, make_transient_to_detached

from desk_app.catalogue import Catalogue, FormInvalid, Suggestion, text_in
from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.text import TextInvalid, clean_text
from desk_app.services import outbox
from desk_app.services.changes import ChangeSet
from desk_app.services.records import with_defaults
from desk_app.store.models import Base, Case, CaseAttachment, OutboxOperation, Person, StatusChange, utcnow

INTAKE_CHANNELS = ("counter", "phone", "email", "home_visit", "digital")
_TRACK_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


class CaseInvalid(ValueError):
    pass


def new_track_code() -> str:
    raw = "".join(secrets.choice(_TRACK_ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def local_reference(case: Case) -> str:
    """What the citizen and clerk see before the central number exists."""
    return case.case_number or f"L-{case.id[:8].upper()}"


@dataclass
class IntakeResult:
    case: Case
    suggestions: list[Suggestion]
    changes: ChangeSet


@dataclass
class CaseFilter:
    status: str | None = None
    department: str | None = None
    case_type: str | None = None
    overdue: bool = False
    open_only: bool = False
    assignee: str | None = None
    person_id: str | None = None
    limit: int = 100
    offset: int = 0


StatusListener = Callable[[Session, Case, StatusChange], None]
_OPEN_TYPES = text('SELECT DISTINCT case_type, status FROM "case" WHERE person_id = :person_id')
NEW_CASES = "loket_new_cases"  # session.info: ids of the cases saved in this transaction


@functools.cache
def _insert_of(table: Table) -> Insert:
    return insert(table)


def insert_new(session: Session, *objs: Base) -> None:
    """INSERT new records with one Core statement each and make them persistent in the session."""
    for obj in objs:
        with_defaults(obj)
        mapper = sa_inspect(obj).mapper
        for attr in mapper.column_attrs:  # every column loaded: no refresh query on first access
            if attr.key not in obj.__dict__:
                setattr(obj, attr.key, None)
        row = {attr.columns[0].key: getattr(obj, attr.key) for attr in mapper.column_attrs}
        session.execute(_insert_of(mapper.local_table), [row])
        make_transient_to_detached(obj)
        session.add(obj)


@dataclass
class CaseService:
    catalogue: Catalogue
    calendar: WorkingCalendar
    status_listeners: list[StatusListener] = field(default_factory=list)

    def intake(
        self,
        session: Session,
        actor: str,
        case_type: str,
        person: Person | None,
        answers: dict[str, Any],
        channel: str = "counter",
        fee_paid: bool | None = None,
        card_valid_until: dt.date | None = None,
        attachments: list[str] | None = None,
        today: dt.date | None = None,
    ) -> IntakeResult:
        try:
            ct = self.catalogue.case_type(case_type)
        except KeyError as exc:
            raise CaseInvalid(str(exc.args[0])) from None
        if channel not in INTAKE_CHANNELS:
            raise CaseInvalid(f"channel must be one of {', '.join(INTAKE_CHANNELS)}")
        clean = self.catalogue.validate_answers(ct, answers)  # raises FormInvalid
        today = today or dt.date.today()
        fee = self.catalogue.fee_cents(ct, clean)
        paid = fee == 0 if fee_paid is None else bool(fee_paid)
        now = utcnow()
        # 32**8 codes: a clash with a stored one is a one-in-a-million event at a million cases; the unique
        # index refuses it and the caller saves again with a new code (see Loket.intake).
        track = new_track_code()
        case = Case(
            id=str(uuid.uuid4()), track_code=track, case_type=ct.code,
            person_id=person.id if person else None, channel=channel, status=ct.initial_status,
            department=ct.department, answers=clean, fee_cents=fee, fee_paid=paid,
            expected_date=self.calendar.add_working_days(today, ct.processing_days_for(clean)).isoformat(),
            created_at=now, created_by=actor, updated_at=now,
        )
        lang = person.language if person else "nl"
        change = self._new_status(actor, case, ct.initial_status, None, lang, now)
        # The hot path of the counter: the case, its first status and their two outbox operations go in as
        # three Core INSERTs (the ORM unit of work would cost several milliseconds more per intake); the
        # objects are then attached to the session as the persistent records they now are.
        ops = [outbox.create_row("case", case, actor, session),
               outbox.create_row("status_change", change, actor, session)]
        insert_new(session, case, change)
        session.execute(_insert_of(OutboxOperation.__table__), ops)
        session.info.setdefault(NEW_CASES, set()).add(case.id)
        changes = ChangeSet(cases={case.id}, outbox=2)
        if person is not None:
            changes.persons.add(person.id)
        for sha in attachments or []:
            link = CaseAttachment(id=str(uuid.uuid4()), case_id=case.id, sha256=sha, added_by=actor)
            session.add(link)
            outbox.record_create(session, "case_attachment", link, actor)
            changes.attachments.add(sha)
            changes.outbox += 1
        for listener in self.status_listeners:
            listener(session, case, change)
        open_types = self.open_case_types(session, person.id) if person else set()
        if card_valid_until is None and person is not None and person.card_valid_until:
            card_valid_until = dt.date.fromisoformat(person.card_valid_until)
        suggestions = self.catalogue.suggestions(
            ct.code, clean, fee_unpaid=not paid, card_valid_until=card_valid_until,
            open_case_types=open_types - {ct.code}, today=today,
        )
        return IntakeResult(case, suggestions, changes)

    def open_case_types(self, session: Session, person_id: str) -> set[str]:
        finals = {c for c, s in self.catalogue.statuses.items() if s.final}
        rows = session.execute(_OPEN_TYPES, {"person_id": person_id})  # a person has few cases: filter here
        return {case_type for case_type, status in rows if status not in finals}

    def change_status(
        self, session: Session, actor: str, case: Case, status: str, citizen_text: str | None = None
    ) -> ChangeSet:
        ct = self.catalogue.case_type(case.case_type)
        if status not in ct.statuses:
            raise CaseInvalid(
                f"'{status}' is not a status of {ct.code} (possible: {', '.join(ct.statuses)})"
            )
        if status == case.status:
            raise CaseInvalid(f"the case already has status '{status}'")
        if self.catalogue.statuses[case.status].final:
            raise CaseInvalid(f"the case is closed ({case.status}); it cannot change status")
        if citizen_text is not None:
            try:
                citizen_text = clean_text(citizen_text, multiline=True)
            except TextInvalid as exc:
                raise CaseInvalid(f"Text for the citizen: {exc}.") from None
        lang = case.person.language if case.person else "nl"
        previous = {"status": case.status}
        case.status = status
        case.updated_at = utcnow()
        outbox.record_update(session, "case", case.id, {"status": status}, previous, case.revision, actor)
        changes = ChangeSet(cases={case.id}, outbox=1)
        return changes.merge(self._add_status(session, actor, case, status, citizen_text, lang, case.updated_at,
                                              base=previous["status"]))

    def _new_status(self, actor: str, case: Case, status: str, citizen_text: str | None, lang: str,
                    at: dt.datetime) -> StatusChange:
        text_ = citizen_text if citizen_text is not None else text_in(self.catalogue.statuses[status].text, lang)
        return StatusChange(id=str(uuid.uuid4()), case_id=case.id, status=status, at=at, actor=actor,
                            citizen_text=text_)

    def _add_status(
        self, session: Session, actor: str, case: Case, status: str, citizen_text: str | None, lang: str,
        at: dt.datetime, base: str | None = None,
    ) -> ChangeSet:
        change = self._new_status(actor, case, status, citizen_text, lang, at)
        session.add(change)
        op = outbox.record_create(session, "status_change", change, actor)
        if base is not None:
            # The status it was based on: the case store refuses to apply it over a status someone else set
            # meanwhile, and reports a conflict instead (a person decides).
            op.payload = {**op.payload, "previous_status": base}
            op.base_revision = case.revision
        for listener in self.status_listeners:
            listener(session, case, change)
        return ChangeSet(cases={case.id}, outbox=1)

    def query(self, f: CaseFilter, today: dt.date | None = None) -> Select[Case]:
        q = select(Case)
        if f.status:
            q = q.where(Case.status == f.status)
        if f.department:
            q = q.where(Case.department == f.department)
        if f.case_type:
            q = q.where(Case.case_type == f.case_type)
        if f.assignee:
            q = q.where(Case.assignee == f.assignee)
        if f.person_id:
            q = q.where(Case.person_id == f.person_id)
        finals = [c for c, s in self.catalogue.statuses.items() if s.final]
        if f.open_only or f.overdue:
            q = q.where(Case.status.not_in(finals))
        if f.overdue:
            q = q.where(Case.expected_date < (today or dt.date.today()).isoformat())
            return q.order_by(Case.expected_date).limit(f.limit).offset(f.offset)
        return q.order_by(Case.created_at.desc()).limit(f.limit).offset(f.offset)

    def find(self, session: Session, ref: str) -> Case | None:
        """By local id, central case number, track code or local reference ``L-XXXXXXXX``."""
        ref = ref.strip()
        case = session.get(Case, ref)
        if case:
            return case
        case = session.scalar(select(Case).where((Case.case_number == ref) | (Case.track_code == ref.upper())))
        if case:
            return case
        if ref.upper().startswith("L-") and len(ref) == 10:
            prefix = ref[2:].lower()
            return session.scalar(select(Case).where(Case.id.like(prefix + "%")))
        return None


__all__ = ["CaseFilter", "CaseInvalid", "CaseService", "FormInvalid", "IntakeResult", "local_reference"]
