"""BELPIC TLV: ``tag (1 byte) | length | value``; a length byte ``FF`` adds 255 and
another length byte follows. Zero bytes after the data are padding."""

from __future__ import annotations

from eid.errors import EidParseError

__all__ = ["encode_tlv", "parse_tlv"]


def parse_tlv(data: bytes) -> dict[int, bytes]:
    """Index a TLV file by tag (first occurrence wins, padding ignored).

    Raises :class:`EidParseError` (and nothing else) when the data is truncated or not bytes.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise EidParseError(detail="TLV data must be bytes")
    buf = bytes(data)
    end = len(buf.rstrip(b"\0"))
    out: dict[int, bytes] = {}
    i = 0
    while i < end:
        tag = buf[i]
        i += 1
        length = 0
        while True:
            if i >= len(buf):
                raise EidParseError(detail=f"TLV truncated in the length of tag 0x{tag:02X}")
            b = buf[i]
            i += 1
            length += b
            if b != 0xFF:
                break
        if i + length > len(buf):
            raise EidParseError(detail=f"TLV value of tag 0x{tag:02X} runs past the end of the file")
        value = buf[i : i + length]
        i += length
        out.setdefault(tag, value)
    return out


def encode_tlv(items: list[tuple[int, bytes]]) -> bytes:
    """Inverse of :func:`parse_tlv` (used by the simulator and tests)."""
    out = bytearray()
    for tag, value in items:
        if not 0 <= tag <= 0xFF:
            raise ValueError(f"bad tag {tag}")
        out.append(tag)
        length = len(value)
        while length >= 0xFF:
            out.append(0xFF)
            length -= 0xFF
        out.append(length)
        out += value
    return bytes(out)
