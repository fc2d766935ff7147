"""Qt widgets for documents: PDF preview, printing through Qt's print dialog, and the citizen's on-screen
signature. The documents themselves are made headless in ``desk_app.documents``."""

from ui.documents.preview import PdfPreview, render_pages
from ui.documents.printing import print_pdf
from ui.documents.queue import NotificationQueue
from ui.documents.receipt_dialog import DocumentDialog, ReceiptDialog
from ui.documents.signature import SignatureDialog, SignaturePad

__all__ = [
    "DocumentDialog",
    "NotificationQueue",
    "PdfPreview",
    "ReceiptDialog",
    "SignatureDialog",
    "SignaturePad",
    "print_pdf",
    "render_pages",
]
