"""The Belgian working-day calendar is shared by the desk and the case store (``wire.calendar``)."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain import calendar as desk_calendar
from wire.calendar import WorkingCalendar, add_calendar_days, belgian_public_holidays, term_end


def test_the_desk_uses_the_same_calendar() -> None:
    assert desk_calendar.WorkingCalendar is WorkingCalendar
    assert desk_calendar.belgian_public_holidays is belgian_public_holidays


def test_five_working_days_from_christmas_eve_skip_the_weekends_christmas_and_new_year() -> None:
    # Thu 24 Dec 2026: Fri 25 (Christmas) and Fri 1 Jan (New Year) are holidays, two weekends in between.
    assert term_end(WorkingCalendar(), dt.date(2026, 12, 24), 5, "working_days") == dt.date(2027, 1, 4)
    assert term_end(WorkingCalendar(), dt.date(2026, 12, 24), 5, "calendar_days") == dt.date(2026, 12, 29)


def test_easter_monday_and_city_closing_days_are_not_working_days() -> None:
    cal = WorkingCalendar(["01-02"])
    assert dt.date(2027, 3, 29) in belgian_public_holidays(2027)  # Easter Monday 2027
    assert term_end(cal, dt.date(2027, 3, 26), 1, "working_days") == dt.date(2027, 3, 30)
    assert term_end(cal, dt.date(2026, 12, 31), 1, "working_days") == dt.date(2027, 1, 4)  # 1 Jan, 2 Jan closed


def test_an_unknown_term_unit_or_a_negative_term_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown term unit 'weeks'"):
        term_end(WorkingCalendar(), dt.date(2026, 1, 5), 1, "weeks")
    with pytest.raises(ValueError):
        add_calendar_days(dt.date(2026, 1, 5), -1)
