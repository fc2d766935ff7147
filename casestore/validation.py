"""What the case store accepts as text and as the data of a push operation.

Two layers use this module:

- the request models in ``casestore.api_models`` declare ``ID_PATTERN``, ``SHA256_PATTERN`` and ``TEXT_PATTERN``
  (they are in the OpenAPI document, so a client or a test generator knows exactly what passes); a request
  whose envelope does not match is answered ``422`` as a whole;
- ``operation_problem`` checks everything inside one push operation (every string, key and value, at any
  depth, its nesting, its sizes). A bad operation is answered ``rejected`` with ``invalid: <why>`` while the
  other operations of the same push are applied: one bad intake never blocks the ones behind it.

Nothing that fails these checks reaches the database, so no stored record can make the change feed fail.
"""

from __future__ import annotations

import math
import re
from typing import Any

from wire.schema import ID_PATTERN as ID_PATTERN
from wire.schema import SHA256_PATTERN as SHA256_PATTERN

# Record, operation, device and case ids (uuids, national numbers, case numbers YYYY-NNNNNN) and blob names:
# one rule for both sides, in the wire schema (the laptop's reader, sync/protocol.py, uses the same).
# Free text: anything but control characters (C0 and C1) other than tab, line feed and carriage return.
TEXT_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*$"

MAX_DEPTH = 16  # objects/lists inside the payload, counting the payload itself
MAX_STRING = 100_000  # characters of one string value
MAX_KEY = 100  # characters of one key (a field name; the conflict table keeps up to 100)
MAX_KEYS = 1000  # keys of one object
MAX_ITEMS = 1000  # items of one list
MAX_INT = 2**63 - 1  # integers must fit a 64-bit column

# Payload fields the server copies into indexed columns (see services.push._scope_columns): ids of 64 characters
# at most, user names and departments of 100.
REFERENCE_FIELDS = ("person_id", "case_id")
NAME_FIELDS = ("department", "assignee", "advisor", "staff")
MAX_NAME = 100

_ID = re.compile(ID_PATTERN)
_BAD_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def is_id(v: object) -> bool:
    return isinstance(v, str) and _ID.match(v) is not None


def text_problem(v: str) -> str | None:
    """Why ``v`` cannot be stored as text, or None."""
    m = _BAD_CHAR.search(v)
    if m is None:
        return None
    c = m.group()
    if "\ud800" <= c <= "\udfff":
        return "contains an invalid character (a lone UTF-16 surrogate)"
    return f"contains a control character (U+{ord(c):04X}), which is not allowed"


def _show(key: str) -> str:
    """A key as it may appear in a message: printable, short."""
    shown = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in key[:40])
    return shown + ("…" if len(key) > 40 else "")


def _join(path: str, key: str) -> str:
    return f"{path}.{_show(key)}" if path else _show(key)


def data_problem(value: Any, path: str, depth: int = 1) -> str | None:
    """The first reason why ``value`` (found at ``path``) cannot be stored, or None."""
    if isinstance(value, str):
        if len(value) > MAX_STRING:
            return f"{path}: text longer than {MAX_STRING} characters"
        why = text_problem(value)
        return f"{path}: {why}" if why else None
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return None if -MAX_INT - 1 <= value <= MAX_INT else f"{path}: number too large"
    if isinstance(value, float):
        return None if math.isfinite(value) else f"{path}: not a finite number"
    if isinstance(value, dict):
        if depth > MAX_DEPTH:
            return f"{path}: nested more than {MAX_DEPTH} levels deep"
        if len(value) > MAX_KEYS:
            return f"{path}: more than {MAX_KEYS} fields"
        for k, v in value.items():
            if not isinstance(k, str):
                return f"{path}: a field name is not text"
            if not k:
                return f"{path}: a field name is empty"
            if len(k) > MAX_KEY:
                return f"{_join(path, k)}: field name longer than {MAX_KEY} characters"
            why = text_problem(k)
            if why:
                return f"{_join(path, k)}: field name {why}"
            problem = data_problem(v, _join(path, k), depth + 1)
            if problem:
                return problem
        return None
    if isinstance(value, list):
        if depth > MAX_DEPTH:
            return f"{path}: nested more than {MAX_DEPTH} levels deep"
        if len(value) > MAX_ITEMS:
            return f"{path}: more than {MAX_ITEMS} items"
        for i, v in enumerate(value):
            problem = data_problem(v, f"{path}[{i}]", depth + 1)
            if problem:
                return problem
        return None
    return f"{path}: unsupported value"


def _reference_problem(record: dict[str, Any], path: str) -> str | None:
    for k in REFERENCE_FIELDS:
        v = record.get(k)
        if v is not None and not is_id(v):
            return f"{path}.{k}: must be an id of 1 to 64 letters, digits or . _ : -"
    for k in NAME_FIELDS:
        v = record.get(k)
        if v is not None and (not isinstance(v, str) or len(v) > MAX_NAME):
            return f"{path}.{k}: must be text of at most {MAX_NAME} characters"
    return None


def operation_problem(op: dict[str, Any]) -> str | None:
    """Why this push operation cannot be stored (a message naming the field), or None.

    Checks every string of the operation (keys and values, at any depth) and the payload's shape; the
    entity, action and permissions are checked by the service."""
    for key in ("entity", "action", "created_at", "actor"):
        v = op.get(key)
        if v is not None:
            problem = data_problem(v, key)
            if problem:
                return problem
    if not is_id(op.get("entity_id")):
        return "entity_id: must be an id of 1 to 64 letters, digits or . _ : -"
    payload = op.get("payload")
    if not isinstance(payload, dict):
        return "payload: must be an object"
    problem = data_problem(payload, "payload")
    if problem:
        return problem
    if op.get("action") == "update":
        changes = payload.get("changes")
        return _reference_problem(changes, "payload.changes") if isinstance(changes, dict) else None
    return _reference_problem(payload, "payload")
