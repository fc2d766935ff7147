"""Working days for processing times and deadlines: Belgian public holidays plus the city's own closing days.

Standard library only: the desk (``desk_app.domain.calendar`` re-exports it) and the case store (the
deadlines of citizen reports, ``casestore.services.reports``) count the same days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

TermUnit = Literal["working_days", "calendar_days"]
TERM_UNITS: tuple[str, ...] = ("working_days", "calendar_days")


def easter_sunday(year: int) -> dt.date:
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@lru_cache(maxsize=256)
def belgian_public_holidays(year: int) -> frozenset[dt.date]:
    """The ten legal public holidays of Belgium."""
    easter = easter_sunday(year)
    return frozenset(
        {
            dt.date(year, 1, 1),  # Nieuwjaar
            easter + dt.timedelta(days=1),  # Paasmaandag
            dt.date(year, 5, 1),  # Feest van de Arbeid
            easter + dt.timedelta(days=39),  # O.L.H. Hemelvaart
            easter + dt.timedelta(days=50),  # Pinkstermaandag
            dt.date(year, 7, 21),  # Nationale feestdag
            dt.date(year, 8, 15),  # O.L.V. Hemelvaart
            dt.date(year, 11, 1),  # Allerheiligen
            dt.date(year, 11, 11),  # Wapenstilstand
            dt.date(year, 12, 25),  # Kerstmis
        }
    )


class WorkingCalendar:
    """Monday–Friday minus Belgian public holidays minus the city's closing days (``MM-DD``)."""

    def __init__(self, closing_days: Iterable[str] = ()) -> None:
        self._closing = frozenset(tuple(int(p) for p in d.split("-")) for d in closing_days)

    def is_working_day(self, day: dt.date) -> bool:
        if day.weekday() >= 5:
            return False
        if day in belgian_public_holidays(day.year):
            return False
        return (day.month, day.day) not in self._closing

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        """The date ``days`` working days after ``start`` (``start`` itself does not count)."""
        if days < 0:
            raise ValueError("days must be >= 0")
        current = start
        while days > 0:
            current += dt.timedelta(days=1)
            if self.is_working_day(current):
                days -= 1
        return current

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        count, current = 0, start
        while current < end:
            current += dt.timedelta(days=1)
            if self.is_working_day(current):
                count += 1
        return count


def add_calendar_days(start: dt.date, days: int) -> dt.date:
    """The date ``days`` calendar days after ``start``."""
    if days < 0:
        raise ValueError("days must be >= 0")
    return start + dt.timedelta(days=days)


def term_end(calendar: WorkingCalendar, start: dt.date, days: int, unit: str) -> dt.date:
    """The last day of a term of ``days`` ``unit`` (``working_days``: weekends, Belgian public holidays and
    the city's closing days skipped; ``calendar_days``: every day counts) starting the day after ``start``."""
    if unit == "working_days":
        return calendar.add_working_days(start, days)
    if unit == "calendar_days":
        return add_calendar_days(start, days)
    raise ValueError(f"unknown term unit {unit!r} (expected one of {', '.join(TERM_UNITS)})")
