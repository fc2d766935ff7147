"""Status letters per status and per language, from the city's templates in ``resources/letters``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from desk_app.catalogue import Catalogue
from desk_app.documents import templates
from desk_app.documents.common import (
    PAGE_W,
    Branding,
    DocumentInfo,
    build_pdf,
    esc,
    format_amount,
    format_date,
    label,
    style_for,
    text_in,
    tstyle,
)
from desk_app.documents.receipt import address_lines, format_answer, person_name

CONTENT_W = PAGE_W - 40 * mm
SALUTATION_FALLBACK = {"nl": "burger", "fr": "citoyen", "de": "Bürgerin, Bürger", "en": "citizen"}


@dataclass
class LetterData:
    """One letter: the case (dict as in ``CaseView.case``), its reference, the person and the status."""

    case: Mapping[str, Any]
    reference: str
    person: Mapping[str, Any] | None
    status: str
    status_text: str | None = None
    status_at: dt.datetime | None = None
    staff_name: str = ""
    location: str = ""
    language: str | None = None
    issued_on: dt.date = field(default_factory=dt.date.today)
    with_annex: bool = False  # the PDF carries the decision annex (never an e-mail or SMS)

    @property
    def lang(self) -> str:
        return self.language or (self.person or {}).get("language") or "nl"


def letter_values(catalogue: Catalogue, data: LetterData) -> dict[str, str]:
    """The placeholder values of a letter, formatted in its language."""
    lang = data.lang
    branding = Branding.from_city(catalogue.city)
    case = data.case
    ct = catalogue.case_type(str(case["case_type"]))
    st = catalogue.statuses[data.status]
    person = data.person or {}
    fee = int(case.get("fee_cents") or 0)
    created = case.get("created_at")
    values = {
        "person.surname": str(person.get("surname") or ""),
        "person.given_names": str(person.get("given_names") or ""),
        "person.full_name": person_name(person),
        "person.salutation": person_name(person) or SALUTATION_FALLBACK.get(lang, "citizen"),
        "person.address": "\n".join(address_lines(person)),
        "person.national_number": str(person.get("national_number_formatted") or ""),
        "case.reference": data.reference,
        "case.track_code": str(case.get("track_code") or ""),
        "case.track_url": branding.track_link(str(case.get("track_code") or "")),
        "case.type": text_in(ct.name, lang),
        "case.application_of": text_in(ct.application_of, lang) or text_in(ct.name, lang),
        "case.department": text_in(catalogue.departments.get(ct.department), lang) or ct.department,
        "case.created_date": format_date(created, lang) if created else "",
        "case.expected_date": format_date(case.get("expected_date"), lang),
        "case.fee": format_amount(fee, lang) if fee else label("free", lang),
        "status.name": text_in(st.name, lang),
        "status.text": data.status_text if data.status_text is not None else text_in(st.text, lang),
        "status.date": format_date(data.status_at or data.issued_on, lang),
        "city.name": branding.name(lang),
        "city.to": text_in(catalogue.city.get("name_to"), lang) or branding.name(lang),
        "city.at": text_in(catalogue.city.get("name_at"), lang) or branding.name(lang),
        "city.address": branding.address,
        "city.phone": branding.phone,
        "city.email": branding.email,
        "city.website": branding.website,
        "staff.name": data.staff_name,
        "staff.location": data.location,
        "today": format_date(data.issued_on, lang),
        "letter.annex": f" {label('annex_note', lang)}" if data.with_annex else "",
    }
    answers = case.get("answers") or {}
    for f in ct.fields:
        values[f"answers.{f.key}"] = format_answer(f, answers.get(f.key), lang)
    return values


def render_letter(catalogue: Catalogue, data: LetterData, root: Path | None = None) -> tuple[str, str]:
    """(subject, body) of a letter as plain text: also the text of an e-mail notification."""
    tpl = templates.find_template(str(data.case["case_type"]), data.status, data.lang, root)
    return tpl.render(letter_values(catalogue, data))


def _body_flowables(body: str, st: dict[str, Any]) -> list[Flowable]:
    out: list[Flowable] = []
    for para in re.split(r"\n\s*\n", body.strip()):
        # a paragraph's lines starting with "- " are bullets; the lines before them (a heading) stay text
        lines = para.split("\n")
        first = next((i for i, x in enumerate(lines) if x.lstrip().startswith("- ")), len(lines))
        if first == len(lines) or not all(x.lstrip().startswith("- ") for x in lines[first:]):
            out += [Paragraph(esc(para), st["body"]), Spacer(1, 7)]
            continue
        if first:
            out.append(Paragraph(esc("\n".join(lines[:first])), st["body"]))
        out += [Paragraph(esc(x.lstrip()[2:]), st["bullet"], bulletText="•") for x in lines[first:]]
        out.append(Spacer(1, 5))
    return out


def letter_story(catalogue: Catalogue, data: LetterData, subject: str, body: str,
                 extra: Sequence[Flowable] = ()) -> list[Flowable]:
    lang = data.lang
    branding = Branding.from_city(catalogue.city)
    st = style_for(branding)
    person = data.person or {}
    addr = "<br/>".join([f"<b>{esc(person_name(person))}</b>", *[esc(x) for x in address_lines(person)]])
    meta = [
        (label("your_ref", lang), data.reference),
        (label("track_code", lang), str(data.case.get("track_code") or "")),
        (label("contact", lang), data.staff_name or branding.phone),
    ]
    meta_rows = [[Paragraph(esc(k), st["label"]), Paragraph(esc(v), st["body"])] for k, v in meta if v]
    meta_table = Table(meta_rows, colWidths=[26 * mm, 50 * mm])
    meta_table.setStyle(tstyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    # Address where a left window envelope shows it (about 50 mm from the top).
    head = Table([[Paragraph(addr, st["body"]), meta_table]], colWidths=[CONTENT_W - 78 * mm, 78 * mm],
                 rowHeights=[34 * mm])
    head.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    place = data.location or branding.name(lang)
    story: list[Flowable] = [
        Spacer(1, 6 * mm),
        head,
        Paragraph(esc(f"{place}, {format_date(data.issued_on, lang)}"), st["right"]),
        Spacer(1, 8),
        Paragraph(esc(subject), st["h2"]),
        Spacer(1, 4),
        *_body_flowables(body, st),
    ]
    story += [Paragraph(esc(data.staff_name), st["bold"])] if data.staff_name else []
    dept = text_in(catalogue.departments.get(catalogue.case_type(str(data.case["case_type"])).department), lang)
    story.append(Paragraph(esc(f"{dept} · {branding.name(lang)}" if dept else branding.name(lang)), st["body"]))
    story += list(extra)
    return story


def has_decision_annex(catalogue: Catalogue, data: LetterData) -> bool:
    """An approved case with a budget: its letter says the decision with the budget is attached, and it is
    (an annex on a page of its own)."""
    ct = catalogue.case_type(str(data.case["case_type"]))
    return data.status == "approved" and any(f.type == "budget_lines" for f in ct.fields) and bool(
        (data.case.get("answers") or {}).get("budget_lines"))


def decision_annex(catalogue: Catalogue, data: LetterData) -> list[Flowable]:
    from desk_app.documents.summary import decision_section

    heading = f"{label('annex', data.lang)}: {label('decision', data.lang)} · {data.reference}"
    return [PageBreak(), *decision_section(catalogue, data, heading=heading)[1:]]


def build_letter(catalogue: Catalogue, data: LetterData, root: Path | None = None,
                 extra: Sequence[Flowable] = ()) -> bytes:
    """A status letter as PDF bytes (A4, fonts embedded, language and title set); an approved budget's
    letter carries the decision with the budget as an annex."""
    if not extra and has_decision_annex(catalogue, data):
        data = dataclasses.replace(data, with_annex=True)
        extra = decision_annex(catalogue, data)
    subject, body = render_letter(catalogue, data, root)
    branding = Branding.from_city(catalogue.city)
    info = DocumentInfo(title=subject, subject=f"{data.reference} · {data.status}", lang=data.lang,
                        reference=data.reference, author=branding.name(data.lang),
                        keywords=f"{data.reference} {data.case.get('track_code', '')} {data.status}")
    return build_pdf(letter_story(catalogue, data, subject, body, extra), branding, info, first_top=34 * mm)


def build_letters(catalogue: Catalogue, batch: Iterable[LetterData], root: Path | None = None) -> list[bytes]:
    """Many letters at once (a print run): one PDF per letter, in order."""
    return [build_letter(catalogue, d, root) for d in batch]
