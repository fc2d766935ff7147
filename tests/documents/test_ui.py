"""Qt widgets of ui/documents (offscreen): preview, signature pad, printing, receipt dialog."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from desk_app.store.models import AuditEntry, CaseAttachment
from ui.documents import PdfPreview, ReceiptDialog, SignaturePad, render_pages
from ui.documents.printing import new_printer, paint_pdfs
from ui.documents.render import backend

from .helpers import intake, make_person

needs_renderer = pytest.mark.skipif(backend() == "", reason="neither QtPdf nor pypdfium2 installed")


@pytest.fixture
def app(empty_loket: Any) -> Any:
    empty_loket.settings.staff_name = "Joke Vermeulen"
    return empty_loket


class FakePrintDialog(QDialog):
    """Stands in for QPrintDialog: prints to a PDF file instead of asking for a printer."""

    target: Path

    def __init__(self, printer: QPrinter, parent: Any = None) -> None:
        super().__init__(parent)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))

    def exec(self) -> int:
        return int(QDialog.DialogCode.Accepted.value)


def _mouse(widget: Any, kind: Any, x: float, y: float) -> None:
    pos = QPointF(x, y)
    buttons = Qt.MouseButton.NoButton if kind == QMouseEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_signature_pad_with_the_mouse_gives_a_png(qtbot: Any) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    assert pad.is_empty() and pad.to_png() is None
    _mouse(pad, QMouseEvent.Type.MouseButtonPress, 30, 100)
    for i in range(1, 20):
        _mouse(pad, QMouseEvent.Type.MouseMove, 30 + i * 15, 100 - (i % 5) * 12)
    _mouse(pad, QMouseEvent.Type.MouseButtonRelease, 320, 80)
    assert not pad.is_empty()
    png = pad.to_png()
    assert png is not None and png.startswith(b"\x89PNG")
    img = QImage.fromData(png)
    assert img.width() > img.height() > 0 and img.hasAlphaChannel()
    pad.clear()
    assert pad.is_empty()


@needs_renderer
def test_preview_shows_every_page(qtbot: Any, app: Any) -> None:
    from desk_app.documents import receipt_pdf

    ref = intake(app, make_person(app))
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(receipt_pdf(app, ref))
    pages = preview.page_labels()
    assert len(pages) == 1 and not pages[0].pixmap().isNull()
    width = pages[0].pixmap().width()
    preview.set_zoom(150)
    assert preview.page_labels()[0].pixmap().width() > width
    [img] = render_pages(receipt_pdf(app, ref), 30)
    assert abs(img.height() / img.width() - 297 / 210) < 0.02


@needs_renderer
def test_paint_pdf_on_a_printer(tmp_path: Path, qtbot: Any, app: Any) -> None:
    from desk_app.documents import receipt_pdf

    ref = intake(app, make_person(app))
    printer = new_printer("receipt")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)
    assert paint_pdfs(printer, [receipt_pdf(app, ref)]) == 1
    assert len(PdfReader(io.BytesIO((tmp_path / "printed.pdf").read_bytes())).pages) == 1


@needs_renderer
def test_receipt_dialog_signs_saves_and_prints(tmp_path: Path, qtbot: Any, app: Any) -> None:
    ref = intake(app, make_person(app))
    FakePrintDialog.target = tmp_path / "out.pdf"
    dialog = ReceiptDialog(app, ref, print_dialog=FakePrintDialog)
    qtbot.addWidget(dialog)
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.add_stroke([(10, 60), (80, 10), (160, 70), (240, 20)])
    dialog.set_signature(pad.to_png())
    reader = PdfReader(io.BytesIO(dialog.preview.pdf()))
    assert sum(len(p.images) for p in reader.pages) >= 2  # logo + signature
    dialog.save_document()
    assert dialog.saved_sha is not None and app.attachments.get(dialog.saved_sha) == dialog.preview.pdf()
    dialog.print_document()
    assert dialog.printed and FakePrintDialog.target.exists()
    with app.store.read() as s:
        assert s.query(CaseAttachment).filter_by(sha256=dialog.saved_sha).count() == 1
        assert s.query(AuditEntry).filter_by(action="print", detail="receipt").count() == 1


@needs_renderer
def test_letters_to_print_in_one_run_then_marked_printed(tmp_path: Path, qtbot: Any, app: Any) -> None:
    from ui.documents import NotificationQueue

    refs = [intake(app, make_person(app, surname=f"Çelik {i}")) for i in range(3)]
    for ref in refs:
        app.change_status(ref, "approved")
    FakePrintDialog.target = tmp_path / "run.pdf"
    queue = NotificationQueue(app, "to_print", print_dialog=FakePrintDialog)
    qtbot.addWidget(queue)
    assert queue.table.rowCount() == 3 and queue.action.isEnabled()
    assert queue.print_all()
    # one job: each approved budget letter with its decision annex
    assert len(PdfReader(io.BytesIO(FakePrintDialog.target.read_bytes())).pages) == 3 * 2
    assert queue.table.rowCount() == 0 and not queue.action.isEnabled()
    with app.store.read() as s:
        assert s.query(AuditEntry).filter_by(action="print").count() == 3


def test_calls_to_make(qtbot: Any, app: Any) -> None:
    from ui.documents import NotificationQueue

    ref = intake(app, make_person(app, channel="phone", phone="+32 9 123 45 67"))
    app.change_status(ref, "approved")
    queue = NotificationQueue(app, "to_call")
    qtbot.addWidget(queue)
    item = queue.table.item(0, 1)
    assert queue.table.rowCount() == 1 and item is not None and item.text() == "+32 9 123 45 67"
    queue.table.selectRow(0)
    queue.mark_selected_done()
    assert queue.table.rowCount() == 0
