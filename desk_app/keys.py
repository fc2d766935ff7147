"""The store's encryption key: 32 random bytes kept in the OS keyring, never in a file.

When no keyring is available (a headless machine without Secret Service, or a locked KWallet), Loket
refuses to open a real store and says why; only demo mode (synthetic data) may fall back to a key file
beside its demo store, and says so. Tests install the in-memory backend below.
"""

from __future__ import annotations

import base64
import contextlib
import os
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors

SERVICE = "loket-store"


class KeyUnavailable(RuntimeError):
    """The key for a store cannot be had; ``message`` is for the user."""


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in memory only: for tests and benchmarks."""

    priority = 1  # type: ignore[assignment,unused-ignore]

    def __init__(self) -> None:
        super().__init__()
        self._items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._items[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


def _account(store_path: Path) -> str:
    return str(store_path.resolve())


def store_key(store_path: Path, create: bool, demo_key_file: Path | None = None) -> bytes:
    """Return the key for the store at ``store_path``; create one if asked and none exists."""
    account = _account(store_path)
    try:
        stored = keyring.get_password(SERVICE, account)
        if stored is None and create:
            key = os.urandom(32)
            keyring.set_password(SERVICE, account, base64.b64encode(key).decode())
            stored = keyring.get_password(SERVICE, account)
    except keyring.errors.KeyringError as exc:
        if demo_key_file is not None:
            return _demo_file_key(demo_key_file, create)
        raise KeyUnavailable(
            "The system keyring is not available, so Loket cannot unlock its encrypted store "
            f"({exc.__class__.__name__}). Sign in to the desktop session (GNOME Keyring, KWallet or "
            "Windows Credential Manager) and start Loket again."
        ) from exc
    if stored is None:
        raise KeyUnavailable(
            "This laptop does not hold the key of this Loket store. A store copied from another "
            "laptop cannot be read: sync again on this laptop instead."
        )
    return base64.b64decode(stored)


def forget_store_key(store_path: Path) -> None:
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, _account(store_path))


def _demo_file_key(path: Path, create: bool) -> bytes:
    if path.exists():
        return base64.b64decode(path.read_text())
    if not create:
        raise KeyUnavailable("The demo store's key file is missing.")
    key = os.urandom(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(base64.b64encode(key).decode())
    return key


class TestFileKeyring(keyring.backend.KeyringBackend):
    """TESTS AND CI ONLY: a keyring in a plain JSON file named by ``LOKET_TEST_KEYRING_FILE``, so that
    tests that run desk-app in subprocesses (kill tests, several laptops) share keys across processes.
    Select it with ``PYTHON_KEYRING_BACKEND=desk_app.keys.TestFileKeyring``. Never for real data."""

    priority = 0.5  # type: ignore[assignment,unused-ignore]

    def _file(self) -> Path:
        return Path(os.environ.get("LOKET_TEST_KEYRING_FILE", "loket-test-keyring.json"))

    def _load(self) -> dict[str, str]:
        import json

        try:
            return dict(json.loads(self._file().read_text()))
        except (OSError, ValueError):
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        import json

        data = self._load()
        data[f"{service}\0{username}"] = password
        tmp = self._file().with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, self._file())

    def delete_password(self, service: str, username: str) -> None:
        import json

        data = self._load()
        if data.pop(f"{service}\0{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._file().write_text(json.dumps(data))
