"""SyncClient: one laptop's synchronisation with the central case store.

    client = SyncClient(store, "https://casestore.city.be", attachments=loket.attachments, wipe=wipe_fn)
    result = client.sync_once()      # push outbox + attachments, push audit, pull the change feed
    client.status()                  # offline / syncing / last synced / N waiting / conflicts

``sync_once`` is blocking and runs no threads of its own: the UI calls it from its worker pool.
Transient network trouble ends as ``status.state == "offline"`` in the result; a revoked device wipes
the local store (``wipe`` hook) and raises ``DeviceRevoked``; a missing sign-in raises ``AuthRequired``;
a malformed server answer raises ``ProtocolError`` with nothing local changed by it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk_app.services.changes import ChangeSet, from_synced
from desk_app.store.db import Store
from desk_app.store.models import Attachment, OutboxOperation
from sync import local, protocol
from sync.errors import DeviceRevoked, Offline, ProtocolError, ServerError
from sync.tokens import KeyringTokenStore, TokenStore
from sync.transport import RetryPolicy, Transport

State = Literal["idle", "syncing", "offline", "error", "revoked", "signed_out"]
MAX_PARKED = 10_000


class AttachmentBlobs(Protocol):
    """What the client needs of desk_app's AttachmentStore."""

    def get(self, sha256: str) -> bytes: ...
    def has(self, sha256: str) -> bool: ...
    def put(self, session: Any, data: bytes, filename: str, mime: str | None = None) -> Any: ...


@dataclass(frozen=True)
class SyncStatus:
    state: State
    last_synced_at: dt.datetime | None
    pending: int  # operations waiting to be sent
    conflicts: int  # open conflicts for a person to decide
    rejected: int  # operations the server refused (kept locally, with the reason)
    last_error: str | None = None

    def summary(self) -> str:
        when = self.last_synced_at.astimezone().strftime("%d/%m %H:%M") if self.last_synced_at else "never"
        parts = [{"idle": "synced", "syncing": "syncing…"}.get(self.state, self.state), f"last {when}"]
        if self.pending:
            parts.append(f"{self.pending} waiting")
        if self.conflicts:
            parts.append(f"{self.conflicts} conflicts")
        if self.rejected:
            parts.append(f"{self.rejected} refused")
        return " · ".join(parts)


@dataclass
class SyncResult:
    pushed: int = 0  # operations acknowledged (applied, merged or conflict)
    duplicates: int = 0  # of which the server had seen before (answer lost earlier)
    new_conflicts: int = 0
    rejected: int = 0  # operations refused (final), including those parked by the client
    parked_ops: int = 0  # of which set aside by the client: the case store failed on them every time
    pulled: int = 0  # records received from the change feed
    parked: int = 0  # received records waiting for their parent record
    blobs_uploaded: int = 0
    bytes_uploaded: int = 0
    blobs_downloaded: int = 0
    audit_sent: int = 0
    retries: int = 0
    problems: list[str] = field(default_factory=list)  # things a person should look at (not fatal)
    status: SyncStatus | None = None
    changed: dict[str, set[str]] = field(default_factory=dict)  # entity -> ids touched by the sync

    def touch(self, entity: str, rid: str) -> None:
        self.changed.setdefault(entity, set()).add(rid)

    @property
    def changes(self) -> ChangeSet:
        """What the sync changed on this laptop, as the desk's change set (views refresh from it, like after
        any other mutation); conflicts or refusals left for a person mark the conflict screen."""
        return from_synced(self.changed, self.new_conflicts, self.rejected)


def wipe_store_files(store: Store, attachments_dir: Path | None = None) -> None:
    """Default wipe hook: close the store, forget its key and delete its files (and the attachment folder).
    A desk passes ``wipe=loket.wipe`` instead, which also deletes drafts, caches and logs (``desk_app.wipe``)."""
    from desk_app.keys import forget_store_key

    store.close()
    forget_store_key(store.path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(store.path) + suffix)
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
    if attachments_dir is not None:
        shutil.rmtree(attachments_dir, ignore_errors=True)


