"""Where the access and refresh tokens live: the OS keyring (``keyring`` package), never a file."""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from typing import Protocol

import keyring
import keyring.errors

SERVICE = "loket-sync"


@dataclass
class Credentials:
    access_token: str
    refresh_token: str
    device_id: str
    username: str


class TokenStore(Protocol):
    def load(self, server_url: str) -> Credentials | None: ...
    def save(self, server_url: str, creds: Credentials) -> None: ...
    def clear(self, server_url: str) -> None: ...


def _key(server_url: str) -> str:
    return server_url.rstrip("/").lower()


class KeyringTokenStore:
    """Tokens per server URL in the OS keyring (Secret Service, macOS Keychain, Windows Credential
    Locker). A missing or locked keyring raises ``keyring.errors.KeyringError`` to the caller."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def load(self, server_url: str) -> Credentials | None:
        raw = keyring.get_password(self.service, _key(server_url))
        if not raw:
            return None
        try:
            d = json.loads(raw)
            return Credentials(
                access_token=str(d["access_token"]),
                refresh_token=str(d["refresh_token"]),
                device_id=str(d["device_id"]),
                username=str(d["username"]),
            )
        except (ValueError, KeyError, TypeError):
            return None

    def save(self, server_url: str, creds: Credentials) -> None:
        keyring.set_password(self.service, _key(server_url), json.dumps(asdict(creds)))

    def clear(self, server_url: str) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(self.service, _key(server_url))
