"""The card reader for the desk: the eid package's AutoReader calls back from pyscard's threads; every callback
goes through the one bridge (``ctx.ops.bridge``, ui.core.bridge) and runs on the GUI thread, where the public
signals are emitted. No Qt signal is emitted from a foreign thread."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desk_app.services.persons import CardData
from ui.context import AppContext
from ui.core.errors import eid_message

if TYPE_CHECKING:
    from eid.auto import AutoReader
    from eid.model import EidResult
    from eid.monitor import CardEvent

log = logging.getLogger(__name__)


def card_data(result: EidResult) -> CardData:
    """Map an ``eid.model.EidResult`` (partial or full) onto the desk's CardData."""
    p = result.person
    c = result.card
    a = result.address
    return CardData(
        national_number=p.national_number or "",
        surname=p.surname or "",
        given_names=p.given_names or "",
        third_initial=p.third_initial or None,
        birth_date=p.birth_date.iso if p.birth_date is not None else None,  # YYYY, YYYY-MM or YYYY-MM-DD
        birth_place=p.birth_place,
        sex=p.sex,
        nationality=p.nationality,
        card_number=c.number,
        card_valid_until=c.valid_until.isoformat() if c.valid_until else None,
        street_and_number=a.street_and_number if a else None,
        postal_code=a.postal_code if a else None,
        municipality=a.municipality if a else None,
    )


def document_kind(code: int | None, name: str | None) -> str:
    """The card's document type in the clerk's language: Belgian, kids, EU or foreigner card (and its letter)."""
    translate = QCoreApplication.translate  # not "tr": lupdate would take the context for the text
    if code is None:
        return name or translate("CardPanel", "unknown document")
    if code == 1:
        return translate("CardPanel", "Belgian identity card")
    if code == 6:
        return translate("CardPanel", "Kids-ID (Belgian child)")
    if 61 <= code <= 69:
        return translate("CardPanel", "Kids-ID (foreign child)")
    if code == 31:
        return translate("CardPanel", "EU citizen card (EU)")
    if code == 32:
        return translate("CardPanel", "EU citizen permanent residence card (EU+)")
    if code == 19:
        return translate("CardPanel", "EU Blue Card (H)")
    if name and name.startswith("Foreigner card "):
        return translate("CardPanel", "Foreigner card %1").replace("%1", name.removeprefix("Foreigner card "))
    return name or translate("CardPanel", "document type %1").replace("%1", str(code))


class CardService(QObject):
    # state: no_service | no_reader | ready | inserted | reading | read | error
    reader_state = Signal(str, str)
    identity = Signal(object)  # partial EidResult (no photo, not verified yet)
    result = Signal(object)  # full EidResult
    error = Signal(str)  # clerk message
    removed = Signal()

    def __init__(self, ctx: AppContext, reader_name: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.reader_name = reader_name
        self.readers: list[str] = []
        self.state = "starting"
        self.auto: AutoReader | None = None
        self.inserted_at: float | None = None
        self.last_insert_to_identity_ms: float | None = None
        self.present = False
        self.bridge = ctx.ops.bridge

    # ------------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        to_gui = self.bridge.wrap

        def start_reader() -> AutoReader:
            from eid.auto import AutoReader

            auto = AutoReader(
                on_identity=to_gui(self._on_identity),
                on_result=to_gui(self._on_result),
                on_error=to_gui(self._on_error),
                on_inserted=self._mark_inserted,
                on_removed=to_gui(self._on_removed),
                on_readers_changed=to_gui(self._on_readers),
            )
            return auto.start()

        def started(auto: AutoReader) -> None:
            self.auto = auto

        def failed(exc: BaseException) -> None:
            self._set_state("no_service", self._t("The card reader service is not available on this laptop."))
            log.warning("card reader service unavailable: %s", exc)

        self._set_state("starting", self._t("Looking for a card reader…"))
        self.ctx.ops.run_op(start_reader, started, failed)

    def stop(self) -> None:
        if self.auto is not None:
            try:
                self.auto.stop()
            except Exception:  # shutting down: nothing the clerk can do
                log.exception("stopping the card reader failed")
            self.auto = None

    def read_now(self) -> None:
        """F2: read the card that is in the reader now (again)."""
        if not self.readers and self.state in ("no_reader", "no_service"):
            self.error.emit(self.tr("No card reader is connected. Connect the reader and insert the card."))
            return

        on_identity = self.bridge.wrap(self._on_identity)

        def read() -> EidResult:
            from eid.reader import EidReader

            return EidReader(self.reader_name).read(on_identity=on_identity)

        self.inserted_at = time.perf_counter()
        self._set_state("reading", self._t("Reading the card…"))
        self.ctx.ops.run_op(read, self._on_result, self._on_error, key="card-read")

    # ------------------------------------------------------------------------ callbacks (GUI thread)
    def _mark_inserted(self, event: CardEvent) -> None:  # the monitor's thread: the time of insertion, then the bridge
        self.bridge.post(self._on_inserted, event, time.perf_counter())

    def _t(self, source: str) -> str:
        """The reader status in the user's language; its source is kept for a language switch."""
        self._state_source = source
        return self.tr(source)

    def _set_state(self, state: str, text: str) -> None:
        self.state = state
        self.reader_state.emit(state, text)

    def retranslate(self) -> None:
        """The language changed: say the reader status again, in the new language."""
        source = getattr(self, "_state_source", None)
        if source:
            self.reader_state.emit(self.state, self.tr(source))

    def _on_readers(self, readers: list[str]) -> None:
        self.readers = list(readers)
        if not readers:
            self._set_state("no_reader", self._t("No card reader connected"))
        elif not self.present:
            self._set_state("ready", self._t("Reader ready — insert an eID card"))

    def _on_inserted(self, event: CardEvent, at: float | None = None) -> None:
        self.inserted_at = at if at is not None else time.perf_counter()
        self.present = True
        if not self.readers:
            self.readers = [event.reader]
        self._set_state("reading", self._t("Reading the card…"))

    def _on_result(self, full: EidResult) -> None:
        self.result.emit(full)

    def _on_identity(self, partial: EidResult) -> None:
        if self.inserted_at is not None:
            self.last_insert_to_identity_ms = (time.perf_counter() - self.inserted_at) * 1000
        self._set_state("read", self._t("Card read"))
        self.identity.emit(partial)

    def _on_removed(self, _event: CardEvent) -> None:
        self.present = False
        self._set_state("ready" if self.readers else "no_reader",
                        self._t("Reader ready — insert an eID card") if self.readers else self._t("No card reader connected"))
        self.removed.emit()

    def _on_error(self, exc: BaseException) -> None:
        from eid.errors import (
            EidError,
            NoCardError,
            NoReaderError,
            PcscNotRunningError,
            ReaderUnavailableError,
        )

        if isinstance(exc, PcscNotRunningError):
            self._set_state("no_service", self._t("The card reader service is not running"))
            return
        if isinstance(exc, NoReaderError | ReaderUnavailableError):
            self._set_state("no_reader", self._t("No card reader connected"))
            return
        if isinstance(exc, NoCardError):
            self._set_state("ready", self._t("Reader ready — insert an eID card"))
            self.error.emit(self.tr("There is no card in the reader."))
            return
        self._set_state("error", self._t("The card could not be read"))
        self.error.emit(eid_message(exc) if isinstance(exc, EidError) else getattr(exc, "message", None) or str(exc))
