"""The case store's logic, independent of HTTP: sign-in, push (exactly once), change feed, blobs, audit.

Every function takes an open SQLAlchemy ``Session`` inside a transaction; the caller commits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

from sqlalchemy import (
    ARRAY,
    BigInteger,
    ColumnElement,
    CompoundSelect,
    Select,
    String,
    Table,
    any_,
    bindparam,
    case,
    delete,
    false,
    func,
    insert,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from casestore import gateway, limits, roles, validation
from casestore.models import (
    AppliedOp,
    AuditEntry,
    Blob,
    BlobChunk,
    Change,
    Conflict,
    Counter,
    Device,
    Record,
    Subscription,
    Token,
    User,
    utcnow,
)
from casestore.security import (
    ACCESS_TTL_SECONDS,
    REFRESH_TTL_SECONDS,
    hash_password,
    new_token,
    token_hash,
    verify_password,
)

log = logging.getLogger(__name__)

MAX_BLOB_SIZE = 64 * 1024 * 1024
MAX_PAGE = 5000
RECENT_ACTIVITY = dt.timedelta(days=30)


class ServiceError(Exception):
    """An error with an HTTP status and a stable machine-readable code."""

    def __init__(self, status: int, code: str, detail: str = "", headers: dict[str, str] | None = None) -> None:
        super().__init__(detail or code)
        self.status = status
        self.code = code
        self.detail = detail or code
        self.headers = headers  # e.g. Retry-After on 429


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the signed-in user on one registered device (read with the access token)."""

    user_id: int
    username: str
    role: str
    department: str | None
    device_id: str
    device_last_seen_at: dt.datetime | None = None


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=dt.UTC)


# --------------------------------------------------------------------------------------------- users


def create_user(
    s: Session,
    username: str,
    password: str,
    role: str,
    *,
    display_name: str = "",
    department: str | None = None,
) -> User:
    if role not in roles.ROLES:
        raise ServiceError(400, "bad_role", f"unknown role {role!r}; one of {', '.join(roles.ROLES)}")
    if not username or len(username) > 100:
        raise ServiceError(400, "bad_username", "user name must be 1..100 characters")
    if len(password) < 8:
        raise ServiceError(400, "weak_password", "password must be at least 8 characters")
    if s.scalar(select(User).where(User.username == username)) is not None:
        raise ServiceError(409, "user_exists", f"user {username!r} already exists")
    user = User(
        username=username,
        password_hash=hash_password(password),
        role=role,
        display_name=display_name or username,
        department=department,
        active=True,
    )
    s.add(user)
    s.flush()
    return user


def set_password(s: Session, username: str, password: str) -> None:
    user = s.scalar(select(User).where(User.username == username))
    if user is None:
        raise ServiceError(404, "not_found", f"no user {username!r}")
    user.password_hash = hash_password(password)


def _issue_tokens(s: Session, user: User, device: Device) -> dict[str, Any]:
    now = utcnow()
    access, refresh = new_token(), new_token()
    s.add(
        Token(
            token_hash=token_hash(access),
            kind="access",
            user_id=user.id,
            device_id=device.id,
            expires_at=now + dt.timedelta(seconds=ACCESS_TTL_SECONDS),
        )
    )
    s.add(
        Token(
            token_hash=token_hash(refresh),
            kind="refresh",
            user_id=user.id,
            device_id=device.id,
            expires_at=now + dt.timedelta(seconds=REFRESH_TTL_SECONDS),
        )
    )
    return {
        "access_token": access,
        "refresh_token": refresh,
        "token_type": "bearer",
        "expires_in": ACCESS_TTL_SECONDS,
        "device_id": device.id,
        "user": user_info(user),
    }


def user_info(user: User) -> dict[str, Any]:
    return {
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role,
        "department": user.department,
    }


def login(
    s: Session, username: str, password: str, device_id: str | None, device_name: str, *,
    address: str | None = None, policy: limits.LoginPolicy | None = None,
) -> dict[str, Any]:
    """Sign in; raises ``ServiceError``. (The HTTP API uses ``login_attempt``, which lets the caller
    commit a failure's count before answering.)"""
    answer = login_attempt(s, username, password, device_id, device_name, address=address, policy=policy)
    if isinstance(answer, ServiceError):
        raise answer
    return answer


def login_attempt(
    s: Session, username: str, password: str, device_id: str | None, device_name: str, *,
    address: str | None = None, policy: limits.LoginPolicy | None = None,
) -> dict[str, Any] | ServiceError:
    """Sign in: the tokens, or the refusal for wrong credentials, which the caller commits (the failure is
    counted in this transaction: ``casestore.limits``) and then raises. Refused with 429 while the account
    or the client ``address`` is locked out after too many failures, even with the right password."""
    try:
        limits.check_login(s, username, address)
    except limits.TooManyAttempts as e:
        raise ServiceError(
            429, "too_many_attempts",
            f"too many failed sign-ins; try again in {e.retry_after} seconds",
            headers={"Retry-After": str(e.retry_after)},
        ) from None
    user = s.scalar(select(User).where(User.username == username))
    ok = verify_password(user.password_hash if user else None, password)
    if user is None or not ok or not user.active:
        limits.login_failed(s, policy or limits.LoginPolicy.from_env(), username, address)
        return ServiceError(401, "invalid_credentials", "unknown user or wrong password")
    limits.login_succeeded(s, username)
    device = s.get(Device, device_id) if device_id else None
    if device is not None:
        if device.revoked_at is not None:
            raise ServiceError(403, "device_revoked", "this device was revoked by an administrator")
        if device.user_id != user.id:
            # A laptop changes hands: register it anew, so revocation stays per (user, device).
            device = None
    if device is None:
        device = Device(id=str(uuid.uuid4()), user_id=user.id, name=device_name[:200])
        s.add(device)
        s.flush()
    device.last_seen_at = utcnow()
    return _issue_tokens(s, user, device)


def refresh(s: Session, refresh_token: str) -> dict[str, Any]:
    tok = s.get(Token, token_hash(refresh_token), with_for_update=True)
    if tok is None or tok.kind != "refresh":
        raise ServiceError(401, "token_invalid", "refresh token unknown")
    device = s.get(Device, tok.device_id)
    user = s.get(User, tok.user_id)
    assert device is not None and user is not None
    if device.revoked_at is not None:
        raise ServiceError(403, "device_revoked", "this device was revoked by an administrator")
    if tok.revoked:
        raise ServiceError(401, "token_invalid", "refresh token already used")
    if _aware(tok.expires_at) < utcnow():
        raise ServiceError(401, "token_expired", "refresh token expired; sign in again")
    if not user.active:
        raise ServiceError(401, "token_invalid", "user disabled")
    tok.revoked = True  # rotation: a refresh token works once
    return _issue_tokens(s, user, device)


