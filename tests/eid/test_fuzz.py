"""Mutation fuzz of the eID parsing entry points: only our own errors (``EidError``) or a result.

The promise (issue 12 §4): whatever bytes a card gives, the parsers raise nothing but
:class:`eid.errors.EidError` subclasses, and :func:`eid.verify.verify_card` /
:func:`eid.verify.verify_ec_challenge` raise nothing at all. Any other exception fails the test.

Seeds are the public card files in ``tests/data/eid`` and synthetic applet 1.7 / 1.8 cards. Mutations:
bit flips, byte changes, insertions and overwrites from a dictionary (digits of other scripts that
``str.isdigit()`` accepts, Latin-1 and UTF-8 month names, TLV length bytes, DER headers and lengths),
deletions, truncation; identity fields are also rebuilt from dictionary tokens so that the birth date,
national number and date parsers see well-formed TLV with hostile text. Certificates get the same byte
mutations plus the targeted damage of :mod:`tests.eid.damage`.

Short in CI: each test runs a fixed number of derandomized examples (reproducible, a few seconds in
all). For a long run set ``LOKET_FUZZ_EXAMPLES``, e.g.::

    LOKET_FUZZ_EXAMPLES=200000 .venv/bin/python -m pytest tests/eid/test_fuzz.py -q

(``LOKET_FUZZ_RANDOM=1`` also drops the fixed seed, to explore new inputs on each run.)
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import replace
from functools import cache

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from eid.birthdate import BirthDate, parse_birth_date
from eid.cli import format_summary
from eid.errors import EidError
from eid.model import EidResult, RawCardFiles, parse_address, parse_identity
from eid.national_number import checksum_for, format_national_number, parse_national_number
from eid.simulator.card import CardImage, load_commons_eid_set
from eid.simulator.synthetic import make_card, synthetic_card, synthetic_pki
from eid.tlv import encode_tlv, parse_tlv
from eid.verify import verify_card, verify_ec_challenge
from tests.eid.conftest import CARDS
from tests.eid.damage import DAMAGE_KINDS, damage_certificate

EXAMPLES = int(os.environ.get("LOKET_FUZZ_EXAMPLES", "100"))
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=not os.environ.get("LOKET_FUZZ_RANDOM"),
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
# signature checks cost milliseconds (EC P-384): fewer examples for verify_card
FUZZ_VERIFY = settings(FUZZ, max_examples=max(1, EXAMPLES * 2 // 5))

# --- the dictionary -------------------------------------------------------------------------------

NON_ASCII_DIGITS = ["٣", "३", "੩", "３", "³", "᧚", "①", "𝟑", "٠١", "۲", "߃", "๓", "¹²", "Ⅲ", "½"]
MONTH_NAMES = ["JAN", "FEB", "MAAR", "MÄR", "MARS", "AVR", "MEI", "JUIN", "JUIL", "AOÛT", "AOUT", "SEPT",
               "OKT", "NOV", "DÉC", "DEZ", "FÉV", "août", "ＭＡＲ", "MA\u0308R"]
TEXT_TOKENS = [*NON_ASCII_DIGITS, *MONTH_NAMES, "01", "1", "12", "31", "00", "1971", "2003", "0999", "99999",
               " ", "  ", ".", "-", "/", "\0", "\ufffd", "\u200b", "\t", "85", "07", "30", "033", "61"]
BYTE_TOKENS: list[bytes] = [
    *(t.encode("utf-8") for t in TEXT_TOKENS),
    *(t.encode("latin-1") for t in ("MÄR", "FÉV", "AOÛT", "DÉC", "Hélécine")),
    b"\xff", b"\xff\xff", b"\xff\x00", b"\x00", b"\x7f", b"\x80", b"\x81\xff", b"\x82\xff\xff", b"\x84\x7f\xff\xff\xff",
    b"\x30\x82\x01\x00", b"\x30\x80", b"\x06\x03\x2a\x86\x48", b"\x02\x01\x47", b"\x03\x02\x00\x45",
    b"\x0c\x02\xff\xfe", b"\xa0\x03\x02\x01\x02", b"\xc3", b"\xe2\x82", b"\x0c\x0b", b"\x06\x0b",
]


# --- seeds ----------------------------------------------------------------------------------------


def _raw(image: CardImage) -> RawCardFiles:
    f = image.files
    return RawCardFiles(
        identity=f.get("3F00DF014031"), identity_signature=f.get("3F00DF014032"), address=f.get("3F00DF014033"),
        address_signature=f.get("3F00DF014034"), photo=f.get("3F00DF014035"), rrn_certificate=f.get("3F00DF00503C"),
        basic_public_key=f.get("3F00DF014040"), card_data=image.card_data,
    )


@cache
def seed_cards() -> tuple[tuple[RawCardFiles, tuple[object, ...]], ...]:
    """(card files, roots to trust) for every seed card: public test cards and synthetic ones."""
    specimen = CardImage.from_directory(CARDS / "specimen-alice")
    from eid.verify import load_certificates

    cards: list[tuple[RawCardFiles, tuple[object, ...]]] = [
        (_raw(specimen), tuple(load_certificates(CARDS / "specimen-alice" / "3F00DF00503B_root_cert.der"))),
        (_raw(load_commons_eid_set(CARDS / "commons-eid")), ()),
        (_raw(load_commons_eid_set(CARDS / "commons-eid" / "test-eid-v17-ec")), ()),
    ]
    for kind in ("v18-ec", "v17-rsa", "foreigner"):
        image = synthetic_card(kind)
        cards.append((_raw(image), (synthetic_pki("ec" if image.applet_version == "1.8" else "rsa").root_cert,)))
    return tuple(cards)


@cache
def seed_identities() -> tuple[bytes, ...]:
    files = [p for p in sorted((CARDS / "commons-eid").iterdir()) if p.suffix in (".tlv", ".dat") and "address" not in p.name]
    out = [p.read_bytes() for p in files]
    out += [raw.identity for raw, _ in seed_cards() if raw.identity]
    return tuple(out)


@cache
def seed_addresses() -> tuple[bytes, ...]:
    out = [(CARDS / "commons-eid" / "address-alice.tlv").read_bytes()]
    out += [raw.address for raw, _ in seed_cards() if raw.address]
    return tuple(out)


@cache
def _basic_key() -> bytes:
    return make_card(applet=0x18, name="fuzz").files["3F00DF014040"]


# --- mutation -------------------------------------------------------------------------------------


@st.composite
def mutated(draw: st.DrawFn, seeds: st.SearchStrategy[bytes]) -> bytes:
    data = bytearray(draw(seeds))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "set", "insert", "overwrite", "delete", "truncate", "length"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.sampled_from(BYTE_TOKENS))
        elif op == "overwrite":
            token = draw(st.sampled_from(BYTE_TOKENS))
            data[pos : pos + len(token)] = token
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 16))]
        elif op == "truncate":
            del data[pos:]
        elif op == "length" and data:
            data[pos] = draw(st.sampled_from([0x00, 0x01, 0x7F, 0x80, 0x81, 0x82, 0x84, 0xFE, 0xFF]))
    return bytes(data)


hostile_text = st.lists(st.sampled_from(TEXT_TOKENS), min_size=1, max_size=6).map("".join)


@st.composite
def hostile_field_bytes(draw: st.DrawFn) -> bytes:
    text = draw(hostile_text)
    return text.encode(draw(st.sampled_from(["utf-8", "latin-1"])), errors="replace")


@st.composite
def identity_with_hostile_fields(draw: st.DrawFn) -> bytes:
    """A seed identity, well-formed TLV, with some text fields rebuilt from dictionary tokens."""
    seed = draw(st.sampled_from(seed_identities()))
    items: list[tuple[int, bytes]] = []
    i, end, data = 0, len(seed.rstrip(b"\0")), seed
    while i < end:  # the seeds are well formed: re-read them in order (as parse_tlv does)
        tag = data[i]
        i += 1
        length = 0
        while True:
            b = data[i]
            i += 1
            length += b
            if b != 0xFF:
                break
        items.append((tag, data[i : i + length]))
        i += length
    targets = draw(st.sets(st.sampled_from([0x03, 0x04, 0x06, 0x0B, 0x0C, 0x0D, 0x0F, 0x10, 0x13, 0x15, 0x16, 0x1F]),
                           min_size=1, max_size=4))
    items = [(tag, draw(hostile_field_bytes()) if tag in targets else value) for tag, value in items]
    return encode_tlv(items)


# --- the oracles ------------------------------------------------------------------------------------


def _use_identity(data: bytes) -> None:
    """Parse and use the result the way a read does (JSON, the CLI summary)."""
    try:
        ident = parse_identity(data)
    except EidError:
        return
    result = EidResult(identity=ident, address=None, photo=None, verification=None, raw=RawCardFiles(identity=data))
    json.dumps(result.to_json(), ensure_ascii=False)
    format_summary(result)
    bd = ident.person.birth_date
    if bd is not None:
        assert bd.raw == ident.person.birth_date_raw
        assert all(c.isascii() for c in bd.iso)


# --- the tests (one per entry point) -----------------------------------------------------------------


@FUZZ
@given(mutated(st.deferred(lambda: st.sampled_from(seed_identities() + seed_addresses()))))
@example(b"\x01\xff")  # length runs past the end
@example(b"\x0c\xff\xff\xff")
def test_fuzz_tlv(data: bytes) -> None:
    try:
        tags = parse_tlv(data)
    except EidError:
        return
    assert all(0 <= t <= 0xFF for t in tags)


@FUZZ
@given(st.one_of(mutated(st.deferred(lambda: st.sampled_from(seed_identities()))), identity_with_hostile_fields()))
@example(encode_tlv([(0x06, b"71715100070"), (0x0C, "01 ᧚ 1971".encode())]))  # int() rejected a digit
@example(encode_tlv([(0x06, b"71715100070"), (0x0C, "01 ³ 1971".encode())]))  # read as March
@example(encode_tlv([(0x06, b"71715100070"), (0x0C, "12.MÄR.1985".encode("latin-1"))]))  # Latin-1 month
@example(encode_tlv([(0x06, "٧١٧١٥١٠٠٠٧٠".encode()), (0x03, "٠٥.٠٣.٢٠٢٤".encode())]))
def test_fuzz_identity(data: bytes) -> None:
    _use_identity(data)


@FUZZ
@given(mutated(st.deferred(lambda: st.sampled_from(seed_addresses()))))
@example("Liège".encode("latin-1"))
def test_fuzz_address(data: bytes) -> None:
    try:
        parse_address(data)
    except EidError:
        return


@FUZZ
@given(st.one_of(hostile_text, st.text(max_size=30)))
@example("01 ᧚ 1971")
@example("01 ３ 1971")
@example("13 AOÛT 1996")
def test_fuzz_birth_date(text: str) -> None:
    try:
        bd = parse_birth_date(text)
    except EidError as exc:
        assert getattr(exc, "raw", text) == text
        return
    assert isinstance(bd, BirthDate) and bd.raw == text
    assert 1800 <= bd.year <= 9999


@FUZZ
@given(st.one_of(hostile_text, st.text(alphabet="0123456789.-/ ٣३੩３³᧚", max_size=16)))
@example("٨٥٠٧٣٠٠٣٣٦١")  # was a ValueError, not an EidError
@example("850730033᧚1")
def test_fuzz_national_number(text: str) -> None:
    try:
        info = parse_national_number(text)
    except EidError:
        pass
    else:
        assert len(info.digits) == 11 and info.digits.isascii()
        assert format_national_number(text) == info.formatted
    with contextlib.suppress(EidError):
        checksum_for(text[:9], False)


@FUZZ_VERIFY
@given(
    card=st.integers(0, 5),
    damage=st.one_of(st.none(), st.sampled_from(DAMAGE_KINDS)),
    mutate_cert=st.booleans(),
    data=st.data(),
)
@example(card=3, damage="version", mutate_cert=False, data=None)  # InvalidVersion
@example(card=3, damage="issuer-value", mutate_cert=False, data=None)  # ValueError, lazily
@example(card=4, damage="issuer-type", mutate_cert=False, data=None)  # TypeError, lazily
@example(card=0, damage="signature-algorithm", mutate_cert=False, data=None)  # UnsupportedAlgorithm
def test_fuzz_verify_card_with_broken_certificates(
    card: int, damage: str | None, mutate_cert: bool, data: st.DataObject | None
) -> None:
    raw, roots = seed_cards()[card % len(seed_cards())]
    cert = raw.rrn_certificate or b""
    if damage is not None:
        cert = damage_certificate(cert, damage)
    if mutate_cert and data is not None:
        cert = data.draw(mutated(st.just(cert)))
    raw = replace(raw, rrn_certificate=cert)
    if data is not None:
        for name in ("identity_signature", "address_signature", "basic_public_key", "photo"):
            value = getattr(raw, name)
            if value and data.draw(st.booleans()):
                raw = replace(raw, **{name: data.draw(mutated(st.just(value)))})
    try:
        ident = parse_identity(raw.identity or b"")
    except EidError:
        ident = None
    v = verify_card(raw, ident, extra_roots=roots, applet_version=("1.8" if raw.basic_public_key else None))  # type: ignore[arg-type]
    assert v.status in ("valid", "invalid", "untrusted", "unverifiable")
    if damage is not None:  # every kind of damage changes what the root signed
        assert not v.is_valid, v


@FUZZ
@given(key=mutated(st.deferred(lambda: st.just(_basic_key()))), response=st.binary(min_size=0, max_size=100))
def test_fuzz_basic_key_challenge(key: bytes, response: bytes) -> None:
    assert verify_ec_challenge(key, bytes(48), response) in (True, False)
