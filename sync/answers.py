"""Strict reading of the case store's JSON answers for the shop's clients (queue, appointments): each helper
returns the value or raises ``ProtocolError`` naming the field, before anything is used."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sync.errors import ProtocolError


def malformed(what: str) -> ProtocolError:
    return ProtocolError(f"malformed answer from the case store: {what}")


def obj(v: object, what: str) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise malformed(f"{what} is not an object")
    return v


def text(d: dict[str, Any], key: str, *, optional: bool = False, limit: int = 1000) -> Any:
    v = d.get(key)
    if v is None and optional:
        return None
    if not isinstance(v, str) or len(v) > limit:
        raise malformed(f"{key} is not a text")
    return v


def integer(d: dict[str, Any], key: str, *, optional: bool = False) -> Any:
    v = d.get(key)
    if v is None and optional:
        return None
    if not isinstance(v, int) or isinstance(v, bool) or abs(v) >= 2**62:
        raise malformed(f"{key} is not a number")
    return v


def when(d: dict[str, Any], key: str, *, optional: bool = False) -> Any:
    """A time with its UTC offset (ISO 8601; ``Z`` too)."""
    raw = text(d, key, optional=optional, limit=64)
    if raw is None:
        return None
    try:
        v = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise malformed(f"{key} is not a time") from None
    if v.tzinfo is None:
        raise malformed(f"{key} has no UTC offset")
    return v
