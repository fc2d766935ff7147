"""Typed eID errors, each with a stable ``code`` and a clerk-facing English ``message``.

The GUI shows ``message`` as is; logs and tests use ``code``. ``exit_code`` is what
``desk-app eid read`` returns for the error (3 reader/service, 4 no card, 5 card unreadable).
"""

from __future__ import annotations

__all__ = [
    "CardNotActivatedError",
    "CardReadError",
    "CardRemovedError",
    "EidError",
    "EidParseError",
    "NoCardError",
    "NoReaderError",
    "NotAnEidError",
    "PcscNotRunningError",
    "ReaderBusyError",
    "ReaderUnavailableError",
]


class EidError(Exception):
    """Base of every error raised by the ``eid`` package."""

    code: str = "eid_error"
    default_message: str = "The identity card could not be read."
    exit_code: int = 5

    def __init__(self, message: str | None = None, *, detail: str | None = None) -> None:
        self.message: str = message or self.default_message
        self.detail: str | None = detail
        super().__init__(self.message if detail is None else f"{self.message} ({detail})")


class PcscNotRunningError(EidError):
    code = "pcsc_not_running"
    default_message = (
        "The smart card service is not running. Start the PC/SC service (pcscd) or "
        "ask IT support, then try again."
    )
    exit_code = 3


class NoReaderError(EidError):
    code = "no_reader"
    default_message = "No card reader found. Connect the card reader and try again."
    exit_code = 3


class ReaderUnavailableError(EidError):
    code = "reader_unavailable"
    default_message = (
        "The card reader is no longer available (unplugged?). Reconnect the reader and try again."
    )
    exit_code = 3


class ReaderBusyError(EidError):
    code = "reader_busy"
    default_message = "The card reader is in use by another program. Close it and try again."
    exit_code = 5


class NoCardError(EidError):
    code = "no_card"
    default_message = "No card in the reader. Insert the identity card (chip first, facing up)."
    exit_code = 4


class CardRemovedError(EidError):
    code = "card_removed"
    default_message = (
        "The card was removed while it was being read. Put the card back and leave it "
        "in the reader until reading is finished."
    )
    exit_code = 5


class CardNotActivatedError(EidError):
    code = "card_not_activated"
    default_message = (
        "This identity card has not been activated yet (cards issued by an embassy or "
        "consulate stay inactive until activated). Refer the citizen to the population "
        "service to activate the card."
    )
    exit_code = 5


class NotAnEidError(EidError):
    code = "not_eid"
    default_message = (
        "This card is not a Belgian electronic identity card. Check that the right card "
        "is in the reader."
    )
    exit_code = 5


class CardReadError(EidError):
    code = "read_error"
    default_message = (
        "The card could not be read. Take the card out, clean the chip if needed, "
        "insert it again and retry."
    )
    exit_code = 5


class EidParseError(EidError):
    """Card data is malformed (the parser never raises anything else on garbage)."""

    code = "parse_error"
    default_message = "The data on the card is damaged or in an unknown format."
    exit_code = 5
