"""Belgian national register number (rijksregisternummer / INSZ) and bis numbers.

``YYMMDD SSS CC``: SSS odd for men, even for women; ``CC = 97 - (YYMMDDSSS mod 97)``; for people born
in 2000 or later the number is prefixed with ``2`` before the modulo. Bis numbers (people outside the
National Register) add 20 (sex unknown) or 40 (sex known) to the month. Month and/or day may be ``00``.
Specimen cards use impossible dates with valid checksums, so "checksum valid" is kept apart from
"plausible date".

The rules and the error type are ``eid.national_number``'s (one implementation for the card and the desk;
``eid`` may not import the desk). This is the desk's view on them: year, month and day apart, "a birth
date in the future is not plausible", and the clerk's messages, raised as
:class:`~eid.national_number.NationalNumberError` with a translatable ``desk_app.messages.Message``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.messages import Message
from eid import national_number as card_nn
from eid.national_number import NationalNumberError

__all__ = ["NationalNumber", "NationalNumberError", "make", "normalise", "parse", "validate"]


@dataclass(frozen=True)
class NationalNumber:
    digits: str
    checksum_valid: bool
    born_2000_or_later: bool
    bis: bool
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
    sex: str | None  # "M" / "F" / None (bis number with unknown sex)
    plausible_date: bool

    @property
    def formatted(self) -> str:
        d = self.digits
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}"

    @property
    def birth_date_partial(self) -> str | None:
        """ISO date, possibly partial (``YYYY-MM`` or ``YYYY``)."""
        if self.birth_year is None:
            return None
        if self.birth_month is None:
            return f"{self.birth_year:04d}"
        if self.birth_day is None:
            return f"{self.birth_year:04d}-{self.birth_month:02d}"
        return f"{self.birth_year:04d}-{self.birth_month:02d}-{self.birth_day:02d}"


def normalise(text: str) -> str:
    """Strip the usual separators (``85.07.30-033.61``); return the bare digits (0-9 only, not '٣' or '３')
    or raise :class:`NationalNumberError` with the clerk's message."""
    try:
        return card_nn.normalise(text or "")
    except NationalNumberError:
        raise NationalNumberError(
            Message("'{value}' is not a national number: it must have 11 digits (e.g. 85.07.30-033.61).", value=text)
        ) from None


def parse(text: str, today: dt.date | None = None) -> NationalNumber:
    """Parse and check a national number. Raises NationalNumberError on malformed text only:
    a wrong checksum is reported in ``checksum_valid`` so callers can say so precisely.

    On top of ``eid.national_number.parse_national_number``: year, month and day apart, and "a birth date
    in the future is not plausible"."""
    digits = normalise(text)
    info = card_nn.parse_national_number(digits)
    today = today or dt.date.today()
    year = None if info.born_2000_or_later is None else (2000 if info.born_2000_or_later else 1900) + int(digits[:2])
    month = day = None
    plausible = info.plausible_date and year is not None and year <= today.year
    if plausible and info.birth_date_partial:
        parts = [int(x) for x in info.birth_date_partial.split("-")[1:]]
        month = parts[0] if parts else None
        day = parts[1] if len(parts) > 1 else None
        if year is not None and month is not None and day is not None:
            plausible = dt.date(year, month, day) <= today
    if not plausible:
        month = day = None
    return NationalNumber(
        digits=digits,
        checksum_valid=info.checksum_valid,
        born_2000_or_later=bool(info.born_2000_or_later),
        bis=info.bis,
        birth_year=year,
        birth_month=month,
        birth_day=day,
        sex=info.sex,
        plausible_date=plausible,
    )


def validate(text: str) -> str:
    """Return the bare digits of a valid national number or raise with a message a clerk understands."""
    nn = parse(text)
    if not nn.checksum_valid:
        raise NationalNumberError(
            Message("{number} is not a valid national number: the check digits do not match. "
                    "Please check the number on the card.", number=nn.formatted)
        )
    return nn.digits


def make(birth: dt.date, sequence: int, bis: bool = False) -> str:
    """Build a valid national number (used for synthetic demo citizens and tests)."""
    if not 1 <= sequence <= 998:
        raise ValueError("sequence must be 1..998")
    month = birth.month + (40 if bis else 0)
    base9 = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{sequence:03d}"
    return f"{base9}{card_nn.checksum_for(base9, birth.year >= 2000):02d}"
