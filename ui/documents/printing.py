"""Printing PDF bytes through Qt's print dialog: each page is rendered at the printer's resolution (at most
300 dpi) and painted onto the printer page, keeping its aspect ratio."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ui.documents.render import page_count, render_pages


def _t(text: str) -> str:
    return QCoreApplication.translate("documents", text)


def paint_pdf(printer: QPrinter, pdf: bytes, dpi_cap: int = 300) -> int:
    """Paint every page of ``pdf`` on ``printer`` (already set up); return the number of pages."""
    return paint_pdfs(printer, [pdf], dpi_cap)


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


def new_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF has its own margins
    printer.setDocName(title)
    return printer


def print_pdf(pdf: bytes, parent: QWidget | None = None, title: str = "Loket",
              on_printed: Callable[[], None] | None = None,
              dialog_factory: Callable[[QPrinter, QWidget | None], QDialog] | None = None) -> bool:
    """Ask for a printer with Qt's print dialog and print ``pdf``. Returns True when printed (then
    ``on_printed`` runs, e.g. to write the audit log)."""
    printer = new_printer(title)
    dialog = (dialog_factory or QPrintDialog)(printer, parent)
    dialog.setWindowTitle(_t("Print %1").replace("%1", title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pdf(printer, pdf)
    if on_printed is not None:
        on_printed()
    return True
