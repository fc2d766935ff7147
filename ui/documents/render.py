"""PDF pages to QImages. QtPdf (PySide6-Addons) when present, else PDFium through ``pypdfium2``; no
external program (pdftoppm) is needed on the clerk's laptop."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage

log = logging.getLogger(__name__)


class PreviewUnavailable(RuntimeError):
    """Neither QtPdf nor pypdfium2 is installed."""


def backend() -> str:
    try:
        from PySide6 import QtPdf  # noqa: F401

        return "qtpdf"
    except ImportError:
        pass
    try:
        import pypdfium2  # noqa: F401

        return "pdfium"
    except ImportError:
        return ""


def page_count(pdf: bytes) -> int:
    kind = backend()
    if kind == "pdfium":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(pdf)
        try:
            return len(doc)
        finally:
            doc.close()
    if kind == "qtpdf":
        doc, _buf = _qt_document(pdf)
        return int(doc.pageCount())
    raise PreviewUnavailable("install pypdfium2 (or PySide6-Addons for QtPdf) to preview PDF documents")


def _qt_document(pdf: bytes) -> tuple[Any, QBuffer]:
    from PySide6.QtPdf import QPdfDocument

    buf = QBuffer()
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    return doc, buf


def render_pages(pdf: bytes, dpi: float = 96.0, pages: list[int] | None = None) -> list[QImage]:
    """Render pages (all by default) at ``dpi`` on a white background."""
    kind = backend()
    scale = dpi / 72.0
    images: list[QImage] = []
    if kind == "pdfium":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(pdf)
        try:
            for i in pages if pages is not None else range(len(doc)):
                page = doc[i]
                pil = page.render(scale=scale).to_pil().convert("RGBA")
                data = pil.tobytes("raw", "RGBA")
                img = QImage(data, pil.width, pil.height, pil.width * 4, QImage.Format.Format_RGBA8888)
                images.append(img.copy())  # own the pixels
                page.close()
        finally:
            doc.close()
        return images
    if kind == "qtpdf":
        doc, _buf = _qt_document(pdf)
        for i in pages if pages is not None else range(doc.pageCount()):
            size = doc.pagePointSize(i)
            img = doc.render(i, QSize(round(size.width() * scale), round(size.height() * scale)))
            images.append(img)
        return images
    raise PreviewUnavailable("install pypdfium2 (or PySide6-Addons for QtPdf) to preview PDF documents")
