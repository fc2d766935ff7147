"""Reading a Belgian eID over PC/SC (pyscard's ``smartcard.scard`` layer, raw APDUs).

    from eid.reader import EidReader, list_readers
    result = EidReader().read(on_identity=lambda partial: show(partial))

One card transaction per read. Every failure is an :class:`eid.errors.EidError` subclass
with a clerk-facing ``message`` and a stable ``code``.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from smartcard import scard

from eid.card import ReadOptions, iter_read_card
from eid.errors import (
    CardReadError,
    CardRemovedError,
    EidError,
    NoCardError,
    NoReaderError,
    PcscNotRunningError,
    ReaderBusyError,
    ReaderUnavailableError,
)
from eid.model import EidResult
from eid.verify import load_certificates

__all__ = [
    "EidReader",
    "PcscContext",
    "PcscTransport",
    "ReaderState",
    "error_for_hresult",
    "list_readers",
    "reader_states",
]

PNP_NOTIFICATION = r"\\?PnP?\Notification"

_REMOVED = {
    scard.SCARD_W_REMOVED_CARD,
    scard.SCARD_E_NO_SMARTCARD,
    scard.SCARD_W_RESET_CARD,
    scard.SCARD_W_UNPOWERED_CARD,
    scard.SCARD_E_NOT_TRANSACTED,
    scard.SCARD_F_COMM_ERROR,
    scard.SCARD_W_UNRESPONSIVE_CARD,
}


def _u32(hr: int) -> int:
    return hr & 0xFFFFFFFF


def error_for_hresult(hr: int, *, during_read: bool = False, what: str = "") -> EidError:
    """Map a PC/SC error code to the typed error a clerk can act on."""
    hr = _u32(hr)
    detail = f"{what}: {scard.SCardGetErrorMessage(hr)} (0x{hr:08X})".lstrip(": ")
    if hr in (scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED):
        return PcscNotRunningError(detail=detail)
    if hr == scard.SCARD_E_NO_READERS_AVAILABLE:
        return NoReaderError(detail=detail)
    if hr in (scard.SCARD_E_READER_UNAVAILABLE, scard.SCARD_E_UNKNOWN_READER):
        return ReaderUnavailableError(detail=detail)
    if hr == scard.SCARD_E_SHARING_VIOLATION:
        return ReaderBusyError(detail=detail)
    if hr in _REMOVED:
        if during_read:
            return CardRemovedError(detail=detail)
        if hr == scard.SCARD_W_UNRESPONSIVE_CARD:
            return CardReadError(
                "The card does not respond. Check that it is inserted the right way round "
                "(chip first, facing up), clean the chip if needed, and try again.",
                detail=detail,
            )
        return NoCardError(detail=detail)
    if hr == scard.SCARD_E_TIMEOUT:
        return CardReadError(detail=detail)
    return CardReadError(detail=detail)


class PcscContext:
    """An established PC/SC context (context manager)."""

    def __init__(self) -> None:
        try:
            hr, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        except scard.error as exc:  # pragma: no cover - pyscard raising instead of returning
            raise PcscNotRunningError(detail=str(exc)) from exc
        if hr != scard.SCARD_S_SUCCESS:
            raise error_for_hresult(hr, what="establish context")
        self.handle = ctx

    def list_readers(self) -> list[str]:
        hr, readers = scard.SCardListReaders(self.handle, [])
        if _u32(hr) == scard.SCARD_E_NO_READERS_AVAILABLE:
            return []
        if hr != scard.SCARD_S_SUCCESS:
            raise error_for_hresult(hr, what="list readers")
        return list(readers)

    def release(self) -> None:
        if self.handle is not None:
            with contextlib.suppress(Exception):
                scard.SCardReleaseContext(self.handle)
            self.handle = None

    def __enter__(self) -> PcscContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@dataclass(frozen=True, slots=True)
class ReaderState:
    name: str
    card_present: bool
    atr: bytes | None
    in_use: bool
    mute: bool


def reader_states(ctx: PcscContext, readers: Sequence[str] | None = None) -> list[ReaderState]:
    names = list(readers) if readers is not None else ctx.list_readers()
    if not names:
        return []
    hr, states = scard.SCardGetStatusChange(ctx.handle, 0, [(n, scard.SCARD_STATE_UNAWARE) for n in names])
    if hr not in (scard.SCARD_S_SUCCESS, scard.SCARD_E_TIMEOUT):
        raise error_for_hresult(hr, what="reader status")
    out = []
    for name, state, atr in states:
        out.append(
            ReaderState(
                name=name,
                card_present=bool(state & scard.SCARD_STATE_PRESENT),
                atr=bytes(atr) if atr else None,
                in_use=bool(state & scard.SCARD_STATE_INUSE),
                mute=bool(state & scard.SCARD_STATE_MUTE),
            )
        )
    return out


def list_readers() -> list[str]:
    """Names of the connected readers. Raises :class:`PcscNotRunningError` without a service."""
    with PcscContext() as ctx:
        return ctx.list_readers()


class PcscTransport:
    """APDU transport over a connected card handle; maps PC/SC errors to typed errors."""

    def __init__(self, ctx: PcscContext, reader: str) -> None:
        self.reader = reader
        hr, card, protocol = scard.SCardConnect(
            ctx.handle, reader, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
        )
        if hr != scard.SCARD_S_SUCCESS:
            raise error_for_hresult(hr, what=f"connect to {reader}")
        self.card = card
        self.protocol = protocol
        self.in_transaction = False
        hr, _name, _state, _proto, atr = scard.SCardStatus(card)
        self.atr = bytes(atr) if hr == scard.SCARD_S_SUCCESS and atr else None

    def begin(self) -> None:
        hr = scard.SCardBeginTransaction(self.card)
        if hr != scard.SCARD_S_SUCCESS:
            raise error_for_hresult(hr, during_read=True, what="begin transaction")
        self.in_transaction = True

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        hr, response = scard.SCardTransmit(self.card, self.protocol, list(apdu))
        if hr != scard.SCARD_S_SUCCESS:
            err = error_for_hresult(hr, during_read=True, what="transmit")
            if isinstance(err, CardReadError) and self._card_gone():
                raise CardRemovedError(detail=err.detail) from err
            raise err
        if len(response) < 2:
            if self._card_gone():
                raise CardRemovedError(detail="the card stopped answering and left the reader")
            raise CardReadError(detail="response without status word")
        return bytes(response[:-2]), (response[-2] << 8) | response[-1]

    def _card_gone(self, wait_ms: int = 1500) -> bool:
        """After a failed exchange: does the reader report the card absent within ``wait_ms``?
        (Readers notice a removal with a delay; bounded wait, never hangs.)"""
        try:
            hr, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if hr != scard.SCARD_S_SUCCESS:
                return False
            try:
                state = scard.SCARD_STATE_UNAWARE
                deadline = time.monotonic() + wait_ms / 1000
                while True:
                    remaining = int((deadline - time.monotonic()) * 1000)
                    if remaining <= 0:
                        return False
                    hr, states = scard.SCardGetStatusChange(ctx, remaining, [(self.reader, state)])
                    if hr != scard.SCARD_S_SUCCESS:
                        return (hr & 0xFFFFFFFF) != scard.SCARD_E_TIMEOUT
                    _, event, _ = states[0]
                    if not event & scard.SCARD_STATE_PRESENT or event & (
                        scard.SCARD_STATE_UNAVAILABLE | scard.SCARD_STATE_EMPTY
                    ):
                        return True
                    state = event & ~scard.SCARD_STATE_CHANGED
            finally:
                scard.SCardReleaseContext(ctx)
        except Exception:  # best effort diagnosis only
            return False

    def close(self, *, reset: bool = False) -> None:
        disposition = scard.SCARD_RESET_CARD if reset else scard.SCARD_LEAVE_CARD
        if self.in_transaction:
            with contextlib.suppress(Exception):
                scard.SCardEndTransaction(self.card, scard.SCARD_LEAVE_CARD)
            self.in_transaction = False
        with contextlib.suppress(Exception):
            scard.SCardDisconnect(self.card, disposition)


class EidReader:
    """Reads a Belgian eID from a PC/SC reader.

    ``reader``: exact reader name or a case-insensitive substring; None = the first reader
    holding a card. ``trust_roots``: extra trusted root certificates (files or loaded
    certificates), e.g. a test PKI; the shipped Belgium roots are always trusted.
    """

    def __init__(
        self,
        reader: str | None = None,
        *,
        trust_roots: Sequence[str | Path] = (),
        extra_roots: Sequence[x509.Certificate] = (),
        read_photo: bool = True,
        verify: bool = True,
        chip_challenge: bool = True,
        chunk: int = 0,
    ) -> None:
        roots: list[x509.Certificate] = list(extra_roots)
        for path in trust_roots:
            roots.extend(load_certificates(path))
        self.reader = reader
        self.options = ReadOptions(
            chunk=chunk,
            read_photo=read_photo,
            verify=verify,
            chip_challenge=chip_challenge,
            extra_roots=tuple(roots),
        )

    def resolve_reader(self, ctx: PcscContext) -> str:
        readers = [r for r in ctx.list_readers() if r != PNP_NOTIFICATION]
        if not readers:
            raise NoReaderError()
        if self.reader is not None:
            if self.reader in readers:
                return self.reader
            matches = [r for r in readers if self.reader.lower() in r.lower()]
            if not matches:
                raise ReaderUnavailableError(
                    f"Card reader '{self.reader}' is not connected. Connected readers: {', '.join(readers)}."
                )
            return matches[0]
        states = reader_states(ctx, readers)
        with_card = [s.name for s in states if s.card_present]
        if not with_card:
            raise NoCardError()
        return with_card[0]

    def iter_read(self) -> Iterator[EidResult]:
        """Generator: the partial (identity + address) result, then the full result."""
        with PcscContext() as ctx:
            name = self.resolve_reader(ctx)
            transport = PcscTransport(ctx, name)
            try:
                transport.begin()
                yield from iter_read_card(transport, self.options, reader_name=name, atr=transport.atr)
            except EidError:
                raise
            finally:
                transport.close()

    def read(self, on_identity: Callable[[EidResult], None] | None = None) -> EidResult:
        """Full read and verification. ``on_identity(partial)`` is called as soon as identity
        and address are read (still inside the card transaction: keep it quick)."""
        result: EidResult | None = None
        for result in self.iter_read():
            if result.partial and on_identity is not None:
                on_identity(result)
        assert result is not None
        return result
