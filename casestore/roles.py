"""Roles and what each may do: every role sees and changes only what its work needs."""

from __future__ import annotations

COUNTER_CLERK = "counter"
OUTREACH = "outreach"
THEME_DESK = "theme_desk"
COORDINATOR = "coordinator"
ADMINISTRATOR = "administrator"

ROLES = (COUNTER_CLERK, OUTREACH, THEME_DESK, COORDINATOR, ADMINISTRATOR)

ENTITIES = (
    "person",
    "address",
    "case",
    "status_change",
    "contact_moment",
    "appointment",
    "note",
    "case_attachment",
    "notification",  # an e-mail or SMS for the citizen, handed to the gateway; never in the change feed
)

# Records that are history: created once, never changed.
IMMUTABLE = frozenset({"status_change", "case_attachment", "notification"})

_ALL_CASE_WORK = {e: {"create", "update"} for e in ENTITIES}

PERMISSIONS: dict[str, dict[str, set[str]]] = {
    COUNTER_CLERK: {
        "person": {"create", "update"},
        "address": {"create", "update"},
        "case": {"create", "update"},
        "status_change": {"create"},
        "contact_moment": {"create", "update"},
        "appointment": {"create", "update"},
        "note": {"create", "update"},
        "case_attachment": {"create"},
        "notification": {"create"},
    },
    OUTREACH: {
        "person": {"create", "update"},
        "address": {"create", "update"},
        "case": {"create", "update"},
        "contact_moment": {"create", "update"},
        "appointment": {"create", "update"},
        "note": {"create", "update"},
        "case_attachment": {"create"},
        "notification": {"create"},
    },
    THEME_DESK: {
        "person": {"update"},
        "address": {"create", "update"},
        "case": {"update"},
        "status_change": {"create"},
        "contact_moment": {"create", "update"},
        "appointment": {"create", "update"},
        "note": {"create", "update"},
        "case_attachment": {"create"},
        "notification": {"create"},
    },
    COORDINATOR: _ALL_CASE_WORK,
    ADMINISTRATOR: {},
}


def may(role: str, entity: str, action: str) -> bool:
    return action in PERMISSIONS.get(role, {}).get(entity, set())
