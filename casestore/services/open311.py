"""Open311 GeoReport v2 over the citizen reports (https://wiki.open311.org/GeoReport_v2): the services are
the sub-categories (``group``: the main category), a service request is a report (``service_request_id``:
its reference), its Open311 status the ``open311`` value of its status (open | closed).

Systems (the city's app, a partner) are identified by an API key; only its SHA-256 is stored
(``cs_open311_key``), created with ``desk-app casestore open311-key add NAME`` (or
``python -m casestore.cli open311-key add NAME``), which prints the key once. Errors are
``Open311Error`` with the HTTP status; the router answers them as GeoReport error bodies
(``[{"code": 400, "description": "…"}]``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from casestore.models import Blob, utcnow
from casestore.models_reports import Open311Key, Report, ReportStatusChange
from casestore.services import reports
from casestore.services.common import ServiceError, _aware

MAX_DESCRIPTION = 4000  # GeoReport v2
MAX_RESULTS = 1000  # GeoReport v2: at most this many requests per answer
DEFAULT_WINDOW = dt.timedelta(days=90)  # GeoReport v2: without dates, the last 90 days
SYSTEM_CHANNELS = ("app", "partner")
_TEXT_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_EMAIL = re.compile(r"^[^@\s]{1,100}@[^@\s]{1,99}\.[^@\s]{1,20}$")
_PHONE = re.compile(r"^\+?[0-9 ./-]{6,30}$")


class Open311Error(Exception):
    """An error answered as a GeoReport error body."""

    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


# ------------------------------------------------------------------------------------------ API keys


def _key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def add_key(s: Session, name: str, channel: str = "app") -> str:
    """Register a system; returns its new API key (shown once: only its hash is kept)."""
    name = name.strip()
    if not name or len(name) > 100 or _TEXT_BAD.search(name):
        raise ServiceError(400, "bad_name", "the system's name must be 1 to 100 characters without control "
                                            "characters")
    if channel not in SYSTEM_CHANNELS:
        raise ServiceError(400, "bad_channel", f"channel must be one of {', '.join(SYSTEM_CHANNELS)}")
    if s.scalar(select(Open311Key).where(Open311Key.name == name)) is not None:
        raise ServiceError(409, "exists", f"an Open311 system named {name!r} exists already")
    key = "o311_" + secrets.token_urlsafe(32)
    s.add(Open311Key(name=name, key_hash=_key_hash(key), channel=channel, created_at=utcnow()))
    s.flush()
    return key


def revoke_key(s: Session, name: str) -> None:
    row = s.scalar(select(Open311Key).where(Open311Key.name == name))
    if row is None:
        raise ServiceError(404, "not_found", f"no Open311 system named {name!r}")
    row.revoked_at = row.revoked_at or utcnow()


@dataclass(frozen=True, slots=True)
class System:
    name: str
    channel: str


def system(s: Session, api_key: str | None) -> System:
    """The system this API key belongs to; 403 when it is missing, unknown or revoked."""
    if not api_key:
        raise Open311Error(403, "api_key is required")
    row = s.scalar(select(Open311Key).where(Open311Key.key_hash == _key_hash(api_key)))
    if row is None or row.revoked_at is not None:
        raise Open311Error(403, "api_key is not valid")
    return System(row.name, row.channel)


# ------------------------------------------------------------------------------------------ services


def _lang(lang: str | None) -> str:
    langs = reports.categories().languages
    return lang if lang in langs else langs[0]


def services(lang: str | None = None) -> list[dict[str, Any]]:
    cats, lg = reports.categories(), _lang(lang)
    return [
        {"service_code": sub.code, "service_name": sub.names[lg],
         "description": f"{main.names[lg]}: {sub.names[lg]}", "metadata": False, "type": "realtime",
         "keywords": ", ".join(dict.fromkeys([sub.code.replace("_", " "), main.code])), "group": main.names[lg]}
        for main in cats.mains for sub in main.subcategories
    ]


def service_definition(service_code: str) -> dict[str, Any]:
    if reports.categories().sub(service_code) is None:
        raise Open311Error(404, f"service_code {service_code!r} is not a service of this city")
    return {"service_code": service_code, "attributes": []}


# ------------------------------------------------------------------------------------------ requests

_IMAGE_MAGIC = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
)


def image_kind(data: bytes) -> str | None:
    """JPEG, PNG, GIF, WebP or HEIC by their magic bytes; ``None`` for anything else."""
    for magic, kind in _IMAGE_MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"hevc"):
        return "HEIC"
    return None


def _text(form: dict[str, str], name: str, limit: int) -> str | None:
    value = form.get(name, "").strip()
    if not value:
        return None
    if _TEXT_BAD.search(value):
        raise Open311Error(400, f"{name} contains a control character")
    if len(value) > limit:
        raise Open311Error(400, f"{name} is longer than {limit} characters")
    return value


def _coordinate(form: dict[str, str], name: str, bound: float) -> float | None:
    raw = form.get(name, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise Open311Error(400, f"{name} must be a number in WGS84 degrees, not {raw[:40]!r}") from None
    if not math.isfinite(value) or abs(value) > bound:
        raise Open311Error(400, f"{name} must lie between -{bound:g} and {bound:g}")
    return value


def _store_photo(s: Session, data: bytes, by: str, max_bytes: int) -> str:
    if len(data) > max_bytes:
        raise Open311Error(400, f"media is larger than the limit of {max_bytes} bytes")
    if image_kind(data) is None:
        raise Open311Error(400, "media is not an image (JPEG, PNG, GIF, WebP or HEIC expected)")
    sha = hashlib.sha256(data).hexdigest()
    if s.get(Blob, sha) is None:
        try:
            with s.begin_nested():
                s.add(Blob(sha256=sha, size=len(data), data=data, created_by=by))
                s.flush()
        except IntegrityError:
            pass  # the same photo stored concurrently: same bytes
    return sha


def create_request(s: Session, sys: System, form: dict[str, str], media: bytes | None,
                   max_photo_bytes: int) -> list[dict[str, Any]]:
    """POST requests: a report in the coordinator's queue (status ``gemeld``); nothing stored on an error."""
    code = form.get("service_code", "").strip()
    if not code:
        raise Open311Error(400, "service_code is required")
    if reports.categories().sub(code) is None:
        raise Open311Error(400, f"service_code {code[:64]!r} is not a service of this city")
    lat, lon = _coordinate(form, "lat", 90.0), _coordinate(form, "long", 180.0)
    address = _text(form, "address_string", 500)
    if (lat is None) != (lon is None):
        raise Open311Error(400, "lat and long must be given together")
    if lat is None and address is None:
        raise Open311Error(400, "a location is required: lat and long, or address_string")
    description = _text(form, "description", MAX_DESCRIPTION) or ""
    email, phone = _text(form, "email", 200), _text(form, "phone", 40)
    if email is not None and not _EMAIL.match(email):
        raise Open311Error(400, "email is not an e-mail address")
    if phone is not None and not _PHONE.match(phone):
        raise Open311Error(400, "phone is not a phone number")
    media_url = _text(form, "media_url", 2000)
    if media_url is not None and not re.match(r"^https?://[^\s]+$", media_url):
        raise Open311Error(400, "media_url must be an http(s) URL")
    first_name, last_name = _text(form, "first_name", 200), _text(form, "last_name", 200)
    by = f"open311:{sys.name}"
    reporter = reports.ReporterIn(email=email, phone=phone, first_name=first_name, last_name=last_name,
                                  contact_channel="mail" if email else ("sms" if phone else None))
    sha = _store_photo(s, media, by, max_photo_bytes) if media else None
    try:
        rep = reports.create_report(s, by, category=code, description=description, lat=lat, lon=lon,
                                    channel=sys.channel, address=address, reporters=[reporter],
                                    media_sha256=sha, media_url=media_url)
    except ServiceError as e:
        raise Open311Error(400, e.detail) from None
    return [{"service_request_id": rep.id, "service_notice": _notice(rep)}]


