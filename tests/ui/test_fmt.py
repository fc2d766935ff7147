"""The desk's display formats."""

from __future__ import annotations

import pytest

from ui.core import fmt


@pytest.mark.parametrize(
    ("value", "shown"),
    [("85073003361", "85.07.30-033.61"), ("85.07.30-033.61", "85.07.30-033.61"), (None, ""), ("", ""),
     # not a national number: shown as stored, never made to look like one
     ("٨٥٠٧٣٠٠٣٣٦١", "٨٥٠٧٣٠٠٣٣٦١"), ("nr 85073003361", "nr 85073003361"), ("1234", "1234")],
)
def test_a_national_number_is_shown_in_its_one_format(value: str | None, shown: str) -> None:
    """One implementation of national numbers (eid.national_number): the desk formats with it."""
    assert fmt.national_number(value) == shown
