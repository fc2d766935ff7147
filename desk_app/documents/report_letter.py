"""The letter to a citizen about their report (issue 15): a message of the case store in the state
``to_print`` (``GET /v1/reports/messages?state=to_print`` or a report's messages) laid out as the city's
other letters (``desk_app.documents.letters``: letterhead, fonts, the address where a window envelope shows
it, numbered footers; PDF/A metadata). The text is the message's own body, already in the reporter's
language from ``resources/reports/categories.json``; this module adds only the frame. No Qt.

``build_report_letter(message)`` takes the message as the case store answers it::

    {"report_id": "M2026-000123", "reporter_name": "Jonas Schmitt", "address": ["Kerkstraat 12",
     "9999 Meerhoven"], "language": "de", "subject": "...", "body": "...", "status": "gemeld",
     "created_at": "2026-03-02T09:00:00+00:00"}

A message without a postal address cannot become a letter: ``ReportLetterError`` says so (the case store's
``note`` says the same); hostile text (control characters, very long words, a very long body) is cleaned,
wrapped and continued on further pages, never drawn outside the page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desk_app.catalogue import Catalogue, load_catalogue
from desk_app.documents.common import (
    LANGS,
    PAGE_W,
    Branding,
    DocumentInfo,
    build_pdf,
    esc,
    format_date,
    style_for,
    tstyle,
)

CONTENT_W = PAGE_W - 40 * mm
MAX_BODY = 20_000  # as the case store's gateway (casestore.gateway.MAX_BODY)
MAX_LINE = 300  # a name or address line
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
_LABELS = {
    "your_report": {"nl": "Uw melding", "fr": "Votre signalement", "de": "Ihre Meldung", "en": "Your report"},
    "contact": {"nl": "Contact", "fr": "Contact", "de": "Kontakt", "en": "Contact"},
}
NO_ADDRESS = {
    "nl": "Geen postadres bekend voor deze melder: zoek de persoon op en vul het adres aan voor u de brief afdrukt.",
    "fr": "Aucune adresse postale connue pour ce déclarant : complétez l'adresse de la personne avant d'imprimer.",
    "de": "Für diese meldende Person ist keine Postanschrift bekannt: ergänzen Sie die Anschrift vor dem Druck.",
    "en": "No postal address is known for this reporter: look the person up and add their address before printing.",
}


class ReportLetterError(ValueError):
    """The message cannot be printed as a letter (the message says why, for the clerk)."""


def _clean(text: object, limit: int) -> str:
    """Text as it may be printed: no control characters but line breaks, CR LF as a line break, cut at
    ``limit`` characters."""
    s = str(text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", s)[:limit]


def _language(message: Mapping[str, Any]) -> str:
    lang = str(message.get("language") or "nl")
    return lang if lang in LANGS else "nl"


def _paragraphs(body: str, st: dict[str, Any]) -> list[Flowable]:
    out: list[Flowable] = []
    for para in re.split(r"\n\s*\n", body.strip()):
        if para.strip():
            # line by line: common.esc turns a line break into U+FFFD (the fonts have no glyph for it)
            text = "<br/>".join(esc(line) for line in para.strip().split("\n"))
            out += [Paragraph(text, st["body"]), Spacer(1, 7)]
    return out


def report_letter_story(catalogue: Catalogue, message: Mapping[str, Any], *, issued_on: dt.date | None = None,
                        location: str = "", staff_name: str = "") -> list[Flowable]:
    lang = _language(message)
    branding = Branding.from_city(catalogue.city)
    st = style_for(branding)
    lines = message.get("address")
    if not isinstance(lines, list | tuple) or not [x for x in lines if str(x or "").strip()]:
        raise ReportLetterError(NO_ADDRESS[lang])
    name = _clean(message.get("reporter_name"), MAX_LINE).replace("\n", " ").strip()
    addr_lines = [_clean(x, MAX_LINE).strip() for x in lines[:6] if str(x or "").strip()]
    addr = "<br/>".join(([f"<b>{esc(name)}</b>"] if name else []) + [esc(x.replace("\n", " ")) for x in addr_lines])
    meta = [(_LABELS["your_report"][lang], _clean(message.get("report_id"), 64)),
            (_LABELS["contact"][lang], staff_name or branding.phone)]
    meta_rows = [[Paragraph(esc(k), st["label"]), Paragraph(esc(v), st["body"])] for k, v in meta if v]
    meta_table = Table(meta_rows, colWidths=[26 * mm, 50 * mm]) if meta_rows else Spacer(1, 1)
    if isinstance(meta_table, Table):
        meta_table.setStyle(tstyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    # The address where a left window envelope shows it (about 50 mm from the top), as the status letters.
    # A long name or address grows the block rather than running into the date below it.
    addr_par = Paragraph(addr, st["body"])
    needed = max(addr_par.wrap(CONTENT_W - 78 * mm, 1000 * mm)[1], meta_table.wrap(78 * mm, 1000 * mm)[1])
    head = Table([[addr_par, meta_table]], colWidths=[CONTENT_W - 78 * mm, 78 * mm],
                 rowHeights=[max(34 * mm, needed + 2 * mm)])
    head.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    place = location or branding.name(lang)
    subject = _clean(message.get("subject"), 998).replace("\n", " ").strip()
    body = _clean(message.get("body"), MAX_BODY)
    if not body.strip():
        raise ReportLetterError("the message has no text to print")
    story: list[Flowable] = [
        Spacer(1, 6 * mm),
        head,
        Paragraph(esc(f"{place}, {format_date(issued_on or dt.date.today(), lang)}"), st["right"]),
        Spacer(1, 8),
    ]
    if subject:
        story += [Paragraph(esc(subject), st["h2"]), Spacer(1, 4)]
    story += _paragraphs(body, st)
    if staff_name:
        story.append(Paragraph(esc(staff_name), st["bold"]))
    return story


def build_report_letter(message: Mapping[str, Any], *, catalogue: Catalogue | None = None,
                        issued_on: dt.date | None = None, location: str = "", staff_name: str = "") -> bytes:
    """The letter for one message to a reporter, as PDF bytes (A4, the city's letterhead, fonts embedded,
    language and title set). ``ReportLetterError`` when it cannot be a letter (no postal address, no text)."""
    cat = catalogue or load_catalogue()
    lang = _language(message)
    branding = Branding.from_city(cat.city)
    reference = _clean(message.get("report_id"), 64)
    subject = _clean(message.get("subject"), 998).replace("\n", " ").strip() or reference
    story = report_letter_story(cat, message, issued_on=issued_on, location=location, staff_name=staff_name)
    info = DocumentInfo(title=subject, subject=f"{reference} · {_clean(message.get('status'), 30)}", lang=lang,
                        reference=reference, author=branding.name(lang), keywords=f"{reference} melding")
    return build_pdf(story, branding, info, first_top=34 * mm)


__all__ = ["NO_ADDRESS", "ReportLetterError", "build_report_letter", "report_letter_story"]
