"""Plain dict snapshots of records (outbox payloads, JSON output, sync)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.inspection import inspect

from desk_app.store.models import Base

SKIP = {"rid"}


def to_dict(obj: Base) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for column in inspect(obj).mapper.column_attrs:
        if column.key in SKIP:
            continue
        value = getattr(obj, column.key)
        if isinstance(value, dt.datetime):
            value = value.astimezone(dt.UTC).isoformat()
        result[column.key] = value
    return result
