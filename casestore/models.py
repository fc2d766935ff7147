"""Server-side schema of the central case store (SQLAlchemy 2 typed ORM).

Case data lives in ``record`` — one row per (entity, id) holding the current state as JSON plus the
columns the server needs for scoping (case, person, department, assignee, creator). Every committed
change of a record is appended to ``change`` (the change feed); its ``seq`` is handed out under a lock
at the end of the transaction, so the order of ``seq`` equals the order of commits and a client that
pulls "changes since N" never skips one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

JSONType = JSON().with_variant(JSONB(), "postgresql")
# SQLite only gives INTEGER PRIMARY KEY autoincrement semantics to "INTEGER", not BIGINT.
BigIntPK = BigInteger().with_variant(Integer(), "sqlite")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "cs_user"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(30))
    department: Mapped[str | None] = mapped_column(String(100), nullable=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Device(Base):
    __tablename__ = "cs_device"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("cs_user.id"))
    name: Mapped[str] = mapped_column(String(200), default="")
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_by: Mapped[str | None] = mapped_column(String(100), nullable=True)


class Token(Base):
    """Opaque bearer tokens; only their SHA-256 is stored."""

    __tablename__ = "cs_token"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # access | refresh
    user_id: Mapped[int] = mapped_column(ForeignKey("cs_user.id"))
    device_id: Mapped[str] = mapped_column(ForeignKey("cs_device.id"), index=True)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class Record(Base):
    __tablename__ = "cs_record"
    entity: Mapped[str] = mapped_column(String(30), primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)
    case_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    person_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    department: Mapped[str | None] = mapped_column(String(100), nullable=True)
    assignee: Mapped[str | None] = mapped_column(String(100), nullable=True)
    created_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (
        Index("ix_record_case", "case_id"),
        Index("ix_record_person", "person_id"),
        Index("ix_record_entity_assignee", "entity", "assignee"),
        Index("ix_record_entity_department", "entity", "department"),
        Index("ix_record_created_by", "created_by"),
    )


class Change(Base):
    __tablename__ = "cs_change"
    seq: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(64))
    revision: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)
    case_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    person_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    # The device whose own operation caused the change (it already has it from the push answer).
    origin_device: Mapped[str | None] = mapped_column(String(64), nullable=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (
        Index("ix_change_case", "case_id", "seq"),
        Index("ix_change_person", "person_id", "seq"),
        Index("ix_change_created_by", "created_by", "seq"),
    )


class Counter(Base):
    """Named counters: ``feed`` (last change seq) and ``case:<year>`` (last official case number)."""

    __tablename__ = "cs_counter"
    name: Mapped[str] = mapped_column(String(30), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class AppliedOp(Base):
    """Idempotency: every operation id the server applied, with the answer it gave. Operation ids are
    scoped to the device that sent them: another device's op id is a new operation, never this answer."""

    __tablename__ = "cs_applied_op"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    op_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    result: Mapped[dict[str, Any]] = mapped_column(JSONType)


class Blob(Base):
    """Content-addressed attachment contents (id = SHA-256 of the bytes, verified on arrival)."""

    __tablename__ = "cs_blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(100), nullable=True)


class BlobChunk(Base):
    """Parts of an upload in progress; an interrupted upload resumes at the sum of their sizes."""

    __tablename__ = "cs_blob_chunk"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    offset: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    total: Mapped[int] = mapped_column(BigInteger)


class AuditEntry(Base):
    __tablename__ = "cs_audit"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(64))
    local_id: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str | None] = mapped_column(String(100), nullable=True)
    action: Mapped[str] = mapped_column(String(100))
    person_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    case_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    contact_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    __table_args__ = (UniqueConstraint("device_id", "local_id", name="uq_audit_device_local"),)


class Conflict(Base):
    """A field both sides changed: the server kept its value; the client's is kept here for a person."""

    __tablename__ = "cs_conflict"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(100))
    client_value: Mapped[Any] = mapped_column(JSONType, nullable=True)
    server_value: Mapped[Any] = mapped_column(JSONType, nullable=True)
    base_revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    server_revision: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str | None] = mapped_column(String(100), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Subscription(Base):
    """Cases a device opened on demand (counter clerks); their changes flow into its feed."""

    __tablename__ = "cs_subscription"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LoginThrottle(Base):
    """Failed sign-ins in a row, per account (``user:<name>``) and per client address (``addr:<ip>``), and
    until when sign-ins are refused (``casestore.limits``). In the database, so that every server process
    sees the same counts."""

    __tablename__ = "cs_login_throttle"
    key: Mapped[str] = mapped_column(String(160), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

from casestore import models_appointments as models_appointments  # noqa: E402  (theme-desk appointments)
from casestore import models_queue as models_queue  # noqa: E402  (the shop queue tables, in the same metadata)
from casestore import models_reports as models_reports  # noqa: E402  (citizen reports, in the same metadata)
