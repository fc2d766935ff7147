"""What every feature module gets: the headless core (``Loket``), the worker pool and the change bus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ui.core.bus import Bus
from ui.core.ops import Failure, Operations, Success
from ui.theme import Colours

if TYPE_CHECKING:
    from desk_app.app import Loket
    from desk_app.services.changes import ChangeSet


@dataclass
class AppContext:
    loket: Loket
    ops: Operations
    bus: Bus
    colours: Colours = field(default_factory=Colours)
    services: dict[str, Any] = field(default_factory=dict)  # card, sync, demo … (optional)

    @property
    def lang(self) -> str:
        return self.loket.settings.language

    @property
    def role(self) -> str:
        return self.loket.settings.role

    def may(self, desk_action: str) -> bool:
        """May the signed-in role take this desk action (``wire.roles.DESK_ACTIONS``)? The desk offers only
        what the case store accepts."""
        from wire.roles import may_do

        return may_do(self.role, desk_action)

    def mutate(self, fn: Callable[[], Any], on_success: Success | None = None, on_failure: Failure | None = None, *,
               changes: Callable[[Any], ChangeSet | None] | None = None, key: str | None = None) -> int:
        """Run a mutation (anything that writes: the store, the audit log, drafts, the sync) in the pool; its
        ChangeSet is published on the bus before ``on_success`` runs, so every page it touches is refreshed
        or marked dirty. The ChangeSet is ``changes(result)`` when given, else the result itself, an item of a
        tuple result (or its ``.changes``), or a dict result's ``"changes"``."""
        def done(result: Any) -> None:
            self.bus.publish(changes(result) if changes is not None else change_set_of(result))
            if on_success is not None:
                on_success(result)

        return self.ops.run_op(fn, done, on_failure, key=key)


def change_set_of(result: object) -> ChangeSet | None:
    """The ChangeSet a mutation returned (see ``AppContext.mutate``), or None."""
    from desk_app.services.changes import ChangeSet

    if isinstance(result, ChangeSet):
        return result
    if isinstance(result, dict) and isinstance(result.get("changes"), ChangeSet):
        return result["changes"]
    if isinstance(result, tuple):
        found = next((x for x in result if isinstance(x, ChangeSet)), None)
        if found is None:
            found = next((x.changes for x in result if isinstance(getattr(x, "changes", None), ChangeSet)), None)
        return found
    return None
