"""Intake drafts on disk, encrypted with a key derived from the store key (AES-GCM), written atomically.

A draft is saved a moment after every edit, so a crash, a closed lid or a flat battery loses at most the
last second of typing; it is deleted once the intake is saved."""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.services.attachments import hkdf_sha256, private_file, private_folder
from desk_app.services.changes import ChangeSet

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from desk_app.app import Loket

MAGIC = b"LKD1"


@dataclass
class Draft:
    case_type: str
    person_id: str | None
    answers: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)  # channel, fee paid, attachment paths
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    saved_at: float = field(default_factory=time.time)
    title: str = ""


class DraftStore:
    def __init__(self, folder: Path, key: bytes | None) -> None:
        self.folder = folder
        private_folder(self.folder)
        self._key = hkdf_sha256(key, b"loket-drafts", b"aead") if key else None
        self._cipher: AESGCM | None = None

    @property
    def _aead(self) -> AESGCM | None:
        """AES-GCM, loaded with the first draft written or read (not at start: the home screen lists
        drafts on every start, and usually there are none)."""
        if self._cipher is None and self._key is not None:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            self._cipher = AESGCM(self._key)
        return self._cipher

    @classmethod
    def for_loket(cls, loket: Loket) -> DraftStore:
        """Drafts of an encrypted store are sealed with the store's own key; only an unencrypted store
        (benchmarks) keeps plain drafts. The key is the one the store was opened with, never looked up
        again: a keyring that went away mid-session must not turn drafts into plain files."""
        return cls(loket.paths.drafts, loket.store_key)

    def _path(self, draft_id: str) -> Path:
        return self.folder / f"{draft_id}.draft"

    def save(self, draft: Draft) -> ChangeSet:
        draft.saved_at = time.time()
        raw = json.dumps(draft.__dict__, ensure_ascii=False, default=str).encode()
        if self._aead is not None:
            nonce = os.urandom(12)
            raw = MAGIC + nonce + self._aead.encrypt(nonce, raw, draft.id.encode())
        tmp = self._path(draft.id).with_suffix(".tmp")
        with private_file(tmp) as fh:  # owner-only, like the store
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self._path(draft.id))
        return ChangeSet(drafts={draft.id})

    def load(self, draft_id: str) -> Draft | None:
        try:
            raw = self._path(draft_id).read_bytes()
        except FileNotFoundError:
            return None
        try:
            if raw.startswith(MAGIC):
                if self._aead is None:
                    return None
                raw = self._aead.decrypt(raw[4:16], raw[16:], draft_id.encode())
            data = json.loads(raw)
            return Draft(**data)
        except Exception:
            return None

    def delete(self, draft_id: str) -> ChangeSet:
        self._path(draft_id).unlink(missing_ok=True)
        return ChangeSet(drafts={draft_id})

    def list(self) -> list[Draft]:
        drafts = [self.load(p.stem) for p in self.folder.glob("*.draft")]
        return sorted((d for d in drafts if d is not None), key=lambda d: -d.saved_at)
