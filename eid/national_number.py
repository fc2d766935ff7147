"""Belgian national register number (rijksregisternummer / INSZ) checks.

Pure functions, no I/O. The one implementation of the rules, with the one error type
(:class:`NationalNumberError`), for the card and the desk: ``desk_app.domain.national_number`` builds the
desk's view on it (birth date parts, "not born in the future", the clerk's messages) and raises the same
error. It lives here because ``eid`` may not import ``desk_app`` (tests/test_layers.py).

Layout ``YYMMDD SSS CC``:

* ``SSS`` (sequence) odd = man, even = woman;
* ``CC = 97 - (YYMMDDSSS mod 97)``; for people born in 2000 or later the check uses
  ``2000000000 + YYMMDDSSS``;
* month and/or day may be ``00`` (unknown);
* bis numbers (people outside the National Register) add 20 (sex unknown at
  attribution) or 40 (sex known) to the month; the checksum is computed the same way.

Specimen cards use impossible dates with valid checksums (``71715100070``), so a
valid checksum is reported separately from a plausible date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from eid.errors import EidParseError

__all__ = [
    "NationalNumberError",
    "NationalNumberInfo",
    "checksum_for",
    "format_national_number",
    "is_valid_national_number",
    "normalise",
    "parse_national_number",
]

_ALLOWED = re.compile(r"^[0-9.\-\s/]+$")


class NationalNumberError(EidParseError):
    """The text is not an 11-digit national number (wrong characters or length; digits are ASCII
    0-9 only). An :class:`eid.errors.EidError`, like every error of the ``eid`` package. The desk raises
    it too, with its own translatable ``message`` (a ``desk_app.messages.Message``), for a number a clerk
    typed, and for wrong check digits where a valid number is required."""

    code = "national_number_format"
    default_message = (
        "This is not a national number: it must have 11 digits (for example 85.07.30-033.61)."
    )


@dataclass(frozen=True, slots=True)
class NationalNumberInfo:
    """What can be derived from a national number.

    ``checksum_valid`` only says the two check digits match; ``plausible_date`` says the
    encoded birth date (month/day possibly unknown) is a real calendar date in the
    century the checksum selected. ``birth_date_partial`` is ISO ``YYYY-MM-DD``,
    ``YYYY-MM`` or ``YYYY`` (None when the checksum is invalid, because then the
    century is unknown). ``sex`` is ``"M"``/``"F"``, or None for a bis number with
    month + 20 (sex unknown when the number was attributed).
    """

    digits: str
    checksum_valid: bool
    born_2000_or_later: bool | None
    bis: bool
    birth_date_partial: str | None
    sex: str | None
    plausible_date: bool

    @property
    def formatted(self) -> str:
        return format_national_number(self.digits)


def normalise(text: str) -> str:
    """The bare 11 digits of ``text`` (``85.07.30-033.61`` -> ``85073003361``); dots, dashes, slashes and
    spaces are allowed between them, nothing else. Raises :class:`NationalNumberError`."""
    if not isinstance(text, str):
        raise NationalNumberError(detail=f"national number must be text, got {type(text).__name__}")
    stripped = text.strip()
    if not stripped or not _ALLOWED.match(stripped):
        raise NationalNumberError(detail=f"not a national number: {text!r}")
    digits = re.sub(r"[^0-9]", "", stripped)
    if len(digits) != 11:
        raise NationalNumberError(detail=f"a national number has 11 digits, got {len(digits)}: {text!r}")
    return digits


def checksum_for(first_nine: str, born_2000_or_later: bool) -> int:
    """Check digits for the 9 leading digits ``YYMMDDSSS``."""
    if not isinstance(first_nine, str) or len(first_nine) != 9 or not (first_nine.isascii() and first_nine.isdigit()):
        raise NationalNumberError(detail=f"need 9 digits 0-9, got {first_nine!r}")
    base = int(first_nine) + (2_000_000_000 if born_2000_or_later else 0)
    return 97 - (base % 97)


def format_national_number(digits: str) -> str:
    """``85073003361`` -> ``85.07.30-033.61``."""
    d = normalise(digits)
    return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}"


def parse_national_number(text: str) -> NationalNumberInfo:
    """Parse and check a national number; accepts ``85.07.30-033.61`` formatting.

    Raises :class:`NationalNumberError` only when the text is not 11 digits (after
    removing dots, dashes, slashes and spaces). A wrong checksum is reported in the
    result, not raised.
    """
    digits = normalise(text)
    first_nine, check = digits[:9], int(digits[9:])
    before_2000 = checksum_for(first_nine, False) == check
    after_2000 = checksum_for(first_nine, True) == check
    checksum_valid = before_2000 or after_2000
    # Both can only match together if 2e9 = 0 mod 97, which it is not; keep the
    # ordering explicit anyway.
    born_2000: bool | None = after_2000 if checksum_valid else None

    yy, mm, dd, seq = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6:9])
    bis = False
    sex: str | None = "M" if seq % 2 == 1 else "F"
    month = mm
    if 40 <= mm <= 52:
        bis, month = True, mm - 40
    elif 20 <= mm <= 32:
        bis, month = True, mm - 20
        sex = None  # sex unknown at attribution

    birth_partial: str | None = None
    plausible = False
    if born_2000 is not None:
        year = (2000 if born_2000 else 1900) + yy
        plausible = _plausible(year, month, dd)
        if plausible:
            if month == 0:
                birth_partial = f"{year:04d}"
            elif dd == 0:
                birth_partial = f"{year:04d}-{month:02d}"
            else:
                birth_partial = f"{year:04d}-{month:02d}-{dd:02d}"
    return NationalNumberInfo(
        digits=digits,
        checksum_valid=checksum_valid,
        born_2000_or_later=born_2000,
        bis=bis,
        birth_date_partial=birth_partial,
        sex=sex,
        plausible_date=plausible,
    )


def _plausible(year: int, month: int, day: int) -> bool:
    if not 0 <= month <= 12:
        return False
    if month == 0:
        return day == 0 or 1 <= day <= 31
    if day == 0:
        return True
    return 1 <= day <= calendar.monthrange(year, month)[1]


def is_valid_national_number(text: str) -> bool:
    """True when the text is 11 digits with a valid checksum (date not checked)."""
    try:
        return parse_national_number(text).checksum_valid
    except NationalNumberError:
        return False
