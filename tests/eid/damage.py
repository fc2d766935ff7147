"""Deterministic damage to a DER certificate, one kind per failure cryptography reports on a broken
RRN certificate (the mutation fuzzer of issue 12 found each of them in real card files).

Every kind keeps the certificate's length, so a card serving it reads exactly as many bytes.

* ``version``: the version field says 71 -> ``x509.InvalidVersion`` when loading;
* ``signature-algorithm``: an unknown signature algorithm OID -> ``UnsupportedAlgorithm`` from
  ``signature_hash_algorithm`` (the certificate still loads);
* ``issuer-value``: an issuer attribute that is not UTF-8 -> ``ValueError``, raised lazily when
  ``issuer`` is first used;
* ``issuer-type``: an issuer attribute encoded as a BIT STRING -> ``TypeError``, lazily too;
* ``key-algorithm``: an unknown public-key algorithm OID -> ``UnsupportedAlgorithm`` from ``public_key()``;
* ``truncated``: the DER cut in the middle (the header still claims the full length);
* ``garbage``: the DER header followed by bytes that are no certificate.
"""

from __future__ import annotations

DAMAGE_KINDS = (
    "version", "signature-algorithm", "issuer-value", "issuer-type", "key-algorithm", "truncated", "garbage",
)


def _element(data: bytes | bytearray, i: int) -> tuple[int, int, int]:
    """(tag, start of content, end) of the DER element at ``i``."""
    tag = data[i]
    first = data[i + 1]
    if first < 0x80:
        return tag, i + 2, i + 2 + first
    n = first & 0x7F
    length = int.from_bytes(data[i + 2 : i + 2 + n], "big")
    return tag, i + 2 + n, i + 2 + n + length


def _children(data: bytes | bytearray, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(offset, tag, content start, end) of each element between ``start`` and ``end``."""
    out = []
    i = start
    while i < end:
        tag, content, stop = _element(data, i)
        out.append((i, tag, content, stop))
        i = stop
    return out


def certificate_parts(der: bytes) -> dict[str, tuple[int, int, int, int]]:
    """Offsets of the parts of a certificate's TBS (version, serial, signature, issuer, ...)."""
    _, cert_content, cert_end = _element(der, 0)
    tbs, outer_alg, _sig = _children(der, cert_content, cert_end)
    fields = _children(der, tbs[2], tbs[3])
    names = ["version", "serial", "signature", "issuer", "validity", "subject", "spki"]
    if fields[0][1] != 0xA0:
        names = names[1:]
    parts = dict(zip(names, fields, strict=False))
    parts["outer_signature"] = outer_alg
    return parts


def _break_oid(data: bytearray, alg: tuple[int, int, int, int]) -> None:
    """Set the last byte of the OID inside an AlgorithmIdentifier to 0x7F (an arc nobody uses)."""
    _, _, content, _end = alg
    oid_tag, _oid_content, oid_end = _element(data, content)
    assert oid_tag == 0x06
    data[oid_end - 1] = 0x7F


def _issuer_string(data: bytearray, parts: dict[str, tuple[int, int, int, int]]) -> tuple[int, int, int]:
    """(offset, tag, content start) of the issuer's first PrintableString or UTF8String value."""
    _, _, content, end = parts["issuer"]
    for _, _, rdn_content, rdn_end in _children(data, content, end):
        for _, _, atv_content, atv_end in _children(data, rdn_content, rdn_end):
            _oid, (value_at, value_tag, value_content, value_end) = _children(data, atv_content, atv_end)
            if value_tag in (0x0C, 0x13) and value_end > value_content:
                return value_at, value_tag, value_content
    raise AssertionError("no string attribute in the issuer")


def damage_certificate(der: bytes, kind: str) -> bytes:
    """``der`` (a certificate, possibly zero padded) with one kind of damage (see the module doc)."""
    data = bytearray(der)
    _, _, cert_end = _element(data, 0)
    parts = certificate_parts(bytes(data[:cert_end]))
    if kind == "version":
        _, _, content, end = parts["version"]
        tag, int_content, int_end = _element(data, content)
        assert tag == 0x02 and int_end - int_content == 1
        data[int_content] = 71
    elif kind == "signature-algorithm":
        _break_oid(data, parts["signature"])
        _break_oid(data, parts["outer_signature"])
    elif kind == "issuer-value":
        value_at, _tag, value_content = _issuer_string(data, parts)
        data[value_at] = 0x0C  # a UTF8String ...
        data[value_content] = 0xFF  # ... that is not UTF-8 (checked only when the name is used)
    elif kind == "issuer-type":
        value_at, _tag, value_content = _issuer_string(data, parts)
        data[value_at] = 0x03  # a BIT STRING ...
        data[value_content] = 0x00  # ... with 0 unused bits: valid DER, but no type for a name
    elif kind == "key-algorithm":
        _, _, content, end = parts["spki"]
        _break_oid(data, _children(data, content, end)[0])
    elif kind == "truncated":
        cut = cert_end // 2
        data[cut:] = bytes(len(data) - cut)
    elif kind == "garbage":
        _, content, _end = _element(data, 0)
        data[content:cert_end] = bytes((i * 37 + 11) & 0xFF for i in range(cert_end - content))
    else:
        raise ValueError(f"unknown damage kind {kind!r}")
    return bytes(data)
