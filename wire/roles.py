"""Roles and what each may do: one table, imported by the case store (which enforces it on every pushed
operation) and by the desk (which offers only what it allows and refuses the rest before it reaches the
outbox). Stdlib only: no import of desk_app, ui, sync, eid or casestore.

Every front-line role does a whole intake: register or correct the citizen, open the case with its first
status, record contacts, appointments and notes, attach documents, and move the case on. What differs
between them is *which* cases their laptop sees (the case store's caseload rules), not what they may do
with a record they see. Coordinators do all case work; administrators manage users and devices, never
records.
"""

from __future__ import annotations

from wire.schema import ACTIONS, ENTITIES, IMMUTABLE

COUNTER_CLERK = "counter"
OUTREACH = "outreach"
THEME_DESK = "theme_desk"
COORDINATOR = "coordinator"
ADMINISTRATOR = "administrator"
MANAGEMENT = "management"
"""The city's management: reads the reports' dashboard (figures, hotspots, channel mix), no case work."""

ROLES = (COUNTER_CLERK, OUTREACH, THEME_DESK, COORDINATOR, ADMINISTRATOR, MANAGEMENT)


def _work(entities: tuple[str, ...]) -> dict[str, frozenset[str]]:
    return {e: frozenset({"create"} if e in IMMUTABLE else {"create", "update"}) for e in entities}


_FRONT_LINE = _work(ENTITIES)

PERMISSIONS: dict[str, dict[str, frozenset[str]]] = {
    COUNTER_CLERK: _FRONT_LINE,
    OUTREACH: _FRONT_LINE,
    THEME_DESK: _FRONT_LINE,
    COORDINATOR: _work(ENTITIES),
    ADMINISTRATOR: {},
    MANAGEMENT: {},
}


# Who sees the city shop's measures (waiting and service times, visits): the case store's
# GET /v1/queue/{shop}/measures and the desk's "Shop measures" page.
SHOP_MEASURES = frozenset({COORDINATOR, ADMINISTRATOR})

# Citizen reports (issue 15): who takes them (desk, phone, outreach), who dispatches them, who reads the
# city's dashboard of figures, and who may see *people* in it (the engaged citizens, the residents of a zone):
# each such view is audited.
REPORT_TAKERS = frozenset({COUNTER_CLERK, OUTREACH, THEME_DESK, COORDINATOR})
REPORT_DISPATCHERS = frozenset({COORDINATOR})
REPORT_DASHBOARD = frozenset({COORDINATOR, MANAGEMENT})
REPORT_PEOPLE = frozenset({COORDINATOR})


def may(role: str, entity: str, action: str) -> bool:
    """May ``role`` push an operation ``action`` (create | update) on an ``entity`` record?"""
    return action in PERMISSIONS.get(role, {}).get(entity, frozenset())


# What the desk offers, and the operations each one writes to the outbox (the optional ones only in some
# cases: an address with a new person, a notification when the new status informs the citizen, a document
# with an intake). The desk offers an action only when every operation it may write is allowed.
DESK_ACTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "new_person": (("person", "create"), ("address", "create")),
    "edit_person": (("person", "update"), ("address", "create")),
    "intake": (("case", "create"), ("status_change", "create"), ("case_attachment", "create"),
               ("notification", "create")),
    "change_status": (("case", "update"), ("status_change", "create"), ("notification", "create")),
    "attach_document": (("case_attachment", "create"),),
    "take_report": (("report_intake", "create"),),
}


def may_do(role: str, desk_action: str) -> bool:
    """May ``role`` take this desk action (a key of ``DESK_ACTIONS``)?"""
    try:
        ops = DESK_ACTIONS[desk_action]
    except KeyError:
        raise ValueError(f"unknown desk action {desk_action!r}") from None
    return all(may(role, entity, action) for entity, action in ops)


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
    "SHOP_MEASURES",
    "THEME_DESK",
    "may",
    "may_do",
]
