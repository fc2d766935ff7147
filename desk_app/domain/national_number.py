"""Belgian national register number (rijksregisternummer / INSZ) and bis numbers.

``YYMMDD SSS CC``: SSS odd for men, even for women; ``CC = 97 - (YYMMDDSSS mod 97)``; for people born
in 2000 or later the number is prefixed with ``2`` before the modulo. Bis numbers (people outside the
National Register) add 20 (sex unknown) or 40 (sex known) to the month. Month and/or day may be ``00``.
Specimen cards use impossible dates with valid checksums, so "checksum valid" is kept apart from
"plausible date".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_SEPARATORS = re.compile(r"[\s.\-/]")


class InvalidNationalNumber(ValueError):
    """Raised for text that is not a well-formed national number (clerk-readable message)."""


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
    """Strip the usual separators (``85.07.30-033.61``); return the bare digits or raise."""
    digits = _SEPARATORS.sub("", text or "")
    if not digits.isdigit() or len(digits) != 11:
        raise InvalidNationalNumber(
            f"'{text}' is not a national number: it must have 11 digits (e.g. 85.07.30-033.61)."
        )
    return digits


def _check(base9: str, check: int, prefix2000: bool) -> bool:
    value = int(base9) + (2_000_000_000 if prefix2000 else 0)
    return 97 - (value % 97) == check


def parse(text: str, today: dt.date | None = None) -> NationalNumber:
    """Parse and check a national number. Raises InvalidNationalNumber on malformed text only:
    a wrong checksum is reported in ``checksum_valid`` so callers can say so precisely."""
    digits = normalise(text)
    base9, check = digits[:9], int(digits[9:])
    before = _check(base9, check, False)
    after = _check(base9, check, True)
    yy, mm, dd, seq = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6:9])
    bis = False
    sex: str | None = "M" if seq % 2 else "F"
    if mm >= 40:
        bis, mm = True, mm - 40
    elif mm >= 20:
        bis, mm, sex = True, mm - 20, None
    today = today or dt.date.today()
    year: int | None = None
    if before:
        year = 1900 + yy
    elif after:
        year = 2000 + yy
    month = mm if 1 <= mm <= 12 else None
    day = dd if 1 <= dd <= 31 and month is not None else None
    plausible = year is not None and mm <= 12 and dd <= 31 and year <= today.year
    if plausible and year is not None and month is not None and day is not None:
        try:
            plausible = dt.date(year, month, day) <= today
        except ValueError:
            plausible = False
    if not plausible:
        month = day = None
    return NationalNumber(
        digits=digits,
        checksum_valid=before or after,
        born_2000_or_later=after and not before,
        bis=bis,
        birth_year=year,
        birth_month=month,
        birth_day=day,
        sex=sex,
        plausible_date=plausible,
    )


def validate(text: str) -> str:
    """Return the bare digits of a valid national number or raise with a message a clerk understands."""
    nn = parse(text)
    if not nn.checksum_valid:
        raise InvalidNationalNumber(
            f"{nn.formatted} is not a valid national number: the check digits do not match. "
            "Please check the number on the card."
        )
    return nn.digits


def make(birth: dt.date, sequence: int, bis: bool = False) -> str:
    """Build a valid national number (used for synthetic demo citizens and tests)."""
    if not 1 <= sequence <= 998:
        raise ValueError("sequence must be 1..998")
    month = birth.month + (40 if bis else 0)
    base9 = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{sequence:03d}"
    value = int(base9) + (2_000_000_000 if birth.year >= 2000 else 0)
    return f"{base9}{97 - value % 97:02d}"
