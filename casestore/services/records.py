"""Records in a push transaction: the Core statements (built once), ``RecordState`` and ``FeedWriter``,
the named counters (feed numbers, official case numbers) and writing records and feed changes back.

This is the push path (docs/STATUS.md, issue 4): keep it to prebuilt Core statements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import (
    ARRAY,
    BigInteger,
    ColumnElement,
    String,
    Table,
    any_,
    bindparam,
    case,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from casestore.models import AppliedOp, Blob, Change, Counter, Record, utcnow
from casestore.services.common import Principal

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


def _new_record(feed: FeedWriter, p: Principal, entity: str, rid: str, data: dict[str, Any],
                cols: dict[str, Any]) -> RecordState:
    rec = RecordState(entity=entity, id=rid, revision=1, data=data, created_by=p.username, updated_at=utcnow(),
                      new=True, **cols)
    feed.records[(entity, rid)] = rec
    return rec
