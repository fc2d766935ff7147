"""Who sees what: the cases a user's laptop receives (their caseload), and the checks of a record,
a case or a person against it."""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from sqlalchemy import ColumnElement, CompoundSelect, Select, false, func, or_, select, true
from sqlalchemy.orm import Session

from casestore import roles
from casestore.models import Change, Record, Subscription, utcnow
from casestore.services.common import Principal
from casestore.services.records import FeedWriter, _state

RECENT_ACTIVITY = dt.timedelta(days=30)


def visible_cases(p: Principal) -> Select[Any] | CompoundSelect[Any] | None:
    """The ids of the cases this user's laptop receives; ``None`` means all cases."""
    role, me = p.role, p.username
    if role == roles.COORDINATOR:
        return None
    is_case = Record.entity == "case"
    if role in (roles.ADMINISTRATOR, roles.MANAGEMENT):  # no case work: no records on their laptop
        return select(Record.id).where(false())
    if role == roles.THEME_DESK:
        cond: ColumnElement[bool] = or_(Record.assignee == me, Record.created_by == me)
        if p.department:
            cond = or_(cond, Record.department == p.department)
        return select(Record.id).where(is_case, cond)
    if role == roles.OUTREACH:
        # The caseload of their planned visits, plus what they registered themselves.
        own = select(Record.id).where(is_case, or_(Record.assignee == me, Record.created_by == me))
        visits = select(Record.case_id).where(
            Record.entity == "appointment", Record.assignee == me, Record.case_id.is_not(None)
        )
        return own.union(visits)
    # Counter clerk: on demand (subscriptions) plus recent activity of their own.
    since = utcnow() - RECENT_ACTIVITY
    own = select(Record.id).where(is_case, Record.created_by == me, Record.updated_at >= since)
    touched = select(Record.case_id).where(
        Record.created_by == me, Record.case_id.is_not(None), Record.updated_at >= since
    )
    subs = select(Subscription.case_id).where(Subscription.device_id == p.device_id)
    return own.union(touched, subs)


def feed_filter(p: Principal) -> ColumnElement[bool]:
    vis = visible_cases(p)
    if vis is None:
        return true()
    if p.role in (roles.ADMINISTRATOR, roles.MANAGEMENT):
        return false()
    vis_sub = vis.subquery()
    persons = select(Record.person_id).where(
        Record.entity == "case", Record.id.in_(select(vis_sub.c[0])), Record.person_id.is_not(None)
    )
    return or_(
        Change.created_by == p.username,
        Change.case_id.in_(select(vis_sub.c[0])),
        Change.person_id.in_(persons),
        Change.person_id.in_(planned_persons(p.username)),
        (Change.entity == "appointment") & Change.entity_id.in_(  # their own calendar, also without a person
            select(Record.id).where(Record.entity == "appointment", Record.assignee == p.username)),
    )


def planned_persons(username: str) -> Select[Any]:
    """The persons of the appointments (home visits, consultations) planned for this advisor: their laptop
    gets the person with the appointment, also before any case of theirs is in its view."""
    return select(Record.person_id).where(
        Record.entity == "appointment", Record.assignee == username, Record.person_id.is_not(None)
    )


class RecordLike(Protocol):
    """What the visibility rules read of a record: an ORM ``Record`` or a push's ``RecordState``."""

    @property
    def entity(self) -> str: ...
    @property
    def case_id(self) -> str | None: ...
    @property
    def person_id(self) -> str | None: ...
    @property
    def created_by(self) -> str | None: ...
    @property
    def assignee(self) -> str | None: ...
    @property
    def department(self) -> str | None: ...


def case_visible(s: Session, p: Principal, case_id: str, feed: FeedWriter | None = None) -> bool:
    rec: RecordLike | None = (
        _state(s, feed, "case", case_id) if feed is not None else s.get(Record, ("case", case_id))
    )
    if rec is None or p.role in (roles.ADMINISTRATOR, roles.MANAGEMENT):
        return False
    if p.role == roles.COORDINATOR or p.username in (rec.created_by, rec.assignee):
        return True  # the common cases, without the caseload query
    vis = visible_cases(p)
    assert vis is not None
    sub = vis.subquery()
    return s.scalar(select(func.count()).select_from(sub).where(sub.c[0] == case_id)) != 0


def record_visible(s: Session, p: Principal, rec: RecordLike, feed: FeedWriter | None = None) -> bool:
    if not private_note_seen(p, rec):
        return False
    if p.role == roles.COORDINATOR or rec.created_by == p.username:
        return True
    if rec.entity == "appointment" and rec.assignee == p.username:
        return True  # the advisor of an appointment (whose laptop has it: feed_filter's planned persons)
    if p.role in (roles.ADMINISTRATOR, roles.MANAGEMENT):
        return False
    if rec.case_id is not None:
        return case_visible(s, p, rec.case_id, feed)
    if rec.person_id is not None:
        vis = visible_cases(p)
        assert vis is not None
        sub = vis.subquery()
        q = select(func.count()).where(
            Record.entity == "case", Record.person_id == rec.person_id, Record.id.in_(select(sub.c[0]))
        )
        return (s.scalar(q) or 0) > 0
    return False


def person_visible(s: Session, p: Principal, person_id: str, feed: FeedWriter | None = None) -> bool:
    """Whether this user may see a person, and so link records (a case, an address, a note) to them:
    coordinators any; others a person they registered, or one with a case in their view, or (a citizen
    who comes back to the same desk) a case they registered or were assigned, however long ago."""
    if p.role == roles.COORDINATOR:
        return True
    if p.role in (roles.ADMINISTRATOR, roles.MANAGEMENT):
        return False
    person: RecordLike | None = (
        _state(s, feed, "person", person_id) if feed is not None else s.get(Record, ("person", person_id))
    )
    if person is None:
        return False
    if person.created_by == p.username:
        return True
    me = p.username
    of_person = (Record.entity == "case", Record.person_id == person_id)
    if s.scalar(select(Record.id).where(*of_person, or_(Record.created_by == me, Record.assignee == me)).limit(1)):
        return True
    if s.scalar(planned_persons(me).where(Record.person_id == person_id).limit(1)) is not None:
        return True  # a visit or consultation planned for them
    vis = visible_cases(p)
    assert vis is not None
    sub = vis.subquery()
    return s.scalar(select(Record.id).where(*of_person, Record.id.in_(select(sub.c[0]))).limit(1)) is not None


# Private notes (issue 16): an advisor's note marked private is for the users of their department only,
# whatever else they may see of the citizen or the case (coordinators and the author's colleagues of other
# departments included). The case store writes the author's department into the note (``data.department``
# and the record's ``department`` column; see ``casestore.services.push.note_department``); a note without
# one is not private.


def private_note_seen(p: Principal, rec: RecordLike) -> bool:
    """False for a private note of another department than the caller's (or a caller without one)."""
    return rec.entity != "note" or rec.department is None or rec.department == p.department


def private_notes_seen(p: Principal) -> ColumnElement[bool]:
    """The change feed's rule for private notes (``private_note_seen`` on ``cs_change``, which keeps the
    department in the note's data)."""
    department = Change.data["department"].as_string()
    seen = or_(Change.entity != "note", department.is_(None))
    return or_(seen, department == p.department) if p.department else seen
