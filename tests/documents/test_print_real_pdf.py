"""Issue 13 §6: printing from the receipt dialog sends the real PDF (text layer, vector QR code, embedded
fonts), not pages rendered to images."""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

pytest.importorskip("pytestqt")

from PySide6.QtPrintSupport import QPrinter

from ui.documents import ReceiptDialog
from ui.documents.printing import send_pdfs

from .helpers import intake, make_person, page_count, pdf_text
from .test_ui import FakePrintDialog


@pytest.fixture
def app(empty_loket: Any) -> Any:
    empty_loket.settings.staff_name = "Demo Loketmedewerker"
    return empty_loket


def test_receipt_printed_from_the_dialog_is_the_real_pdf(tmp_path: Path, qtbot: Any, app: Any) -> None:
    ref = intake(app, make_person(app))
    FakePrintDialog.target = tmp_path / "printed.pdf"
    dialog = ReceiptDialog(app, ref, print_dialog=FakePrintDialog)
    qtbot.addWidget(dialog)
    dialog.print_document()
    assert dialog.printed
    printed = FakePrintDialog.target.read_bytes()
    assert printed == dialog.preview.pdf()
    text = pdf_text(printed)
    assert ref in text and "Demo Loketmedewerker" in text  # a text layer, not a picture of one
    reader = PdfReader(io.BytesIO(printed))
    assert sum(len(p.images) for p in reader.pages) == 1  # only the city's logo is an image
    assert len(printed) < 200_000


class NamedPrinter(QPrinter):
    """A printer as the print dialog returns it when the clerk picks a CUPS queue."""

    def printerName(self) -> str:
        return "balie-2"

    def outputFormat(self) -> QPrinter.OutputFormat:
        return QPrinter.OutputFormat.NativeFormat


def test_a_printer_gets_the_pdf_through_cups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any,
                                            app: Any) -> None:
    """``lp`` here is a stand-in that keeps what CUPS would be handed: its arguments and the job's bytes."""
    from desk_app.documents import receipt_pdf

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(f"#!{sys.executable}\nimport sys, pathlib\n"
                  f"d = pathlib.Path({str(tmp_path)!r})\n"
                  "(d / 'args').write_text('\\n'.join(sys.argv[1:]))\n"
                  "(d / 'job.pdf').write_bytes(sys.stdin.buffer.read())\n")
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    refs = [intake(app, make_person(app)) for _ in range(2)]
    pdfs = [receipt_pdf(app, ref) for ref in refs]
    printer = NamedPrinter()
    printer.setDocName("Ontvangstbewijs")
    printer.setCopyCount(2)
    assert send_pdfs(printer, pdfs) == 2
    args = (tmp_path / "args").read_text().split("\n")
    assert args[:6] == ["-d", "balie-2", "-t", "Ontvangstbewijs", "-n", "2"]
    job = (tmp_path / "job.pdf").read_bytes()
    assert page_count(job) == 2
    text = pdf_text(job)
    assert refs[0] in text and refs[1] in text

