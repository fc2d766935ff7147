"""Synchronisation of a Loket laptop with the central case store (no Qt, no threads of its own).

- ``sync.client.SyncClient(store, server_url, attachments=..., wipe=...)``: ``sync_once() -> SyncResult``,
  ``status() -> SyncStatus``, ``open_case(ref)``.
- ``sync.login.login(server_url, username, password, store=...)`` / ``logout(server_url)``.
- ``sync.errors``: ``Offline``, ``AuthRequired``, ``InvalidCredentials``, ``DeviceRevoked``, ``ProtocolError``,
  ``ServerError``, ``TLSError``.
- ``sync.cli.register(subparsers)``: ``desk-app sync`` and ``desk-app login``.
The protocol: docs/protocol.md and casestore/openapi.json.
"""
