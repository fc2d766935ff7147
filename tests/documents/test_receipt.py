from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from desk_app.documents import receipt_pdf, save_to_case
from desk_app.documents.common import format_amount, format_date
from desk_app.store.models import Case, CaseAttachment, OutboxOperation

from .helpers import BUDGET, intake, make_person, page_count, pdf_text, render_png

WHEN = dt.datetime(2026, 3, 2, 10, 30, tzinfo=dt.UTC)


@pytest.fixture
def app(empty_loket: Any) -> Any:
    empty_loket.settings.staff_name = "Joke Vermeulen"
    empty_loket.settings.location = "Stadswinkel Meerhoven"
    return empty_loket


def _photo(tmp_path: Path) -> Path:
    path = tmp_path / "foto-speelplein.jpg"
    Image.new("RGB", (640, 480), (120, 160, 90)).save(path, quality=80)
    return path


def test_receipt_has_everything_the_citizen_needs(app: Any, tmp_path: Path) -> None:
    pid = make_person(app)
    ref = intake(app, pid, files=[_photo(tmp_path)])
    pdf = receipt_pdf(app, ref, issued_at=WHEN)
    assert pdf.startswith(b"%PDF") and page_count(pdf) == 1
    text = pdf_text(pdf)
    view = app.case(ref)
    assert ref.startswith("L-") and ref in text
    assert view.case["track_code"] in text
    assert "Nguyễn Çelik Šťastný" in text
    assert "Kerkstraat 12" in text
    assert "Ontvangstbewijs" in text and "Leefbaarheidsbudget" in text
    assert "Naam van het initiatief" in text and "Buurtfeest Kerkstraat" in text  # label + answer
    assert "€ 250,00" in text and "€ 120,50" in text and "€ 370,50" in text
    assert "12 december 2026" in text  # a date answer, in Dutch
    assert "Stadswinkel Meerhoven" in text and "2 maart 2026" in text
    assert format_date(view.case["expected_date"], "nl") in text
    assert "foto-speelplein.jpg" in text  # the attachment is listed
    assert "Gratis" in text
    assert "Joke Vermeulen" in text
    assert "meerhoven.example/volg/" + view.case["track_code"] in text
    assert "Voorlopig nummer" in text
    assert "We hebben uw aanvraag goed ontvangen." in text  # what happens next: status text
    assert "Korte beschrijving van het buurtinitiatief" in text  # required documents
    assert "Kastickets en facturen" in text  # documents after approval


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_receipt_renders_to_a_png_page(app: Any, tmp_path: Path) -> None:
    ref = intake(app, make_person(app))
    pages = render_png(receipt_pdf(app, ref), tmp_path)
    assert len(pages) == 1
    with Image.open(pages[0]) as img:
        assert img.format == "PNG"
        w, h = img.size
        assert abs(h / w - 297 / 210) < 0.01  # A4 portrait
        darkest: Any = img.convert("L").getextrema()[0]
        assert darkest < 100  # something dark was drawn


@pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None,
                    reason="needs poppler-utils and zbar-tools")
def test_qr_code_leads_to_the_track_page(app: Any, tmp_path: Path) -> None:
    import subprocess

    ref = intake(app, make_person(app))
    [page] = render_png(receipt_pdf(app, ref), tmp_path, resolution=150)
    out = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "https://www.meerhoven.example/volg/" + app.case(ref).case["track_code"]


def test_receipt_in_the_citizens_language(app: Any) -> None:
    ref = intake(app, make_person(app, surname="Dubois-Çelik", given="Léa", language="fr"))
    text = pdf_text(receipt_pdf(app, ref, issued_at=WHEN))
    assert "Accusé de réception" in text and "2 mars 2026" in text and "Léa Dubois-Çelik" in text
    assert "370,50 €" in text
    de = pdf_text(receipt_pdf(app, ref, issued_at=WHEN, language="de"))
    assert "Eingangsbestätigung" in de and "2. März 2026" in de and "370,50 €" in de
    en = pdf_text(receipt_pdf(app, ref, issued_at=WHEN, language="en"))
    assert "Receipt" in en and "2 March 2026" in en and "€370.50" in en


def test_receipt_shows_the_official_number_after_sync(app: Any) -> None:
    ref = intake(app, make_person(app))
    with app.store.write() as s:
        case = app.cases.find(s, ref)
        case.case_number = "2026-0001234"
    text = pdf_text(receipt_pdf(app, "2026-0001234"))
    assert "2026-0001234" in text and ref not in text and "Voorlopig" not in text


