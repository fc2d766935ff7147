"""Shared building blocks of Loket's PDF documents: embedded fonts, texts per language, the city's page
frame (logo, colours, address), archival metadata (XMP with PDF/A-2b identification, sRGB output
intent) and formatting of dates and amounts per language.

Headless: reportlab only, no Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import (
    XMP,
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle

from desk_app.languages import LANGUAGES
from resources import RESOURCES_DIR

FONT = "LoketSans"
FONT_BOLD = "LoketSans-Bold"
FONTS_DIR = RESOURCES_DIR / "fonts"
LANGS = LANGUAGES
PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
PRODUCER = "Loket (ReportLab)"


# ---------------------------------------------------------------- fonts
# Fallback fonts for what DejaVu Sans does not draw (citizens' names and free text may hold them), tried in
# this order: Droid Sans Fallback (CJK; Apache 2.0) and Symbola (emoji and other symbols, monochrome; free
# for any use). Both are registered only when a document needs them (parsing them is slow: docs/STATUS.md).
FALLBACK_FONTS = (("LoketFallback-CJK", "DroidSansFallbackFull.ttf"), ("LoketFallback-Symbols", "Symbola.ttf"))
NO_GLYPH = "\ufffd"  # printed for a character no shipped font has (visible, and in the text layer)


@functools.cache
def register_fonts() -> None:
    """Register DejaVu Sans (shipped in resources/fonts, embedded as subsets in every PDF). Also writes
    streams binary (Flate only, no ASCII85: smaller and, without reportlab's C accelerator, much faster)
    and every stream's data followed by an end-of-line before ``endstream`` (PDF/A)."""
    from reportlab import rl_config

    rl_config.useA85 = 0
    _eol_before_endstream()
    pdfmetrics.registerFont(TTFont(FONT, str(FONTS_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONTS_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def _eol_before_endstream() -> None:
    """ISO 19005-2 §6.1.7.1: the stream data (``/Length`` bytes) is followed by an end-of-line marker and
    then ``endstream``. ReportLab writes ``endstream`` straight after the data; add the EOL (not counted
    in ``/Length``). Done once, for ReportLab's one stream writer."""
    if getattr(PDFStream, "_loket_eol", False):
        return
    original = PDFStream.format
    tail = b"endstream\n"

    def format_with_eol(self: PDFStream, document: PDFDocument) -> bytes:
        out: bytes = original(self, document)
        return out[: -len(tail)] + b"\n" + tail if out.endswith(tail) else out

    PDFStream.format = format_with_eol
    PDFStream._loket_eol = True

    # ReportLab writes a subset's ToUnicode entries as <%04X>: a character beyond U+FFFF (an emoji) lost
    # its top digit in the text layer (U+1F389 read as U+1F38). Write those as UTF-16 surrogate pairs.
    from reportlab.pdfbase import ttfonts

    original_cmap = ttfonts.makeToUnicodeCMap

    def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
        cmap: str = original_cmap(fontname, [min(v, 0xFFFF) for v in subset])
        for i, v in enumerate(subset):
            if v > 0xFFFF:
                utf16 = chr(v).encode("utf-16-be").hex().upper()
                cmap = cmap.replace(f"<{i:02X}> <FFFF>", f"<{i:02X}> <{utf16}>", 1)
        return cmap

    ttfonts.makeToUnicodeCMap = to_unicode_cmap


@functools.cache
def _covered(font_file: str) -> frozenset[int]:
    register_fonts()
    name = {"DejaVuSans.ttf": FONT}.get(font_file)
    font = pdfmetrics.getFont(name) if name else TTFont(f"probe-{font_file}", str(FONTS_DIR / font_file))
    return frozenset(font.face.charToGlyph)


@functools.cache
def _fallback_font(code: int) -> str | None:
    """The registered fallback font drawing ``code``, None when no shipped font has it."""
    for name, file in FALLBACK_FONTS:
        if code in _covered(file):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file)))
                # no bold cut: <b> around a fallback run keeps the regular one
                pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
            return name
    return None


def font_runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` cut into runs of (fallback font or None for DejaVu, text). A character no shipped font
    has becomes U+FFFD (a visible replacement sign, never an empty box)."""
    main = _covered("DejaVuSans.ttf")
    runs: list[tuple[str | None, str]] = []
    for ch in text:
        font: str | None = None
        if ch == "\n":
            pass  # a line break (esc makes it <br/>), not a glyph: no font has it
        elif ord(ch) not in main:
            font = _fallback_font(ord(ch))
            if font is None:
                ch = NO_GLYPH
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def draw_text(c: Canvas, x: float, y: float, text: str, font: str, size: float, right: bool = False) -> None:
    """``drawString`` with fallback fonts for characters DejaVu does not have."""
    runs = font_runs(text)
    widths = [pdfmetrics.stringWidth(t, f or font, size) for f, t in runs]
    if right:
        x -= sum(widths)
    for (f, t), w in zip(runs, widths, strict=True):
        c.setFont(f or font, size)
        c.drawString(x, y, t)
        x += w


# ---------------------------------------------------------------- texts per language
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}

LABELS: dict[str, dict[str, str]] = {
    "receipt": {"nl": "Ontvangstbewijs", "fr": "Accusé de réception", "de": "Eingangsbestätigung",
                "en": "Receipt"},
    "case_number": {"nl": "Dossiernummer", "fr": "Numéro de dossier", "de": "Aktenzeichen",
                    "en": "Case number"},
    "provisional": {
        "nl": "Voorlopig nummer: u krijgt het definitieve dossiernummer zodra uw aanvraag centraal is "
              "geregistreerd. Uw volgcode blijft dezelfde.",
        "fr": "Numéro provisoire : vous recevrez le numéro de dossier définitif dès que votre demande sera "
              "enregistrée centralement. Votre code de suivi reste le même.",
        "de": "Vorläufige Nummer: Sie erhalten das endgültige Aktenzeichen, sobald Ihr Antrag zentral "
              "erfasst ist. Ihr Verfolgungscode bleibt gleich.",
        "en": "Provisional number: you will receive the final case number once your application is "
              "registered centrally. Your tracking code stays the same.",
    },
    "track_code": {"nl": "Volgcode", "fr": "Code de suivi", "de": "Verfolgungscode", "en": "Tracking code"},
    "date_place": {"nl": "Datum en plaats", "fr": "Date et lieu", "de": "Datum und Ort", "en": "Date and place"},
    "clerk": {"nl": "Behandeld door", "fr": "Traité par", "de": "Bearbeitet von", "en": "Handled by"},
    "applicant": {"nl": "Aanvrager", "fr": "Demandeur", "de": "Antragsteller", "en": "Applicant"},
    "national_number": {"nl": "Rijksregisternummer", "fr": "Numéro de registre national",
                        "de": "Nationalregisternummer", "en": "National number"},
    "address": {"nl": "Adres", "fr": "Adresse", "de": "Adresse", "en": "Address"},
    "submitted": {"nl": "Wat u hebt ingediend", "fr": "Ce que vous avez introduit", "de": "Was Sie eingereicht haben",
                  "en": "What you submitted"},
    "attachments": {"nl": "Bijlagen", "fr": "Annexes", "de": "Anlagen", "en": "Attachments"},
    "no_attachments": {"nl": "Geen bijlagen", "fr": "Aucune annexe", "de": "Keine Anlagen", "en": "No attachments"},
    "fee": {"nl": "Kostprijs", "fr": "Coût", "de": "Gebühr", "en": "Fee"},
    "free": {"nl": "Gratis", "fr": "Gratuit", "de": "Kostenlos", "en": "Free of charge"},
    "paid": {"nl": "betaald", "fr": "payé", "de": "bezahlt", "en": "paid"},
    "unpaid": {"nl": "nog te betalen", "fr": "à payer", "de": "noch zu zahlen", "en": "still to be paid"},
    "expected": {"nl": "Verwachte beslissing", "fr": "Décision attendue", "de": "Voraussichtliche Entscheidung",
                 "en": "Expected decision"},
    "expected_by": {"nl": "uiterlijk op", "fr": "au plus tard le", "de": "spätestens am", "en": "by"},
    "next": {"nl": "Wat gebeurt er nu?", "fr": "Et maintenant ?", "de": "Wie geht es weiter?",
             "en": "What happens next?"},
    "still_needed": {"nl": "Breng of bezorg ons nog:", "fr": "Apportez-nous ou envoyez-nous encore :",
                     "de": "Bitte bringen oder senden Sie uns noch:", "en": "Please still bring or send us:"},
    "after_status": {"nl": "Na de status „{status}” hebben we van u nodig:",
                     "fr": "Après le statut « {status} », nous aurons besoin de :",
                     "de": "Nach dem Status „{status}“ benötigen wir von Ihnen:",
                     "en": "After the status “{status}” we will need from you:"},
    "follow": {"nl": "Volg uw dossier", "fr": "Suivez votre dossier", "de": "Verfolgen Sie Ihren Antrag",
               "en": "Follow your case"},
    "follow_text": {
        "nl": "Scan de QR-code of surf naar {url} en geef uw volgcode in.",
        "fr": "Scannez le code QR ou rendez-vous sur {url} et saisissez votre code de suivi.",
        "de": "Scannen Sie den QR-Code oder besuchen Sie {url} und geben Sie Ihren Verfolgungscode ein.",
        "en": "Scan the QR code or go to {url} and enter your tracking code.",
    },
    "signature": {"nl": "Handtekening aanvrager", "fr": "Signature du demandeur",
                  "de": "Unterschrift des Antragstellers", "en": "Applicant's signature"},
    "page": {"nl": "Pagina {n} van {total}", "fr": "Page {n} sur {total}", "de": "Seite {n} von {total}",
             "en": "Page {n} of {total}"},
    "yes": {"nl": "Ja", "fr": "Oui", "de": "Ja", "en": "Yes"},
    "no": {"nl": "Nee", "fr": "Non", "de": "Nein", "en": "No"},
    "total": {"nl": "Totaal", "fr": "Total", "de": "Gesamt", "en": "Total"},
    "description": {"nl": "Omschrijving", "fr": "Description", "de": "Beschreibung", "en": "Description"},
    "amount": {"nl": "Bedrag", "fr": "Montant", "de": "Betrag", "en": "Amount"},
    "summary": {"nl": "Dossieroverzicht", "fr": "Résumé du dossier", "de": "Aktenübersicht", "en": "Case summary"},
    "status": {"nl": "Status", "fr": "Statut", "de": "Status", "en": "Status"},
    "history": {"nl": "Verloop", "fr": "Historique", "de": "Verlauf", "en": "History"},
    "created": {"nl": "Ingediend op", "fr": "Introduit le", "de": "Eingereicht am", "en": "Submitted on"},
    "department": {"nl": "Dienst", "fr": "Service", "de": "Dienststelle", "en": "Department"},
    "channel": {"nl": "Kanaal", "fr": "Canal", "de": "Kanal", "en": "Channel"},
    "decision": {"nl": "Beslissing", "fr": "Décision", "de": "Entscheidung", "en": "Decision"},
    "granted": {"nl": "Toegekend bedrag", "fr": "Montant accordé", "de": "Bewilligter Betrag",
                "en": "Amount granted"},
    "budget": {"nl": "Begroting", "fr": "Budget", "de": "Budget", "en": "Budget"},
    "your_ref": {"nl": "Uw dossier", "fr": "Votre dossier", "de": "Ihr Vorgang", "en": "Your case"},
    "contact": {"nl": "Contact", "fr": "Contact", "de": "Kontakt", "en": "Contact"},
    "annex": {"nl": "Bijlage", "fr": "Annexe", "de": "Anlage", "en": "Annex"},
    "annex_note": {"nl": "De beslissing met de begroting vindt u in de bijlage achter deze brief.",
                   "fr": "Vous trouverez la décision avec le budget en annexe de cette lettre.",
                   "de": "Die Entscheidung mit dem Budget finden Sie in der Anlage zu diesem Schreiben.",
                   "en": "The decision with the budget is in the annex after this letter."},
}


def label(key: str, lang: str, **values: str) -> str:
    texts = LABELS[key]
    text = texts.get(lang) or texts["nl"]
    return text.format(**values) if values else text


def text_in(text: Mapping[str, str] | None, lang: str) -> str:
    if not text:
        return ""
    return text.get(lang) or text.get("nl") or text.get("en") or next(iter(text.values()), "")


def format_date(value: dt.date | str | None, lang: str) -> str:
    """``23 november 2026`` / ``23 novembre 2026`` / ``23. November 2026`` / ``23 November 2026``."""
    if value in (None, ""):
        return ""
    if isinstance(value, str) and len(value) > 10 and "T" in value:
        with contextlib.suppress(ValueError):
            value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime):
        value = (value.astimezone() if value.tzinfo else value).date()  # the laptop's local day
    if isinstance(value, str):
        text = value
        try:
            value = dt.date.fromisoformat(text[:10])
        except ValueError:
            return text
    month = (MONTHS.get(lang) or MONTHS["nl"]).split()[value.month - 1]
    if lang == "de":
        return f"{value.day}. {month} {value.year}"
    if lang == "fr" and value.day == 1:
        return f"1er {month} {value.year}"
    return f"{value.day} {month} {value.year}"


def format_amount(value: int | Decimal | str, lang: str, cents: bool = True) -> str:
    """Amounts in euro: ``€ 1.234,50`` (nl), ``1 234,50 €`` (fr), ``1.234,50 €`` (de), ``€1,234.50`` (en).

    ``value`` is cents when it is an int and ``cents`` is true, otherwise euro."""
    amount = Decimal(value) / 100 if isinstance(value, int) and cents else Decimal(str(value))
    text = f"{amount:,.2f}"  # 1,234.50
    if lang == "en":
        return f"€{text}"
    grouped = text.replace(",", "\u00a0" if lang == "fr" else "·").replace(".", ",")
    grouped = grouped.replace("·", ".")
    if lang == "nl":
        return f"€\u00a0{grouped}"
    return f"{grouped}\u00a0€"


def tstyle(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain-text cells use the embedded font (never an unembedded Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def colon(lang: str) -> str:
    """``: `` (French: `` : `` with a non-breaking space before it)."""
    return "\u00a0: " if lang == "fr" else ": "


def esc(text: object) -> str:
    """Escape text for a reportlab Paragraph (keeps line breaks); characters DejaVu Sans does not have are
    set in a fallback font."""
    out = []
    for font, run in font_runs(str(text)):
        part = escape(run).replace("\n", "<br/>")
        out.append(f'<font face="{font}">{part}</font>' if font else part)
    return "".join(out)


# ---------------------------------------------------------------- styles and branding
@dataclass(frozen=True)
class Branding:
    city_name: dict[str, str]
    address: str
    phone: str
    email: str
    website: str
    track_url: str
    primary: colors.Color
    accent: colors.Color
    text: colors.Color
    logo: Path | None

    @classmethod
    def from_city(cls, city: Mapping[str, Any]) -> Branding:
        col = city.get("colours") or {}
        logo = city.get("logo")
        logo_path = RESOURCES_DIR / str(logo) if logo else None
        return cls(
            city_name=dict(city.get("name") or {"nl": "Stad"}),
            address=str(city.get("address", "")),
            phone=str(city.get("phone", "")),
            email=str(city.get("email", "")),
            website=str(city.get("website", "")),
            track_url=str(city.get("track_url", "")),
            primary=colors.HexColor(col.get("primary", "#00594F")),
            accent=colors.HexColor(col.get("accent", "#F2A900")),
            text=colors.HexColor(col.get("text", "#1A1A1A")),
            logo=logo_path if logo_path and logo_path.is_file() else None,
        )

    def name(self, lang: str) -> str:
        return text_in(self.city_name, lang)

    def track_link(self, code: str) -> str:
        return self.track_url.replace("{code}", code) if self.track_url else ""


@functools.cache
def _logo_reader(path: Path) -> ImageReader:
    return ImageReader(str(path))


@functools.cache
def styles(text_hex: str = "#1A1A1A", primary_hex: str = "#00594F") -> dict[str, ParagraphStyle]:
    register_fonts()
    text = colors.HexColor(text_hex)
    primary = colors.HexColor(primary_hex)
    base = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=13, textColor=text)
    return {
        "body": base,
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2),
        "tight": ParagraphStyle("tight", parent=base, leading=12),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8, leading=10.5, textColor=colors.HexColor("#555555")),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21,
                                textColor=primary, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=14, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14, textColor=primary,
                             spaceBefore=7, spaceAfter=2),
        "label": ParagraphStyle("label", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#555555")),
        "value": ParagraphStyle("value", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13),
        "big": ParagraphStyle("big", parent=base, fontName=FONT_BOLD, fontSize=15, leading=18, textColor=primary),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "bold": ParagraphStyle("bold", parent=base, fontName=FONT_BOLD),
        "code": ParagraphStyle("code", parent=base, leading=19),
    }


def style_for(branding: Branding) -> dict[str, ParagraphStyle]:
    return styles(branding.text.hexval().replace("0x", "#"), branding.primary.hexval().replace("0x", "#"))


# ---------------------------------------------------------------- archival metadata
@functools.cache
def srgb_icc() -> bytes | None:
    """An sRGB ICC profile for the PDF/A output intent (made by littleCMS through Pillow)."""
    try:
        from PIL import ImageCms

        data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
        # littleCMS writes version 4.4; PDF/A-2 names ICC.1:2004-10 (4.2), whose tags this simple matrix/TRC
        # profile already uses. Its profile ID is zero (not computed), so only the version field changes.
        if data[8:10] == b"\x04\x40" and data[84:100] == bytes(16):
            data[8:12] = b"\x04\x20\x00\x00"
        return bytes(data)
    except Exception:  # pragma: no cover - Pillow without littleCMS
        return None


def _xmp_creator(title: str, subject: str, author: str, lang: str, keywords: str) -> Callable[[PDFDocument], bytes]:
    def make(doc: PDFDocument) -> bytes:
        ts = doc._timeStamp
        y, mo, d, h, mi, s = ts.YMDhms
        sign = "+" if ts.dhh >= 0 else "-"
        when = f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{sign}{abs(ts.dhh):02d}:{ts.dmm:02d}"
        return (
            '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
            '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">\n'
            "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>\n"
            "</rdf:Description>\n"
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            "<dc:format>application/pdf</dc:format>\n"
            f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>\n'
            f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(subject)}</rdf:li></rdf:Alt>'
            "</dc:description>\n"
            f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>\n"
            f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>\n"
            "</rdf:Description>\n"
            '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
            f"<xmp:CreateDate>{when}</xmp:CreateDate><xmp:ModifyDate>{when}</xmp:ModifyDate>\n"
            "<xmp:CreatorTool>Loket</xmp:CreatorTool>\n"
            "</rdf:Description>\n"
            '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
            f"<pdf:Producer>{escape(PRODUCER)}</pdf:Producer><pdf:Keywords>{escape(keywords)}</pdf:Keywords>"
            "<pdf:Trapped>False</pdf:Trapped>\n"
            "</rdf:Description>\n"
            "</rdf:RDF>\n</x:xmpmeta>\n"
            '<?xpacket end="w"?>'
        ).encode()

    return make


def apply_archival(canvas: Canvas, title: str, subject: str, author: str, lang: str, keywords: str = "") -> None:
    """Document language, title shown in the viewer's title bar, XMP metadata identifying PDF/A-2b and an
    sRGB output intent. (Fonts are embedded because only the shipped TTF fonts are used.)"""
    doc = canvas._doc
    doc.info.producer = PRODUCER
    doc.info.keywords = keywords
    cat = doc.Catalog
    cat.Metadata = XMP(creator=_xmp_creator(title, subject, author, lang, keywords))
    icc = srgb_icc()
    if icc:
        stream = PDFStream(PDFDictionary({"N": 3}), icc, filters=[PDFZCompress])
        intent = PDFDictionary({
            "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString("sRGB IEC61966-2.1"), "Info": PDFString("sRGB IEC61966-2.1"),
            "DestOutputProfile": doc.Reference(stream),
        })
        cat.OutputIntents = PDFArray([intent])
        # The catalogue class only writes the keys it knows; extend its list for this instance.
        cat.__NoDefault__ = [*type(cat).__NoDefault__, "OutputIntents"]


# ---------------------------------------------------------------- page frame
class _NumberedCanvas(Canvas):
    """Canvas that knows the page count when it draws footers ("Page 2 of 3")."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for n, state in enumerate(self._saved, 1):
            self.__dict__.update(state)
            self.draw_footer(n, total)
            super().showPage()
        super().save()

    def draw_footer(self, n: int, total: int) -> None:
        """Draw the footer of page ``n`` of ``total`` (subclasses)."""


@dataclass
class DocumentInfo:
    title: str
    subject: str
    lang: str
    reference: str = ""
    author: str = ""
    keywords: str = ""


def draw_letterhead(c: Canvas, b: Branding, lang: str, first: bool) -> None:
    """Logo and city name at the top, a band in the city's colour."""
    top = PAGE_H - 14 * mm
    c.setFillColor(b.primary)
    c.rect(0, PAGE_H - 6 * mm, PAGE_W, 6 * mm, stroke=0, fill=1)
    c.setFillColor(b.accent)
    c.rect(0, PAGE_H - 7.2 * mm, PAGE_W, 1.2 * mm, stroke=0, fill=1)
    logo_h = 18 * mm if first else 11 * mm
    x = MARGIN_X
    if b.logo is not None:
        c.drawImage(_logo_reader(b.logo), x, top - logo_h, width=logo_h, height=logo_h, mask="auto")
        x += logo_h + 4 * mm
    c.setFillColor(b.primary)
    c.setFont(FONT_BOLD, 15 if first else 11)
    c.drawString(x, top - (7 * mm if first else 5 * mm), b.name(lang))
    if first:
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont(FONT, 8)
        c.drawString(x, top - 12 * mm, b.address)
        c.drawString(x, top - 15.5 * mm, f"{b.phone}  ·  {b.email}  ·  {b.website.replace('https://', '')}")


def draw_footer(c: Canvas, b: Branding, info: DocumentInfo, n: int, total: int) -> None:
    c.saveState()
    c.setStrokeColor(b.primary)
    c.setLineWidth(0.6)
    c.line(MARGIN_X, 16 * mm, PAGE_W - MARGIN_X, 16 * mm)
    c.setFillColor(colors.HexColor("#555555"))
    c.setFont(FONT, 7.5)
    c.drawString(MARGIN_X, 11.5 * mm, f"{b.name(info.lang)} · {b.address} · {b.phone} · {b.email}")
    c.drawRightString(PAGE_W - MARGIN_X, 11.5 * mm, label("page", info.lang, n=str(n), total=str(total)))
    draw_text(c, MARGIN_X, 8 * mm, info.title, FONT, 7.5)  # the title can hold a citizen's own words
    c.restoreState()


def build_pdf(
    story: Sequence[Flowable],
    branding: Branding,
    info: DocumentInfo,
    first_top: float = 40 * mm,
    later_top: float = 26 * mm,
    letterhead: bool = True,
) -> bytes:
    """Lay out ``story`` on A4 pages with the city's letterhead and numbered footers; return PDF bytes."""
    register_fonts()
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=A4, title=info.title, subject=info.subject, author=info.author or branding.name(info.lang),
        creator="Loket", producer=PRODUCER, keywords=info.keywords, lang=info.lang, displayDocTitle=1, initialFontName=FONT,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=later_top, bottomMargin=22 * mm,
    )
    frame_w = PAGE_W - 2 * MARGIN_X
    first = Frame(MARGIN_X, 22 * mm, frame_w, PAGE_H - first_top - 22 * mm, id="first", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN_X, 22 * mm, frame_w, PAGE_H - later_top - 22 * mm, id="later", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)

    def on_first(c: Canvas, _doc: BaseDocTemplate) -> None:
        if letterhead:
            draw_letterhead(c, branding, info.lang, True)

    def on_later(c: Canvas, _doc: BaseDocTemplate) -> None:
        if letterhead:
            draw_letterhead(c, branding, info.lang, False)

    doc.addPageTemplates([
        PageTemplate("first", [first], onPage=on_first, autoNextPageTemplate="later"),
        PageTemplate("later", [later], onPage=on_later),
    ])

    class _Canvas(_NumberedCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            apply_archival(self, info.title, info.subject, info.author or branding.name(info.lang), info.lang,
                           info.keywords)

        def draw_footer(self, n: int, total: int) -> None:
            draw_footer(self, branding, info, n, total)

    doc.build(list(story), canvasmaker=_Canvas)
    return buf.getvalue()
