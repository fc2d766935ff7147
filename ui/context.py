"""What every feature module gets: the headless core (``Loket``), the worker pool and the change bus."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ui.core.bus import Bus
from ui.core.ops import Operations
from ui.theme import Colours

if TYPE_CHECKING:
    from desk_app.app import Loket


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

    def mutate(self, fn: Any, on_success: Any = None, on_failure: Any = None) -> int:
        """Run a mutation in the pool; its ChangeSet (the result, or the last item of a tuple result)
        is published on the bus before ``on_success`` runs."""
        from desk_app.services.changes import ChangeSet

        def done(result: Any) -> None:
            changes = result if isinstance(result, ChangeSet) else None
            if changes is None and isinstance(result, tuple):
                changes = next((x for x in result if isinstance(x, ChangeSet)), None)
                if changes is None:
                    changes = next((getattr(x, "changes", None) for x in result if hasattr(x, "changes")), None)
            self.bus.publish(changes)
            if on_success is not None:
                on_success(result)

        return self.ops.run_op(fn, done, on_failure)
