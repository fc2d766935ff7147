"""Printing PDF bytes through Qt's print dialog. The PDF itself goes to the printer (text, vector QR code,
embedded fonts): written as is when the dialog prints to a PDF file, handed to CUPS (``lp``) for a printer.
Only where neither is possible (no CUPS) are the pages rendered at the printer's resolution (at most
300 dpi) and painted onto the printer pages."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ui.documents.render import page_count, render_pages

DialogFactory = Callable[[QPrinter, QWidget | None], QDialog]  # QPrintDialog, or a test's stand-in


def _t(text: str) -> str:
    return QCoreApplication.translate("documents", text)


def paint_pdfs(printer: QPrinter, pdfs: list[bytes], dpi_cap: int = 300) -> int:
    """Paint several PDFs one after the other as one print job (a print run of letters)."""
    dpi = min(printer.resolution(), dpi_cap)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_t("The printer could not be started."))
    total = 0
    try:
        for pdf in pdfs:
            for i in range(page_count(pdf)):
                if total:
                    printer.newPage()
                [img] = render_pages(pdf, dpi, [i])
                target = painter.viewport()
                size = img.size()
                size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.x(), target.y(), size.width(), size.height()), img)
                total += 1
    finally:
        painter.end()
    return total


def merge_pdfs(pdfs: list[bytes]) -> bytes:
    """Several PDFs as one (a print run of letters), pages in order."""
    if len(pdfs) == 1:
        return pdfs[0]
    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument.new()
    for pdf in pdfs:
        merged.import_pages(pdfium.PdfDocument(pdf))
    buf = io.BytesIO()
    merged.save(buf)
    return buf.getvalue()


def send_pdfs(printer: QPrinter, pdfs: list[bytes]) -> int:
    """Print ``pdfs`` as one job on the printer chosen in the dialog, as PDF (never as page images where
    the PDF can go): to the file when printing to a PDF file, through CUPS' ``lp`` to a printer (copies,
    page range, two-sided as chosen). Returns the number of pages of the job."""
    pages = sum(page_count(pdf) for pdf in pdfs)
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        Path(printer.outputFileName()).write_bytes(merge_pdfs(pdfs))
        return pages
    lp = shutil.which("lp")
    if lp is None or not printer.printerName():
        return paint_pdfs(printer, pdfs)
    cmd = [lp, "-d", printer.printerName(), "-t", printer.docName() or "Loket", "-n", str(max(1, printer.copyCount())),
           "-o", "media=A4"]
    if printer.fromPage() > 0:
        cmd += ["-P", f"{printer.fromPage()}-{printer.toPage() or printer.fromPage()}"]
    if printer.duplex() in (QPrinter.DuplexMode.DuplexLongSide, QPrinter.DuplexMode.DuplexAuto):
        cmd += ["-o", "sides=two-sided-long-edge"]
    elif printer.duplex() == QPrinter.DuplexMode.DuplexShortSide:
        cmd += ["-o", "sides=two-sided-short-edge"]
    try:
        done = subprocess.run(cmd, input=merge_pdfs(pdfs), capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OSError(_t("The printer could not be started.") + f" ({exc})") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OSError(_t("The printer could not be started.") + (f" ({reason[-1]})" if reason else ""))
    return pages


def new_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF has its own margins
    printer.setDocName(title)
    return printer


def print_pdf(pdf: bytes, parent: QWidget | None = None, title: str = "Loket",
              on_printed: Callable[[], None] | None = None,
              dialog_factory: DialogFactory | None = None) -> bool:
    """Ask for a printer with Qt's print dialog and print ``pdf``. Returns True when printed (then
    ``on_printed`` runs, e.g. to write the audit log)."""
    printer = new_printer(title)
    dialog = (dialog_factory or QPrintDialog)(printer, parent)
    dialog.setWindowTitle(_t("Print %1").replace("%1", title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    send_pdfs(printer, [pdf])
    if on_printed is not None:
        on_printed()
    return True
