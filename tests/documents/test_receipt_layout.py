"""Issue 13 §6: receipts a city can sign (one page, no words or dates cut, every character printed, the
expected date of the procedure chosen, PDF/A stream syntax)."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from typing import Any

import pytest

from desk_app.documents import receipt_pdf
from desk_app.documents.common import format_date

from .helpers import BUDGET, intake, make_person, page_count, pdf_text

WHEN = dt.datetime(2026, 3, 2, 10, 30, tzinfo=dt.UTC)
LANGS = ("nl", "fr", "de", "en")


@pytest.fixture
def app(empty_loket: Any) -> Any:
    empty_loket.settings.staff_name = "Demo Loketmedewerker"
    empty_loket.settings.location = "Stadswinkel Meerhoven"
    return empty_loket


def _lines(pdf: bytes) -> list[str]:
    """The text lines as laid out on the page (pdftotext -layout), non-breaking spaces as spaces."""
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    return [" ".join(line.replace("\u00a0", " ").split()) for line in out.decode("utf-8").splitlines()]


def _signature() -> bytes:
    """A signature as the pad gives it: a wide PNG with a transparent background and a stroke."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (900, 300), (0, 0, 0, 0))
    ImageDraw.Draw(img).line([(40, 250), (200, 40), (420, 260), (860, 60)], fill=(0, 0, 80, 255), width=8)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.mark.parametrize("lang", LANGS)
def test_livability_budget_receipt_fits_on_one_page_with_its_signatures(app: Any, lang: str) -> None:
    ref = intake(app, make_person(app, language=lang))
    for signature in (None, _signature()):
        pdf = receipt_pdf(app, ref, issued_at=WHEN, signature_png=signature)
        assert page_count(pdf) == 1, (lang, signature is not None)
        assert "Demo Loketmedewerker" in pdf_text(pdf)  # the signature block is on that one page


def test_every_demo_livability_budget_receipt_fits_on_one_page(loket: Any) -> None:
    from desk_app.services.cases import CaseFilter

    loket.settings.staff_name = "Demo Loketmedewerker"
    loket.settings.location = "Stadswinkel Meerhoven"
    refs = [r["reference"] for r in loket.list_cases(CaseFilter(limit=500)) if r["case_type"] == "livability_budget"]
    assert refs
    signature = _signature()
    spilled = [(ref, lang) for ref in refs for lang in LANGS
               if page_count(receipt_pdf(loket, ref, signature_png=signature, language=lang, issued_at=WHEN)) > 1]
    assert spilled == []


@needs_poppler
@pytest.mark.parametrize("lang", LANGS)
def test_clerk_name_and_date_are_never_cut(app: Any, lang: str) -> None:
    ref = intake(app, make_person(app, language=lang))
    lines = _lines(receipt_pdf(app, ref, issued_at=WHEN))
    date = " ".join(format_date(WHEN, lang).replace("\u00a0", " ").split())
    assert any(date in line for line in lines), (date, lines[:20])
    assert all("Loketmedewerker" in line for line in lines if "Loketme" in line), lines[:20]


@needs_poppler
def test_characters_outside_dejavu_are_printed_with_a_fallback_font(app: Any) -> None:
    pid = make_person(app, surname="王", given="小明 🎉")
    answers = dict(BUDGET, project_title="Buurtfeest 🎈 街坊")
    ref = intake(app, pid, answers=answers)
    pdf = receipt_pdf(app, ref, issued_at=WHEN)
    text = pdf_text(pdf)
    assert "小明 🎉 王" in text
    assert "Buurtfeest 🎈 街坊" in text
    assert "\ufffd" not in text and "\x00" not in text
    fonts = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=False)
    if fonts.returncode == 0:  # older poppler cannot read from stdin
        listed = fonts.stdout.decode()
        assert "DroidSansFallback" in listed and "Symbola" in listed  # embedded subsets


def test_every_stream_ends_with_an_end_of_line_before_endstream(app: Any) -> None:
    ref = intake(app, make_person(app))
    pdf = receipt_pdf(app, ref, issued_at=WHEN)
    streams = list(re.finditer(rb"/Length (\d+)(?:(?!stream).)*?>>\s*stream(\r\n|\n)", pdf, re.S))
    assert len(streams) >= 5  # page content, fonts, images, XMP, ICC profile
    for m in streams:
        start = m.end()
        end = start + int(m.group(1))
        after = pdf[end:end + 11]
        assert after.startswith((b"\nendstream", b"\r\nendstream")), (m.group(0)[:60], after)
    assert pdf.count(b"endstream") == len(streams)


def test_urgent_id_card_expects_the_decision_after_the_urgent_procedure(app: Any) -> None:
    pid = make_person(app, language="fr")
    today = dt.date.today()
    for urgency, days in (("urgent", 2), ("very_urgent", 1), ("normal", 15)):
        ref = intake(app, pid, "id_card_application", answers={"reason": "expired", "urgency": urgency})
        view = app.case(ref)
        expected = app.calendar.add_working_days(today, days)
        assert view.case["expected_date"] == expected.isoformat(), urgency
        text = pdf_text(receipt_pdf(app, ref, issued_at=WHEN))
        assert f"au plus tard le {format_date(expected, 'fr')}".replace("\u00a0", " ") in text
