"""Text into a PDF paragraph (desk_app.documents.common): a line break stays a line break, a character no
shipped font has becomes the visible replacement sign."""

from __future__ import annotations

from desk_app.documents.common import NO_GLYPH, esc, font_runs


def test_a_line_break_is_a_break_not_a_missing_glyph() -> None:
    assert esc("Beste,\nuw melding") == "Beste,<br/>uw melding"
    assert NO_GLYPH not in "".join(t for _, t in font_runs("één\ntwee\n"))


def test_a_character_no_font_has_becomes_the_replacement_sign() -> None:
    assert "".join(t for _, t in font_runs("a\U000f0000b")) == f"a{NO_GLYPH}b"
