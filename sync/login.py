"""Signing a laptop in: user name + password once, then tokens in the OS keyring."""

from __future__ import annotations

import socket
from dataclasses import dataclass

from desk_app.store.db import Store
from sync import local
from sync.errors import ProtocolError
from sync.tokens import KeyringTokenStore, TokenStore
from sync.transport import RetryPolicy, Transport


@dataclass(frozen=True)
class LoginResult:
    username: str
    display_name: str
    role: str
    department: str | None
    device_id: str


def login(
    server_url: str,
    username: str,
    password: str,
    *,
    store: Store | None = None,
    device_name: str | None = None,
    token_store: TokenStore | None = None,
    ca_bundle: str | None = None,
    verify: bool = True,
    timeout: float = 30.0,
    retry: RetryPolicy | None = None,
) -> LoginResult:
    """Sign ``username`` in on this laptop. Registers the device on first sign-in (its id is kept in the
    store's ``sync_state``, the tokens in the keyring). Raises ``InvalidCredentials``, ``DeviceRevoked``,
    ``Offline`` or ``ProtocolError``."""
    tokens = token_store if token_store is not None else KeyringTokenStore()
    device_id = None
    if store is not None:
        with store.read() as s:
            if local.get_state(s, "server_url") == server_url.rstrip("/"):
                device_id = local.get_state(s, "device_id")
    transport = Transport(server_url, tokens, ca_bundle=ca_bundle, verify=verify, timeout=timeout, retry=retry)
    try:
        body = transport.request(
            "POST",
            "/v1/auth/login",
            json_body={
                "username": username,
                "password": password,
                "device_id": device_id,
                "device_name": device_name or socket.gethostname(),
            },
            auth=False,
        )
        user: object = body.get("user")
        if not isinstance(user, dict) or not isinstance(user.get("role"), str):
            raise ProtocolError("malformed answer from the case store: sign-in without user")
        creds = transport.save_tokens(body, username)
    finally:
        transport.close()
    if store is not None:
        with store.write() as s:
            before = (local.get_state(s, "server_url"), local.get_state(s, "device_id"), local.get_state(s, "username"))
            if before != (server_url.rstrip("/"), creds.device_id, username):
                # Another server, device or user: what this laptop may see changed, so the feed starts over.
                local.set_state(s, "pull_cursor", "0")
                local.set_state(s, "parked", "[]")
            local.set_state(s, "server_url", server_url.rstrip("/"))
            local.set_state(s, "device_id", creds.device_id)
            local.set_state(s, "username", username)
            local.set_state(s, "role", str(user["role"]))
    return LoginResult(
        username=username,
        display_name=str(user.get("display_name") or username),
        role=str(user["role"]),
        department=user.get("department") if isinstance(user.get("department"), str) else None,
        device_id=creds.device_id,
    )


def logout(server_url: str, token_store: TokenStore | None = None) -> None:
    tokens = token_store if token_store is not None else KeyringTokenStore()
    transport = Transport(server_url, tokens, retry=RetryPolicy(attempts=1))
    try:
        transport.request("POST", "/v1/auth/logout")
    except Exception:  # best effort: forgetting the tokens locally is what matters
        pass
    finally:
        transport.close()
        tokens.clear(server_url)
