"""Attachments: content-addressed by the SHA-256 of the plaintext, stored encrypted (AES-256-GCM with a
key derived from the store key). File names are HMACs of the hash, so the folder reveals nothing."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import mimetypes
import os
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy.orm import Session

from desk_app.store.models import Attachment

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

ALLOWED_MIME = {
    "image/jpeg", "image/png", "image/tiff", "application/pdf", "text/plain",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


class AttachmentInvalid(ValueError):
    pass


def hkdf_sha256(key: bytes, salt: bytes, info: bytes, length: int = 32) -> bytes:
    """HKDF-SHA256 (RFC 5869) with the standard library: the store opens without loading a crypto
    library; AES-GCM is loaded with the first attachment."""
    prk = hmac.new(salt, key, hashlib.sha256).digest()
    out, block, i = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([i]), hashlib.sha256).digest()
        out += block
        i += 1
    return out[:length]


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) owner-only (0700)."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(OSError):  # mkdir's mode is masked by the umask; a filesystem without modes
            folder.chmod(0o700)


def private_file(path: Path) -> BinaryIO:
    """Open ``path`` for writing (truncated), created owner-only (0600): files with citizen data."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with contextlib.suppress(OSError):  # an existing file keeps its mode: make it owner-only too
        os.fchmod(fd, 0o600)
    return os.fdopen(fd, "wb")


class AttachmentStore:
    def __init__(self, folder: Path, store_key: bytes | None, max_bytes: int = 25 * 1024 * 1024) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        base = store_key or b"\0" * 32
        self._aead_key = hkdf_sha256(base, b"loket-attachments", b"aead")
        self._aead_cipher: AESGCM | None = None
        self._name_key = hkdf_sha256(base, b"loket-attachments", b"names")

    @property
    def _aead(self) -> AESGCM:
        if self._aead_cipher is None:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            self._aead_cipher = AESGCM(self._aead_key)
        return self._aead_cipher

    def _path(self, sha256: str) -> Path:
        name = hmac.new(self._name_key, sha256.encode(), hashlib.sha256).hexdigest()
        return self.folder / name[:2] / name

    def put(self, session: Session, data: bytes, filename: str, mime: str | None = None) -> Attachment:
        if len(data) > self.max_bytes:
            raise AttachmentInvalid(
                f"'{filename}' is {len(data) / 1048576:.1f} MB; the limit is {self.max_bytes // 1048576} MB."
            )
        if not data:
            raise AttachmentInvalid(f"'{filename}' is empty.")
        mime = mime or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        if mime not in ALLOWED_MIME:
            raise AttachmentInvalid(f"'{filename}' is a {mime} file; allowed are photos, scans and PDF.")
        sha = hashlib.sha256(data).hexdigest()
        existing = session.get(Attachment, sha)
        path = self._path(sha)
        if not path.exists():
            private_folder(path.parent)
            nonce = os.urandom(12)
            blob = nonce + self._aead.encrypt(nonce, data, sha.encode())
            tmp = path.with_suffix(".tmp")
            with private_file(tmp) as fh:
                fh.write(blob)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        if existing:
            return existing
        att = Attachment(sha256=sha, filename=Path(filename).name[:255], mime=mime, size=len(data))
        session.add(att)
        return att

    def put_file(self, session: Session, path: Path) -> Attachment:
        size = path.stat().st_size
        if size > self.max_bytes:
            raise AttachmentInvalid(
                f"'{path.name}' is {size / 1048576:.1f} MB; the limit is {self.max_bytes // 1048576} MB."
            )
        return self.put(session, path.read_bytes(), path.name)

    def get(self, sha256: str) -> bytes:
        path = self._path(sha256)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            raise AttachmentInvalid(f"attachment {sha256[:12]}… is not on this laptop") from None
        data = self._aead.decrypt(blob[:12], blob[12:], sha256.encode())
        if hashlib.sha256(data).hexdigest() != sha256:
            raise AttachmentInvalid(f"attachment {sha256[:12]}… is damaged")
        return data

    def has(self, sha256: str) -> bool:
        return self._path(sha256).exists()
