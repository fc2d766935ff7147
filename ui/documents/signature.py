"""The citizen's signature on screen (pen, touch or mouse), handed to the receipt as PNG bytes."""

from __future__ import annotations

import itertools

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("documents", text)


INK = QColor(10, 30, 90)


class SignaturePad(QWidget):
    """Draw with a pen (tablet events, pressure-sensitive width) or the mouse. ``to_png()`` gives the strokes
    cropped, on a transparent background, ready for ``receipt_pdf(signature_png=...)``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[tuple[QPointF, float]]] = []
        self._drawing = False
        self.setMinimumSize(QSize(420, 150))
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(_t("Signature pad"))
        self.setAccessibleDescription(_t("The citizen signs here with a pen or the mouse."))

    # ---------------------------------------------------------------- API
    def is_empty(self) -> bool:
        return not any(len(s) > 0 for s in self._strokes)

    def clear(self) -> None:
        self._strokes.clear()
        self.update()
        self.changed.emit()

    def add_stroke(self, points: list[tuple[float, float]], pressure: float = 0.5) -> None:
        """Add a stroke programmatically (tests, replay)."""
        self._strokes.append([(QPointF(x, y), pressure) for x, y in points])
        self.update()
        self.changed.emit()

    def to_image(self, scale: float = 2.0, margin: int = 8) -> QImage | None:
        if self.is_empty():
            return None
        bounds = QRectF()
        for stroke in self._strokes:
            for p, _ in stroke:
                bounds = bounds.united(QRectF(p, QSize(1, 1)))
        bounds.adjust(-margin, -margin, margin, margin)
        img = QImage(int(bounds.width() * scale), int(bounds.height() * scale), QImage.Format.Format_ARGB32)
        img.fill(Qt.GlobalColor.transparent)
        painter = QPainter(img)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-bounds.topLeft())
        self._paint_strokes(painter)
        painter.end()
        return img

    def to_png(self) -> bytes | None:
        img = self.to_image()
        if img is None:
            return None
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        img.save(buf, "PNG")  # type: ignore[call-overload]  # the stubs say bytes, PySide wants str
        buf.close()
        return bytes(data.data())

    # ---------------------------------------------------------------- drawing
    def _paint_strokes(self, painter: QPainter) -> None:
        for stroke in self._strokes:
            if len(stroke) == 1:
                p, pressure = stroke[0]
                painter.setPen(QPen(INK, 1.5 + 2.5 * pressure, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                painter.drawPoint(p)
                continue
            for (a, pa), (b, pb) in itertools.pairwise(stroke):
                width = 1.2 + 2.8 * (pa + pb) / 2
                painter.setPen(QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                    Qt.PenJoinStyle.RoundJoin))
                path = QPainterPath(a)
                path.lineTo(b)
                painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#9aa5a3"), 1, Qt.PenStyle.DashLine))
        y = self.height() - 30
        painter.drawLine(20, y, self.width() - 20, y)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_strokes(painter)
        painter.end()

    def _start(self, pos: QPointF, pressure: float) -> None:
        self._drawing = True
        self._strokes.append([(pos, pressure)])
        self.update()

    def _move(self, pos: QPointF, pressure: float) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].append((pos, pressure))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start(event.position(), 0.5)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._move(event.position(), 0.5)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        pressure = max(0.05, min(1.0, event.pressure()))
        if kind == QTabletEvent.Type.TabletPress:
            self._start(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletMove:
            self._move(event.position(), pressure)
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()


class SignatureDialog(QDialog):
    """Signature pad with Clear / OK / Cancel. ``signature_png()`` after ``exec()`` returned Accepted."""

    def __init__(self, parent: QWidget | None = None, citizen_name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Signature"))
        self.pad = SignaturePad(self)
        hint = QLabel(_t("Sign in the white area.") + (f"  {citizen_name}" if citizen_name else ""))
        self.clear_button = QPushButton(_t("Clear"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.buttons)
        self.clear_button.clicked.connect(self.pad.clear)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.pad.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not self.pad.is_empty())

    def signature_png(self) -> bytes | None:
        return self.pad.to_png()
