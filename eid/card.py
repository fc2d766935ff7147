"""BELPIC card protocol over any APDU transport (PC/SC in :mod:`eid.reader`, or a
simulator object in unit tests).

Raw APDUs, no middleware: select by absolute path, chunked READ BINARY handling ``6Cxx``,
``6B00``, short answers and ``61xx``; GET CARD DATA for the applet version; the applet-1.8
basic-key challenge.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Protocol

from cryptography import x509

from eid.errors import CardNotActivatedError, CardReadError, NotAnEidError
from eid.model import EidResult, RawCardFiles, parse_address, parse_identity
from eid.verify import der_length, verify_card, verify_ec_challenge

__all__ = [
    "BELPIC_AID",
    "FILES",
    "ApduTransport",
    "BelpicSession",
    "ReadOptions",
    "applet_version_from_card_data",
    "read_card",
]

BELPIC_AID = bytes.fromhex("A000000030290570 00AD13100101FF".replace(" ", ""))

FILES: dict[str, str] = {
    "identity": "3F00DF014031",
    "identity_signature": "3F00DF014032",
    "address": "3F00DF014033",
    "address_signature": "3F00DF014034",
    "photo": "3F00DF014035",
    "basic_public_key": "3F00DF014040",
    "rrn_certificate": "3F00DF00503C",
    "auth_certificate": "3F00DF005038",
    "sign_certificate": "3F00DF005039",
    "ca_certificate": "3F00DF00503A",
    "root_certificate": "3F00DF00503B",
    "token_info": "3F00DF005032",
}

SW_OK = 0x9000
_MIN_PLAUSIBLE_CAP = 0xF0  # smallest "largest answer" a BELPIC card could have (middleware reads 0xF8-0xFC)
NOT_ACTIVATED_SWS = frozenset({0x6D00, 0x6985})


class ApduTransport(Protocol):
    """Sends one command APDU and returns (response data, status word)."""

    def transmit(self, apdu: bytes) -> tuple[bytes, int]: ...


def applet_version_from_card_data(card_data: bytes | None) -> str | None:
    """Byte 21 of GET CARD DATA: ``0x11`` -> ``"1.1"``, ``0x17`` -> ``"1.7"``, ``0x18`` -> ``"1.8"``."""
    if not card_data or len(card_data) < 22:
        return None
    v = card_data[21]
    return f"{v >> 4}.{v & 0x0F}"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read. ``chunk`` is the READ BINARY Le (0 = 256 bytes, the maximum)."""

    chunk: int = 0
    read_photo: bool = True
    verify: bool = True
    chip_challenge: bool = True
    trusted_roots: tuple[x509.Certificate, ...] | None = None  # None = the shipped Belgium roots
    extra_roots: tuple[x509.Certificate, ...] = ()  # added only when given explicitly


