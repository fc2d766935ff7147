"""Birth date text of the identity file (tag 0x0C), tolerant of every layout seen on cards.

The text is in the card's language (NL/FR/DE month abbreviations). Layouts seen:
``01 JAN 1971``, ``1 JAN 1971``, ``26 AVR  1975`` (two spaces), ``08 MAAR 1980``,
``23.SEP.1982``, ``13.AUG. 1996``, ``12.MÄR.1985``, year only ``        1962``; day
and/or month may be blank. The raw text is always kept.

Digits are ASCII digits only: characters of other scripts that Python calls digits (``٣``, ``३``,
full-width ``３``, superscript ``³``) are a format error (:class:`BirthDateError`), never read as a
day, month or year.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass

from eid.errors import EidParseError

__all__ = ["MONTHS", "BirthDate", "BirthDateError", "parse_birth_date"]


class BirthDateError(EidParseError):
    """The birth date text matches none of the known layouts; ``raw`` is the text as given."""

    code = "birth_date_format"
    default_message = "The birth date on the card is in an unknown format."

    def __init__(self, message: str | None = None, *, detail: str | None = None, raw: object = None) -> None:
        super().__init__(message, detail=detail)
        self.raw = raw


def _fold(text: str) -> str:
    """Upper case without accents: ``Mär`` -> ``MAR``, ``Août`` -> ``AOUT``.

    Canonical decomposition only (NFD): compatibility forms such as full-width letters or
    superscript digits are not turned into ASCII look-alikes."""
    decomposed = unicodedata.normalize("NFD", text.upper())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _ascii_digits(token: str) -> bool:
    return token.isascii() and token.isdigit()


# Month abbreviations per card language (README), plus spellings seen in the wild and
# the common English/long forms. Keys are accent-folded upper case.
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("JAN", "JANV", "JANVIER", "JANUARI", "JANUAR", "JANUARY"),
    2: ("FEB", "FEV", "FEVR", "FEVRIER", "FEBRUARI", "FEBRUAR", "FEBRUARY"),
    3: ("MAAR", "MARS", "MAR", "MAER", "MRZ", "MAART", "MARZ", "MARCH"),
    4: ("APR", "AVR", "AVRIL", "APRIL"),
    5: ("MEI", "MAI", "MAY"),
    6: ("JUN", "JUIN", "JUNI", "JUNE"),
    7: ("JUL", "JUIL", "JUILLET", "JULI", "JULY"),
    8: ("AUG", "AOUT", "AUGUSTUS", "AUGUST"),
    9: ("SEP", "SEPT", "SEPTEMBRE", "SEPTEMBER"),
    10: ("OKT", "OCT", "OCTOBRE", "OKTOBER", "OCTOBER"),
    11: ("NOV", "NOVEMBRE", "NOVEMBER"),
    12: ("DEC", "DEZ", "DECEMBRE", "DECEMBER", "DEZEMBER"),
}
MONTHS: dict[str, int] = {name: month for month, names in _MONTH_NAMES.items() for name in names}

_TOKEN_SPLIT = re.compile(r"[\s.\-/]+")


@dataclass(frozen=True, slots=True)
class BirthDate:
    """A possibly partial birth date. ``year`` is always known when parsing succeeded."""

    raw: str
    year: int
    month: int | None
    day: int | None

    @property
    def iso(self) -> str:
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def complete(self) -> bool:
        return self.month is not None and self.day is not None


def _month(token: str) -> int | None:
    if _ascii_digits(token):
        return int(token) if 1 <= int(token) <= 12 else None
    return MONTHS.get(_fold(token))


def parse_birth_date(raw: str) -> BirthDate:
    """Parse the card's birth date text. Raises :class:`BirthDateError` (and nothing else) on
    unknown layouts; the error keeps the text in ``raw``."""

    def fail(why: str) -> BirthDateError:
        return BirthDateError(detail=f"{why}: {raw!r}", raw=raw)

    if not isinstance(raw, str):
        raise fail("birth date must be text")
    foreign = sorted({c for c in raw if c.isnumeric() and not c.isascii()})
    if foreign:
        names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in foreign)
        raise fail(f"digits other than 0-9 in the birth date ({names})")
    tokens = [t for t in _TOKEN_SPLIT.split(raw.strip()) if t]
    if not tokens:
        raise fail("empty birth date")
    year_token = tokens[-1]
    if not (len(year_token) == 4 and _ascii_digits(year_token)):
        raise fail("no 4-digit year at the end of the birth date")
    year = int(year_token)
    if year < 1800:
        raise fail("implausible birth year")
    rest = tokens[:-1]
    day: int | None = None
    month: int | None = None
    if len(rest) == 2:
        day_token, month_token = rest
        if not (_ascii_digits(day_token) and len(day_token) <= 2):
            raise fail("bad day in birth date")
        day = int(day_token)
        month = _month(month_token)
        if month is None:
            raise fail("unknown month in birth date")
    elif len(rest) == 1:
        token = rest[0]
        if _ascii_digits(token):
            # a lone number before the year is a day with a blank month: the month is unknown,
            # so only the year can be kept.
            if len(token) <= 2 and 1 <= int(token) <= 31:
                return BirthDate(raw=raw, year=year, month=None, day=None)
            raise fail("unknown month in birth date")
        month = _month(token)
        if month is None:
            raise fail("unknown month in birth date")
    elif len(rest) > 2:
        raise fail("too many parts in birth date")
    if day == 0:
        day = None
    if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise fail("day out of range in birth date")
    return BirthDate(raw=raw, year=year, month=month, day=day)
