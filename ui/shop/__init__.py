"""The city shop's walk-in queue at the desk (issue 16): reception issues and prints tickets (``reception``), a
desk's clerk calls, parks, transfers and finishes them (``queue_page``); the call display (``display``) and the
coordinator's shop measures (``measures_page``) live here too. Reception and the queue talk to the case store through
``sync.shop.ShopClient`` on the sync client's transport; reception keeps its own queue while the case store
cannot be reached (``desk_app.services.reception``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desk_app.services.reception import ReceptionQueue
    from sync.shop import ShopClient
    from ui.context import AppContext


def shop_client(ctx: AppContext) -> ShopClient | None:
    """The queue client on the desk's sync transport; None when the desk has no case store."""
    client = ctx.services.get("shop_client")
    if client is None:
        sync = ctx.services.get("sync")
        if sync is None:
            return None
        from sync.shop import ShopClient

        client = ctx.services["shop_client"] = ShopClient(sync.client.transport, attempts=2)
    return client


def reception_queue(ctx: AppContext) -> ReceptionQueue:
    """Reception's offline queue, one per desk (it is safe to use from several workers)."""
    rq = ctx.services.get("reception_queue")
    if rq is None:
        from desk_app.services.reception import ReceptionQueue

        rq = ctx.services["reception_queue"] = ReceptionQueue.for_loket(ctx.loket)
    return rq


def _t(text: str) -> str:
    return QCoreApplication.translate("ShopQueue", text)


def unreachable_text() -> str:
    return _t("The case store cannot be reached: the queue is kept at reception; calls wait until it is back.")


def describe(exc: BaseException) -> str:
    """A queue error in words a clerk understands."""
    from desk_app.services.reception import NoOfflineRange, QueueRefused, QueueUnreachable
    from ui.core import errors

    if isinstance(exc, QueueUnreachable):
        return unreachable_text()
    if isinstance(exc, NoOfflineRange):
        return _t("This service has no numbers for tickets issued without the case store; send the citizen to "
                  "the desk directly.")
    if isinstance(exc, QueueRefused):  # the case store's message is English: its code says it in the clerk's words
        if exc.code == "conflict":
            return _t("Another desk was first: this ticket has moved on meanwhile.")
        if exc.code == "too_many_calls":
            return _t("This ticket was called the most times allowed already: mark it as not shown up, or park it.")
        if exc.code == "busy":
            return _t("The queue is too busy right now; call again.")
        return exc.message
    return errors.describe(exc)


def minutes(seconds: int | None) -> str:
    if seconds is None:
        return "–"
    return _t("%1 min").replace("%1", str(max(0, round(seconds / 60))))