def logout(s: Session, p: Principal) -> None:
    s.execute(update(Token).where(Token.device_id == p.device_id).values(revoked=True))


_TOKEN = cast(Table, Token.__table__)
_DEVICE = cast(Table, Device.__table__)
_USER = cast(Table, User.__table__)
# Built once: the sign-in check runs on every request.
_AUTHENTICATE = (
    select(
        _TOKEN.c.kind, _TOKEN.c.revoked, _TOKEN.c.expires_at, _DEVICE.c.id, _DEVICE.c.revoked_at,
        _DEVICE.c.last_seen_at, _USER.c.id, _USER.c.username, _USER.c.role, _USER.c.department, _USER.c.active,
    )
    .select_from(_TOKEN.join(_DEVICE, _DEVICE.c.id == _TOKEN.c.device_id).join(_USER, _USER.c.id == _TOKEN.c.user_id))
    .where(_TOKEN.c.token_hash == bindparam("token_hash"))
)


def authenticate(s: Session, access_token: str | None) -> Principal:
    if not access_token:
        raise ServiceError(401, "token_invalid", "missing bearer token")
    row = s.connection().execute(_AUTHENTICATE, {"token_hash": token_hash(access_token)}).first()
    if row is None or row[0] != "access":
        raise ServiceError(401, "token_invalid", "unknown access token")
    revoked, expires_at, device_id, device_revoked_at, last_seen, user_id, username, role, department, active = row[1:]
    if device_revoked_at is not None:
        raise ServiceError(403, "device_revoked", "this device was revoked by an administrator")
    if revoked:
        raise ServiceError(401, "token_invalid", "access token was revoked")
    if _aware(expires_at) < utcnow():
        raise ServiceError(401, "token_expired", "access token expired")
    if not active:
        raise ServiceError(401, "token_invalid", "user disabled")
    return Principal(user_id=user_id, username=username, role=role, department=department, device_id=device_id,
                     device_last_seen_at=last_seen)


def mark_device_seen(s: Session, p: Principal) -> None:
    """Note when a device was last heard from (at most once a minute: it costs a row write)."""
    now = utcnow()
    last = p.device_last_seen_at
    if last is None or _aware(last) < now - dt.timedelta(minutes=1):
        s.connection().execute(update(_DEVICE).where(_DEVICE.c.id == p.device_id).values(last_seen_at=now))


def revoke_device(s: Session, device_id: str, by: str) -> Device:
    device = s.get(Device, device_id)
    if device is None:
        raise ServiceError(404, "not_found", f"no device {device_id!r}")
    if device.revoked_at is None:
        device.revoked_at = utcnow()
        device.revoked_by = by
    s.execute(update(Token).where(Token.device_id == device_id).values(revoked=True))
    return device


def list_devices(s: Session) -> list[dict[str, Any]]:
    rows = s.execute(select(Device, User.username).join(User, User.id == Device.user_id)).all()
    return [
        {
            "id": d.id,
            "username": username,
            "name": d.name,
            "registered_at": _aware(d.registered_at).isoformat(),
            "last_seen_at": _aware(d.last_seen_at).isoformat() if d.last_seen_at else None,
            "revoked_at": _aware(d.revoked_at).isoformat() if d.revoked_at else None,
        }
        for d, username in rows
    ]


def require_role(p: Principal, *allowed: str) -> None:
    if p.role not in allowed:
        raise ServiceError(403, "forbidden", f"role {p.role} may not do this")


# ------------------------------------------------------------------------------------------- scoping


