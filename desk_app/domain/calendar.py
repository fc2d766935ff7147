"""Working days for processing times: the Belgian working-day calendar lives in ``wire.calendar`` (the
desk and the case store count deadlines the same way); re-exported here so the desk's imports stay."""

from __future__ import annotations

from wire.calendar import WorkingCalendar, add_calendar_days, belgian_public_holidays, easter_sunday, term_end

__all__ = ["WorkingCalendar", "add_calendar_days", "belgian_public_holidays", "easter_sunday", "term_end"]
