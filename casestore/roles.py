"""Roles and what each may do: the one table in ``wire.roles``, shared with the desk (re-exported here
under the names the case store has always used)."""

from __future__ import annotations

from wire.roles import (
    ACTIONS,
    ADMINISTRATOR,
    COORDINATOR,
    COUNTER_CLERK,
    DESK_ACTIONS,
    ENTITIES,
    IMMUTABLE,
    MANAGEMENT,
    OUTREACH,
    PERMISSIONS,
    ROLES,
    THEME_DESK,
    may,
    may_do,
)

__all__ = [
    "ACTIONS",
    "ADMINISTRATOR",
    "COORDINATOR",
    "COUNTER_CLERK",
    "DESK_ACTIONS",
    "ENTITIES",
    "IMMUTABLE",
    "MANAGEMENT",
    "OUTREACH",
    "PERMISSIONS",
    "ROLES",
    "THEME_DESK",
    "may",
    "may_do",
]
