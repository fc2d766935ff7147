"""Locale-aware formatting (nl_BE, fr_BE, de_BE, en_BE)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "de": "de_BE", "en": "en_BE"}
_current = {"lang": "nl"}


def set_language(lang: str) -> None:
    _current["lang"] = lang
    QLocale.setDefault(QLocale(LOCALES.get(lang, "nl_BE")))


def language() -> str:
    return _current["lang"]


def locale() -> QLocale:
    return QLocale(LOCALES.get(_current["lang"], "nl_BE"))


def date(value: dt.date | str | None, long: bool = False) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str) and len(value) == 7 and value[4] == "-" and value.replace("-", "").isdigit():
        month = QDate(int(value[:4]), int(value[5:]), 1)  # a partial birth date (year and month)
        return locale().toString(month, "MMMM yyyy" if long else "MM/yyyy") if month.isValid() else value
    if isinstance(value, str):
        text = value
        try:
            value = dt.date.fromisoformat(text[:10])
        except ValueError:
            return text
    qd = QDate(value.year, value.month, value.day)
    return locale().toString(qd, QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat)


def datetime(value: dt.datetime | str | None) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        text = value
        try:
            value = dt.datetime.fromisoformat(text)
        except ValueError:
            return text
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    qdt = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return locale().toString(qdt.toLocalTime(), QLocale.FormatType.ShortFormat)


def amount(cents: int | None) -> str:
    if cents is None:
        return ""
    return locale().toCurrencyString(cents / 100, "€")


def national_number(value: str | None) -> str:
    """``85.07.30-033.61`` (``eid.national_number``'s format); text that is not a national number as it is."""
    from eid.national_number import NationalNumberError, format_national_number

    if not value:
        return ""
    try:
        return format_national_number(value)
    except NationalNumberError:
        return value
