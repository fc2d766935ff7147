"""The letter to a citizen about their report (issue 15, ``desk_app.documents.report_letter``): the message's
text in the reporter's language inside the city's letter frame, rendered by poppler (pdftoppm) and read back
(pdftotext); long or hostile text stays on the page; a message without an address is refused clearly."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from typing import Any

import pytest

from desk_app.catalogue import load_catalogue
from desk_app.documents.common import format_date
from desk_app.documents.report_letter import NO_ADDRESS, ReportLetterError, build_report_letter
from wire import reports

from .helpers import page_count, pdf_text, render_png

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                   reason="poppler-utils not installed")
DAY = dt.date(2026, 3, 2)
A4_W, A4_H = 595.28, 841.89


@pytest.fixture(scope="module")
def catalogue() -> Any:
    return load_catalogue()


def message(lang: str, **extra: Any) -> dict[str, Any]:
    cats = reports.default()
    values = {"name": "Jonas Schmitt", "reference": "M2026-000123", "category": cats.subs["zwerfvuil"].names[lang],
              "deadline": "9 maart 2026", "department": "Netheid", "reason": "", "city": "Meerhoven", "staff": ""}
    return {"id": 7, "report_id": "M2026-000123", "reporter_name": "Jonas Schmitt",
            "address": ["Kerkstraat 12", "9999 Meerhoven"], "language": lang, "status": "gemeld",
            "subject": {"nl": "Uw melding M2026-000123: Gemeld",
                        "fr": "Votre signalement M2026-000123 : Signalé"}.get(lang, "M2026-000123"),
            "body": cats.render("zwerfvuil", "gemeld", lang, "letter", values), **extra}


def words(pdf: bytes) -> list[tuple[float, float, float, float, str]]:
    """Every word with its box on its page (pdftotext -bbox)."""
    html = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                       html.decode("utf-8"))
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in found]


@needs_poppler
@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_the_letter_carries_the_reporters_text_address_and_date_in_their_language(
        catalogue: Any, tmp_path: Any, lang: str) -> None:
    msg = message(lang)
    pdf = build_report_letter(msg, catalogue=catalogue, issued_on=DAY)
    assert page_count(pdf) == 1
    pages = render_png(pdf, tmp_path)
    assert len(pages) == 1 and pages[0].stat().st_size > 1000
    text = pdf_text(pdf)
    for part in ("Jonas Schmitt", "Kerkstraat 12", "9999 Meerhoven", "M2026-000123", msg["subject"],
                 " ".join(format_date(DAY, lang).replace("\u00a0", " ").split())):
        assert part in text, (part, text[:400])
    assert "\ufffd" not in text  # every character printed, line breaks as line breaks
    first = msg["body"].split("\n\n")[1].split(".")[0]  # the sentence after the salutation
    assert " ".join(first.split()) in text
    if lang == "nl":
        assert "Zwerfvuil" in text and "Met vriendelijke groeten" in text and "Stad Meerhoven" in text
    else:
        assert "Déchets sauvages" in text and "Ville de Meerhoven" in text and "Madame, Monsieur" in text


@needs_poppler
def test_long_and_hostile_text_stays_on_the_page(catalogue: Any, tmp_path: Any) -> None:
    long_word = "x" * 400
    body = "\n\n".join(["Beste\x00 Jonas,\r\nLijn\x1b twee " + long_word] + [f"Alinea {i}. " + "woord " * 120
                                                                          for i in range(25)])
    msg = message("nl", body=body, reporter_name="N" * 250, address=["Straat " + "y" * 200, "9999 Meerhoven"],
                  subject="Onderwerp\r\nBcc: iemand")
    pdf = build_report_letter(msg, catalogue=catalogue, issued_on=DAY)
    assert page_count(pdf) > 1
    assert len(render_png(pdf, tmp_path)) == page_count(pdf)
    boxes = words(pdf)
    assert boxes
    outside = [(w[:20], x0, x1) for x0, y0, x1, y1, w in boxes if x0 < 0 or y0 < 0 or x1 > A4_W or y1 > A4_H]
    assert outside == []
    # Nothing written over anything else: the date line lies below the (long) address block.
    first_page_date = next(y0 for x0, y0, x1, y1, w in boxes if w == "Meerhoven," and x0 > A4_W / 2)
    assert max(y1 for x0, y0, x1, y1, w in boxes if w.startswith(("NNNN", "yyyy"))) < first_page_date
    text = pdf_text(pdf)
    assert sum(len(w) for *_, w in boxes if set(w) == {"x"}) == 400  # the long word wrapped, not cut
    assert "\x00" not in text and "\ufffd" not in text and "\x1b" not in text and "Alinea 24." in text
    assert "Onderwerp Bcc: iemand" in text  # one line: the subject cannot break out


def test_a_message_without_address_or_text_is_refused_with_a_clear_reason(catalogue: Any) -> None:
    for address in (None, [], ["", "  "]):
        with pytest.raises(ReportLetterError) as e:
            build_report_letter(message("fr", address=address), catalogue=catalogue)
        assert str(e.value) == NO_ADDRESS["fr"]
    with pytest.raises(ReportLetterError, match="no text"):
        build_report_letter(message("nl", body=" \n "), catalogue=catalogue)
    # An unknown language falls back to Dutch rather than failing.
    assert build_report_letter(message("nl", language="xx"), catalogue=catalogue).startswith(b"%PDF")
