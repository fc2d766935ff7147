"""The intake receipt for the citizen (reference, track & trace code, expected date), printed via Qt."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desk_app.catalogue import text_in
from ui.context import AppContext
from ui.core import fmt


def receipt_html(ctx: AppContext, result: dict[str, Any], person: dict[str, Any] | None) -> str:
    cat = ctx.loket.catalogue
    lang = (person or {}).get("language") or ctx.lang
    city = text_in(cat.city.get("name"), lang)
    url = str(cat.city.get("track_url", "")).replace("{code}", result["track_code"])
    ct = cat.case_types[result["case_type"]]
    who = f"{(person or {}).get('given_names', '')} {(person or {}).get('surname', '')}".strip()
    return (f"<h2>{city}</h2><p>{ctx.loket.settings.location}</p><h3>{text_in(ct.name, lang)}</h3>"
            f"<p>{who}</p><table cellpadding=4>"
            f"<tr><td>Ref.</td><td><b>{result['reference']}</b></td></tr>"
            f"<tr><td>Track &amp; trace</td><td><b>{result['track_code']}</b></td></tr>"
            f"<tr><td>⏱</td><td>{fmt.date(result['expected_date'], long=True)}</td></tr>"
            f"<tr><td>€</td><td>{fmt.amount(result['fee_cents'])}</td></tr></table><p>{url}</p>")


def print_receipt(parent: QWidget, ctx: AppContext, result: dict[str, Any], person: dict[str, Any] | None) -> None:
    """The documents package's receipt (PDF preview, citizen's signature, print); a plain Qt-printed
    page when that package cannot be used on this laptop."""
    try:
        from ui.documents import ReceiptDialog
    except ImportError:  # pragma: no cover - the documents package is part of the app
        pass
    else:
        ReceiptDialog(ctx.loket, result["reference"], parent).exec()
        return
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    chooser = QPrintDialog(printer, parent)
    if chooser.exec() != QPrintDialog.DialogCode.Accepted:
        return
    doc = QTextDocument()
    doc.setHtml(receipt_html(ctx, result, person))
    doc.print_(printer)
    ctx.bus.message.emit(parent.tr("Receipt sent to the printer."))
