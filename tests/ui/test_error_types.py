"""The desk matches core errors by their type, not by their class name (issue 14 §3): a more specific error a
core package adds later is told like its base class, and a look-alike name from elsewhere is not mistaken for it."""

from __future__ import annotations

from typing import Any, cast

from eid.errors import PcscNotRunningError
from sync.errors import AuthRequired, DeviceRevoked, InvalidCredentials, Offline


class ServerUnreachable(Offline):
    """A narrower kind of Offline (as the sync client might add)."""


class ReaderServiceStopped(PcscNotRunningError):
    pass


class RevokedDuringPull(DeviceRevoked):
    pass


def test_sync_errors_are_told_by_type(qtbot: Any) -> None:
    from ui.core.errors import describe

    offline = describe(Offline("x"))
    assert describe(ServerUnreachable("connection refused")) == offline
    assert describe(InvalidCredentials("no")) == describe(AuthRequired("x")) != offline
    look_alike = type("Offline", (Exception,), {"__module__": "sync.elsewhere"})
    assert describe(look_alike("x")) != offline  # same name, not a sync error: not "cannot be reached"


def test_card_service_tells_reader_errors_by_type(qtbot: Any, window: Any) -> None:
    from ui.card.service import CardService

    service = CardService(window.ctx)
    service._on_error(ReaderServiceStopped())
    assert service.state == "no_service"


def test_sync_controller_closes_the_desk_on_any_revocation(qtbot: Any, window: Any) -> None:
    from ui.conflicts.status import SyncController

    controller = SyncController(window.ctx, client=cast(Any, object()))  # never called: the revocation comes first
    controller.running = True
    with qtbot.waitSignal(controller.revoked, timeout=2000):
        controller._failed(RevokedDuringPull("revoked"))
    assert not controller.running
