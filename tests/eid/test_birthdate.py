from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eid.birthdate import BirthDateError, parse_birth_date
from eid.errors import EidParseError


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        # layouts seen on real cards
        ("01 JAN 1971", "1971-01-01"),
        ("1 JAN 1971", "1971-01-01"),
        ("26 AVR  1975", "1975-04-26"),
        ("08 MAAR 1980", "1980-03-08"),
        ("23.SEP.1982", "1982-09-23"),
        ("13.AUG. 1996", "1996-08-13"),
        ("12.MÄR.1985", "1985-03-12"),
        ("        1962", "1962"),
        ("29 SEPT 1979", "1979-09-29"),
        ("07 SEPT 2003", "2003-09-07"),
        ("03 MEI 2001", "2001-05-03"),
        # every month, per language
        *[(f"15 {m} 1990", f"1990-{i:02d}-15") for i, m in enumerate(
            ["JAN", "FEB", "MAAR", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"], start=1)],
        *[(f"15 {m:<4} 1990", f"1990-{i:02d}-15") for i, m in enumerate(
            ["JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"], start=1)],
        *[(f"15.{m}.1990", f"1990-{i:02d}-15") for i, m in enumerate(
            ["JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEZ"], start=1)],
        # blank day, blank month, lower case, accents
        ("   MAAR 1980", "1980-03"),
        ("00 MAAR 1980", "1980-03"),
        ("12      1980", "1980"),
        ("5 août 1950", "1950-08-05"),
        ("5 FÉV 1950", "1950-02-05"),
        ("29 FEB 2000", "2000-02-29"),
        ("1962", "1962"),
    ],
)
def test_layouts(raw: str, iso: str) -> None:
    bd = parse_birth_date(raw)
    assert bd.iso == iso
    assert bd.raw == raw


@pytest.mark.parametrize(
    "raw",
    ["", "    ", "32 JAN 1971", "29 FEB 2001", "01 XYZ 1971", "01 JAN 71", "01 JAN", "1 2 3 4 1999",
     "01 JAN 1971 extra", "١٢ JAN 1971", "01 JAN ١٩٧١", "01 JAN 0999"],
)
def test_rejects_with_typed_error(raw: str) -> None:
    with pytest.raises(BirthDateError):
        parse_birth_date(raw)


def test_error_is_a_parse_error() -> None:
    assert issubclass(BirthDateError, EidParseError)


@given(st.text(max_size=40))
def test_fuzz_only_typed_error(raw: str) -> None:
    try:
        bd = parse_birth_date(raw)
    except BirthDateError:
        return
    assert 1800 <= bd.year <= 9999
    assert bd.iso.startswith(f"{bd.year:04d}")


# Issue 12 §4: characters of other scripts that str.isdigit() accepts ('٣', '३', '੩', full-width '３',
# superscript '³', '᧚' which int() even rejects) were read as days or months, or ended in a ValueError.
NON_ASCII_DIGIT_DATES = [
    "01 ᧚ 1971",  # U+19DA NEW TAI LUE THAM DIGIT ONE: isdigit() but int() raises ValueError
    "01 ³ 1971",  # superscript three: was read as March
    "01 ３ 1971",  # full-width three: was read as March
    "٣ MAAR 1980",  # Arabic-Indic three as the day
    "01 ३ 1971",  # Devanagari three
    "01.੩.1971",  # Gurmukhi three
    "０1 JAN 1971",  # full-width zero in the day
    "01 JAN 19७१",  # Devanagari digits in the year
    "᧚ 1971",  # a lone "day" before the year
    "12 ① 1980",  # circled digit one
]


@pytest.mark.parametrize("raw", NON_ASCII_DIGIT_DATES)
def test_non_ascii_digits_are_a_format_error_keeping_the_text(raw: str) -> None:
    with pytest.raises(BirthDateError) as exc:
        parse_birth_date(raw)
    assert exc.value.raw == raw
    assert exc.value.code == "birth_date_format"
    assert "0-9" in (exc.value.detail or "")


def test_no_non_ascii_numeric_character_is_a_day_or_month() -> None:
    """Every numeric code point outside ASCII, in the day and in the month position."""
    numeric = [chr(c) for c in range(0x80, 0x110000) if chr(c).isnumeric()]
    assert len(numeric) > 1500  # the whole set, not an empty loop
    for c in numeric:
        for raw in (f"01 {c} 1971", f"{c} JAN 1971", f"1{c}.{c}.1971", f"{c}{c} 1971"):
            with pytest.raises(BirthDateError):
                parse_birth_date(raw)


def test_compatibility_forms_are_not_month_names() -> None:
    """Only accents are folded (``MÄR``); full-width letters are not a month in disguise."""
    assert parse_birth_date("12 Mär 1985").iso == "1985-03-12"
    with pytest.raises(BirthDateError):
        parse_birth_date("12 ＭＡＲ 1985")
