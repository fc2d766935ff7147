"""The store's encryption key: 32 random bytes kept in the OS keyring, never in a file.

When no keyring is usable (a headless machine without Secret Service, a locked KWallet), Loket refuses to
open a real store and says why (``KEYRING_UNAVAILABLE``), before anything is written. Only demo mode
(synthetic data) falls back to a key file beside its demo store (owner-only), and says so.

This module defines no keyring backend: keyring registers every backend class it sees and would pick it
on a machine without an OS keyring. The test keyrings live in ``tests/keyrings.py``.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import os
from pathlib import Path

import keyring
import keyring.errors

from desk_app.messages import Message

SERVICE = "loket-store"
DEMO_KEY_FILE = "demo-store.key"

KEYRING_UNAVAILABLE = Message(
    "The system keyring is not available, so Loket cannot unlock its encrypted store. Nothing was written. "
    "Sign in to the desktop session (GNOME Keyring, KWallet or Windows Credential Manager) and start Loket again."
)
KEY_NOT_HERE = Message(
    "This laptop does not hold the key of this Loket store. A store copied from another laptop cannot be "
    "read: sync again on this laptop instead."
)

log = logging.getLogger(__name__)


class KeyUnavailable(RuntimeError):
    """The key for a store cannot be had; ``message`` is for the user."""


class _NotKept(Exception):
    """The keyring accepted the key but does not give it back (e.g. keyring's null backend)."""


def _account(store_path: Path) -> str:
    return str(store_path.resolve())


def store_key(store_path: Path, create: bool, demo_key_file: Path | None = None) -> bytes:
    """Return the key for the store at ``store_path``; create one if asked and none exists.

    Raises ``KeyUnavailable`` with a message for the clerk. With ``demo_key_file`` (demo mode only) an
    existing key file is used first, and a new key goes to that file when no keyring is usable.
    """
    if demo_key_file is not None and demo_key_file.exists():
        return _read_demo_key(demo_key_file)
    account = _account(store_path)
    try:
        stored = keyring.get_password(SERVICE, account)
        if stored is None and create:
            keyring.set_password(SERVICE, account, base64.b64encode(os.urandom(32)).decode())
            stored = keyring.get_password(SERVICE, account)
            if stored is None:
                raise _NotKept(type(keyring.get_keyring()).__name__)
    except (keyring.errors.KeyringError, _NotKept) as exc:
        log.info("keyring not usable: %r", exc)
        if demo_key_file is not None:
            return _create_demo_key(demo_key_file, create)
        raise KeyUnavailable(KEYRING_UNAVAILABLE) from exc
    if stored is None:
        raise KeyUnavailable(KEY_NOT_HERE)
    try:
        key = base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise KeyUnavailable(Message("The key of this Loket store in the system keyring is damaged; the store cannot be "
                                     "read."))
    return key


def forget_store_key(store_path: Path, demo_key_file: Path | None = None) -> None:
    """Forget the store's key (keyring entry and demo key file): what is left of the store is unreadable."""
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, _account(store_path))
    if demo_key_file is not None:
        demo_key_file.unlink(missing_ok=True)


def _read_demo_key(path: Path) -> bytes:
    try:
        key = base64.b64decode(path.read_text(encoding="ascii").strip(), validate=True)
    except (OSError, UnicodeError, binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise KeyUnavailable(Message("The demo store's key file {path} is damaged; delete the demo folder to start "
                                     "afresh.", path=path))
    return key


def _create_demo_key(path: Path, create: bool) -> bytes:
    if not create:
        raise KeyUnavailable(Message("The demo store's key file {path} is missing; delete the demo folder to start "
                                     "afresh.", path=path))
    key = os.urandom(32)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(base64.b64encode(key).decode())
    log.warning("demo mode: no system keyring, so the demo store's key is kept in %s (synthetic data only)", path)
    return key
