"""The intake receipt: proof for the citizen of what was submitted and of what happens next."""

from __future__ import annotations

import datetime as dt
import functools
import html
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table

from desk_app.catalogue import CaseType, Catalogue, FormField
from desk_app.documents.common import (
    PAGE_W,
    Branding,
    DocumentInfo,
    build_pdf,
    colon,
    esc,
    format_amount,
    format_date,
    label,
    style_for,
    text_in,
    tstyle,
)

CONTENT_W = PAGE_W - 40 * mm
LIGHT = colors.HexColor("#EEF4F3")
RULE = colors.HexColor("#C9D6D4")


@dataclass
class ReceiptData:
    """Everything on a receipt, as plain values (a ``CaseView`` plus who, where and when)."""

    case: Mapping[str, Any]
    reference: str
    person: Mapping[str, Any] | None
    attachments: Sequence[Mapping[str, Any]] = ()
    clerk_name: str = ""
    location: str = ""
    issued_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    language: str | None = None
    signature_png: bytes | None = None

    @property
    def lang(self) -> str:
        return self.language or (self.person or {}).get("language") or "nl"

    @property
    def provisional(self) -> bool:
        return not self.case.get("case_number")


def person_name(person: Mapping[str, Any] | None) -> str:
    if not person:
        return ""
    return f"{person.get('given_names') or ''} {person.get('surname') or ''}".strip()


def address_lines(person: Mapping[str, Any] | None) -> list[str]:
    addr = (person or {}).get("address") or None
    if not addr:
        return []
    lines = [str(addr.get("street_and_number", "")), f"{addr.get('postal_code', '')} {addr.get('municipality', '')}".strip()]
    if addr.get("country") and addr.get("country") != "BE":
        lines.append(str(addr["country"]))
    return [x for x in lines if x]


def format_answer(f: FormField, value: Any, lang: str, attachments: Sequence[Mapping[str, Any]] = ()) -> str:
    """An answer as the citizen reads it (plain text; budget lines are rendered separately)."""
    if value is None or value == "":
        return "—"
    if f.type == "choice":
        opt = next((o for o in f.options if o.value == str(value)), None)
        return text_in(opt.label, lang) if opt else str(value)
    if f.type == "boolean":
        return label("yes" if value else "no", lang)
    if f.type == "date":
        return format_date(value, lang)
    if f.type == "amount":
        return format_amount(Decimal(str(value)), lang, cents=False)
    if f.type == "attachment":
        att = next((a for a in attachments if a.get("sha256") == value), None)
        return str(att.get("filename")) if att else f"{str(value)[:12]}…"
    if f.type == "national_number":
        from desk_app.domain import national_number

        try:
            return national_number.parse(str(value)).formatted
        except Exception:
            return str(value)
    if f.type == "budget_lines":
        return "; ".join(f"{line['description']}: {format_amount(Decimal(line['amount']), lang, cents=False)}"
                         for line in value)
    return str(value)


def budget_table(lines: Sequence[Mapping[str, Any]], lang: str, st: dict[str, Any], width: float,
                 primary: colors.Color) -> Table:
    rows: list[list[Any]] = [[Paragraph(label("description", lang), st["label"]),
                              Paragraph(label("amount", lang), st["label"])]]
    total = Decimal("0")
    for line in lines:
        amount = Decimal(str(line["amount"]))
        total += amount
        rows.append([Paragraph(esc(line["description"]), st["body"]),
                     Paragraph(format_amount(amount, lang, cents=False), st["right"])])
    rows.append([Paragraph(label("total", lang), st["bold"]),
                 Paragraph(f"<b>{format_amount(total, lang, cents=False)}</b>", st["right"])])
    t = Table(rows, colWidths=[width - 32 * mm, 32 * mm])
    t.setStyle(tstyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, primary),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


class QrCode(Flowable):
    """A QR code drawn as vector rectangles (one per run of dark modules), black on white."""

    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        self.data = data
        self.size = size
        self.width = self.height = size
        self.matrix = qr_matrix(data)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        n = len(self.matrix)
        module = self.size / n
        c = self.canv
        c.saveState()
        c.setFillColor(colors.black)
        path = c.beginPath()
        for r, row in enumerate(self.matrix):
            y = self.size - (r + 1) * module
            x = 0
            while x < n:
                if row[x]:
                    start = x
                    while x < n and row[x]:
                        x += 1
                    path.rect(start * module, y, (x - start) * module, module)
                else:
                    x += 1
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()


