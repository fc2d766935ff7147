from __future__ import annotations

import pytest
from smartcard import scard

from eid import errors
from eid.reader import error_for_hresult


@pytest.mark.parametrize(
    ("hr", "during_read", "cls", "exit_code"),
    [
        (scard.SCARD_E_NO_SERVICE, False, errors.PcscNotRunningError, 3),
        (scard.SCARD_E_SERVICE_STOPPED, True, errors.PcscNotRunningError, 3),
        (scard.SCARD_E_NO_READERS_AVAILABLE, False, errors.NoReaderError, 3),
        (scard.SCARD_E_READER_UNAVAILABLE, True, errors.ReaderUnavailableError, 3),
        (scard.SCARD_E_UNKNOWN_READER, False, errors.ReaderUnavailableError, 3),
        (scard.SCARD_E_NO_SMARTCARD, False, errors.NoCardError, 4),
        (scard.SCARD_W_REMOVED_CARD, False, errors.NoCardError, 4),
        (scard.SCARD_W_REMOVED_CARD, True, errors.CardRemovedError, 5),
        (scard.SCARD_E_NOT_TRANSACTED, True, errors.CardRemovedError, 5),
        (scard.SCARD_W_UNRESPONSIVE_CARD, False, errors.CardReadError, 5),
        (scard.SCARD_E_SHARING_VIOLATION, False, errors.ReaderBusyError, 5),
        (scard.SCARD_E_TIMEOUT, True, errors.CardReadError, 5),
    ],
)
def test_pcsc_error_mapping(hr: int, during_read: bool, cls: type[errors.EidError], exit_code: int) -> None:
    err = error_for_hresult(hr, during_read=during_read, what="op")
    assert type(err) is cls
    assert err.exit_code == exit_code
    assert err.detail is not None and f"0x{hr:08X}" in err.detail
    # negative (signed) hresults as some platforms return them map the same way
    assert type(error_for_hresult(hr - (1 << 32), during_read=during_read)) is cls


def test_unresponsive_card_message_is_actionable() -> None:
    err = error_for_hresult(scard.SCARD_W_UNRESPONSIVE_CARD)
    assert "right way round" in err.message


def test_every_error_has_a_distinct_code_and_a_message() -> None:
    classes = [getattr(errors, n) for n in errors.__all__]
    codes = [c.code for c in classes]
    assert len(codes) == len(set(codes))
    for c in classes:
        e = c()
        assert e.message and e.message[0].isupper() and e.message.endswith(".")
        assert str(e) == e.message
        assert isinstance(e, errors.EidError)
    assert str(errors.NoCardError(detail="x")) == f"{errors.NoCardError.default_message} (x)"
