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


def with_defaults(obj: Base) -> Base:
    """Fill the column defaults a flush would fill (so a snapshot needs no round trip to the store)."""
    for column_attr in inspect(obj).mapper.column_attrs:
        for column in column_attr.columns:
            default = getattr(column, "default", None)
            if default is None or getattr(obj, column_attr.key) is not None:
                continue
            if default.is_scalar:
                setattr(obj, column_attr.key, default.arg)
            elif default.is_callable:
                setattr(obj, column_attr.key, default.arg(None))
    return obj