@functools.lru_cache(maxsize=256)
def _qr_rows(data: str) -> tuple[tuple[bool, ...], ...]:
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    q = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    q.add_data(data)
    q.make(fit=True)  # also picks the mask pattern with the lowest penalty (the costly part)
    return tuple(tuple(map(bool, row)) for row in q.get_matrix())


def qr_matrix(data: str) -> list[list[bool]]:
    """The QR modules (error correction M, no quiet zone: the layout leaves white space around it).
    Cached per text: a receipt is often made several times (preview, signed, saved, printed)."""
    return [list(row) for row in _qr_rows(data)]


def _signature_image(png: bytes, max_w: float, max_h: float) -> Image:
    reader = ImageReader(io.BytesIO(png))
    w, h = reader.getSize()
    scale = min(max_w / w, max_h / h)
    return Image(io.BytesIO(png), width=w * scale, height=h * scale)


FACT_PAD = 6  # left and right padding of a fact cell (points)


def _min_width(text: str, style: ParagraphStyle) -> float:
    """Width of the longest word of ``text`` in ``style`` (a word is never cut; non-breaking spaces keep
    a date together)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = re.sub(r"<[^>]+>", "", text).split(" ") or [""]
    return max(stringWidth(html.unescape(w), style.fontName, style.fontSize) for w in words)


def fit_widths(cells: Sequence[tuple[str, Any, str, Any]], total: float) -> list[float]:
    """Column widths for facts side by side: each column at least as wide as its longest word (label or
    value); the space left goes to the columns whose text would otherwise wrap, then evenly."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    mins, wants = [], []
    for label_text, label_style, value, value_style in cells:
        size = _font_size(value, value_style.fontSize)
        plain = html.unescape(re.sub(r"<[^>]+>", "", value))
        mins.append(max(_min_width(label_text, label_style), _min_width(value, value_style) * size
                        / value_style.fontSize) + 2 * FACT_PAD + 1)
        wants.append(max(stringWidth(label_text, label_style.fontName, label_style.fontSize),
                         stringWidth(plain, value_style.fontName, size)) + 2 * FACT_PAD + 1)
    widths = list(mins)
    spare = total - sum(widths)
    if spare < 0:  # cannot fit without cutting: share out proportionally (reportlab then cuts words)
        return [total * m / sum(mins) for m in mins]
    gaps = [w - m for w, m in zip(wants, mins, strict=True)]
    if sum(gaps) > 0:
        share = min(1.0, spare / sum(gaps))
        widths = [m + g * share for m, g in zip(mins, gaps, strict=True)]
    left = total - sum(widths)
    return [w + left / len(widths) for w in widths]


def _font_size(value: str, default: float) -> float:
    m = re.search(r'<font size="([0-9.]+)">', value)
    return float(m.group(1)) if m else default


def _facts(items: Sequence[tuple[str, str, str]], st: dict[str, Any], widths: Sequence[float] | None = None,
           total: float = 0.0) -> Table:
    """Facts side by side (label above value). Without ``widths`` the columns fit their words into
    ``total`` (a name or a date is never cut in the middle)."""
    values = [(k, v if raw == "raw" else esc(v), st[raw if raw != "raw" else "value"]) for k, v, raw in items]
    if widths is None:
        widths = fit_widths([(k, st["label"], v, style) for k, v, style in values], total or CONTENT_W)
    cells = [[Paragraph(esc(k), st["label"]) for k, _, _ in values],
             [Paragraph(v, style) for _, v, style in values]]
    t = Table(cells, colWidths=list(widths))
    t.setStyle(tstyle([
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, 1), (-1, 1), 7),
        ("TOPPADDING", (0, 1), (-1, 1), 0), ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.white),
    ]))
    return t


def answers_table(ct: CaseType, answers: Mapping[str, Any], lang: str, st: dict[str, Any],
                  attachments: Sequence[Mapping[str, Any]], primary: colors.Color, pad: float = 3) -> list[Flowable]:
    """Label/answer rows. A long answer (many lines or many budget lines) is set below its label, outside
    the table, so that it can flow over a page break."""
    out: list[Flowable] = []
    rows: list[list[Any]] = []
    value_w = CONTENT_W - 58 * mm

    def flush() -> None:
        if not rows:
            return
        t = Table(list(rows), colWidths=[58 * mm, value_w])
        t.setStyle(tstyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]))
        out.append(t)
        rows.clear()

    for f in ct.fields:
        if f.key not in answers:
            continue
        value = answers[f.key]
        name = Paragraph(esc(text_in(f.label, lang)), st["label"])
        if f.type == "budget_lines" and isinstance(value, list):
            if len(value) <= 12:
                rows.append([name, budget_table(value, lang, st, value_w - 4, primary)])
            else:
                flush()
                out += [Spacer(1, 3), name, budget_table(value, lang, st, CONTENT_W, primary), Spacer(1, 3)]
            continue
        text = format_answer(f, value, lang, attachments)
        if len(text) > 700 or text.count("\n") > 8:
            flush()
            out += [Spacer(1, 3), name, *[Paragraph(esc(line) or "&nbsp;", st["body"]) for line in text.split("\n")],
                    Spacer(1, 3)]
            continue
        rows.append([name, Paragraph(esc(text), st["body"])])
    flush()
    return out or [Paragraph("—", st["body"])]


