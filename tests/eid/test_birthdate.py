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
