"""Dialogs that show a case document, print it and save it with the case.

    ReceiptDialog(loket, reference, parent).exec()        # after an intake
    DocumentDialog(loket, reference, "summary", parent)   # case summary, letter, decision

Generation runs on the GUI thread: a receipt takes some tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desk_app.documents import service
from ui.documents.preview import PdfPreview
from ui.documents.printing import DialogFactory, print_pdf
from ui.documents.signature import SignatureDialog

if TYPE_CHECKING:
    from desk_app.app import Loket


def _t(text: str) -> str:
    return QCoreApplication.translate("documents", text)


def _describe(exc: BaseException) -> str:
    try:
        from ui.core.errors import describe

        return describe(exc)
    except ImportError:  # pragma: no cover
        return str(exc)


class DocumentDialog(QDialog):
    """Preview of one document of a case, with Print… and Save with the case."""

    TITLES: ClassVar[dict[str, str]] = {"receipt": "Receipt", "letter": "Letter", "summary": "Case summary", "decision": "Decision"}

    def __init__(self, loket: Loket, reference: str, kind: str = "summary", parent: QWidget | None = None,
                 make: Callable[[], bytes] | None = None, print_dialog: DialogFactory | None = None) -> None:
        super().__init__(parent)
        self.loket = loket
        self.reference = reference
        self.kind = kind
        self.saved_sha: str | None = None
        self.printed = False
        self._print_dialog = print_dialog  # tests inject a dialog factory
        self._make = make or self._default_maker()
        self.setWindowTitle(f"{_t(self.TITLES.get(kind, kind))} · {reference}")
        # as tall as a page where the screen allows, never taller than the screen's available area with a
        # title bar (a 768 px laptop): the feedback line under the preview stays visible
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        avail = screen.availableGeometry()
        self.resize(min(820, avail.width() - 24), min(960, avail.height() - 64))
        self.preview = PdfPreview(self)
        self.status = QLabel()
        self.extra = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.extra)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        self.preview.print_requested.connect(self.print_document)
        self.preview.save_requested.connect(self.save_document)
        self.refresh()

    def _default_maker(self) -> Callable[[], bytes]:
        makers: dict[str, Callable[[], bytes]] = {
            "receipt": lambda: service.receipt_pdf(self.loket, self.reference),
            "letter": lambda: service.letter_pdf(self.loket, self.reference),
            "summary": lambda: service.case_summary_pdf(self.loket, self.reference),
            "decision": lambda: service.decision_pdf(self.loket, self.reference),
        }
        return makers[self.kind]

    def refresh(self) -> None:
        try:
            self.preview.set_pdf(self._make())
            self.status.setText("")
        except Exception as exc:
            self.status.setText(_describe(exc))

    def print_document(self) -> None:
        pdf = self.preview.pdf()
        if not pdf:
            return
        try:
            self.printed = print_pdf(
                pdf, self, f"{self.kind} {self.reference}",
                on_printed=lambda: service.record_print(self.loket, self.reference, self.kind),
                dialog_factory=self._print_dialog,
            )
        except Exception as exc:
            QMessageBox.warning(self, _t("Print"), _describe(exc))
            return
        if self.printed:
            self.status.setText(_t("Printed."))

    def save_document(self) -> None:
        pdf = self.preview.pdf()
        if not pdf:
            return
        try:
            self.saved_sha = service.save_to_case(self.loket, self.reference, pdf, self.kind,
                                                  self.windowTitle())
        except Exception as exc:
            QMessageBox.warning(self, _t("Save"), _describe(exc))
            return
        self.status.setText(_t("Saved with the case."))
        self.preview.save_button.setEnabled(False)


class ReceiptDialog(DocumentDialog):
    """The intake receipt, with an optional on-screen signature of the citizen."""

    def __init__(self, loket: Loket, reference: str, parent: QWidget | None = None,
                 print_dialog: DialogFactory | None = None) -> None:
        self.signature_png: bytes | None = None
        super().__init__(loket, reference, "receipt", parent,
                         make=lambda: service.receipt_pdf(loket, reference, signature_png=self.signature_png),
                         print_dialog=print_dialog)
        self.sign_button = QPushButton(_t("Citizen signs…"))
        self.sign_button.setAccessibleName(_t("Let the citizen sign the receipt"))
        self.extra.addWidget(self.sign_button)
        self.extra.addStretch(1)
        self.sign_button.clicked.connect(self.ask_signature)

    def set_signature(self, png: bytes | None) -> None:
        self.signature_png = png
        self.preview.save_button.setEnabled(True)
        self.refresh()

    def ask_signature(self) -> None:
        dialog = SignatureDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_signature(dialog.signature_png())