def _notice(rep: Report) -> str:
    return f"expected by {rep.deadline.isoformat()}"


def _end_of_day(day: dt.date) -> str:
    return dt.datetime.combine(day, dt.time(23, 59, 59), reports.CITY_TZ).isoformat()


def request_view(rep: Report, note: str | None, lang: str | None = None) -> dict[str, Any]:
    cats, lg = reports.categories(), _lang(lang)
    sub = cats.subs.get(rep.category)
    status = cats.statuses[rep.status]
    dept = cats.departments.get(rep.department)
    return {
        "service_request_id": rep.id,
        "status": status.open311,
        "status_notes": note if note else status.names[lg],
        "service_name": sub.names[lg] if sub else rep.category,
        "service_code": rep.category,
        "description": rep.description or None,
        "agency_responsible": dept[lg] if dept else rep.department,
        "service_notice": _notice(rep),
        "requested_datetime": _aware(rep.created_at).isoformat(),
        "updated_datetime": _aware(rep.updated_at).isoformat(),
        "expected_datetime": _end_of_day(rep.deadline),
        "address": rep.address,
        "address_id": None,
        "zipcode": None,
        "lat": rep.lat,
        "long": rep.lon,
        "media_url": rep.media_url,
    }


def _notes(s: Session, ids: list[str]) -> dict[str, str]:
    """The note of each report's last status change, where it has one."""
    out: dict[str, str] = {}
    if not ids:
        return out
    rows = s.execute(select(ReportStatusChange.report_id, ReportStatusChange.note)
                     .where(ReportStatusChange.report_id.in_(ids)).order_by(ReportStatusChange.id)).all()
    for rid, note in rows:
        if note:
            out[rid] = note
        else:
            out.pop(rid, None)
    return out


