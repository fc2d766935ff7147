from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eid.errors import EidParseError
from eid.model import parse_address, parse_identity
from eid.tlv import encode_tlv, parse_tlv
from tests.eid.conftest import card_file


def test_tlv_long_lengths_round_trip() -> None:
    items = [(0x00, b"\x01"), (0x01, b"x" * 254), (0x02, b"y" * 255), (0x03, b"z" * 600), (0x04, b"")]
    data = encode_tlv(items)
    assert data[259] == 0x02 and data[260:262] == b"\xff\x00"  # 255 = FF 00
    assert parse_tlv(data + bytes(40)) == dict(items)


def test_tlv_first_occurrence_wins_and_zero_padding_ignored() -> None:
    data = encode_tlv([(0x01, b"a"), (0x01, b"b")]) + bytes(10)
    assert parse_tlv(data) == {0x01: b"a"}


def test_tlv_truncated_raises_typed_error() -> None:
    with pytest.raises(EidParseError):
        parse_tlv(b"\x01\x05abc")
    with pytest.raises(EidParseError):
        parse_tlv(b"\x01\xff")


def test_specimen_identity() -> None:
    ident = parse_identity(card_file("specimen-alice", "3F00DF014031_identity.tlv").read_bytes())
    assert ident.card.number == "000000003333"
    assert ident.card.chip_number == "534C494E336600296CFF278E44192025"
    assert ident.card.valid_from == dt.date(2009, 3, 6)
    assert ident.card.valid_until == dt.date(2014, 3, 6)
    assert ident.card.document_type == 1 and ident.card.document_type_name == "Belgian citizen"
    p = ident.person
    assert (p.surname, p.given_names, p.third_initial) == ("SPECIMEN", "Alice Geldigekaart", "A")
    assert p.sex == "F" and p.sex_raw == "V"
    assert p.birth_date is not None and p.birth_date.iso == "1971-01-01"
    assert p.national_number == "71715100070"
    assert p.national_number_info is not None
    assert p.national_number_info.checksum_valid and not p.national_number_info.plausible_date
    assert p.special_status is not None and p.special_status.code == 0
    assert not p.member_of_family
    assert ident.photo_hash is not None and len(ident.photo_hash) == 20
    assert all(v is None for v in dataclasses.astuple(ident.foreigner))  # a Belgian's card: no foreigner data


@pytest.mark.parametrize(
    ("name", "status", "status_name"),
    [("white-cane.tlv", 1, "white cane"), ("yellow-cane.tlv", 4, "yellow cane"),
     ("extended-minority.tlv", 2, "extended minority")],
)
def test_special_statuses(name: str, status: int, status_name: str) -> None:
    ident = parse_identity(card_file("commons-eid", name).read_bytes())
    assert ident.person.special_status is not None
    assert ident.person.special_status.code == status
    assert ident.person.special_status.name == status_name


def test_extended_minority_has_nobility_and_fr_birth_date() -> None:
    ident = parse_identity(card_file("commons-eid", "extended-minority.tlv").read_bytes())
    assert ident.person.nobility == "Comtesse"
    assert ident.person.birth_date is not None and ident.person.birth_date.iso == "1979-09-29"
    assert ident.person.birth_place == "Hélécine"


def test_foreigner_file() -> None:
    ident = parse_identity(card_file("commons-eid", "idFile-foreigner.dat").read_bytes())
    assert ident.card.document_type == 11
    assert ident.card.document_type_name == "Foreigner card A"
    assert ident.person.special_organisation is not None
    assert ident.person.special_organisation.code == 5
    assert ident.person.special_organisation.name == "researcher"
    assert ident.foreigner.work_permit is not None and ident.foreigner.work_permit.code == "9"
    assert ident.person.nationality == "Japon"
    assert ident.person.birth_date is not None and ident.person.birth_date.iso == "2003-09-07"
    assert ident.person.national_number_info is not None
    assert ident.person.national_number_info.born_2000_or_later is True
    assert len(ident.photo_hash or b"") == 32


def test_date_and_country_of_protection() -> None:
    ident = parse_identity(card_file("commons-eid", "dateandcountry.tlv").read_bytes())
    f = ident.foreigner
    assert f.date_and_country_of_protection == "13.08.2014-IT"
    assert f.protection_date == dt.date(2014, 8, 13)
    assert f.protection_country == "IT"
    assert ident.card.document_type == 14
    assert ident.person.birth_date is not None and ident.person.birth_date.iso == "1996-08-13"
    assert ident.person.birth_date_raw == "13.AUG. 1996"
    assert ident.person.member_of_family
    assert ident.person.surname == "Akhurst D'Heer"


def test_address_padding_stripped() -> None:
    addr = parse_address(card_file("commons-eid", "address-alice.tlv").read_bytes())
    assert (addr.street_and_number, addr.postal_code, addr.municipality) == ("Meirplaats 1 bus 1", "2000", "Antwerpen")