def attachment_list(attachments: Sequence[Mapping[str, Any]], lang: str, st: dict[str, Any]) -> list[Flowable]:
    if not attachments:
        return [Paragraph(label("no_attachments", lang), st["muted"])]
    items = []
    for a in attachments:
        size = int(a.get("size") or 0)
        human = f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{max(1, round(size / 1024))} kB"
        name = a.get("label") or a.get("filename") or "?"
        extra = f" ({esc(a.get('filename'))})" if a.get("label") and a.get("filename") else ""
        items.append(Paragraph(f"• {esc(name)}{extra} · {esc(a.get('mime', ''))} · {human}", st["body"]))
    return items


def _compact(st: dict[str, ParagraphStyle]) -> dict[str, ParagraphStyle]:
    """Tighter headings and lines, for a receipt that would otherwise not fit on one page."""
    out = dict(st)
    out["h2"] = ParagraphStyle("h2-compact", parent=st["h2"], fontSize=10, leading=12.5, spaceBefore=3,
                               spaceAfter=1)
    for key in ("body", "bullet", "right", "bold"):
        out[key] = ParagraphStyle(f"{key}-compact", parent=st[key], fontSize=9, leading=11.5)
    out["title"] = ParagraphStyle("title-compact", parent=st["title"], fontSize=15, leading=18)
    return out