def parse_datetime(name: str, raw: str | None) -> dt.datetime | None:
    """An ISO 8601 / RFC 3339 date-time with its offset (GeoReport v2); 400 otherwise."""
    if raw is None or not raw.strip():
        return None
    text = raw.strip().upper()
    text = re.sub(r"(T\d\d:\d\d):60", r"\1:59", text)  # a leap second: the second before it
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise Open311Error(400, f"{name} must be a date and time such as 2026-03-01T08:00:00+01:00") from None
    if value.tzinfo is None:
        raise Open311Error(400, f"{name} needs its time zone (Z or an offset such as +01:00)")
    return value.astimezone(dt.UTC)


def _codes(raw: str | None) -> list[str]:
    return [c.strip() for c in (raw or "").split(",") if c.strip()]


def list_requests(
    s: Session,
    *,
    service_request_id: str | None = None,
    service_code: str | None = None,
    status: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
    lang: str | None = None,
) -> list[dict[str, Any]]:
    """GET requests: by ids (every other filter then ignored, as the spec says), else by service codes,
    status (open, closed) and requested date (default: the last 90 days), newest first, at most 1000."""
    query = select(Report).where(Report.parent_id.is_(None))
    ids = _codes(service_request_id)
    if ids:
        query = query.where(Report.id.in_(ids[:MAX_RESULTS]))
    else:
        start, end = parse_datetime("start_date", start_date), parse_datetime("end_date", end_date)
        if start is None and end is None:
            start = utcnow() - DEFAULT_WINDOW
        if start is not None:
            query = query.where(Report.created_at >= start)
        if end is not None:
            query = query.where(Report.created_at <= end)
        codes = _codes(service_code)
        if codes:
            query = query.where(Report.category.in_(codes))
        wanted = _codes(status)
        bad = [w for w in wanted if w not in ("open", "closed")]
        if bad:
            raise Open311Error(400, f"status must be open or closed, not {bad[0][:40]!r}")
        if wanted and set(wanted) != {"open", "closed"}:
            query = query.where(Report.is_open.is_(wanted[0] == "open"))
    rows = s.scalars(query.order_by(Report.created_at.desc(), Report.id.desc()).limit(MAX_RESULTS)).all()
    notes = _notes(s, [r.id for r in rows])
    return [request_view(r, notes.get(r.id), lang) for r in rows]


def get_request(s: Session, request_id: str, lang: str | None = None) -> list[dict[str, Any]]:
    rep = s.get(Report, request_id)
    if rep is None or rep.parent_id is not None:
        raise Open311Error(404, f"no service request {request_id[:64]!r}")
    return [request_view(rep, _notes(s, [rep.id]).get(rep.id), lang)]
