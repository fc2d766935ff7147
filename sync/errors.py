"""Errors the sync client reports to the app."""

from __future__ import annotations


class SyncError(Exception):
    """Base class; ``str(e)`` is a message a person can read."""


class Offline(SyncError):
    """The server could not be reached (after retries). Local work goes on; try again later."""


class AuthRequired(SyncError):
    """No valid sign-in for this server on this laptop: run ``desk-app login``."""


class InvalidCredentials(AuthRequired):
    """Wrong user name or password."""


class DeviceRevoked(SyncError):
    """An administrator revoked this laptop. The client has wiped the local store."""


class ProtocolError(SyncError):
    """The server's answer was malformed or hostile; nothing local was changed by it."""


class ServerError(SyncError):
    """The server refused a request (4xx other than auth) or kept failing (5xx)."""

    def __init__(self, message: str, status: int = 0, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class TLSError(SyncError):
    """The server's certificate is not trusted (wrong CA bundle, or someone in between)."""