def _blob_shas(w: dict[str, Any]) -> list[str]:
    """The attachment contents an outbox operation needs at the case store first: a document's, a citizen
    report's photos."""
    if w["action"] != "create":
        return []
    payload = w["payload"]
    if w["entity"] == "case_attachment":
        return [str(payload.get("sha256"))]
    if w["entity"] == "report_intake":
        photos = payload.get("photos")
        return [str(ph.get("sha256")) for ph in photos if isinstance(ph, dict)] if isinstance(photos, list) else []
    return []


def _blames_the_batch(e: ServerError) -> bool:
    """A definite failure of this request (a 4xx other than auth, or a 5xx that kept coming back), as
    opposed to a busy or unreachable case store (502/503/504, 429), after which everything is tried again
    on the next sync."""
    if e.status in (429, 502, 503, 504):
        return False
    return e.status >= 500 or e.status in (400, 413, 422)


def _refuses_the_upload(e: ServerError) -> bool:
    """A final answer to one document's upload (not allowed, too large, bad content), as opposed to
    trouble that passes (busy, unreachable, a lost answer: those end or repeat the sync as before)."""
    return 400 <= e.status < 500 and e.status not in (401, 408, 409, 429)


@dataclass
class _Split:
    """One push run: operations answered ``retry``, operations the case store failed on alone (with the
    error), and whether any push went through (only then is the failure theirs, not the case store's)."""

    stuck: set[str] = field(default_factory=set)
    suspects: list[tuple[dict[str, Any], ServerError]] = field(default_factory=list)
    answered: bool = False


