"""The walk-in ticket reception hands out (issue 16): the number, large, the service, the time it was issued, the
expected wait and the shop's name, in the city's colours. A narrow page (80 mm, a ticket printer's roll; an
office printer prints it on A4 as is), printed through the same path as the receipt (``ui.documents.printing``).

Headless: reportlab only, no Qt."""

from __future__ import annotations

import datetime as dt
import io
import zoneinfo
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk_app.catalogue import Catalogue
from desk_app.documents.common import (
    FONT,
    FONT_BOLD,
    PRODUCER,
    Branding,
    apply_archival,
    draw_text,
    register_fonts,
    text_in,
)
from desk_app.languages import LANGUAGES

TICKET_W = 80 * mm
TICKET_H = 120 * mm

TEXTS: dict[str, dict[str, str]] = {
    "title": {"nl": "Volgnummer", "fr": "Numéro d'attente", "de": "Wartenummer", "en": "Queue ticket"},
    "your_number": {"nl": "Uw nummer", "fr": "Votre numéro", "de": "Ihre Nummer", "en": "Your number"},
    "issued": {"nl": "Afgegeven om {time} op {date}", "fr": "Délivré à {time} le {date}",
               "de": "Ausgegeben um {time} am {date}", "en": "Issued at {time} on {date}"},
    "wait": {"nl": "Verwachte wachttijd: ongeveer {n} minuten", "fr": "Attente prévue : environ {n} minutes",
             "de": "Erwartete Wartezeit: etwa {n} Minuten", "en": "Expected wait: about {n} minutes"},
    "wait_short": {"nl": "Verwachte wachttijd: minder dan 5 minuten", "fr": "Attente prévue : moins de 5 minutes",
                   "de": "Erwartete Wartezeit: weniger als 5 Minuten", "en": "Expected wait: less than 5 minutes"},
    "watch": {"nl": "Uw nummer verschijnt op het scherm met de balie die u helpt.",
              "fr": "Votre numéro s'affiche à l'écran avec le guichet qui vous reçoit.",
              "de": "Ihre Nummer erscheint auf dem Bildschirm mit dem Schalter, der Sie bedient.",
              "en": "Your number appears on the screen with the desk that will help you."},
}


def ticket_text(key: str, lang: str, **values: str) -> str:
    texts = TEXTS[key]
    text = texts.get(lang) or texts["nl"]
    return text.format(**values) if values else text


@dataclass
class TicketData:
    """Everything on a printed ticket, as plain values."""

    number: str
    service_name: dict[str, str]
    shop_name: dict[str, str]
    issued_at: dt.datetime
    expected_wait_seconds: int | None = None
    language: str = "nl"
    timezone: str = "Europe/Brussels"
    extra: list[str] = field(default_factory=list)  # further lines (e.g. the desk it was issued at)

    @property
    def lang(self) -> str:
        return self.language if self.language in LANGUAGES else "nl"


def wait_line(seconds: int | None, lang: str) -> str:
    if seconds is None:
        return ""
    minutes = round(seconds / 60)
    if minutes < 5:
        return ticket_text("wait_short", lang)
    return ticket_text("wait", lang, n=str(minutes if minutes < 30 else 5 * round(minutes / 5)))


def build_ticket(catalogue: Catalogue, data: TicketData) -> bytes:
    """The ticket as PDF bytes (fonts embedded, language and title set)."""
    register_fonts()
    branding = Branding.from_city(catalogue.city)
    lang = data.lang
    shop = text_in(data.shop_name, lang)
    service = text_in(data.service_name, lang)
    when = data.issued_at.astimezone(_zone(data.timezone))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(TICKET_W, TICKET_H), pageCompression=1, lang=lang,
               initialFontName=FONT)
    title = f"{ticket_text('title', lang)} {data.number}"
    c.setTitle(title)
    c.setSubject(f"{shop} · {service}")
    c.setAuthor(branding.name(lang))
    c.setCreator("Loket")
    c.setProducer(PRODUCER)
    apply_archival(c, title, f"{shop} · {service}", branding.name(lang), lang, data.number)

    c.setFillColor(branding.primary)
    c.rect(0, TICKET_H - 5 * mm, TICKET_W, 5 * mm, stroke=0, fill=1)
    c.setFillColor(branding.accent)
    c.rect(0, TICKET_H - 6 * mm, TICKET_W, 1 * mm, stroke=0, fill=1)
    mid = TICKET_W / 2
    y = TICKET_H - 14 * mm
    c.setFillColor(branding.primary)
    _centred(c, mid, y, branding.name(lang), FONT_BOLD, 11)
    y -= 6 * mm
    c.setFillColor(branding.text)
    _centred(c, mid, y, shop, FONT, 10)
    y -= 12 * mm
    c.setFillColor(colors.HexColor("#555555"))
    _centred(c, mid, y, ticket_text("your_number", lang), FONT, 10)
    y -= 22 * mm
    c.setFillColor(branding.text)
    size = 64.0
    from reportlab.pdfbase import pdfmetrics

    while pdfmetrics.stringWidth(data.number, FONT_BOLD, size) > TICKET_W - 8 * mm and size > 20:
        size -= 2
    _centred(c, mid, y, data.number, FONT_BOLD, size)
    y -= 12 * mm
    c.setFillColor(branding.primary)
    _centred(c, mid, y, service, FONT_BOLD, 13)
    y -= 9 * mm
    c.setFillColor(branding.text)
    _centred(c, mid, y, ticket_text("issued", lang, time=when.strftime("%H:%M"), date=when.strftime("%d/%m/%Y")),
             FONT, 9)
    wait = wait_line(data.expected_wait_seconds, lang)
    if wait:
        y -= 6 * mm
        _centred(c, mid, y, wait, FONT_BOLD, 9)
    for line in data.extra:
        y -= 5 * mm
        _centred(c, mid, y, line, FONT, 8)
    c.setFillColor(colors.HexColor("#555555"))
    _wrapped(c, mid, 12 * mm, ticket_text("watch", lang), FONT, 8, TICKET_W - 10 * mm)
    c.showPage()
    c.save()
    return buf.getvalue()


def _centred(c: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    from reportlab.pdfbase import pdfmetrics

    while pdfmetrics.stringWidth(text, font, size) > TICKET_W - 6 * mm and size > 6:
        size -= 0.5
    draw_text(c, x - pdfmetrics.stringWidth(text, font, size) / 2, y, text, font, size)


def _wrapped(c: Canvas, x: float, y: float, text: str, font: str, size: float, width: float) -> None:
    """Centred lines from ``y`` downwards, broken at spaces to fit ``width``."""
    from reportlab.pdfbase import pdfmetrics

    lines: list[str] = []
    for word in text.split():
        trial = f"{lines[-1]} {word}" if lines else word
        if lines and pdfmetrics.stringWidth(trial, font, size) <= width:
            lines[-1] = trial
        else:
            lines.append(word)
    for i, line in enumerate(lines):
        _centred(c, x, y - i * size * 1.3, line, font, size)


def _zone(name: str) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("Europe/Brussels")
