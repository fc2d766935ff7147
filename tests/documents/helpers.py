"""Helpers for document tests: people with diacritics, intakes, PDF text and rendering."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

from pypdf import PdfReader

BUDGET = {
    "project_title": "Buurtfeest Kerkstraat",
    "description": "Een straatfeest met soep en muziek voor de hele buurt.",
    "neighbourhood": "Kerkstraat",
    "event_date": "2026-12-12",
    "budget_lines": [{"description": "Springkasteel", "amount": "250"},
                     {"description": "Soep en brood", "amount": "120,50"}],
    "requested_amount": "370.50",
}


def make_person(app: Any, surname: str = "Šťastný", given: str = "Nguyễn Çelik", language: str = "nl",
                channel: str = "letter", email: str | None = None, phone: str | None = None) -> str:
    pid, _ = app.create_person(surname=surname, given_names=given, language=language, preferred_channel=channel,
                               email=email, phone=phone, street_and_number="Kerkstraat 12", postal_code="9999",
                               municipality="Meerhoven")
    return str(pid)


def intake(app: Any, person_id: str | None, case_type: str = "livability_budget", channel: str = "counter",
           answers: dict[str, Any] | None = None, files: list[Path] | None = None) -> str:
    _result, ref = app.intake(case_type, person_id, dict(answers or BUDGET), channel=channel, attachment_files=files)
    return str(ref)


def pdf_text(pdf: bytes) -> str:
    """Text as a reader extracts it (pdftotext when installed, else pypdf), whitespace normalised."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout
        text = out.decode("utf-8")
    else:
        text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.replace("\u00a0", " ").split())


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def render_png(pdf: bytes, tmp: Path, resolution: int = 50) -> list[Path]:
    """Render with pdftoppm (poppler) and return the PNG pages; the PDF is valid enough to be drawn."""
    src = tmp / "doc.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(resolution), "-png", str(src), str(tmp / "page")], check=True,
                   capture_output=True)
    return sorted(tmp.glob("page*.png"))
