"""Change sets: every mutation says what it changed, so views refresh only that."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from wire import schema


@dataclass
class ChangeSet:
    persons: set[str] = field(default_factory=set)
    cases: set[str] = field(default_factory=set)
    contacts: set[str] = field(default_factory=set)
    appointments: set[str] = field(default_factory=set)
    notes: set[str] = field(default_factory=set)
    attachments: set[str] = field(default_factory=set)
    conflicts: set[str] = field(default_factory=set)
    drafts: set[str] = field(default_factory=set)  # intake drafts written or deleted (the home screen lists them)
    reports: set[str] = field(default_factory=set)  # citizen reports taken here (report_intake ids) or cached
    outbox: int = 0  # operations added to the outbox

    def merge(self, other: ChangeSet) -> ChangeSet:
        for name in ("persons", "cases", "contacts", "appointments", "notes", "attachments", "conflicts", "drafts",
                     "reports"):
            getattr(self, name).update(getattr(other, name))
        self.outbox += other.outbox
        return self

    def __bool__(self) -> bool:
        return bool(
            self.persons or self.cases or self.contacts or self.appointments or self.notes
            or self.attachments or self.conflicts or self.drafts or self.reports or self.outbox
        )


# which part of a change set a synced record belongs to (its views refresh): declared in the wire schema
ENTITY_PARTS = {e.name: e.view for e in schema.SCHEMA}


def from_synced(changed: Mapping[str, Iterable[str]], new_conflicts: int = 0, rejected: int = 0) -> ChangeSet:
    """The change set of a sync: the records it touched (entity → ids), and "*" in ``conflicts`` when it
    left conflicts or refusals for a person (the conflict screen with its Refused tab shows them)."""
    cs = ChangeSet()
    for entity, ids in changed.items():
        part = ENTITY_PARTS.get(entity)
        if part:
            getattr(cs, part).update(ids)
    if new_conflicts or rejected:
        cs.conflicts.add("*")
    return cs