def receipt_story(catalogue: Catalogue, data: ReceiptData, branding: Branding,
                  compact: bool = False) -> list[Flowable]:
    """The receipt's content; ``compact`` sets it tighter (smaller spacing, QR code and signature area)."""
    lang = data.lang
    st = _compact(style_for(branding)) if compact else style_for(branding)
    gap = 3 if compact else 6
    qr_size = (20 if compact else 24) * mm
    sig_h = (12 if compact else 16) * mm
    case = data.case
    ct = catalogue.case_type(str(case["case_type"]))
    title: list[Flowable] = [Paragraph(label("receipt", lang), st["title"]),
                             Paragraph(esc(text_in(ct.name, lang)), st["subtitle"])]
    applicant: list[Flowable] = []
    if data.person:
        p = data.person
        lines = [f"<b>{esc(person_name(p))}</b>"]
        if p.get("national_number_formatted"):
            lines.append(f"{label('national_number', lang)}{colon(lang)}{esc(p['national_number_formatted'])}")
        lines += [esc(x) for x in address_lines(p)]
        applicant = [Paragraph(label("applicant", lang), st["label"]), Paragraph("<br/>".join(lines), st["body"])]
    head = Table([[title, applicant]], colWidths=[CONTENT_W - 70 * mm, 70 * mm])
    head.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story: list[Flowable] = [head]
    issued = data.issued_at
    day = format_date(issued, lang).replace(" ", "\u00a0")  # a date is never cut over two lines
    place_date = f"{data.location}, {day}" if data.location else day
    track = str(case.get("track_code", ""))
    story.append(_facts(
        [(label("case_number", lang), f'<font size="15">{esc(data.reference)}</font>', "raw"),
         (label("track_code", lang), track, "value"),
         (label("date_place", lang), place_date, "value"),
         (label("clerk", lang), data.clerk_name or "—", "value")],
        st, total=CONTENT_W,
    ))
    if data.provisional:
        story += [Spacer(1, 2), Paragraph(label("provisional", lang), st["muted"])]

    story += [Paragraph(label("submitted", lang), st["h2"]),
              *answers_table(ct, case.get("answers") or {}, lang, st, data.attachments, branding.primary,
                             pad=1.5 if compact else 3),
              Paragraph(label("attachments", lang), st["h2"]),
              *attachment_list(data.attachments, lang, st)]

    fee_cents = int(case.get("fee_cents") or 0)
    fee_text = label("free", lang) if fee_cents == 0 else (
        f"{format_amount(fee_cents, lang)} ({label('paid' if case.get('fee_paid') else 'unpaid', lang)})")
    expected = case.get("expected_date")
    facts = [(label("fee", lang), fee_text, "value")]
    if expected:
        facts.append((label("expected", lang), f"{label('expected_by', lang)} {format_date(expected, lang)}", "value"))
    story += [Spacer(1, gap), _facts(facts, st, [CONTENT_W / 2] * len(facts))]

    next_steps: list[Flowable] = [Paragraph(label("next", lang), st["h2"])]
    status = catalogue.statuses.get(str(case.get("status")))
    if status is not None:
        next_steps.append(Paragraph(esc(text_in(status.text, lang)), st["body"]))
    if ct.required_documents:
        next_steps.append(Paragraph(label("still_needed", lang), st["body"]))
        next_steps += [Paragraph(f"• {esc(text_in(d, lang))}", st["body"]) for d in ct.required_documents]
    after = ct.documents_after or {}
    if after.get("documents"):
        after_status = catalogue.statuses.get(str(after.get("status")))
        name = text_in(after_status.name, lang) if after_status else str(after.get("status"))
        next_steps.append(Paragraph(esc(label("after_status", lang, status=name)), st["body"]))
        next_steps += [Paragraph(f"• {esc(text_in(d, lang))}", st["body"]) for d in after["documents"]]
    story.append(KeepTogether(next_steps))

    url = branding.track_link(track)
    if url:
        qr = QrCode(url, qr_size)
        base_url = url.rsplit("/", 1)[0] if "{code}" in branding.track_url and url.endswith(track) else url
        follow = [Paragraph(label("follow", lang), st["h2"]),
                  Paragraph(esc(label("follow_text", lang, url=base_url)), st["body"]),
                  Spacer(1, 2 if compact else 4),
                  Paragraph(f'{label("track_code", lang)}{colon(lang)}<font size="14"><b>{esc(track)}</b></font>', st["code"]),
                  Paragraph(esc(url), st["muted"])]
        box = Table([[qr, follow]], colWidths=[qr_size + 18, CONTENT_W - qr_size - 18])
        box.setStyle(tstyle([  # the QR code keeps a white quiet zone of 4 modules (> 3 mm) inside the frame
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOX", (0, 0), (-1, -1), 0.8, branding.primary),
            ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 6 if compact else 9),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6 if compact else 9), ("RIGHTPADDING", (0, 0), (0, 0), 8),
        ]))
        story += [Spacer(1, gap), KeepTogether([box])]

    # The same height signed or not: signing never pushes the signatures onto a second page.
    sig_cell: Flowable = (_signature_image(data.signature_png, 70 * mm, sig_h) if data.signature_png
                          else Spacer(1, sig_h))
    grey = colors.HexColor("#888888")
    sig = Table(
        [[sig_cell, "", Paragraph(f"<b>{esc(data.clerk_name or '—')}</b>", st["body"])],
         [Paragraph(f"{label('signature', lang)} · {esc(person_name(data.person))}", st["muted"]), "",
          Paragraph(f"{label('clerk', lang)} · {esc(branding.name(lang))}", st["muted"])]],
        colWidths=[CONTENT_W / 2 - 5 * mm, 10 * mm, CONTENT_W / 2 - 5 * mm])
    sig.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (0, 0), (0, 0), "LEFT"),
                         ("LINEABOVE", (0, 1), (0, 1), 0.6, grey), ("LINEABOVE", (2, 1), (2, 1), 0.6, grey),
                         ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [Spacer(1, 2 if compact else 4), KeepTogether([sig])]
    return story


def build_receipt(catalogue: Catalogue, data: ReceiptData) -> bytes:
    """The receipt as PDF bytes (A4, fonts embedded, language and title set)."""
    branding = Branding.from_city(catalogue.city)
    lang = data.lang
    ct = catalogue.case_type(str(data.case["case_type"]))
    info = DocumentInfo(
        title=f"{label('receipt', lang)} {data.reference}",
        subject=f"{text_in(ct.name, lang)} · {person_name(data.person)}".strip(" ·"),
        lang=lang, reference=data.reference, author=branding.name(lang),
        keywords=f"{data.reference} {data.case.get('track_code', '')}",
    )
    pdf = build_pdf(receipt_story(catalogue, data, branding), branding, info)
    if _pages(pdf) > 1:  # set tighter rather than leave the signatures alone on a second page
        tight = build_pdf(receipt_story(catalogue, data, branding, compact=True), branding, info)
        if _pages(tight) < _pages(pdf):
            return tight
    return pdf


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))
