"""Domain rules: national numbers, working days."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain import national_number as nn
from desk_app.domain.calendar import WorkingCalendar, belgian_public_holidays, easter_sunday


@pytest.mark.parametrize(
    ("number", "valid", "born2000", "bis", "sex", "birth"),
    [
        ("85073003328", True, False, False, "M", "1985-07-30"),
        ("85.07.30-033.28", True, False, False, "M", "1985-07-30"),
        ("85073003329", False, False, False, "M", None),
        ("00012556777", True, True, False, "M", "2000-01-25"),  # born 2000: prefix 2 before mod 97
        ("03040501255", True, True, False, "F", "2003-04-05"),
        ("85473003317", True, False, True, "M", "1985-07-30"),  # bis number: month + 40
        ("85273003371", True, False, True, None, "1985-07-30"),  # bis number: month + 20, sex unknown
    ],
)
def test_national_number_rules(number: str, valid: bool, born2000: bool, bis: bool, sex: str | None,
                               birth: str | None) -> None:
    info = nn.parse(number, today=dt.date(2026, 11, 23))
    assert info.checksum_valid is valid
    if valid:
        assert info.born_2000_or_later is born2000
        assert info.bis is bis
        assert info.sex == sex
        assert info.birth_date_partial == birth


def test_specimen_number_has_valid_checksum_but_implausible_date() -> None:
    info = nn.parse("71715100070")
    assert info.checksum_valid
    assert not info.plausible_date


def test_unknown_month_and_day_give_a_partial_birth_date() -> None:
    base = "620000001"
    number = base + f"{97 - int(base) % 97:02d}"
    info = nn.parse(number)
    assert info.checksum_valid and info.plausible_date
    assert info.birth_date_partial == "1962"


@pytest.mark.parametrize("text", ["", "1234", "8507300332a", "850730033281"])
def test_malformed_numbers_are_refused_with_a_message(text: str) -> None:
    with pytest.raises(nn.NationalNumberError, match="11 digits"):
        nn.parse(text)


def test_validate_explains_a_wrong_checksum() -> None:
    with pytest.raises(nn.NationalNumberError, match="check digits"):
        nn.validate("85.07.30-033.29")


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2025, 12, 31)), st.integers(1, 998),
       st.booleans())
def test_made_numbers_roundtrip(birth: dt.date, seq: int, bis: bool) -> None:
    info = nn.parse(nn.make(birth, seq, bis=bis), today=dt.date(2026, 1, 1))
    assert info.checksum_valid
    assert info.birth_date_partial == birth.isoformat()
    assert info.sex == ("M" if seq % 2 else "F")
    assert info.bis is bis


def test_easter_dates() -> None:
    assert easter_sunday(2024) == dt.date(2024, 3, 31)
    assert easter_sunday(2025) == dt.date(2025, 4, 20)
    assert easter_sunday(2026) == dt.date(2026, 4, 5)


def test_belgian_holidays_2026() -> None:
    days = belgian_public_holidays(2026)
    assert dt.date(2026, 4, 6) in days  # Easter Monday
    assert dt.date(2026, 5, 14) in days  # Ascension
    assert dt.date(2026, 5, 25) in days  # Whit Monday
    assert dt.date(2026, 7, 21) in days
    assert len(days) == 10


def test_working_days_skip_weekends_holidays_and_city_closing_days() -> None:
    cal = WorkingCalendar(["11-02", "11-15"])
    # Friday 30 Oct 2026 + 1 working day: Sat, Sun, Mon 2 Nov (city closed), Tue 3 Nov
    assert cal.add_working_days(dt.date(2026, 10, 30), 1) == dt.date(2026, 11, 3)
    # Tue 10 Nov + 1: Wed 11 Nov is Armistice -> Thu 12 Nov
    assert cal.add_working_days(dt.date(2026, 11, 10), 1) == dt.date(2026, 11, 12)
    # across Christmas and New Year
    assert cal.add_working_days(dt.date(2026, 12, 24), 2) == dt.date(2026, 12, 29)
    assert cal.working_days_between(dt.date(2026, 12, 24), dt.date(2026, 12, 29)) == 2
    assert cal.add_working_days(dt.date(2026, 12, 24), 0) == dt.date(2026, 12, 24)


def test_one_error_type_for_national_numbers_on_card_and_desk() -> None:
    """Issue 14 §5: the desk's national-number errors are the eid package's NationalNumberError (one
    implementation, one error type), carrying the clerk's message with its translation code."""
    from desk_app.messages import Message
    from eid.national_number import NationalNumberError

    for bad in (lambda: nn.parse("12.34"), lambda: nn.normalise("٨٥٠٧٣٠٠٣٣٦١"),
                lambda: nn.validate("85.07.30-033.29")):
        with pytest.raises(NationalNumberError) as exc:
            bad()
        assert isinstance(exc.value.message, Message) and str(exc.value) == exc.value.message
    assert not hasattr(nn, "InvalidNationalNumber")  # one error type, no alias


def test_an_unknown_person_reference_is_none(loket: Any) -> None:
    """Neither a person's id nor a national number: no person (not an error escaping to the caller)."""
    assert loket.person("no-such-person") is None
    assert loket.person("85.07.30-033.61") is None