class BelpicSession:
    """APDU-level access to a BELPIC card. Counts APDUs and payload bytes."""

    def __init__(self, transport: ApduTransport, *, chunk: int = 0) -> None:
        if not 0 <= chunk <= 0xFF:
            raise ValueError("chunk must be 0..255 (0 = 256)")
        self.transport = transport
        self.chunk = chunk
        self.apdu_count = 0
        self.applet_selected = False
        self.corrected_le: int | None = None

    # -- low level -------------------------------------------------------------------------
    def send(self, apdu: bytes) -> tuple[bytes, int]:
        """Transmit, following ``61xx`` (GET RESPONSE) and ``6Cxx`` (re-send with Le=xx)."""
        self.apdu_count += 1
        self.corrected_le = None
        data, sw = self.transport.transmit(apdu)
        if sw >> 8 == 0x6C and len(apdu) >= 5:
            self.apdu_count += 1
            self.corrected_le = (sw & 0xFF) or 256
            data, sw = self.transport.transmit(apdu[:4] + bytes([sw & 0xFF]))
        out = bytearray(data)
        guard = 0
        while sw >> 8 == 0x61 and guard < 64:
            guard += 1
            self.apdu_count += 1
            data, sw = self.transport.transmit(bytes([0x00, 0xC0, 0x00, 0x00, sw & 0xFF]))
            out += data
        return bytes(out), sw

    def _check_activation(self, sw: int, what: str) -> None:
        if sw in NOT_ACTIVATED_SWS:
            raise CardNotActivatedError(detail=f"{what}: SW {sw:04X}")

    def select_applet(self) -> int:
        _, sw = self.send(bytes([0x00, 0xA4, 0x04, 0x0C, len(BELPIC_AID)]) + BELPIC_AID)
        self._check_activation(sw, "select applet")
        if sw == SW_OK:
            self.applet_selected = True
        return sw

    def select_path(self, path: str) -> bool:
        """Select by absolute path without MF (``DF01 4031``). False when the file does not exist."""
        p = bytes.fromhex(path)
        if p[:2] == b"\x3f\x00":
            p = p[2:]
        apdu = bytes([0x00, 0xA4, 0x08, 0x0C, len(p)]) + p
        _, sw = self.send(apdu)
        if sw == 0x6A82 and not self.applet_selected:
            sw_app = self.select_applet()
            if sw_app != SW_OK:
                raise NotAnEidError(detail=f"BELPIC applet not found (SW {sw_app:04X})")
            _, sw = self.send(apdu)
        self._check_activation(sw, f"select {path}")
        if sw == 0x6A82:
            return False
        if sw != SW_OK:
            raise CardReadError(detail=f"select {path}: SW {sw:04X}")
        return True

    def read_binary(self, *, max_size: int | None = None, use_der_length: bool = False) -> bytes:
        """Read the selected file in chunks until a short answer, ``6B00`` or ``max_size``."""
        out = bytearray()
        total: int | None = max_size
        full = self.chunk or 256
        probing_cap: int | None = None
        while True:
            offset = len(out)
            if total is not None and offset >= total:
                break
            if offset > 0x7FFF:
                raise CardReadError(detail="file larger than 32 KB")
            want = full if total is None else min(full, total - offset)
            le = 0 if want == 256 else want
            data, sw = self.send(bytes([0x00, 0xB0, (offset >> 8) & 0x7F, offset & 0xFF, le]))
            if sw == 0x6B00 or (sw == 0x6A86 and offset > 0):
                break  # past the end
            self._check_activation(sw, "read binary")
            if sw != SW_OK:
                raise CardReadError(detail=f"read binary at {offset}: SW {sw:04X}")
            out += data
            if use_der_length and offset == 0 and data:
                n = der_length(bytes(out))
                if n is not None and (total is None or n < total):
                    total = n
            if probing_cap is not None:
                # the card really caps its answers: ask at most that much from now on
                self.chunk = probing_cap % 256
                probing_cap = None
            if self.corrected_le is not None and want == full and self.corrected_le >= _MIN_PLAUSIBLE_CAP:
                # 6Cxx to a maximal request with a large xx is ambiguous: end of file, or a card
                # whose largest answer is xx (the official middleware never asks more than 0xFC).
                # Keep reading: 6B00 ends the file, more data means the card caps its answers.
                full = probing_cap = self.corrected_le
                continue
            if len(data) < want:
                break  # short answer = end of file (also after a 6Cxx re-send)
        if total is not None and len(out) > total:
            del out[total:]
        return bytes(out)

    def read_file(self, path: str, *, max_size: int | None = None, use_der_length: bool = False) -> bytes | None:
        if not self.select_path(path):
            return None
        return self.read_binary(max_size=max_size, use_der_length=use_der_length)

    def get_card_data(self) -> bytes | None:
        """GET CARD DATA (28 bytes). None if the card refuses it (older or non-BELPIC cards)."""
        data, sw = self.send(bytes([0x80, 0xE4, 0x00, 0x00, 0x1C]))
        if sw in NOT_ACTIVATED_SWS:
            return None
        if sw != SW_OK:
            return None
        return data

    def basic_key_challenge(self, challenge: bytes) -> bytes | None:
        """Applet 1.8 internal authenticate with the basic key; returns 96-byte r||s or None."""
        if len(challenge) != 48:
            raise ValueError("challenge must be 48 bytes")
        apdu = bytes([0x00, 0x88, 0x02, 0x81, 0x32, 0x94, 0x30]) + challenge
        data, sw = self.send(apdu)
        if sw != SW_OK:
            return None
        return data