class SyncClient:
    def __init__(
        self,
        store: Store,
        server_url: str,
        *,
        attachments: AttachmentBlobs | None = None,
        token_store: TokenStore | None = None,
        ca_bundle: str | None = None,
        verify: bool = True,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        wipe: Callable[[], object] | None = None,
        push_batch: int = 200,
        page_size: int = 1000,
        chunk_size: int = 1024 * 1024,
    ) -> None:
        self.store = store
        self.server_url = server_url.rstrip("/")
        self.attachments = attachments
        self.tokens: TokenStore = token_store if token_store is not None else KeyringTokenStore()
        self.transport = Transport(
            self.server_url, self.tokens, ca_bundle=ca_bundle, verify=verify, timeout=timeout, retry=retry,
            sleep=sleep,
        )
        if wipe is None:
            folder = getattr(attachments, "folder", None)
            self.wipe: Callable[[], object] = lambda: wipe_store_files(store, folder)
        else:
            self.wipe = wipe
        self.push_batch = push_batch
        self.page_size = page_size
        self.chunk_size = chunk_size
        self._state: State = "idle"
        self._last_error: str | None = None

    def close(self) -> None:
        self.transport.close()

    # ---------------------------------------------------------------------------------- status
    def status(self) -> SyncStatus:
        if self._state == "revoked":
            return SyncStatus("revoked", None, 0, 0, 0, self._last_error)
        with self.store.read() as s:
            last = local.get_state(s, "last_synced_at")
            return SyncStatus(
                state=self._state,
                last_synced_at=dt.datetime.fromisoformat(last) if last else None,
                pending=local.count_pending(s),
                conflicts=local.count_open_conflicts(s),
                rejected=local.count_state(s, "rejected"),
                last_error=self._last_error,
            )

    # ---------------------------------------------------------------------------------- sync
    def sync_once(self) -> SyncResult:
        """Push everything waiting, then pull the change feed to its end. Safe to interrupt anywhere."""
        result = SyncResult()
        self._state = "syncing"
        retries_before = self.transport.retries
        try:
            self.push(result)
            self.push_audit(result)
            self.pull(result)
            self._reports(result)
        except Offline as e:
            self._state, self._last_error = "offline", str(e)
        except DeviceRevoked as e:
            self._revoked(str(e))
            raise
        except Exception as e:
            self._state, self._last_error = "error", str(e)
            raise
        else:
            self._state, self._last_error = "idle", None
            with self.store.write() as s:
                local.set_state(s, "last_synced_at", dt.datetime.now(dt.UTC).isoformat())
        finally:
            result.retries = self.transport.retries - retries_before
        result.status = self.status()
        return result

    def _reports(self, result: SyncResult) -> None:
        """Citizen reports: the open ones as points for the offline duplicate check, and the references of the
        reports taken here (``sync/report_points.py``)."""
        from sync.report_points import sync_reports

        got = sync_reports(self.transport, self.store)
        for rid in got.changed:
            result.touch("report_intake", rid)
        if got.stored or got.removed:
            result.touch("report_intake", "*")

    def _revoked(self, message: str) -> None:
        self._state, self._last_error = "revoked", message
        with contextlib.suppress(Exception):
            self.tokens.clear(self.server_url)
        self.wipe()

    # ---------------------------------------------------------------------------------- push
    def push(self, result: SyncResult | None = None) -> SyncResult:
        """Send the outbox in batches, in order. One operation never holds up the others: the case store
        refuses a bad one alone (``rejected``, final); a batch it fails on as a whole (a 4xx or a 500 that
        repeats) is split until the operations that cause it are found, and once other pushes went through
        (the case store works, it fails on these), they are parked as ``rejected`` with reason
        ``server_error`` and the others go on. A case store that fails on every push parks nothing: the
        error ends the sync as before, as does transient trouble (no connection, 502/503/504, 429)."""
        result = result or SyncResult()
        split = _Split()
        while True:
            with self.store.read() as s:
                ops = [
                    op for op in local.pending_ops(s, self.push_batch + len(split.stuck))
                    if op.op_id not in split.stuck
                ]
                ops = ops[: self.push_batch]
                wire = [local.op_to_wire(s, op) for op in ops]
            if not wire:
                return result
            shas = [sha for w in wire for sha in _blob_shas(w)]
            if shas:
                refused = self.upload_blobs(shas, result)
                if refused:  # a document the case store will not take: its operation alone is refused
                    kept = []
                    for w in wire:
                        err = next((refused[sha] for sha in _blob_shas(w) if sha in refused), None)
                        if err is not None and w["action"] == "create":
                            self._refuse_op(w, err, result)
                        else:
                            kept.append(w)
                    wire = kept
                    if not wire:
                        continue
            progress = self._push_batch(wire, split, result)
            if split.suspects:
                if not split.answered:
                    raise split.suspects[0][1]
                for op_wire, err in split.suspects:
                    self._park_op(op_wire, err, result)
                split.suspects.clear()
                progress = True
            if not progress:
                return result

    def _push_batch(self, wire: list[dict[str, Any]], split: _Split, result: SyncResult) -> bool:
        """Push ``wire``; True when any operation got a final answer. A batch the case store fails on is
        pushed in halves; a single operation it fails on becomes a suspect."""
        try:
            body = self.transport.request("POST", "/v1/push", json_body={"ops": wire})
        except ServerError as e:
            if not _blames_the_batch(e):
                raise
            if len(wire) == 1:
                split.suspects.append((wire[0], e))
                return False
            mid = len(wire) // 2
            first = self._push_batch(wire[:mid], split, result)
            return self._push_batch(wire[mid:], split, result) or first
        split.answered = True
        results = protocol.push_results(body, [w["op_id"] for w in wire])
        progress = self._record_push(results, result)
        split.stuck.update(r.op_id for r in results if r.status == "retry")
        return progress

    def _park_op(self, op_wire: dict[str, Any], err: ServerError, result: SyncResult) -> None:
        """Set aside an operation every push of which the case store failed on (``server_error``)."""
        what = f"{op_wire['entity']} {op_wire['action']}"
        message = f"the case store failed on this operation ({what}) every time: {err}"[:1000]
        if self._set_aside(op_wire, lambda s, op: local.park_operation(s, op, err.status, err.code, message)):
            result.rejected += 1
            result.parked_ops += 1
            result.problems.append(f"{what} {op_wire['entity_id']} set aside: {message}")

    def _refuse_op(self, op_wire: dict[str, Any], err: ServerError, result: SyncResult) -> None:
        """Refuse an operation whose document the case store will not take (the server's code and reason)."""
        what = f"{op_wire['entity']} {op_wire['action']}"
        message = f"the case store refused the document's upload: {err}"[:1000]
        params = {"http_status": err.status}
        if self._set_aside(op_wire, lambda s, op: local.refuse_operation(s, op, err.code or "refused", message,
                                                                          params)):
            result.rejected += 1
            result.problems.append(f"{what} {op_wire['entity_id']} refused: {message}")

    def _set_aside(self, op_wire: dict[str, Any], mark: Callable[[Any, OutboxOperation], None]) -> bool:
        """Apply ``mark`` to the still pending outbox operation of ``op_wire``; False when it is not pending."""
        with self.store.write() as s:
            op = s.scalars(select(OutboxOperation).where(OutboxOperation.op_id == op_wire["op_id"])).first()
            if op is None or op.state != "pending":
                return False
            mark(s, op)
        return True

    def _record_push(self, results: list[protocol.OpResult], result: SyncResult) -> bool:
        progress = False
        reindex: set[str] = set()
        with self.store.write() as s:
            s.execute(text("PRAGMA defer_foreign_keys = ON"))
            ops = {
                op.op_id: op
                for op in s.scalars(
                    select(OutboxOperation).where(OutboxOperation.op_id.in_([r.op_id for r in results]))
                )
            }
            applied = []
            for r in results:
                op = ops.get(r.op_id)
                if op is None or op.state != "pending" or r.status == "retry":
                    continue
                progress = True
                op.state = {"conflict": "conflict", "rejected": "rejected"}.get(r.status, "done")
                # A refusal is final for this operation alone, kept with its reason (code, message, params).
                op.result = local.refusal(r.raw) if r.status == "rejected" else r.raw
                if op.entity == "notification":  # an e-mail/SMS is now with the case store's gateway
                    local.mark_notification(s, op.entity_id, "sent" if op.state == "done" else "refused")
                if op.entity == "status_change" and op.action == "create" and r.status == "conflict":
                    local.status_change_not_applied(s, op.entity_id)
                applied.append(r)
            s.flush()
            held = local.pending_fields_map(s, ((rec.entity, rec.id) for r in applied for rec in r.records))
            for r in applied:
                if r.status == "rejected":
                    result.rejected += 1
                    continue
                result.pushed += 1
                if r.raw.get("duplicate") is True:
                    result.duplicates += 1
                for rec in r.records:
                    self._apply(s, rec, reindex, result, held)
                for c in r.conflicts:
                    if local.add_field_conflict(s, c):
                        result.new_conflicts += 1
            local.reindex_persons(s, reindex)
        return progress

    def _apply(
        self,
        s: Session,
        rec: protocol.RecordState,
        reindex: set[str],
        result: SyncResult,
        pending: dict[tuple[str, str], set[str] | str] | None = None,
    ) -> None:
        try:
            local.apply_record(s, rec, reindex, pending)  # raises Parked before changing anything
            result.touch(rec.entity, rec.id)
        except local.Parked:
            self._park(s, rec)
            result.parked += 1

    # ---------------------------------------------------------------------------------- blobs
    def upload_blobs(self, shas: list[str], result: SyncResult | None = None) -> dict[str, ServerError]:
        """Upload attachment contents the server lacks, resuming interrupted uploads. Returns the uploads
        the case store refused for good (not allowed, too large), by sha: their operations are refused
        alone, the other documents and operations go on."""
        result = result or SyncResult()
        shas = sorted({sha for sha in shas if protocol.is_sha256(sha)})
        refused: dict[str, ServerError] = {}
        if not shas:
            return refused
        body = self.transport.request("POST", "/v1/blobs/missing", json_body={"sha256": shas})
        missing = protocol.blobs_missing(body, shas)
        for sha, offset in missing.items():
            if self.attachments is None:
                raise ServerError("attachment contents are needed but no attachment store was given")
            try:
                data = self.attachments.get(sha)
            except (ValueError, OSError) as e:
                # Missing or damaged on this laptop: its link stays waiting (the server answers "retry"),
                # everything else goes on; the problem is reported.
                result.problems.append(f"attachment {sha[:12]}…: {e}")
                continue
            if hashlib.sha256(data).hexdigest() != sha:
                result.problems.append(f"attachment {sha[:12]}… is damaged on this laptop")
                continue
            try:
                self._upload(sha, data, offset, result)
            except ServerError as e:
                if not _refuses_the_upload(e):
                    raise
                refused[sha] = e
                result.problems.append(f"attachment {sha[:12]}… refused by the case store: {e}")
        with self.store.write() as s:
            for sha in shas:
                att = s.get(Attachment, sha)
                if att is not None and not att.uploaded and sha not in refused:
                    att.uploaded = True
        return refused

    def _upload(self, sha: str, data: bytes, offset: int, result: SyncResult) -> None:
        total = len(data)
        restarts = 0
        while True:
            end = min(total, offset + self.chunk_size)
            try:
                body = self.transport.request(
                    "PATCH",
                    f"/v1/blobs/{sha}",
                    content=data[offset:end],
                    headers={
                        "Upload-Offset": str(offset),
                        "Upload-Length": str(total),
                        "Content-Type": "application/octet-stream",
                    },
                )
            except ServerError as e:
                if e.code in ("offset_mismatch", "hash_mismatch") and restarts < 5:
                    # An earlier answer was lost after the server stored the chunk: ask where it is.
                    restarts += 1
                    again = self.transport.request("POST", "/v1/blobs/missing", json_body={"sha256": [sha]})
                    offset = protocol.blobs_missing(again, [sha]).get(sha, total)
                    if offset >= total:
                        return
                    continue
                raise
            result.bytes_uploaded += end - offset
            offset, complete = protocol.blob_upload(body, sha, total)
            if complete:
                result.blobs_uploaded += 1
                return

    def _download(self, sha: str) -> bytes:
        data = self.transport.request_bytes("GET", f"/v1/blobs/{sha}")
        if hashlib.sha256(data).hexdigest() != sha:
            raise ProtocolError(f"the case store sent attachment {sha[:12]}… with the wrong contents")
        return data

    # ---------------------------------------------------------------------------------- audit
    def push_audit(self, result: SyncResult | None = None, batch: int = 1000) -> SyncResult:
        result = result or SyncResult()
        while True:
            with self.store.read() as s:
                after = int(local.get_state(s, "audit_pushed_id", "0") or 0)
                entries = local.audit_after(s, after, batch)
            if not entries:
                return result
            body = self.transport.request("POST", "/v1/audit", json_body={"entries": entries})
            last = body.get("last_id")
            if last != entries[-1]["id"]:
                raise ProtocolError("malformed answer from the case store: audit acknowledgement does not match")
            with self.store.write() as s:
                local.set_state(s, "audit_pushed_id", str(last))
            result.audit_sent += len(entries)

    # ---------------------------------------------------------------------------------- pull
    def pull(self, result: SyncResult | None = None) -> SyncResult:
        """Pull the change feed page by page; each page is applied in one local transaction together
        with the new cursor, so an interruption resumes exactly after the last applied page."""
        result = result or SyncResult()
        while True:
            with self.store.read() as s:
                cursor = int(local.get_state(s, "pull_cursor", "0") or 0)
            body = self.transport.request(
                "GET", "/v1/changes", params={"since": cursor, "limit": self.page_size}
            )
            page = protocol.changes_page(body, cursor, self.page_size)
            blobs = self._fetch_page_blobs(page, result)
            reindex: set[str] = set()
            with self.store.write() as s:
                s.execute(text("PRAGMA defer_foreign_keys = ON"))
                held = local.pending_fields_map(s, ((r.entity, r.id) for _seq, r in page.changes))
                for _seq, rec in page.changes:
                    if rec.entity == "case_attachment":
                        self._store_attachment(s, rec, blobs)
                s.flush()
                applied, parked = local.apply_page(s, [r for _seq, r in page.changes], reindex, held)
                for rec in applied:
                    result.touch(rec.entity, rec.id)
                for rec in parked:
                    self._park(s, rec)
                result.parked += len(parked)
                result.pulled += len(page.changes)
                self._retry_parked(s, reindex, result)
                local.reindex_persons(s, reindex)
                local.set_state(s, "pull_cursor", str(page.cursor))
            if not page.has_more:
                return result

    def _fetch_page_blobs(self, page: protocol.ChangesPage, result: SyncResult) -> dict[str, bytes]:
        wanted: set[str] = set()
        with self.store.read() as s:
            for _seq, rec in page.changes:
                if rec.entity != "case_attachment":
                    continue
                sha = rec.data.get("sha256")
                if not protocol.is_sha256(sha):
                    raise ProtocolError("malformed record from the case store: attachment without a valid sha256")
                have_row = s.get(Attachment, sha) is not None
                have_file = self.attachments.has(str(sha)) if self.attachments is not None else True
                if not (have_row and have_file):
                    wanted.add(str(sha))
        out = {}
        for sha in sorted(wanted):
            if self.attachments is not None:
                out[sha] = self._download(sha)
                result.blobs_downloaded += 1
            else:
                out[sha] = b""
        return out

    def _store_attachment(self, s: Session, rec: protocol.RecordState, blobs: dict[str, bytes]) -> None:
        sha = str(rec.data.get("sha256"))
        if sha not in blobs:
            return
        raw_meta = rec.data.get("attachment")
        meta: dict[str, Any] = raw_meta if isinstance(raw_meta, dict) else {}
        filename = str(meta.get("filename") or f"{sha[:12]}.bin")[:255]
        mime = meta.get("mime") if isinstance(meta.get("mime"), str) else None
        if self.attachments is not None and blobs[sha]:
            try:
                att = self.attachments.put(s, blobs[sha], filename, mime)
            except ValueError:
                att = self.attachments.put(s, blobs[sha], filename, None) if mime else None
            if att is not None:
                att.uploaded = True
                return
        if s.get(Attachment, sha) is None:
            size = meta.get("size")
            s.add(
                Attachment(
                    sha256=sha,
                    filename=filename,
                    mime=mime or "application/octet-stream",
                    size=size if isinstance(size, int) and not isinstance(size, bool) else len(blobs[sha]),
                    uploaded=True,
                )
            )

    def _park(self, s: Session, rec: protocol.RecordState) -> None:
        parked = json.loads(local.get_state(s, "parked", "[]") or "[]")
        parked = [p for p in parked if not (p["entity"] == rec.entity and p["id"] == rec.id)]
        parked.append({"entity": rec.entity, "id": rec.id, "revision": rec.revision, "data": rec.data})
        local.set_state(s, "parked", json.dumps(parked[-MAX_PARKED:]))

    def _retry_parked(self, s: Session, reindex: set[str], result: SyncResult) -> None:
        raw = local.get_state(s, "parked")
        if not raw or raw == "[]":
            return
        waiting = [protocol.record_state(p, "parked record") for p in json.loads(raw)]
        local.set_state(s, "parked", "[]")
        progress = True
        while progress and waiting:
            progress = False
            still = []
            for rec in waiting:
                try:
                    local.apply_record(s, rec, reindex)
                    result.touch(rec.entity, rec.id)
                    progress = True
                except local.Parked:
                    still.append(rec)
            waiting = still
        for rec in waiting:
            self._park(s, rec)

    # ---------------------------------------------------------------------------------- on demand
    def open_case(self, ref: str) -> SyncResult:
        """Counter desk: fetch a case (by id or official number) on demand; it stays in this feed."""
        body = self.transport.request("POST", f"/v1/cases/{ref}/open")
        if not isinstance(body.get("case_id"), str):
            raise ProtocolError("malformed answer from the case store: no case_id")
        return self.pull()
