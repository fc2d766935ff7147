"""The case summary for the file, and the livability-budget decision with its budget lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desk_app.catalogue import Catalogue
from desk_app.documents import letters
from desk_app.documents.common import (
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
from desk_app.documents.receipt import (
    CONTENT_W,
    RULE,
    _facts,
    address_lines,
    answers_table,
    attachment_list,
    budget_table,
    person_name,
)


def build_case_summary(
    catalogue: Catalogue,
    case: Mapping[str, Any],
    reference: str,
    person: Mapping[str, Any] | None,
    history: Sequence[Mapping[str, Any]] = (),
    attachments: Sequence[Mapping[str, Any]] = (),
    notifications: Sequence[Mapping[str, Any]] = (),
    language: str = "nl",
    staff_name: str = "",
    issued_at: dt.datetime | None = None,
) -> bytes:
    """A summary of the whole case for the (paper) file: facts, applicant, answers, attachments, history."""
    lang = language
    branding = Branding.from_city(catalogue.city)
    st = style_for(branding)
    ct = catalogue.case_type(str(case["case_type"]))
    status = catalogue.statuses.get(str(case.get("status")))
    issued_at = issued_at or dt.datetime.now(dt.UTC)
    story: list[Flowable] = [
        Paragraph(label("summary", lang), st["title"]),
        Paragraph(esc(f"{text_in(ct.name, lang)} · {reference}"), st["subtitle"]),
        _facts([
            (label("case_number", lang), reference, "value"),
            (label("track_code", lang), str(case.get("track_code") or ""), "value"),
            (label("status", lang), text_in(status.name, lang) if status else str(case.get("status")), "value"),
            (label("department", lang), text_in(catalogue.departments.get(ct.department), lang) or ct.department,
             "value"),
        ], st, [CONTENT_W / 4] * 4),
        Spacer(1, 3),
        _facts([
            (label("created", lang), format_date(case.get("created_at"), lang), "value"),
            (label("expected", lang), format_date(case.get("expected_date"), lang), "value"),
            (label("fee", lang), format_amount(int(case.get("fee_cents") or 0), lang)
             + (f" ({label('paid' if case.get('fee_paid') else 'unpaid', lang)})" if case.get("fee_cents") else ""),
             "value"),
            (label("channel", lang), str(case.get("channel") or ""), "value"),
        ], st, [CONTENT_W / 4] * 4),
    ]
    if person:
        lines = [f"<b>{esc(person_name(person))}</b>"]
        if person.get("national_number_formatted"):
            lines.append(f"{label('national_number', lang)}: {esc(person['national_number_formatted'])}")
        lines += [esc(x) for x in address_lines(person)]
        contact = " · ".join(str(x) for x in (person.get("email"), person.get("phone")) if x)
        if contact:
            lines.append(esc(contact))
        story += [Paragraph(label("applicant", lang), st["h2"]), Paragraph("<br/>".join(lines), st["body"])]
    story += [Paragraph(label("submitted", lang), st["h2"]),
              *answers_table(ct, case.get("answers") or {}, lang, st, attachments, branding.primary),
              Paragraph(label("attachments", lang), st["h2"]), *attachment_list(attachments, lang, st)]
    if history:
        rows: list[list[Any]] = []
        for h in history:
            hs = catalogue.statuses.get(str(h.get("status")))
            rows.append([
                Paragraph(esc(format_date(h.get("at"), lang)), st["small"]),
                Paragraph(esc(text_in(hs.name, lang) if hs else str(h.get("status"))), st["small"]),
                Paragraph(esc(h.get("citizen_text") or ""), st["small"]),
                Paragraph(esc(h.get("actor") or ""), st["small"]),
            ])
        t = Table(rows, colWidths=[34 * mm, 32 * mm, CONTENT_W - 94 * mm, 28 * mm])
        t.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story += [Paragraph(label("history", lang), st["h2"]), t]
    if notifications:
        story.append(Paragraph({"nl": "Berichten aan de burger", "fr": "Messages au citoyen",
                                "de": "Nachrichten an den Bürger", "en": "Messages to the citizen"}.get(lang, "nl"),
                               st["h2"]))
        for n in notifications:
            story.append(Paragraph(esc(f"{format_date(n.get('created_at'), lang)} · {n.get('channel')} · "
                                       f"{n.get('state')} · {str(n.get('recipient') or '').replace(chr(10), ', ')}"), st["small"]))
    story += [Spacer(1, 10), Paragraph(esc(f"{staff_name} · {format_date(issued_at, lang)}"), st["muted"])]
    info = DocumentInfo(title=f"{label('summary', lang)} {reference}", subject=text_in(ct.name, lang), lang=lang,
                        reference=reference, author=branding.name(lang), keywords=reference)
    return build_pdf(story, branding, info)


def decision_section(catalogue: Catalogue, data: letters.LetterData, granted: Decimal | str | None = None,
                     motivation: str = "", heading: str | None = None) -> list[Flowable]:
    """The livability-budget decision: the initiative, its budget lines, the decision and the amount
    granted (the asked total when approved, unless ``granted`` says otherwise)."""
    lang = data.lang
    branding = Branding.from_city(catalogue.city)
    st = style_for(branding)
    answers = data.case.get("answers") or {}
    lines = list(answers.get("budget_lines") or [])
    asked = sum((Decimal(str(x["amount"])) for x in lines), Decimal("0"))
    approved = data.status == "approved"
    granted_amount = Decimal(str(granted)) if granted is not None else (asked if approved else Decimal("0"))
    extra: list[Flowable] = [Spacer(1, 10), Paragraph(esc(heading or label("decision", lang)), st["h2"])]
    if answers.get("project_title"):
        extra.append(Paragraph(f"<b>{esc(answers['project_title'])}</b> · {esc(answers.get('neighbourhood', ''))}"
                               f" · {esc(format_date(answers.get('event_date'), lang))}", st["body"]))
    if lines:
        extra += [Spacer(1, 4), Paragraph(label("budget", lang), st["label"]),
                  budget_table(lines, lang, st, CONTENT_W, branding.primary)]
    if motivation:
        extra += [Spacer(1, 4), Paragraph(esc(motivation), st["body"])]
    extra.append(Spacer(1, 6))
    extra.append(_facts([
        (label("decision", lang), text_in(catalogue.statuses[data.status].name, lang), "value"),
        (label("granted", lang), format_amount(granted_amount, lang, cents=False), "value"),
    ], st, [CONTENT_W / 2] * 2))
    return extra


def build_budget_decision(
    catalogue: Catalogue,
    data: letters.LetterData,
    granted: Decimal | str | None = None,
    motivation: str = "",
    root: Path | None = None,
) -> bytes:
    """The livability-budget decision: the status letter (approved or rejected) followed by the decision
    with its budget lines, the total asked and the amount granted."""
    lang = data.lang
    branding = Branding.from_city(catalogue.city)
    extra = decision_section(catalogue, data, granted, motivation)
    subject, body = letters.render_letter(catalogue, data, root)
    story = letters.letter_story(catalogue, data, subject, body, [KeepTogether(extra)])
    info = DocumentInfo(title=f"{label('decision', lang)} {data.reference}: {subject}",
                        subject=f"{data.reference} · {data.status}", lang=lang, reference=data.reference,
                        author=branding.name(lang), keywords=f"{data.reference} decision")
    return build_pdf(story, branding, info, first_top=34 * mm)