def test_fee_and_choice_labels(app: Any) -> None:
    pid = make_person(app)
    ref = intake(app, pid, case_type="id_card_application", answers={"reason": "lost", "urgency": "normal"})
    view = app.case(ref)
    text = pdf_text(receipt_pdf(app, ref))
    assert view.case["fee_cents"] > 0
    fee = format_amount(view.case["fee_cents"], "nl").replace("\u00a0", " ")
    assert f"{fee} (nog te betalen)" in text
    ct = app.catalogue.case_types["id_card_application"]
    reason = next(f for f in ct.fields if f.key == "reason")
    label = next(o.label["nl"] for o in reason.options if o.value == "lost")
    assert label in text


def test_signature_is_embedded(app: Any) -> None:
    ref = intake(app, make_person(app))
    img = Image.new("RGBA", (400, 120), (255, 255, 255, 0))
    from PIL import ImageDraw

    ImageDraw.Draw(img).line([(10, 100), (120, 20), (250, 90), (390, 30)], fill=(0, 0, 80, 255), width=4)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    plain = receipt_pdf(app, ref)
    signed = receipt_pdf(app, ref, signature_png=buf.getvalue())
    count = lambda pdf: sum(len(p.images) for p in PdfReader(io.BytesIO(pdf)).pages)  # noqa: E731
    assert count(signed) > count(plain)
    assert "Handtekening aanvrager" in pdf_text(signed)


def test_fonts_embedded_language_title_and_archival_metadata(app: Any) -> None:
    ref = intake(app, make_person(app))
    pdf = receipt_pdf(app, ref)
    reader = PdfReader(io.BytesIO(pdf))
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == "nl"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert reader.metadata is not None and reader.metadata.title == f"Ontvangstbewijs {ref}"
    xmp = root["/Metadata"].get_object().get_data()
    assert b"<pdfaid:part>2</pdfaid:part>" in xmp and b"<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert root["/OutputIntents"][0].get_object()["/S"] == "/GTS_PDFA1"
    assert "/Encrypt" not in reader.trailer and "/ID" in reader.trailer
    fonts: list[Any] = []
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for ref_ in resources["/Font"].values():
            font: Any = ref_.get_object()
            fonts.append(font)
            assert "/FontFile2" in font["/FontDescriptor"], f"{font['/BaseFont']} is not embedded"
    assert fonts and all("DejaVuSans" in str(f["/BaseFont"]) for f in fonts)
    assert b"Helvetica" not in pdf


def test_save_to_case_links_attachment_with_outbox_op(app: Any, tmp_path: Path) -> None:
    ref = intake(app, make_person(app), files=[_photo(tmp_path)])
    pdf = receipt_pdf(app, ref)
    sha = save_to_case(app, ref, pdf, "receipt", "Ontvangstbewijs")
    assert app.attachments.get(sha) == pdf
    with app.store.read() as s:
        case = app.cases.find(s, ref)
        links = s.query(CaseAttachment).filter_by(case_id=case.id, sha256=sha).all()
        assert len(links) == 1 and links[0].label == "Ontvangstbewijs"
        ops = s.query(OutboxOperation).filter_by(entity="case_attachment", entity_id=links[0].id).all()
        assert len(ops) == 1
        assert s.get(Case, case.id) is not None
    # The saved receipt is not listed as something the citizen submitted on the next receipt.
    text = pdf_text(receipt_pdf(app, ref))
    assert "foto-speelplein.jpg" in text and "loket-receipt" not in text


def test_anonymous_report_with_photo_field(app: Any, tmp_path: Path) -> None:
    photo = _photo(tmp_path)
    import hashlib

    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    ref = intake(app, None, case_type="citizen_report", files=[photo],
                 answers={"category": "illegal_dumping", "description": "Zwerfvuil aan de Leie.",
                          "location": "51.05, 3.72", "photo": sha})
    text = pdf_text(receipt_pdf(app, ref))
    assert ref in text and "Zwerfvuil aan de Leie." in text and "Sluikstort" in text
    assert "foto-speelplein.jpg" in text  # the photo field shows the file name, not the hash
    assert sha[:12] not in text


def test_long_intake_flows_onto_numbered_pages(app: Any) -> None:
    long = "\n".join(f"Regel {i}: we willen de straat versieren met lichtjes en bloembakken." for i in range(55))
    answers = dict(BUDGET, description=long)
    ref = intake(app, make_person(app), answers=answers)
    pdf = receipt_pdf(app, ref)
    n = page_count(pdf)
    assert n >= 2
    text = pdf_text(pdf)
    assert f"Pagina 1 van {n}" in text and f"Pagina {n} van {n}" in text
    assert "Regel 54:" in text