def visible_cases(p: Principal) -> Select[Any] | CompoundSelect[Any] | None:
    """The ids of the cases this user's laptop receives; ``None`` means all cases."""
    role, me = p.role, p.username
    if role == roles.COORDINATOR:
        return None
    is_case = Record.entity == "case"
    if role == roles.ADMINISTRATOR:
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
    if p.role == roles.ADMINISTRATOR:
        return false()
    vis_sub = vis.subquery()
    persons = select(Record.person_id).where(
        Record.entity == "case", Record.id.in_(select(vis_sub.c[0])), Record.person_id.is_not(None)
    )
    return or_(
        Change.created_by == p.username,
        Change.case_id.in_(select(vis_sub.c[0])),
        Change.person_id.in_(persons),
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


def case_visible(s: Session, p: Principal, case_id: str, feed: FeedWriter | None = None) -> bool:
    rec: RecordLike | None = (
        _state(s, feed, "case", case_id) if feed is not None else s.get(Record, ("case", case_id))
    )
    if rec is None or p.role == roles.ADMINISTRATOR:
        return False
    if p.role == roles.COORDINATOR or p.username in (rec.created_by, rec.assignee):
        return True  # the common cases, without the caseload query
    vis = visible_cases(p)
    assert vis is not None
    sub = vis.subquery()
    return s.scalar(select(func.count()).select_from(sub).where(sub.c[0] == case_id)) != 0


def record_visible(s: Session, p: Principal, rec: RecordLike, feed: FeedWriter | None = None) -> bool:
    if p.role == roles.COORDINATOR or rec.created_by == p.username:
        return True
    if p.role == roles.ADMINISTRATOR:
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
    if p.role == roles.ADMINISTRATOR:
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
    vis = visible_cases(p)
    assert vis is not None
    sub = vis.subquery()
    return s.scalar(select(Record.id).where(*of_person, Record.id.in_(select(sub.c[0]))).limit(1)) is not None


def outside_caseload() -> ServiceError:
    """The one refusal for a record out of the caller's view, whether it exists or not: it reveals nothing."""
    return ServiceError(403, "forbidden", "the record is outside your caseload")


# ------------------------------------------------------------------------------- records in a push
#
# A push reads the records it needs in one or two statements, changes them as plain ``RecordState``
# objects, and writes them back with a few Core statements at the end: no ORM unit of work on the path
# every laptop's every sync takes. The statements are built once.

_RECORD_COLUMNS = (
    "entity", "id", "revision", "data", "case_id", "person_id", "department", "assignee", "created_by", "updated_at"
)
_REC = cast(Table, Record.__table__)
_SELECT_RECORDS = select(*(_REC.c[c] for c in _RECORD_COLUMNS))


def _among(col: ColumnElement[str], dialect: str) -> ColumnElement[bool]:
    """``col`` among the ``ids`` parameter; on PostgreSQL one array parameter, so that the statement's
    text (and its server-side prepared plan) is the same for any number of ids."""
    if dialect == "postgresql":
        return col == any_(bindparam("ids", type_=ARRAY(String())))
    return col.in_(bindparam("ids", expanding=True))


_DIALECTS = ("postgresql", "sqlite")
_RECORDS_BY_ID = {
    d: _SELECT_RECORDS.where(_among(_REC.c.id, d)).order_by(_REC.c.entity, _REC.c.id) for d in _DIALECTS
}
_RECORDS_BY_ID_LOCKED = {d: stmt.with_for_update() for d, stmt in _RECORDS_BY_ID.items()}
_RECORD_LOCKED = _SELECT_RECORDS.where(
    _REC.c.entity == bindparam("entity"), _REC.c.id == bindparam("id")
).with_for_update()
_RECORD = _SELECT_RECORDS.where(_REC.c.entity == bindparam("entity"), _REC.c.id == bindparam("id"))
_RECORDS_OF_CASE = _SELECT_RECORDS.where(_REC.c.case_id == bindparam("case_id"), _REC.c.entity != "notification")
_RECORDS_OF_PERSON = _SELECT_RECORDS.where(_REC.c.person_id == bindparam("person_id"))
_INSERT_RECORDS = insert(_REC)
_UPDATE_RECORDS = (
    update(_REC)
    .where(_REC.c.entity == bindparam("b_entity"), _REC.c.id == bindparam("b_id"))
    .values({c: bindparam(f"b_{c}") for c in _RECORD_COLUMNS[2:]})
)
_APPLIED = cast(Table, AppliedOp.__table__)
# Op ids are scoped to their device: another device's op id (replayed or clashing) is a new operation.
_SEEN_OPS = {
    d: select(_APPLIED.c.op_id, _APPLIED.c.result).where(
        _APPLIED.c.device_id == bindparam("device"), _among(_APPLIED.c.op_id, d)
    )
    for d in _DIALECTS
}
_INSERT_APPLIED = insert(_APPLIED)
_INSERT_CHANGES = insert(cast(Table, Change.__table__))
_BLOB = cast(Table, Blob.__table__)
_BLOB_EXISTS = select(_BLOB.c.sha256).where(_BLOB.c.sha256 == bindparam("sha"))  # not its bytes
_COUNTER = cast(Table, Counter.__table__)
_BUMP = (
    update(_COUNTER)
    .where(_COUNTER.c.name == bindparam("counter"))
    .values(value=_COUNTER.c.value + bindparam("by", type_=BigInteger()))
    .returning(_COUNTER.c.value)
)
# Two counters at once (a push's feed numbers and its cases' official numbers):
_BUMP_TWO = (
    update(_COUNTER)
    .where(_COUNTER.c.name.in_([bindparam("first"), bindparam("second")]))
    .values(
        value=_COUNTER.c.value
        + case(
            (_COUNTER.c.name == bindparam("first"), bindparam("first_by", type_=BigInteger())),
            else_=bindparam("second_by", type_=BigInteger()),
        )
    )
    .returning(_COUNTER.c.name, _COUNTER.c.value)
)


@dataclass(slots=True, eq=False)
class RecordState:
    """A record as a push transaction sees and changes it; written back by ``write_records``."""

    entity: str
    id: str
    revision: int
    data: dict[str, Any]
    case_id: str | None
    person_id: str | None
    department: str | None
    assignee: str | None
    created_by: str | None
    updated_at: dt.datetime
    new: bool = False  # to insert
    changed: bool = False  # to update

    def values(self, prefix: str = "") -> dict[str, Any]:
        return {prefix + c: getattr(self, c) for c in _RECORD_COLUMNS}


@dataclass
class FeedWriter:
    """The records one transaction read, made and changed, and the changes it appends to the feed
    (``flush_feed`` numbers them under the feed lock)."""

    pending: dict[tuple[str, str], RecordState] = field(default_factory=dict)
    origin: dict[tuple[str, str], str | None] = field(default_factory=dict)
    device: str | None = None  # the device whose operations are being applied
    records: dict[tuple[str, str], RecordState] = field(default_factory=dict)  # read or made so far
    loaded_ids: set[str] = field(default_factory=set)  # ids read in full (every entity): others are absent
    locked: set[tuple[str, str]] = field(default_factory=set)  # rows this transaction holds locked
    unnumbered: list[RecordState] = field(default_factory=list)  # new cases waiting for their official number

    def touch(self, rec: RecordState, *, bundle: bool = False) -> None:
        """Record a change. Changes caused by the pushing device's own operations carry its id: it has
        them from the push answer, so its feed skips them. Re-sent bundles go to everyone."""
        key = (rec.entity, rec.id)
        self.pending[key] = rec
        if bundle or self.origin.get(key, "") is None:
            self.origin[key] = None
        else:
            self.origin[key] = self.device

    def load(self, rows: Iterable[Any]) -> list[RecordState]:
        """States for database rows; a record already read (and maybe changed) keeps its state."""
        out = []
        for row in rows:
            key = (row[0], row[1])
            rec = self.records.get(key)
            if rec is None:
                rec = self.records[key] = RecordState(*row)
            out.append(rec)
        return out


def _state(s: Session, feed: FeedWriter, entity: str, rid: str) -> RecordState | None:
    """A record as this transaction sees it, including ones made earlier in the same push."""
    rec = feed.records.get((entity, rid))
    if rec is not None or rid in feed.loaded_ids:
        return rec
    found = feed.load(s.connection().execute(_RECORD, {"entity": entity, "id": rid}))
    return found[0] if found else None


def _locked_state(s: Session, feed: FeedWriter, entity: str, rid: str) -> RecordState | None:
    """The record, locked until commit before this transaction changes it (re-read under the lock)."""
    rec = _state(s, feed, entity, rid)
    key = (entity, rid)
    if rec is None or rec.new or key in feed.locked:
        return rec
    row = s.connection().execute(_RECORD_LOCKED, {"entity": entity, "id": rid}).first()
    feed.locked.add(key)
    if row is not None and not rec.changed:
        for name, value in zip(_RECORD_COLUMNS, row, strict=True):
            setattr(rec, name, value)
    return rec


def write_records(s: Session, feed: FeedWriter) -> None:
    """Insert the transaction's new records and update the changed ones: one statement each."""
    new = [r.values() for r in feed.records.values() if r.new]
    changed = [r.values("b_") for r in feed.records.values() if r.changed and not r.new]
    conn = s.connection()
    if new:
        conn.execute(_INSERT_RECORDS, new)
    if changed:
        conn.execute(_UPDATE_RECORDS, changed)


def bump_counters(s: Session, by: dict[str, int]) -> dict[str, int]:
    """Add to named counters and return their new values, in one statement; the rows stay locked until
    commit (PostgreSQL row locks, taken in name order; SQLite writers are serialised anyway)."""
    if not by:
        return {}
    conn = s.connection()
    if len(by) == 1:
        ((name, n),) = by.items()
        value = conn.execute(_BUMP, {"counter": name, "by": n}).scalar()
        got = {} if value is None else {name: int(value)}
    else:
        if len(by) == 2:
            (first, first_by), (second, second_by) = by.items()
            rows = conn.execute(
                _BUMP_TWO, {"first": first, "first_by": first_by, "second": second, "second_by": second_by}
            )
        else:
            rows = conn.execute(
                update(_COUNTER)
                .where(_COUNTER.c.name.in_(sorted(by)))
                .values(value=_COUNTER.c.value + case(by, value=_COUNTER.c.name, else_=0))
                .returning(_COUNTER.c.name, _COUNTER.c.value)
            )
        got = {name: int(value) for name, value in rows}
    missing = {name: n for name, n in by.items() if name not in got}
    for name in sorted(missing):  # a counter's first use
        try:
            with s.begin_nested():  # the savepoint is taken by s.connection() inside the block
                s.connection().execute(insert(_COUNTER).values(name=name, value=0))
        except IntegrityError:
            pass  # created concurrently
    if missing:
        got.update(bump_counters(s, missing))
    return got


def bump_counter(s: Session, name: str, by: int = 1) -> int:
    return bump_counters(s, {name: by})[name]


def _case_year(rec: RecordState) -> int:
    created = str(rec.data.get("created_at") or "")
    return int(created[:4]) if created[:4].isdigit() else utcnow().year


def number_and_flush(s: Session, feed: FeedWriter) -> dict[str, str]:
    """The short, serialised end of a transaction: official numbers for its new cases (``YYYY-NNNNNN``,
    per year of intake) and numbers for its feed changes, both from one counter statement, so the counter
    rows are locked only from here to the commit; then the records and the changes are written."""
    by_year: dict[int, list[RecordState]] = {}
    for rec in feed.unnumbered:
        by_year.setdefault(_case_year(rec), []).append(rec)
    wanted = {f"case:{year}": len(recs) for year, recs in by_year.items()}
    if feed.pending:
        wanted["feed"] = len(feed.pending)
    top = bump_counters(s, wanted)
    numbers: dict[str, str] = {}
    for year, recs in by_year.items():
        first = top[f"case:{year}"] - len(recs) + 1
        for i, rec in enumerate(recs):
            # In place: the push answers built earlier hold this same dict.
            numbers[rec.id] = rec.data["case_number"] = f"{year}-{first + i:06d}"
    feed.unnumbered.clear()
    write_records(s, feed)
    if feed.pending:
        _append_changes(s, feed, top["feed"] - len(feed.pending))
    return numbers


def flush_feed(s: Session, feed: FeedWriter) -> None:
    """Append the collected changes to the feed (records already written). Call last, right before commit.

    The counter row stays locked until commit, so transactions get feed numbers in commit order: a
    client that has seen N has seen every change numbered below N.
    """
    if feed.pending:
        _append_changes(s, feed, bump_counter(s, "feed", len(feed.pending)) - len(feed.pending))


def _append_changes(s: Session, feed: FeedWriter, seq: int) -> None:
    now = utcnow()
    rows = []
    rank = {"person": 0, "address": 1, "case": 2}
    # Parents before children, so a laptop can apply a page in order.
    for key, rec in sorted(feed.pending.items(), key=lambda kv: rank.get(kv[0][0], 3)):
        seq += 1
        rows.append(
            {
                "seq": seq,
                "entity": rec.entity,
                "entity_id": rec.id,
                "revision": rec.revision,
                "data": rec.data,
                "case_id": rec.case_id,
                "person_id": rec.person_id,
                "created_by": rec.created_by,
                "origin_device": feed.origin.get(key),
                "at": now,
            }
        )
    s.connection().execute(_INSERT_CHANGES, rows)  # Core executemany: one pipelined statement
    feed.pending.clear()
    feed.origin.clear()


def emit_bundle(s: Session, feed: FeedWriter, case_id: str) -> None:
    """Re-send a case with everything around it, for a user who just gained sight of it."""
    case_ = _state(s, feed, "case", case_id)
    if case_ is None:
        return
    feed.touch(case_, bundle=True)
    conn = s.connection()
    for rec in feed.load(conn.execute(_RECORDS_OF_CASE, {"case_id": case_id})):
        feed.touch(rec, bundle=True)
    if case_.person_id:
        for rec in feed.load(conn.execute(_RECORDS_OF_PERSON, {"person_id": case_.person_id})):
            if rec.entity in ("person", "address") or rec.case_id is None:
                feed.touch(rec, bundle=True)


# --------------------------------------------------------------------------------------- change feed


def changes(s: Session, p: Principal, since: int, limit: int) -> dict[str, Any]:
    limit = max(1, min(limit, MAX_PAGE))
    # The head first: every change numbered up to it is committed (numbers are handed out in commit
    # order), so the query below sees all of them and the cursor may safely jump to it.
    head = s.scalar(select(Counter.value).where(Counter.name == "feed")) or 0
    q = (
        select(Change.seq, Change.entity, Change.entity_id, Change.revision, Change.data)
        .where(
            Change.seq > since,
            Change.seq <= head,
            feed_filter(p),
            or_(Change.origin_device.is_(None), Change.origin_device != p.device_id),
        )
        .order_by(Change.seq)
        .limit(limit + 1)
    )
    rows = s.execute(q).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    out = [
        {"seq": r.seq, "entity": r.entity, "id": r.entity_id, "revision": r.revision, "data": r.data}
        for r in rows
    ]
    # Without more (visible) changes up to the head, jump there: filtered-out changes are not rescanned.
    cursor = rows[-1].seq if has_more else max(since, head, rows[-1].seq if rows else 0)
    return {"changes": out, "cursor": cursor, "has_more": has_more}


def subscribe(s: Session, p: Principal, case_id: str) -> dict[str, Any]:
    """Open a case on demand: it and its surroundings flow into this device's feed. A counter clerk or a
    coordinator may open any case (their work); outreach and theme-desk users only one already in their
    view (any other, existing or not, gets the same refusal). Logged either way."""
    if p.role not in (roles.COUNTER_CLERK, roles.COORDINATOR, roles.THEME_DESK, roles.OUTREACH):
        log.warning("%s (%s, device %s) may not open cases: refused %r", p.username, p.role, p.device_id, case_id)
        raise ServiceError(403, "forbidden", f"role {p.role} may not open cases")
    rec = s.get(Record, ("case", case_id))
    if rec is None:
        rec = s.scalar(
            select(Record).where(Record.entity == "case", Record.data["case_number"].as_string() == case_id)
        )
    if p.role in (roles.THEME_DESK, roles.OUTREACH) and (rec is None or not case_visible(s, p, rec.id)):
        log.warning("case %r outside the caseload of %s (%s, device %s): opening it refused",
                    case_id, p.username, p.role, p.device_id)
        raise outside_caseload()
    if rec is None:
        log.info("case %r opened by %s (device %s): no such case", case_id, p.username, p.device_id)
        raise ServiceError(404, "not_found", "no such case")
    log.info("case %s (%s) opened on demand by %s (%s, device %s)",
             rec.id, rec.data.get("case_number"), p.username, p.role, p.device_id)
    if s.get(Subscription, (p.device_id, rec.id)) is None:
        s.add(Subscription(device_id=p.device_id, case_id=rec.id))
    feed = FeedWriter()
    emit_bundle(s, feed, rec.id)
    flush_feed(s, feed)
    return {"case_id": rec.id}


# ---------------------------------------------------------------------------------------------- push


def _scope_columns(entity: str, rid: str, data: dict[str, Any]) -> dict[str, Any]:
    def _s(v: Any) -> str | None:
        return None if v is None else str(v)

    if entity == "person":
        return {"case_id": None, "person_id": rid, "department": None, "assignee": None}
    if entity == "case":
        return {
            "case_id": rid,
            "person_id": _s(data.get("person_id")),
            "department": _s(data.get("department")),
            "assignee": _s(data.get("assignee")),
        }
    assignee = data.get("assignee") or data.get("advisor") or data.get("staff")
    return {
        "case_id": _s(data.get("case_id")),
        "person_id": _s(data.get("person_id")),
        "department": None,
        "assignee": _s(assignee),
    }


def _result(
    op: dict[str, Any],
    status: str,
    *,
    records: Iterable[RecordState] = (),
    conflicts: list[dict[str, Any]] | None = None,
    error: str | None = None,
) -> dict[str, Any]:
    return {
        "op_id": op["op_id"],
        "status": status,
        "entity": op.get("entity"),
        "entity_id": op.get("entity_id"),
        "records": [
            {"entity": r.entity, "id": r.id, "revision": r.revision, "data": r.data} for r in records
        ],
        "conflicts": conflicts or [],
        "error": error,
    }


class _Retry(Exception):
    """Not final (e.g. attachment content not uploaded yet): answer, but do not remember the op."""


def _new_record(feed: FeedWriter, p: Principal, entity: str, rid: str, data: dict[str, Any],
                cols: dict[str, Any]) -> RecordState:
    rec = RecordState(entity=entity, id=rid, revision=1, data=data, created_by=p.username, updated_at=utcnow(),
                      new=True, **cols)
    feed.records[(entity, rid)] = rec
    return rec


# The field of each record that names who did it: the server writes the signed-in user there.
ACTOR_FIELDS = {
    "status_change": "actor",
    "case": "created_by",
    "case_attachment": "added_by",
    "note": "author",
    "contact_moment": "staff",
}


def _check_links(
    s: Session, p: Principal, feed: FeedWriter, entity: str, cols: dict[str, Any], old: RecordState | None = None
) -> None:
    """The case and the person a new record (or a changed one, ``old``) points at must exist and be in the
    caller's view: a record linked to someone else's case or person would bring it into their feed."""
    if entity == "person":
        return
    case_id, person_id = cols["case_id"], cols["person_id"]
    if entity != "case" and case_id is not None and (old is None or case_id != old.case_id):
        if _state(s, feed, "case", case_id) is None:
            raise ServiceError(422, "unknown_reference", f"case {case_id} does not exist")
        if not case_visible(s, p, case_id, feed):
            raise outside_caseload()
    if person_id is not None and (old is None or person_id != old.person_id):
        if _state(s, feed, "person", person_id) is None:
            if entity == "case" or case_id is None:
                raise ServiceError(422, "unknown_reference", f"person {person_id} does not exist")
        elif not person_visible(s, p, person_id, feed):
            raise outside_caseload()


def _apply_create(
    s: Session, p: Principal, feed: FeedWriter, op: dict[str, Any]
) -> tuple[str, list[RecordState], list[dict[str, Any]]]:
    entity, rid = op["entity"], op["entity_id"]
    if entity == "notification":
        return _queue_notification(s, p, feed, op)
    data = dict(op["payload"])
    data["id"] = rid
    data.pop("revision", None)
    existing = _state(s, feed, entity, rid)
    if existing is not None:
        # Same record created twice under different op ids (e.g. a re-sent intake): keep the first, and
        # answer with it only whom it is visible to.
        if not record_visible(s, p, existing, feed):
            raise outside_caseload()
        return "applied", [existing], []
    actor_field = ACTOR_FIELDS.get(entity)
    if actor_field is not None:  # who did it is the signed-in user, whatever the laptop wrote
        data[actor_field] = p.username
    cols = _scope_columns(entity, rid, data)
    touched: list[RecordState] = []
    if entity == "case":
        data["case_number"] = None  # assigned at the end of the transaction (number_and_flush)
    _check_links(s, p, feed, entity, cols)
    if entity == "case_attachment":
        sha = str(data.get("sha256") or data.get("attachment_sha256") or "")
        if s.connection().execute(_BLOB_EXISTS, {"sha": sha}).first() is None:
            raise _Retry(f"attachment {sha} not uploaded")
    if entity == "status_change" and cols["case_id"]:
        conflict = _status_conflict(s, p, feed, op, cols["case_id"], data)
        if conflict is not None:
            return conflict
    rec = _new_record(feed, p, entity, rid, data, cols)
    feed.touch(rec)
    touched.append(rec)
    if entity == "case":
        feed.unnumbered.append(rec)
    if entity == "status_change" and cols["case_id"]:
        case_ = _locked_state(s, feed, "case", cols["case_id"])
        if case_ is not None and case_.data.get("status") != data.get("status"):
            case_.data = {**case_.data, "status": data.get("status")}
            case_.revision += 1
            case_.updated_at = utcnow()
            case_.changed = True
            feed.touch(case_)
            touched.append(case_)
    if entity == "appointment" and cols["case_id"] and cols["assignee"]:
        emit_bundle(s, feed, cols["case_id"])
    return "applied", touched, []


def _status_conflict(
    s: Session, p: Principal, feed: FeedWriter, op: dict[str, Any], case_id: str, data: dict[str, Any]
) -> tuple[str, list[RecordState], list[dict[str, Any]]] | None:
    """A status change based on a status the case no longer has (``previous_status``: the case's status
    on the laptop when it was changed) is a conflict like any other field: the case keeps the server's
    status, the change is not stored, both values are kept (``cs_conflict``) for a person to decide."""
    base_status = data.get("previous_status")
    if base_status is None:  # an intake's first status, or a laptop that does not send its base
        return None
    case_ = _locked_state(s, feed, "case", case_id)
    if case_ is None:
        return None
    current = case_.data.get("status")
    if current in (base_status, data.get("status")):
        return None
    base = op.get("base_revision")
    conflict = {
        "entity": "case",
        "entity_id": case_id,
        "field": "status",
        "client_value": data.get("status"),
        "server_value": current,
        "base_revision": base if isinstance(base, int) and not isinstance(base, bool) else None,
        "server_revision": case_.revision,
    }
    s.add(Conflict(op_id=op["op_id"], entity="case", entity_id=case_id, field="status",
                   client_value=conflict["client_value"], server_value=current,
                   base_revision=conflict["base_revision"], server_revision=case_.revision, actor=p.username))
    return "conflict", [case_], [conflict]


def _queue_notification(
    s: Session, p: Principal, feed: FeedWriter, op: dict[str, Any]
) -> tuple[str, list[RecordState], list[dict[str, Any]]]:
    """Store an e-mail/SMS for the gateway (``delivery: queued``); ``deliver_notifications`` hands it over
    after the commit. It is not a synced record: it never enters the change feed."""
    rid = op["entity_id"]
    if not gateway.valid_id(rid):  # the gateway names its files after it
        raise ServiceError(422, "bad_notification", "a notification's id must be a UUID")
    if _state(s, feed, "notification", rid) is not None:  # the same message queued again: keep the first
        return "applied", [], []
    data = {k: v for k, v in op["payload"].items() if k != "revision"}
    data["id"] = rid
    why = gateway.check(data)
    if why:
        raise ServiceError(422, "bad_notification", why)
    case_id = str(data["case_id"])
    if _state(s, feed, "case", case_id) is None:
        raise ServiceError(422, "unknown_reference", f"case {case_id} does not exist")
    if not case_visible(s, p, case_id, feed):
        raise outside_caseload()
    change_id = data.get("status_change_id")
    if isinstance(change_id, str) and _state(s, feed, "status_change", change_id) is None:
        # Its status change was not applied (a conflict, or refused): the citizen is not told of it.
        raise ServiceError(422, "status_not_applied", f"status change {change_id} was not applied")
    data["delivery"] = "queued"
    cols = {"case_id": case_id, "person_id": None, "department": None, "assignee": None}
    _new_record(feed, p, "notification", rid, data, cols)
    return "applied", [], []


def queued_notifications(s: Session, ids: Iterable[str] | None = None) -> list[str]:
    """Ids of notifications not yet handed to the gateway (all of them, or among ``ids``)."""
    q = select(Record.id).where(Record.entity == "notification",
                                Record.data["delivery"].as_string() == "queued")
    if ids is not None:
        wanted = list(ids)
        if not wanted:
            return []
        q = q.where(Record.id.in_(wanted))
    return list(s.scalars(q))


def deliver_notification(s: Session, gw: gateway.Gateway, nid: str) -> bool:
    """Hand one queued notification to the gateway and mark it sent (call in its own transaction).

    A message the gateway cannot take (any error but ``OSError``: e.g. a header it refuses) is parked:
    marked ``failed`` with the reason and logged, so that the messages after it are still delivered. An
    ``OSError`` (the gateway or its folder unreachable) leaves it queued and is raised: the next round
    tries again."""
    rec = s.get(Record, ("notification", nid), with_for_update=True)
    if rec is None or rec.data.get("delivery") != "queued":
        return False
    try:
        gw.send(rec.data)
    except OSError:
        raise
    except Exception as e:  # this message, not the gateway: park it
        reason = f"{type(e).__name__}: {e}"[:500]
        log.error("notification %s (case %s) cannot be delivered and is parked as failed: %s",
                  nid, rec.case_id, reason)
        rec.data = {**rec.data, "delivery": "failed", "delivery_error": reason, "failed_at": utcnow().isoformat()}
        rec.updated_at = utcnow()
        return False
    rec.data = {**rec.data, "delivery": "sent", "sent_at": utcnow().isoformat()}
    rec.updated_at = utcnow()
    return True


def _apply_update(
    s: Session, p: Principal, feed: FeedWriter, op: dict[str, Any]
) -> tuple[str, list[RecordState], list[dict[str, Any]]]:
    entity, rid = op["entity"], op["entity_id"]
    payload = op["payload"]
    changes_ = payload.get("changes")
    previous = payload.get("previous") or {}
    if not isinstance(changes_, dict) or not isinstance(previous, dict):
        raise ServiceError(422, "bad_operation", "update payload needs 'changes' (and 'previous') objects")
    if entity in roles.IMMUTABLE:
        raise ServiceError(422, "immutable", f"{entity} records cannot be changed")
    rec = _locked_state(s, feed, entity, rid)
    if rec is None:
        raise ServiceError(422, "unknown_record", f"{entity} {rid} does not exist")
    if not record_visible(s, p, rec, feed):
        raise outside_caseload()
    server_fields = {"id", "case_number", "revision", ACTOR_FIELDS.get(entity)}
    base = op.get("base_revision")
    current = rec.data
    new = dict(current)
    conflicts: list[dict[str, Any]] = []
    for fname, value in changes_.items():
        if fname in server_fields:
            continue
        if base is not None and base == rec.revision:
            new[fname] = value
            continue
        server_value = current.get(fname)
        if fname in previous and server_value != previous[fname] and server_value != value:
            # Both sides changed this field since the client's base: keep the server's, record both.
            conflicts.append(
                {
                    "entity": entity,
                    "entity_id": rid,
                    "field": fname,
                    "client_value": value,
                    "server_value": server_value,
                    "base_revision": base,
                    "server_revision": rec.revision,
                }
            )
        else:
            new[fname] = value
    touched: list[RecordState] = []
    if new != current:
        _check_links(s, p, feed, entity, _scope_columns(entity, rid, new), old=rec)
        old_cols = (rec.assignee, rec.department)
        rec.data = new
        rec.revision += 1
        rec.updated_at = utcnow()
        for k, v in _scope_columns(entity, rid, new).items():
            setattr(rec, k, v)
        rec.changed = True
        feed.touch(rec)
        touched.append(rec)
        if entity == "case" and (rec.assignee, rec.department) != old_cols:
            emit_bundle(s, feed, rid)
        if entity == "appointment" and rec.case_id and rec.assignee and rec.assignee != old_cols[0]:
            emit_bundle(s, feed, rec.case_id)
    else:
        touched.append(rec)
    for c in conflicts:
        s.add(
            Conflict(
                op_id=op["op_id"],
                entity=entity,
                entity_id=rid,
                field=c["field"],
                client_value=c["client_value"],
                server_value=c["server_value"],
                base_revision=c["base_revision"],
                server_revision=c["server_revision"],
                actor=p.username,
            )
        )
    status = "conflict" if conflicts else ("applied" if base == rec.revision - 1 else "merged")
    return status, touched, conflicts


_INVALID = "_invalid"  # key of a screened-out operation's reason (see _screen_op)


def _screen_op(op: dict[str, Any]) -> dict[str, Any]:
    """The operation itself, or, when its data cannot be stored (a control character anywhere, nesting,
    sizes: ``casestore.validation``), a stand-in that carries only its clean ids and the reason, so that
    nothing of it reaches the database and ``_validate_op`` rejects it alone."""
    problem = validation.operation_problem(op)
    if problem is None:
        return op
    entity, entity_id = op.get("entity"), op.get("entity_id")
    return {
        "op_id": op.get("op_id"),
        "entity": entity if entity in roles.ENTITIES else None,
        "entity_id": entity_id if validation.is_id(entity_id) else None,
        "action": None,
        "payload": None,
        _INVALID: problem,
    }


def _validate_op(op: dict[str, Any]) -> None:
    if op.get(_INVALID):
        raise ServiceError(422, "invalid", str(op[_INVALID]))
    for key in ("op_id", "entity", "entity_id", "action"):
        if not isinstance(op.get(key), str) or not op[key]:
            raise ServiceError(422, "bad_operation", f"operation needs a non-empty string {key!r}")
    if op["entity"] not in roles.ENTITIES:
        raise ServiceError(422, "unknown_entity", f"unknown entity {op['entity']!r}")
    if op["action"] not in ("create", "update"):
        raise ServiceError(422, "bad_operation", f"unknown action {op['action']!r}")
    if not isinstance(op.get("payload"), dict):
        raise ServiceError(422, "bad_operation", "payload must be an object")


def push(s: Session, p: Principal, ops: list[dict[str, Any]]) -> dict[str, Any]:
    """Apply a batch of operations, each exactly once; answer an op id this device sent before with its
    stored result (op ids are scoped to their device).

    No savepoints: every check happens before an operation changes anything, and everything is written
    in a few statements at the end. Two requests racing with the same op id (or record id) collide on a
    primary key; the loser's whole transaction is rolled back and retried by the caller
    (``IntegrityError``), and then finds the winner's stored answers.
    """
    ops = [_screen_op(o) for o in ops]  # bad data never reaches a statement: rejected per operation
    conn = s.connection()
    feed = FeedWriter(device=p.device_id)
    op_ids = [o["op_id"] for o in ops if isinstance(o.get("op_id"), str) and o["op_id"]]
    seen: dict[str, dict[str, Any]] = {}
    for i in range(0, len(op_ids), 500):
        seen.update((op_id, result) for op_id, result in conn.execute(
            _SEEN_OPS[conn.dialect.name], {"device": p.device_id, "ids": op_ids[i : i + 500]}))
    # Read the records the batch refers to in one statement. Records it will change (update targets,
    # cases getting a status) are locked now, in a fixed order, unless the batch itself creates them
    # (a re-sent record that exists after all is locked when it is changed: _locked_state).
    ref_ids: set[str] = set()
    lock_ids: set[str] = set()
    created: set[str] = set()
    for o in ops:
        if isinstance(o.get("entity_id"), str):
            ref_ids.add(o["entity_id"])
            if o.get("action") == "update":
                lock_ids.add(o["entity_id"])
            elif o.get("action") == "create":
                created.add(o["entity_id"])
        pl = o.get("payload")
        if isinstance(pl, dict):
            ref_ids.update(str(pl[k]) for k in ("person_id", "case_id") if isinstance(pl.get(k), str))
            if o.get("entity") == "status_change" and isinstance(pl.get("case_id"), str):
                lock_ids.add(pl["case_id"])
    lock_ids -= created
    dialect = conn.dialect.name
    for ids, lock in ((sorted(lock_ids), True), (sorted(ref_ids - lock_ids), False)):
        stmt = (_RECORDS_BY_ID_LOCKED if lock else _RECORDS_BY_ID)[dialect]
        for i in range(0, len(ids), 500):
            found = feed.load(conn.execute(stmt, {"ids": ids[i : i + 500]}))
            if lock:
                feed.locked.update((r.entity, r.id) for r in found)
    feed.loaded_ids = ref_ids
    results: list[dict[str, Any]] = []
    remembered: list[dict[str, Any]] = []
    _push_ops(s, p, feed, ops, seen, results, remembered)
    numbers = number_and_flush(s, feed)
    if numbers:
        for res in results:
            for r in res["records"]:
                if r["entity"] == "case" and r["id"] in numbers:
                    r["data"] = {**r["data"], "case_number": numbers[r["id"]]}
    if remembered:  # the stored answers, now complete: one pipelined statement
        conn.execute(_INSERT_APPLIED, remembered)
    return {"results": results}


def _push_ops(
    s: Session,
    p: Principal,
    feed: FeedWriter,
    ops: list[dict[str, Any]],
    seen: dict[str, dict[str, Any]],
    results: list[dict[str, Any]],
    remembered: list[dict[str, Any]],
) -> None:
    for op in ops:
        op_id = op.get("op_id")
        if isinstance(op_id, str) and op_id in seen:
            results.append({**seen[op_id], "duplicate": True})
            continue
        before, before_origin = dict(feed.pending), dict(feed.origin)
        remember = True
        try:
            _validate_op(op)
            if not roles.may(p.role, op["entity"], op["action"]):
                raise ServiceError(403, "forbidden", f"role {p.role} may not {op['action']} {op['entity']}")
            if op["action"] == "create":
                status, recs, conflicts = _apply_create(s, p, feed, op)
            else:
                status, recs, conflicts = _apply_update(s, p, feed, op)
            res = _result(op, status, records=recs, conflicts=conflicts)
        except _Retry as e:
            feed.pending, feed.origin = before, before_origin
            res, remember = _result(op, "retry", error=str(e)), False
        except ServiceError as e:
            feed.pending, feed.origin = before, before_origin
            res = _result(op, "rejected", error=f"{e.code}: {e.detail}")
            # Remember rejections too (a retry must get the same answer), unless the op has no usable id.
            remember = e.code != "bad_operation"
        if remember and isinstance(op_id, str) and op_id:
            remembered.append({"op_id": op_id, "device_id": p.device_id, "user_id": p.user_id, "at": utcnow(),
                               "result": res})
            seen[op_id] = res
        results.append({**res, "duplicate": False})


# --------------------------------------------------------------------------------------------- blobs


def blobs_missing(s: Session, shas: list[str]) -> dict[str, Any]:
    have = set(s.scalars(select(Blob.sha256).where(Blob.sha256.in_(shas)))) if shas else set()
    lacking = sorted(set(shas) - have)
    # One statement for all of them (one per blob took seconds for a list of thousands).
    got: dict[str, int] = dict(
        s.execute(
            select(BlobChunk.sha256, func.sum(func.length(BlobChunk.data)))
            .where(BlobChunk.sha256.in_(lacking))
            .group_by(BlobChunk.sha256)
        ).all()
    ) if lacking else {}
    return {"missing": [{"sha256": sha, "offset": int(got.get(sha) or 0)} for sha in shas if sha not in have]}


def _check_sha(sha: str) -> None:
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise ServiceError(400, "bad_sha256", "blob id must be 64 lowercase hex digits")


def blob_upload(s: Session, p: Principal, sha: str, offset: int, total: int, chunk: bytes) -> dict[str, Any]:
    """Append ``chunk`` at ``offset`` of a ``total``-byte upload; verify the hash when complete."""
    _check_sha(sha)
    if total < 0 or total > MAX_BLOB_SIZE:
        raise ServiceError(413, "too_large", f"attachments are limited to {MAX_BLOB_SIZE} bytes")
    if p.role == roles.ADMINISTRATOR:
        raise ServiceError(403, "forbidden", "administrators do not upload case documents")
    if s.connection().execute(_BLOB_EXISTS, {"sha": sha}).first() is not None:
        return {"sha256": sha, "offset": total, "complete": True}
    # Serialise concurrent uploads of the same blob on its first chunk row.
    chunks = list(
        s.scalars(
            select(BlobChunk).where(BlobChunk.sha256 == sha).order_by(BlobChunk.offset).with_for_update()
        )
    )
    have = sum(len(c.data) for c in chunks)
    if chunks and chunks[0].total != total:
        s.execute(delete(BlobChunk).where(BlobChunk.sha256 == sha))
        chunks, have = [], 0
    if offset != have:
        raise ServiceError(409, "offset_mismatch", f"upload is at offset {have}, not {offset}")
    if have + len(chunk) > total:
        raise ServiceError(400, "too_long", "more bytes than announced")
    if have + len(chunk) < total:
        if chunk:
            s.add(BlobChunk(sha256=sha, offset=offset, data=chunk, total=total))
        return {"sha256": sha, "offset": have + len(chunk), "complete": False}
    data = b"".join(c.data for c in chunks) + chunk
    if chunks:
        s.execute(delete(BlobChunk).where(BlobChunk.sha256 == sha))
    if hashlib.sha256(data).hexdigest() != sha:
        raise ServiceError(422, "hash_mismatch", "the uploaded bytes do not match their SHA-256")
    try:
        with s.begin_nested():
            s.add(Blob(sha256=sha, size=len(data), data=data, created_by=p.username))
            s.flush()
    except IntegrityError:
        pass  # uploaded concurrently by someone else: same bytes, by definition
    return {"sha256": sha, "offset": total, "complete": True}


def blob_get(s: Session, p: Principal, sha: str) -> bytes:
    _check_sha(sha)
    blob = s.get(Blob, sha)
    if blob is None:
        raise ServiceError(404, "not_found", "no such attachment")
    if p.role != roles.COORDINATOR and blob.created_by != p.username:
        links = s.scalars(
            select(Record).where(Record.entity == "case_attachment", Record.data["sha256"].as_string() == sha)
        ).all()
        if not any(record_visible(s, p, r) for r in links):
            raise ServiceError(404, "not_found", "no such attachment")
    return blob.data


# --------------------------------------------------------------------------------------------- audit


def audit_push(s: Session, p: Principal, entries: list[dict[str, Any]]) -> dict[str, Any]:
    accepted = 0
    last = None
    for e in entries:
        try:
            local_id = int(e["id"])
            action = str(e["action"])
        except (KeyError, TypeError, ValueError) as err:
            raise ServiceError(
                422, "bad_audit_entry", "audit entries need an integer id and an action"
            ) from err
        exists = s.scalar(
            select(AuditEntry.id).where(AuditEntry.device_id == p.device_id, AuditEntry.local_id == local_id)
        )
        if exists is None:
            s.add(
                AuditEntry(
                    device_id=p.device_id,
                    local_id=local_id,
                    at=str(e.get("at") or "")[:40],
                    actor=p.username,  # who pushed it signed in; the laptop's claim is not evidence
                    action=action[:100],
                    person_id=_opt_str(e.get("person_id")),
                    case_id=_opt_str(e.get("case_id")),
                    contact_id=_opt_str(e.get("contact_id")),
                    detail=_opt_str(e.get("detail")),
                )
            )
            accepted += 1
        last = local_id if last is None else max(last, local_id)
    return {"accepted": accepted, "last_id": last}


def _opt_str(v: Any) -> str | None:
    if v is None:
        return None
    return v if isinstance(v, str) else str(v)


def audit_list(s: Session, limit: int = 1000) -> list[dict[str, Any]]:
    rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)).all()
    return [
        {
            "device_id": r.device_id,
            "local_id": r.local_id,
            "at": r.at,
            "actor": r.actor,
            "action": r.action,
            "person_id": r.person_id,
            "case_id": r.case_id,
            "contact_id": r.contact_id,
            "detail": r.detail,
        }
        for r in rows
    ]


def get_case(s: Session, p: Principal, case_id: str) -> dict[str, Any]:
    rec = s.get(Record, ("case", case_id))
    if rec is None or not record_visible(s, p, rec):
        raise ServiceError(404, "not_found", "no such case")
    history = s.scalars(
        select(Record).where(Record.entity == "status_change", Record.case_id == case_id)
    ).all()
    hist = sorted((h.data for h in history), key=lambda d: str(d.get("at") or ""))
    notes = s.scalars(select(Record).where(Record.entity == "notification", Record.case_id == case_id)).all()
    sent = sorted(
        ({k: n.data.get(k) for k in ("id", "status", "channel", "language", "delivery", "sent_at", "created_at",
                                     "delivery_error")}
         for n in notes),
        key=lambda d: str(d.get("created_at") or ""),
    )
    return {"id": rec.id, "revision": rec.revision, "data": rec.data, "status_history": hist,
            "notifications": sent}
