"""Keyring backends for TESTS AND BENCHMARKS ONLY. Never for real data.

They live here, outside the product packages, and are never chosen by keyring's discovery: keyring
registers every ``KeyringBackend`` subclass it sees and, on a machine without Secret Service or KWallet,
would otherwise pick these (``viable = False`` keeps them out of ``keyring.get_keyring()``'s choice).
A test selects one explicitly:

- in-process: ``keyring.set_keyring(MemoryKeyring())`` (``tests/conftest.py`` does it for every test);
- in a subprocess: ``PYTHON_KEYRING_BACKEND=tests.keyrings.TestFileKeyring``, ``LOKET_TEST_KEYRING_FILE``
  naming the JSON file, and the repository on ``PYTHONPATH`` (see ``subprocess_env``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

import keyring.backend
import keyring.errors

REPO = Path(__file__).resolve().parents[1]
ENV_FILE = "LOKET_TEST_KEYRING_FILE"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in this process's memory only."""

    priority = 1  # type: ignore[assignment,unused-ignore]
    viable = False  # type: ignore[assignment,unused-ignore]  # never picked by discovery

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

    def services(self) -> set[str]:
        """The services that hold at least one secret (tests look at what is left after a wipe)."""
        return {service for service, _ in self._items}


class TestFileKeyring(keyring.backend.KeyringBackend):
    """A keyring in a plain JSON file named by ``$LOKET_TEST_KEYRING_FILE``, so that tests that run
    desk-app in subprocesses (kill tests, several laptops) share secrets across processes."""

    __test__ = False  # not a pytest test class
    priority = 0.5  # type: ignore[assignment,unused-ignore]
    viable = False  # type: ignore[assignment,unused-ignore]  # never picked by discovery

    def _file(self) -> Path:
        try:
            return Path(os.environ[ENV_FILE])
        except KeyError:
            raise keyring.errors.KeyringError(f"TestFileKeyring needs ${ENV_FILE}") from None

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._file().read_text()))
        except (OSError, ValueError):
            return {}

    def _save(self, data: dict[str, str]) -> None:
        path = self._file()
        tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\0{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._save(data)


def subprocess_env(ring_file: Path, base: Mapping[str, str] | None = None, **extra: str) -> dict[str, str]:
    """The environment for a child process that uses ``TestFileKeyring`` on ``ring_file``."""
    env = dict(os.environ if base is None else base)
    path = env.get("PYTHONPATH")
    env.update(
        PYTHON_KEYRING_BACKEND="tests.keyrings.TestFileKeyring",
        LOKET_TEST_KEYRING_FILE=str(ring_file),
        PYTHONPATH=str(REPO) + (os.pathsep + path if path else ""),
        **extra,
    )
    return env
