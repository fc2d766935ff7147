"""The printed walk-in ticket (desk_app.documents.ticket): rendered with poppler, its text read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from desk_app.documents.ticket import TicketData, build_ticket

from .helpers import page_count, pdf_text, render_png

SHOP = {"nl": "Stadswinkel", "fr": "Boutique communale", "de": "Stadtladen", "en": "City shop"}
CIVIL = {"nl": "Burgerzaken", "fr": "Affaires civiles", "de": "Bürgerangelegenheiten", "en": "Civil affairs"}
# 09:41 in Brussels (winter time: UTC+1)
ISSUED = dt.datetime(2026, 12, 2, 8, 41, tzinfo=dt.UTC)


@pytest.mark.parametrize(("lang", "wait", "shop", "service"), [
    ("nl", "Verwachte wachttijd: ongeveer 18 minuten", "Stadswinkel", "Burgerzaken"),
    ("fr", "Attente prévue : environ 18 minutes", "Boutique communale", "Affaires civiles"),
    ("de", "Erwartete Wartezeit: etwa 18 Minuten", "Stadtladen", "Bürgerangelegenheiten"),
])
def test_the_ticket_shows_number_service_time_wait_and_shop(empty_loket: Any, tmp_path: Path, lang: str, wait: str,
                                                            shop: str, service: str) -> None:
    pdf = build_ticket(empty_loket.catalogue, TicketData("A023", CIVIL, SHOP, ISSUED, 18 * 60 + 10, lang))
    text = pdf_text(pdf)
    assert page_count(pdf) == 1
    assert "A023" in text and service in text and shop in text and wait in text
    assert "09:41" in text and "02/12/2026" in text
    [png] = render_png(pdf, tmp_path, resolution=72)
    from PIL import Image

    with Image.open(png) as img:  # a narrow ticket (80 mm) whose number is drawn large
        assert img.width < img.height and abs(img.width - 80 / 25.4 * 72) < 3
        rgb = img.convert("RGB")
        dark = [x for x in range(img.width) for y in range(int(img.height * 0.35), int(img.height * 0.6))
                if _darkness(rgb.getpixel((x, y))) < 200]
        assert dark and max(dark) - min(dark) > img.width / 3


def _darkness(pixel: object) -> int:
    assert isinstance(pixel, tuple)
    return int(sum(pixel))


def test_a_short_or_unknown_wait(empty_loket: Any) -> None:
    short = pdf_text(build_ticket(empty_loket.catalogue, TicketData("S001", CIVIL, SHOP, ISSUED, 90, "en")))
    assert "Expected wait: less than 5 minutes" in short and "Your number" in short and "City shop" in short
    unknown = pdf_text(build_ticket(empty_loket.catalogue, TicketData("A500", CIVIL, SHOP, ISSUED, None, "en")))
    assert "A500" in unknown and "Expected wait" not in unknown


def test_a_long_number_still_fits(empty_loket: Any, tmp_path: Path) -> None:
    pdf = build_ticket(empty_loket.catalogue, TicketData("ABC9999", CIVIL, SHOP, ISSUED, 600, "nl"))
    assert "ABC9999" in pdf_text(pdf)
