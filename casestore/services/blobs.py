"""Attachment contents, content-addressed by SHA-256: resumable uploads and reads."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from casestore import roles
from casestore.models import Blob, BlobChunk, Record
from casestore.services.common import Principal, ServiceError
from casestore.services.records import _BLOB_EXISTS
from casestore.services.visibility import record_visible

MAX_BLOB_SIZE = 64 * 1024 * 1024


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
