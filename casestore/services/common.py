"""What every domain of the case store shares: the error with its HTTP status and code, and the
signed-in caller (``Principal``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


class ServiceError(Exception):
    """An error with an HTTP status and a stable machine-readable code."""

    def __init__(self, status: int, code: str, detail: str = "", headers: dict[str, str] | None = None) -> None:
        super().__init__(detail or code)
        self.status = status
        self.code = code
        self.detail = detail or code
        self.headers = headers  # e.g. Retry-After on 429


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the signed-in user on one registered device (read with the access token)."""

    user_id: int
    username: str
    role: str
    department: str | None
    device_id: str
    device_last_seen_at: dt.datetime | None = None


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=dt.UTC)


def outside_caseload() -> ServiceError:
    """The one refusal for a record out of the caller's view, whether it exists or not: it reveals nothing."""
    return ServiceError(403, "forbidden", "the record is outside your caseload")
