from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eid.national_number import (
    NationalNumberError,
    checksum_for,
    format_national_number,
    is_valid_national_number,
    parse_national_number,
)


def _make(yymmdd: str, seq: int, born_2000: bool) -> str:
    first = f"{yymmdd}{seq:03d}"
    return first + f"{checksum_for(first, born_2000):02d}"


def test_known_number_born_before_2000() -> None:
    info = parse_national_number("67063029659")
    assert info.checksum_valid
    assert info.born_2000_or_later is False
    assert info.birth_date_partial == "1967-06-30"
    assert info.sex == "F"
    assert info.plausible_date
    assert not info.bis


def test_one_off_checksum_is_invalid() -> None:
    info = parse_national_number("67063029660")
    assert not info.checksum_valid
    assert info.born_2000_or_later is None
    assert info.birth_date_partial is None
    assert not info.plausible_date


def test_born_2000_or_later_uses_the_2_prefix() -> None:
    number = _make("030907", 1, True)
    assert number == "03090700141"
    info = parse_national_number(number)
    assert info.checksum_valid and info.born_2000_or_later
    assert info.birth_date_partial == "2003-09-07"
    assert info.sex == "M"
    # the same digits with the pre-2000 checksum give 1903
    old = _make("030907", 1, False)
    assert parse_national_number(old).birth_date_partial == "1903-09-07"


def test_formatted_input_accepted_and_round_trips() -> None:
    number = _make("850730", 33, False)
    dotted = format_national_number(number)
    assert dotted == f"85.07.30-033.{number[-2:]}"
    assert parse_national_number(dotted).digits == number
    assert parse_national_number(f" {dotted} ").checksum_valid
    assert parse_national_number("85.07.30-033.61").digits == "85073003361"


def test_specimen_number_valid_checksum_but_impossible_date() -> None:
    info = parse_national_number("71715100070")
    assert info.checksum_valid
    assert not info.plausible_date
    assert info.birth_date_partial is None


@pytest.mark.parametrize(
    ("yymmdd", "bis", "sex_known", "partial"),
    [
        ("854730", True, True, "1985-07-30"),  # month + 40: bis, sex known
        ("852730", True, False, "1985-07-30"),  # month + 20: bis, sex unknown
        ("854000", True, True, "1985"),  # bis with unknown month and day
        ("850700", False, True, "1985-07"),  # unknown day
        ("850000", False, True, "1985"),  # unknown month and day
    ],
)
def test_bis_and_unknown_parts(yymmdd: str, bis: bool, sex_known: bool, partial: str) -> None:
    info = parse_national_number(_make(yymmdd, 12, False))
    assert info.checksum_valid
    assert info.bis is bis
    assert (info.sex is not None) is sex_known
    if sex_known:
        assert info.sex == "F"
    assert info.birth_date_partial == partial
    assert info.plausible_date


def test_implausible_dates() -> None:
    assert not parse_national_number(_make("850231", 1, False)).plausible_date  # 31 Feb
    assert not parse_national_number(_make("851301", 1, False)).plausible_date  # month 13
    assert parse_national_number(_make("000229", 1, True)).plausible_date  # 2000 is a leap year
    assert not parse_national_number(_make("010229", 1, True)).plausible_date


@pytest.mark.parametrize("text", ["", "   ", "1234567890", "123456789012", "abcdefghijk", "85O73003361", None, 12])
def test_garbage_raises_typed_error(text: object) -> None:
    with pytest.raises(NationalNumberError):
        parse_national_number(text)  # type: ignore[arg-type]
    assert not is_valid_national_number(text)  # type: ignore[arg-type]


@given(
    year=st.integers(0, 99),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    seq=st.integers(1, 998),
    born_2000=st.booleans(),
)
def test_generated_numbers_are_valid(year: int, month: int, day: int, seq: int, born_2000: bool) -> None:
    number = _make(f"{year:02d}{month:02d}{day:02d}", seq, born_2000)
    info = parse_national_number(number)
    assert info.checksum_valid
    assert info.born_2000_or_later is born_2000
    assert info.sex == ("M" if seq % 2 else "F")
    assert info.birth_date_partial == f"{(2000 if born_2000 else 1900) + year:04d}-{month:02d}-{day:02d}"


@given(st.text(max_size=30))
def test_fuzz_only_typed_errors(text: str) -> None:
    try:
        info = parse_national_number(text)
    except NationalNumberError:
        return
    assert len(info.digits) == 11


@given(first_nine=st.from_regex(r"\A[0-9]{9}\Z"), born_2000=st.booleans())
def test_any_single_digit_change_breaks_the_same_century_checksum(first_nine: str, born_2000: bool) -> None:
    number = first_nine + f"{checksum_for(first_nine, born_2000):02d}"
    assert parse_national_number(number).checksum_valid
    for pos in range(11):
        changed = number[:pos] + str((int(number[pos]) + 1) % 10) + number[pos + 1 :]
        assert checksum_for(changed[:9], born_2000) != int(changed[9:])


def test_error_is_an_eid_error() -> None:
    """Issue 12 §4: the eid package raises only its own errors; this one was a bare ValueError."""
    from eid.errors import EidError, EidParseError

    with pytest.raises(EidError) as exc:
        parse_national_number("not a number")
    assert isinstance(exc.value, EidParseError) and not isinstance(exc.value, ValueError)
    assert exc.value.code == "national_number_format"
    assert exc.value.message.startswith("This is not a national number")
    assert "not a number" in (exc.value.detail or "")


@pytest.mark.parametrize(
    "text", ["٨٥٠٧٣٠٠٣٣٦١", "８５０７３００３３６１", "85073003３61", "850730033᧚1", "85.07.30-033.6¹"]
)
def test_only_ascii_digits(text: str) -> None:
    with pytest.raises(NationalNumberError):
        parse_national_number(text)
    with pytest.raises(NationalNumberError):
        format_national_number(text)
    assert not is_valid_national_number(text)


@pytest.mark.parametrize("first_nine", ["᧚᧚᧚᧚᧚᧚᧚᧚᧚", "85073003３", "٨٥٠٧٣٠٠٣٣", "12345678"])
def test_checksum_for_rejects_anything_but_nine_ascii_digits(first_nine: str) -> None:
    # '᧚' passes str.isdigit() but int() raised ValueError on it
    with pytest.raises(NationalNumberError):
        checksum_for(first_nine, False)


def test_desk_parse_says_what_is_wrong_for_non_ascii_digits() -> None:
    """The desk's national-number rules call these functions: a clerk's typed '٨٥٠٧...' raises the same
    NationalNumberError, with the desk's message (11 digits, an example) rather than the card's."""
    from desk_app.domain import national_number as desk_nn

    for text in ("٨٥٠٧٣٠٠٣٣٦١", "８５０７３００３３６１"):
        with pytest.raises(NationalNumberError) as exc:
            desk_nn.parse(text)
        assert "11 digits" in str(exc.value) and text in str(exc.value)
