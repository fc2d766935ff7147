"""On-screen preview of a PDF (all pages, zoom), with optional Print and Save-to-case actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.documents.render import PreviewUnavailable, render_pages

__all__ = ["PdfPreview", "render_pages"]


def _t(text: str) -> str:
    return QCoreApplication.translate("documents", text)


class PdfPreview(QWidget):
    """Shows PDF bytes page by page. ``print_requested`` / ``save_requested`` fire from its buttons."""

    print_requested = Signal()
    save_requested = Signal()
    ZOOMS = (50, 67, 80, 100, 125, 150, 200)

    def __init__(self, parent: QWidget | None = None, actions: bool = True) -> None:
        super().__init__(parent)
        self._pdf = b""
        self._zoom = 80
        self._labels: list[QLabel] = []
        self.setAccessibleName(_t("Document preview"))
        bar = QHBoxLayout()
        self.zoom_out = QPushButton("−")
        self.zoom_out.setAccessibleName(_t("Zoom out"))
        self.zoom_in = QPushButton("+")
        self.zoom_in.setAccessibleName(_t("Zoom in"))
        self.zoom_label = QLabel()
        self.print_button = QPushButton(_t("Print…"))
        self.save_button = QPushButton(_t("Save with the case"))
        for w in (self.zoom_out, self.zoom_label, self.zoom_in):
            bar.addWidget(w)
        bar.addStretch(1)
        if actions:
            bar.addWidget(self.save_button)
            bar.addWidget(self.print_button)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.pages)
        self.scroller.setAccessibleName(_t("Document pages"))  # a Tab stop: the arrow keys scroll the pages
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroller, 1)
        self.zoom_in.clicked.connect(lambda: self._step(+1))
        self.zoom_out.clicked.connect(lambda: self._step(-1))
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        self._update_zoom_label()

    # ---------------------------------------------------------------- API
    def set_pdf(self, pdf: bytes) -> None:
        self._pdf = pdf
        self._render()

    def pdf(self) -> bytes:
        return self._pdf

    def page_labels(self) -> list[QLabel]:
        return list(self._labels)

    def set_zoom(self, percent: int) -> None:
        self._zoom = max(25, min(400, percent))
        self._update_zoom_label()
        self._render()

    # ---------------------------------------------------------------- internals
    def _step(self, direction: int) -> None:
        zooms = self.ZOOMS
        idx = min(range(len(zooms)), key=lambda i: abs(zooms[i] - self._zoom))
        self.set_zoom(zooms[max(0, min(len(zooms) - 1, idx + direction))])

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(f"{self._zoom} %")

    def _clear(self) -> None:
        self._labels = []
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()

    def _render(self) -> None:
        self._clear()
        if not self._pdf:
            return
        dpi = 96.0 * self._zoom / 100 * self.devicePixelRatioF()
        try:
            images = render_pages(self._pdf, dpi)
        except PreviewUnavailable as exc:
            msg = QLabel(_t("No preview on this laptop: ") + str(exc))
            msg.setWordWrap(True)
            self.pages_layout.addWidget(msg)
            return
        for n, img in enumerate(images, 1):
            pix = QPixmap.fromImage(img)
            pix.setDevicePixelRatio(self.devicePixelRatioF())
            page = QLabel()
            page.setObjectName("page")
            page.setPixmap(pix)
            page.setAccessibleName(_t("Page %1 of %2").replace("%1", str(n)).replace("%2", str(len(images))))
            page.setStyleSheet("background: white; border: 1px solid #b0b0b0;")
            self.pages_layout.addWidget(page)
            self._labels.append(page)