def test_unknown_codes_do_not_crash_and_version_tag_first() -> None:
    data = encode_tlv([(0x00, b"\x02"), (0x06, b"71715100070"), (0x0F, b"99"), (0x10, b"7"), (0x13, b"x"),
                       (0x0D, b"W"), (0x0C, "12.MÄR.1985".encode()), (0x07, b"Test   "), (0x16, b"Z"), (0x1F, b"01.02.2019"),
                       (0x30, b"future tag")])
    ident = parse_identity(data)
    assert ident.file_version == b"\x02"
    assert ident.card.document_type == 99 and "unknown" in (ident.card.document_type_name or "")
    assert ident.person.special_status is not None and ident.person.special_status.code == 7
    assert ident.person.special_organisation is not None and ident.person.special_organisation.code == "x"
    assert ident.person.sex == "F"
    assert ident.person.surname == "Test"
    assert ident.foreigner.work_permit is not None and "unknown" in (ident.foreigner.work_permit.name or "")
    assert ident.foreigner.eu_start_date == dt.date(2019, 2, 1)
    assert ident.tags[0x30] == b"future tag"


def test_document_type_with_leading_zero() -> None:
    ident = parse_identity(encode_tlv([(0x01, b"1"), (0x0F, b"01")]))
    assert ident.card.document_type == 1


def test_unparseable_birth_date_keeps_raw_text() -> None:
    ident = parse_identity(encode_tlv([(0x06, b"71715100070"), (0x0C, b"31 FOO 1971")]))
    assert ident.person.birth_date is None
    assert ident.person.birth_date_raw == "31 FOO 1971"


def test_empty_or_foreign_files_rejected() -> None:
    for data in (b"", bytes(50), encode_tlv([(0x40, b"x")])):
        with pytest.raises(EidParseError):
            parse_identity(data)
    with pytest.raises(EidParseError):
        parse_address(bytes(121))


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_fuzz_identity_only_typed_errors(data: bytes) -> None:
    with contextlib.suppress(EidParseError):
        parse_identity(data)


@settings(max_examples=300)
@given(st.lists(st.tuples(st.integers(0, 0x30), st.binary(max_size=300)), max_size=40))
def test_fuzz_identity_wellformed_tlv_never_crashes(items: list[tuple[int, bytes]]) -> None:
    try:
        ident = parse_identity(encode_tlv(items))
    except EidParseError:
        return
    ident.person.birth_date  # noqa: B018
    assert ident.tags


@settings(max_examples=200)
@given(st.binary(max_size=200))
def test_fuzz_address_only_typed_errors(data: bytes) -> None:
    with contextlib.suppress(EidParseError):
        parse_address(data)


# Issue 12 §4: month names of cards that carry Latin-1 gave no birth date, and U+FFFD in the raw text.
@pytest.mark.parametrize(
    ("text", "iso"),
    [("12.MÄR.1985", "1985-03-12"), ("05 FÉV 1950", "1950-02-05"), ("13 AOÛT 1996", "1996-08-13"),
     ("24 DÉC 1960", "1960-12-24")],
)
@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_month_names_in_utf8_and_latin1(text: str, iso: str, encoding: str) -> None:
    ident = parse_identity(encode_tlv([(0x06, b"71715100070"), (0x0C, text.encode(encoding))]))
    assert ident.person.birth_date is not None and ident.person.birth_date.iso == iso
    assert ident.person.birth_date_raw == text
    assert ident.tags[0x0C] == text.encode(encoding)  # the bytes as read stay available


def test_latin1_text_fields_keep_their_letters() -> None:
    ident = parse_identity(encode_tlv([(0x06, b"71715100070"), (0x0B, "Hélécine".encode("latin-1")),
                                       (0x07, "Müller".encode("latin-1")), (0x08, "Zoë".encode())]))
    assert (ident.person.birth_place, ident.person.surname, ident.person.given_names) == ("Hélécine", "Müller", "Zoë")
    assert parse_address(encode_tlv([(0x03, "Liège".encode("latin-1"))])).municipality == "Liège"


def test_non_ascii_digit_birth_date_keeps_raw_text() -> None:
    # '᧚' is a digit to str.isdigit() but int() rejects it: this raised ValueError out of the parser
    for raw in ("01 ᧚ 1971", "01 ３ 1971", "01 ³ 1971"):
        ident = parse_identity(encode_tlv([(0x06, b"71715100070"), (0x0C, raw.encode())]))
        assert ident.person.birth_date is None
        assert ident.person.birth_date_raw == raw


def test_card_dates_with_non_ascii_digits_are_not_dates() -> None:
    ident = parse_identity(encode_tlv([(0x01, b"1"), (0x03, "٠٥.٠٣.٢٠٢٤".encode()), (0x04, "05.03.２０３４".encode()),
                                       (0x15, "13.08.２014-IT".encode())]))
    assert ident.card.valid_from is None and ident.card.valid_until is None
    assert ident.foreigner.protection_date is None and ident.foreigner.protection_country is None
    assert ident.card.document_type is None


def test_national_number_with_non_ascii_digits_is_kept_as_text() -> None:
    ident = parse_identity(encode_tlv([(0x06, "٧١٧١٥١٠٠٠٧٠".encode())]))
    assert ident.person.national_number_info is None
    assert ident.person.national_number == "٧١٧١٥١٠٠٠٧٠"