def read_card(
    transport: ApduTransport,
    options: ReadOptions | None = None,
    *,
    on_identity: Callable[[EidResult], None] | None = None,
    reader_name: str | None = None,
    atr: bytes | None = None,
) -> EidResult:
    """Read identity, address (then call ``on_identity`` with a partial result), photo, RRN
    certificate, basic key; verify. The caller holds the card transaction."""
    result: EidResult | None = None
    for result in iter_read_card(transport, options, reader_name=reader_name, atr=atr):
        if result.partial and on_identity is not None:
            on_identity(result)
    assert result is not None
    return result


def iter_read_card(
    transport: ApduTransport,
    options: ReadOptions | None = None,
    *,
    reader_name: str | None = None,
    atr: bytes | None = None,
) -> Iterator[EidResult]:
    """Generator: yields the partial identity+address result, then the full result."""
    opts = options or ReadOptions()
    s = BelpicSession(transport, chunk=opts.chunk)
    t0 = time.perf_counter()
    card_data = s.get_card_data()
    applet = applet_version_from_card_data(card_data)

    identity_bytes = s.read_file(FILES["identity"])
    if identity_bytes is None:
        raise NotAnEidError(detail="no identity file")
    if not identity_bytes:
        raise CardReadError(detail="identity file is empty")
    identity_sig = s.read_file(FILES["identity_signature"], max_size=256)
    address_bytes = s.read_file(FILES["address"], max_size=256)
    address_sig = s.read_file(FILES["address_signature"], max_size=256)
    identity = parse_identity(identity_bytes)
    address = parse_address(address_bytes) if address_bytes else None
    if card_data is not None:
        identity = replace(
            identity, card=replace(identity.card, applet_version=applet, card_data=card_data)
        )
    raw = RawCardFiles(
        identity=identity_bytes,
        identity_signature=identity_sig,
        address=address_bytes,
        address_signature=address_sig,
        card_data=card_data,
        atr=atr,
    )
    t_ia = (time.perf_counter() - t0) * 1000
    yield EidResult(
        identity=identity,
        address=address,
        photo=None,
        verification=None,
        raw=raw,
        reader_name=reader_name,
        applet_version=applet,
        partial=True,
        timing_ms={"identity_and_address": round(t_ia, 2)},
        apdu_count=s.apdu_count,
    )

    photo = s.read_file(FILES["photo"]) if opts.read_photo else None
    rrn = s.read_file(FILES["rrn_certificate"], max_size=4096, use_der_length=True)
    basic_key: bytes | None = None
    chip_ok: bool | None = None
    if identity.basic_key_hash or applet == "1.8":
        basic_key = s.read_file(FILES["basic_public_key"], max_size=512, use_der_length=True)
        if basic_key and opts.chip_challenge:
            challenge = os.urandom(48)
            response = s.basic_key_challenge(challenge)
            chip_ok = verify_ec_challenge(basic_key, challenge, response) if response else None
    raw = replace(raw, photo=photo, rrn_certificate=rrn, basic_public_key=basic_key)
    verification = (
        verify_card(
            raw,
            identity,
            trusted_roots=opts.trusted_roots,
            extra_roots=opts.extra_roots,
            applet_version=applet,
            chip_authentic=chip_ok,
        )
        if opts.verify
        else None
    )
    total = (time.perf_counter() - t0) * 1000
    yield EidResult(
        identity=identity,
        address=address,
        photo=photo,
        verification=verification,
        raw=raw,
        reader_name=reader_name,
        applet_version=applet,
        partial=False,
        timing_ms={"identity_and_address": round(t_ia, 2), "total": round(total, 2)},
        apdu_count=s.apdu_count,
    )
