"""PDF documents for citizens and the case file (headless, reportlab): intake receipt, status letters,
case summary and the livability-budget decision. The UI calls ``desk_app.documents.service``; Qt widgets
to preview, print and sign are in ``ui.documents``."""

from desk_app.documents.letters import LetterData, build_letter, build_letters, render_letter
from desk_app.documents.receipt import ReceiptData, build_receipt
from desk_app.documents.service import (
    budget_decision_pdf,
    case_summary_pdf,
    decision_pdf,
    letter_pdf,
    receipt_pdf,
    record_print,
    save_to_case,
)
from desk_app.documents.summary import build_budget_decision, build_case_summary
from desk_app.documents.templates import check_templates

__all__ = [
    "LetterData",
    "ReceiptData",
    "budget_decision_pdf",
    "build_budget_decision",
    "build_case_summary",
    "build_letter",
    "build_letters",
    "build_receipt",
    "case_summary_pdf",
    "check_templates",
    "decision_pdf",
    "letter_pdf",
    "receipt_pdf",
    "record_print",
    "render_letter",
    "save_to_case",
]
