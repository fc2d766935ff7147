"""Citizen reports (meldingen) taken at the desk, on the phone or on an outreach visit, offline (issue 15).

``ReportIntakes(loket)`` is what the intake screen uses, with no network:

- **photos**: ``read_photo`` / ``photo_from_bytes`` check that the file is a JPEG, PNG or TIFF image that
  decodes, within the size limit (the setting ``max_photo_mb``, default 10 MB), and read where it was taken
  from its EXIF GPS tags (degrees/minutes/seconds as rationals, with the N/S/E/W references; broken or
  hostile tags are ignored with a warning, never a crash) and its EXIF orientation (for display). The stored
  file is the file as given: nothing is stripped or re-encoded;
- **addresses** from the city's register on this laptop (``desk-app addresses import``;
  ``desk_app.services.address_register``): suggestions while typing, geocoding, the nearest address to a point;
- **in the city**: ``wire.geo`` (the city's edge in ``resources/reports/zones.geojson``);
- **duplicates**: the case store's open reports of the same category within 50 m reported in the last 12
  weeks (``wire.reports.DUPLICATE_RADIUS_M`` / ``DUPLICATE_WINDOW``), from the cache the sync keeps
  (``sync/report_points.py``): a bounding box on the (category, lat, lon) index, then the exact distance;
- **save**: one transaction: the photos as attachments (the sync uploads their contents before the operation,
  as for a case's documents), the ``report_intake`` record and its outbox operation. The case store makes the
  report of it (or, with ``duplicate_of``, adds the citizen to that report: "me too"); the sync fetches the
  report's id (``mine``).

Every refusal is a ``ReportInputError`` / ``PhotoError`` whose text is a ``Message`` the desk translates;
nothing is written when it refuses. Qt-free.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import io
import json
import math
import re
import uuid
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desk_app.domain.text import TextInvalid, clean_text
from desk_app.messages import Message
from desk_app.services import outbox
from desk_app.services.changes import ChangeSet
from desk_app.store.models import AddressPoint, OutboxOperation, Person, ReportIntake, ReportPoint, utcnow
from wire import geo
from wire import reports as wire_reports
from wire.schema import ID_PATTERN

if TYPE_CHECKING:
    from desk_app.app import Loket

ENTITY = "report_intake"
MAX_DESCRIPTION = 5_000
CONTACT_CHANNELS = ("mail", "sms", "letter", "phone")
PHOTO_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "TIFF": "image/tiff", "MPO": "image/jpeg"}
MAX_PIXELS = 100_000_000  # a larger image is refused (a decompression bomb), whatever its file size
STREETS_FILE = Path(__file__).resolve().parents[2] / "resources" / "reports" / "demo_streets.geojson"
_ID = re.compile(ID_PATTERN)
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s]{2,}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_PHONE = re.compile(r"^\+?[0-9 ./()-]{6,30}$")


class ReportInputError(ValueError):
    """The report cannot be saved as it is (``args[0]``: a ``Message`` the desk translates; ``field``: which
    part of the form, for the screen to point at). Nothing was saved."""

    def __init__(self, message: Message, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class PhotoError(ValueError):
    """The photo cannot be used (``args[0]``: a ``Message``): not an image, too large, unreadable."""


# ----------------------------------------------------------------------------------------------- data classes
@dataclass(frozen=True)
class Photo:
    sha256: str
    data: bytes = field(repr=False)
    name: str
    content_type: str
    width: int
    height: int
    taken_lat: float | None = None
    taken_lon: float | None = None
    warning: Message | None = None  # e.g. no location in the photo: the clerk gives one
    orientation: int = 1  # EXIF orientation (1..8): how to turn it for display


@dataclass(frozen=True)
class AddressMatch:
    label: str
    street: str
    number: str
    box: str
    postcode: str
    municipality: str
    lat: float
    lon: float


@dataclass(frozen=True)
class NearbyReport:
    id: str
    category: str
    description: str
    distance_m: float
    created_at: dt.datetime
    status: str
    lat: float | None = None  # where it is (the desk's map draws it)
    lon: float | None = None


@dataclass
class ReportDraft:
    category: str = ""
    description: str = ""
    lat: float | None = None
    lon: float | None = None
    address: str | None = None
    photos: list[Photo] = field(default_factory=list)
    channel: str = "counter"
    person_id: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    language: str = "nl"
    contact_channel: str | None = None  # mail | sms | letter | phone; None: not told
    consent: bool = False  # may be contacted again about this topic
    anonymous: bool = False
    duplicate_of: str | None = None  # "me too": the citizen is added to this report
    outside_city_confirmed: bool = False


@dataclass
class SavedReport:
    intake_id: str
    reference: str | None  # the case store's report id, once it answered (a "me too": the report joined)
    state: str  # pending (waiting to sync) | done (the case store has it) | rejected | conflict
    category: str
    created_at: dt.datetime
    duplicate_of: str | None = None
    address: str | None = None
    description: str = ""
    error: str | None = None  # why the case store refused it
    photos: int = 0
    changes: ChangeSet = field(default_factory=ChangeSet)


# ----------------------------------------------------------------------------------------------- photos
def _rational(v: Any) -> float:
    if isinstance(v, tuple) and len(v) == 2:  # an old-style (numerator, denominator)
        num, den = float(v[0]), float(v[1])
        if den == 0:
            raise ValueError("zero denominator")
        return num / den
    f = float(v)
    if not math.isfinite(f):
        raise ValueError("not a number")
    return f


def _dms(value: Any, ref: Any, positive: str, negative: str, limit: float) -> float:
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "replace")
    ref = str(ref or positive).strip("\x00 ").upper()[:1] or positive
    if ref not in (positive, negative):
        raise ValueError(f"reference {ref!r}")
    if isinstance(value, (tuple, list)):
        parts = [_rational(x) for x in value]
        if not 1 <= len(parts) <= 3:
            raise ValueError("not degrees/minutes/seconds")
        parts += [0.0] * (3 - len(parts))
        deg, minutes, seconds = parts
        if deg < 0 or not (0 <= minutes < 60) or not (0 <= seconds < 60):
            raise ValueError("out of range")
        result = deg + minutes / 60 + seconds / 3600
    else:
        result = _rational(value)
    if not (0 <= abs(result) <= limit) or not math.isfinite(result):
        raise ValueError("out of range")
    return -result if ref == negative else result


def exif_location(exif: Any) -> tuple[float | None, float | None, bool]:
    """(lat, lon, broken) from a Pillow ``Image.Exif``: (None, None, False) when there are no GPS tags,
    (None, None, True) when they are there but unusable (a zero denominator, a wrong reference, out of range)."""
    try:
        gps = exif.get_ifd(0x8825)
    except Exception:  # a GPS IFD pointer to nowhere, or one that is not a directory
        return None, None, True
    if not gps or 2 not in gps or 4 not in gps:
        return None, None, False
    try:
        lat = _dms(gps[2], gps.get(1), "N", "S", 90.0)
        lon = _dms(gps[4], gps.get(3), "E", "W", 180.0)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError, IndexError, AttributeError):
        return None, None, True
    if lat == 0.0 and lon == 0.0:  # a camera without a fix writes zeros
        return None, None, True
    return lat, lon, False


def jpeg_complete(data: bytes) -> bool:
    """Whether a JPEG's segments lead to its scan (SOS) and an end-of-image marker follows the scan (a file cut
    off in transfer has none). In the entropy-coded scan a 0xFF byte is always followed by 0x00 or a restart
    marker, so an EOI after the scan's start is the image's own, not one of an EXIF thumbnail."""
    if data[:2] != b"\xff\xd8":
        return False
    pos, n = 2, len(data)
    while pos + 4 <= n:
        if data[pos] != 0xFF:
            return False
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # no length
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if length < 2:
            return False
        if marker == 0xDA:  # start of scan: the end must come after it
            return data.rfind(b"\xff\xd9") > pos + 2 + length - 1
        pos += 2 + length
    return False


def photo_from_bytes(data: bytes, name: str, max_bytes: int = 10 * 1024 * 1024) -> Photo:
    """Check a photo and read its EXIF location and orientation; ``PhotoError`` when it cannot be used."""
    from PIL import Image, UnidentifiedImageError

    shown = Path(str(name).replace("\x00", "")).name[:200] or "photo"
    if len(data) > max_bytes:
        raise PhotoError(Message("'{name}' is {size} MB; a photo may be at most {limit} MB.", name=shown,
                                 size=f"{len(data) / 1048576:.1f}", limit=max_bytes // 1048576))
    if not data:
        raise PhotoError(Message("'{name}' is empty.", name=shown))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # Pillow's "Corrupt EXIF data": handled below
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(data))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise PhotoError(Message("'{name}' has too many pixels (too large) to be a photo.", name=shown)) from None
        except UnidentifiedImageError:
            raise PhotoError(Message("'{name}' is not a photo (not an image this desk can read).",
                                     name=shown)) from None
        except Exception:
            raise PhotoError(Message("'{name}' cannot be read: the file is damaged.", name=shown)) from None
        with img:
            content_type = PHOTO_TYPES.get(str(img.format))
            if content_type is None:
                raise PhotoError(Message("'{name}' is a {kind} image; a photo must be JPEG, PNG or TIFF.",
                                         name=shown, kind=str(img.format)))
            width, height = img.size
            if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
                raise PhotoError(Message("'{name}' is {w}×{h} pixels: too large to be a photo.", name=shown,
                                         w=width, h=height))
            lat = lon = None
            broken = False
            orientation = 1
            try:
                exif = img.getexif()
                raw_orientation = exif.get(0x0112, 1)
                orientation = raw_orientation if isinstance(raw_orientation, int) and 1 <= raw_orientation <= 8 else 1
                lat, lon, broken = exif_location(exif)
            except Exception:  # hostile EXIF: the photo is still a photo, without a location
                broken = True
            try:
                if img.format in ("JPEG", "MPO"):
                    # its frame and scan headers read (Pillow's open), and its scan must end (not cut off):
                    # decoding 2 MB of photo would cost tens of milliseconds at every intake
                    if not jpeg_complete(data):
                        raise ValueError("the JPEG stream is cut off")
                else:  # PNG (checksums) and TIFF: decoded
                    img.load()
            except (Image.DecompressionBombError, Image.DecompressionBombWarning):
                raise PhotoError(Message("'{name}' is {w}×{h} pixels: too large to be a photo.", name=shown,
                                         w=width, h=height)) from None
            except Exception:
                raise PhotoError(Message("'{name}' cannot be read: the file is damaged.", name=shown)) from None
    warning = None
    if broken:
        warning = Message("The location in '{name}' is damaged; give the place by address or on the map.",
                          name=shown)
    elif lat is None:
        warning = Message("'{name}' does not say where it was taken; give the place by address or on the map.",
                          name=shown)
    return Photo(sha256=hashlib.sha256(data).hexdigest(), data=data, name=shown, content_type=content_type,
                 width=width, height=height, taken_lat=lat, taken_lon=lon, warning=warning,
                 orientation=orientation)


def preview(data: bytes, max_side: int = 640) -> bytes:
    """A PNG of a photo at most ``max_side`` pixels wide and high, turned upright by its EXIF orientation (for
    the screen; the stored file stays as it was taken). ``PhotoError`` when it cannot be drawn."""
    from PIL import Image, ImageOps

    max_side = max(16, min(int(max_side), 4096))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                if img.format in ("JPEG", "MPO"):
                    img.draft("RGB", (max_side, max_side))
                upright = ImageOps.exif_transpose(img) or img
                upright.thumbnail((max_side, max_side))
                out = io.BytesIO()
                upright.convert("RGB").save(out, "PNG")
                return out.getvalue()
    except Exception:
        raise PhotoError(Message("This photo cannot be shown: the file is damaged.")) from None


def read_photo(path: Path, max_bytes: int = 10 * 1024 * 1024) -> Photo:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise PhotoError(Message("'{name}' is {size} MB; a photo may be at most {limit} MB.", name=path.name,
                                     size=f"{size / 1048576:.1f}", limit=max_bytes // 1048576))
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PhotoError:
        raise
    except OSError as e:
        raise PhotoError(Message("'{name}' cannot be read: {reason}", name=path.name,
                                 reason=e.strerror or type(e).__name__)) from None
    return photo_from_bytes(data, path.name, max_bytes)


# ----------------------------------------------------------------------------------------------- addresses
def norm(text: str) -> str:
    """A street or place name as the register's keys hold it (``wire.geo.address_key``)."""
    return geo.address_key(text, "", "", "").split("|")[0]


_POSTCODE = re.compile(r"^[1-9][0-9]{3}$")


@dataclass(frozen=True)
class _Query:
    street: str
    number: str
    box: str
    postcode: str


def parse_address(text: str) -> _Query:
    """'Kerkstraat 12 bus A, 9999 Meerhoven' → street ``kerkstraat``, number ``12``, box ``a``, postcode
    ``9999``. Only ASCII digits count as a house number (other scripts' digits are letters here)."""
    tokens = norm(str(text).replace("\x00", " ")[:300]).split()
    street: list[str] = []
    number = box = postcode = ""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not number and not postcode:
            house = _HOUSE.match(tok) if street else None
            if house and _POSTCODE.match(tok) and after and not _digits(after[:1]) and len(after) > 3:
                postcode = tok  # 'Kerkstraat 9999 Meerhoven': no number, a postcode and a place
            elif house:
                number, box = house.group(1), house.group(2)
                if after in ("bus", "b", "box", "bte") and i + 2 < len(tokens):
                    box, i = tokens[i + 2], i + 2
                elif after and not _POSTCODE.match(after) and (len(after) == 1 or (_digits(after) and len(after) <= 3)):
                    box, i = after, i + 1
            else:
                street.append(tok)
        elif not postcode and _POSTCODE.match(tok):
            postcode = tok
        i += 1
    return _Query(" ".join(street), number, box, postcode)


_HOUSE = re.compile(r"^([0-9]{1,6})([a-z]{0,3})$")


def _digits(tok: str) -> bool:
    return tok.isascii() and tok.isdigit()


def _label(a: AddressPoint) -> str:
    number = a.number + (f" bus {a.box}" if a.box else "")
    return f"{a.street} {number}, {a.postcode} {a.municipality}".replace(" ,", ",").strip(", ")


def _match(a: AddressPoint) -> AddressMatch:
    return AddressMatch(_label(a), a.street, a.number, a.box, a.postcode, a.municipality, a.lat, a.lon)


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


REGISTER_VERSION = "address_register_version"  # sync_state key, a new value at every import
_STREETS: dict[str, tuple[str, list[str]]] = {}  # per store file: (register version, its street keys sorted)


def _street_keys(s: Session) -> list[str]:
    """The register's distinct street keys, sorted: read once per register version (an import changes it)."""
    from desk_app.store.models import SyncState

    bind = s.get_bind()
    where = str(getattr(getattr(bind, "url", None), "database", None) or id(bind))
    row = s.get(SyncState, REGISTER_VERSION)
    version = row.value if row is not None else ""
    cached = _STREETS.get(where)
    if cached is not None and cached[0] == version and version:
        return cached[1]
    keys = sorted(s.scalars(select(AddressPoint.street_key).distinct()))
    _STREETS[where] = (version, keys)
    return keys


def matching_streets(keys: list[str], text: str, limit: int) -> list[str]:
    """Street keys for what was typed: the street itself, then streets that start with it, then streets with a
    later word that does ("pieters" finds "sint pietersplein")."""
    out: list[str] = []
    i = bisect.bisect_left(keys, text)
    while i < len(keys) and keys[i].startswith(text) and len(out) < limit:
        out.append(keys[i])
        i += 1
    if len(out) < limit:
        word = " " + text
        out += [k for k in keys if word in k][: limit - len(out)]
    return out


def suggest(s: Session, text: str, limit: int = 10) -> list[AddressMatch]:
    q = parse_address(text)
    if not q.street:
        return []
    limit = max(1, min(int(limit), 100))
    streets = matching_streets(_street_keys(s), q.street, limit)
    if not streets:
        return []
    cond: list[ColumnElement[bool]] = [AddressPoint.street_key.in_(streets)]
    if q.number:
        cond.append(AddressPoint.number.like(_like_prefix(q.number), escape="\\"))
    if q.box:
        cond.append(or_(func.lower(AddressPoint.box) == q.box, func.lower(AddressPoint.number) == q.number + q.box))
    if q.postcode:
        cond.append(AddressPoint.postcode == q.postcode)
    rank = case({k: i for i, k in enumerate(streets)}, value=AddressPoint.street_key, else_=len(streets))
    rows = s.scalars(
        select(AddressPoint).where(and_(*cond)).order_by(
            rank, AddressPoint.postcode, case((AddressPoint.number == q.number, 0), else_=1),
            func.length(AddressPoint.number), AddressPoint.number, AddressPoint.box,
        ).limit(limit)
    ).all()
    return [_match(a) for a in rows]


def geocode(s: Session, text: str) -> AddressMatch | None:
    """The register's address for ``text`` when it names one (street and number; its box and postcode when
    given), else None."""
    q = parse_address(text)
    if not q.street or not q.number:
        return None
    numbers = [q.number] + ([q.number + q.box] if q.box and q.box.isalpha() else [])
    cond = [AddressPoint.street_key == q.street, func.lower(AddressPoint.number).in_(numbers)]
    if q.postcode:
        cond.append(AddressPoint.postcode == q.postcode)
    rows = s.scalars(select(AddressPoint).where(and_(*cond))
                     .order_by(AddressPoint.postcode, AddressPoint.number, AddressPoint.box).limit(200)).all()
    if q.box:  # '12 bus A' or '12A'
        rows = [a for a in rows if norm(a.box).replace(" ", "") == q.box
                or (a.number.lower() == q.number + q.box and not a.box)]
    return _match(rows[0]) if rows else None


def nearest(s: Session, lat: float, lon: float, max_m: float = 1000.0) -> AddressMatch | None:
    if not _valid_point(lat, lon):
        return None
    for radius in (30.0, 120.0, 400.0, max_m):
        lat0, lat1, lon0, lon1 = wire_reports.bounding_box(lat, lon, radius)
        rows = s.scalars(select(AddressPoint).where(AddressPoint.lat.between(lat0, lat1),
                                                    AddressPoint.lon.between(lon0, lon1)).limit(5000)).all()
        best = min(((wire_reports.haversine_m(lat, lon, a.lat, a.lon), a.id, a) for a in rows), default=None)
        if best is not None and best[0] <= radius:
            return _match(best[2])
    return None


def _valid_point(lat: Any, lon: Any) -> bool:
    return (isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and not isinstance(lat, bool)
            and not isinstance(lon, bool) and math.isfinite(lat) and math.isfinite(lon)
            and -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0)


# ----------------------------------------------------------------------------------------------- duplicates
def nearby(
    s: Session, category: str, lat: float, lon: float, *, now: dt.datetime | None = None,
    radius_m: float = wire_reports.DUPLICATE_RADIUS_M, window: dt.timedelta = wire_reports.DUPLICATE_WINDOW,
) -> list[NearbyReport]:
    if not category or not _valid_point(lat, lon):
        return []
    lat0, lat1, lon0, lon1 = wire_reports.bounding_box(lat, lon, radius_m)
    since = (now or utcnow()) - window
    rows = s.execute(
        select(ReportPoint.id, ReportPoint.category, ReportPoint.description, ReportPoint.lat, ReportPoint.lon,
               ReportPoint.created_at, ReportPoint.status)
        .where(ReportPoint.category == category, ReportPoint.lat.between(lat0, lat1),
               ReportPoint.lon.between(lon0, lon1), ReportPoint.open.is_(True), ReportPoint.created_at >= since)
    ).all()
    # and the reports taken on this laptop that the cache does not hold yet (not synced, or synced since the last
    # pull): a second citizen at the same desk can say "me too" offline; the case store resolves a laptop's
    # intake id to the report it became (``casestore.services.report_intake``)
    local = s.execute(
        select(ReportIntake.id, ReportIntake.reference, ReportIntake.category, ReportIntake.description,
               ReportIntake.lat, ReportIntake.lon, ReportIntake.created_at)
        .where(ReportIntake.category == category, ReportIntake.duplicate_of.is_(None),
               ReportIntake.lat.between(lat0, lat1), ReportIntake.lon.between(lon0, lon1),
               ReportIntake.created_at >= since)
    ).all()
    refused = set(s.scalars(select(OutboxOperation.entity_id).where(
        OutboxOperation.entity == ENTITY, OutboxOperation.entity_id.in_([r[0] for r in local]),
        OutboxOperation.state == "rejected"))) if local else set()
    cached = {r[0] for r in rows}
    candidates: list[tuple[Any, ...]] = [tuple(r) for r in rows] + [
        (ref or iid, cat, desc, plat, plon, created, "gemeld" if ref else "pending")
        for iid, ref, cat, desc, plat, plon, created in local
        if iid not in refused and (ref or iid) not in cached and plat is not None and plon is not None
    ]
    found = []
    for rid, cat, desc, plat, plon, created, status in candidates:
        d = wire_reports.haversine_m(lat, lon, plat, plon)
        if d <= radius_m:
            found.append(NearbyReport(rid, cat, (desc or "")[:120], round(d, 1), created, status, plat, plon))
    found.sort(key=lambda r: (r.distance_m, r.id))
    return found


def open_nearby(s: Session, lat: float, lon: float, *, radius_m: float = 300.0, limit: int = 200,
                now: dt.datetime | None = None) -> list[NearbyReport]:
    """The cached open reports of any category within ``radius_m`` of a point (the intake's map), nearest first."""
    if not _valid_point(lat, lon):
        return []
    radius_m = max(1.0, min(float(radius_m), 5000.0))
    lat0, lat1, lon0, lon1 = wire_reports.bounding_box(lat, lon, radius_m)
    since = (now or utcnow()) - wire_reports.DUPLICATE_WINDOW
    rows = s.execute(
        select(ReportPoint.id, ReportPoint.category, ReportPoint.description, ReportPoint.lat, ReportPoint.lon,
               ReportPoint.created_at, ReportPoint.status)
        .where(ReportPoint.lat.between(lat0, lat1), ReportPoint.lon.between(lon0, lon1),
               ReportPoint.open.is_(True), ReportPoint.created_at >= since)
    ).all()
    found = [NearbyReport(rid, cat, desc, round(d, 1), created, status, plat, plon)
             for rid, cat, desc, plat, plon, created, status in rows
             if (d := wire_reports.haversine_m(lat, lon, plat, plon)) <= radius_m]
    found.sort(key=lambda r: (r.distance_m, r.id))
    return found[:max(1, min(int(limit), 1000))]


# ----------------------------------------------------------------------------------------------- save
def _one_line(value: str | None, what: str, max_length: int = 200) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ReportInputError(Message("The {what} must be text.", what=what), what)
    value = value.strip()
    if not value:
        return None
    try:
        return clean_text(value, max_length=max_length)
    except TextInvalid as e:
        raise ReportInputError(Message("The {what} {problem}.", what=what, problem=Message(str(e))), what) from None


def check_draft(s: Session, draft: ReportDraft, cats: wire_reports.Categories, zones: geo.Zones) -> dict[str, Any]:
    """The draft as the ``report_intake`` record's fields, or ``ReportInputError`` naming the first problem."""
    category = (draft.category or "").strip() if isinstance(draft.category, str) else ""
    if not category:
        raise ReportInputError(Message("Choose what the report is about (a category)."), "category")
    sub = cats.sub(category)
    if sub is None:
        raise ReportInputError(Message("'{category}' is not a report category.", category=category[:64]), "category")
    description = draft.description or ""
    if not isinstance(description, str):
        raise ReportInputError(Message("The description must be text."), "description")
    if len(description) > MAX_DESCRIPTION:
        raise ReportInputError(Message("The description is {n} characters long; at most {max} fit.",
                                       n=len(description), max=MAX_DESCRIPTION), "description")
    try:
        description = clean_text(description.strip(), multiline=True, max_length=MAX_DESCRIPTION)
    except TextInvalid as e:
        raise ReportInputError(Message("The description {problem}.", problem=Message(str(e))), "description") from None
    if draft.channel not in wire_reports.CHANNELS:
        raise ReportInputError(Message("'{channel}' is not a channel reports come in by.",
                                       channel=str(draft.channel)[:20]), "channel")
    address = _one_line(draft.address, "address", 300)
    lat, lon = draft.lat, draft.lon
    if (lat is None) != (lon is None):
        raise ReportInputError(Message("The location needs both a latitude and a longitude."), "location")
    if lat is None and address:
        match = geocode(s, address)
        if match is not None:
            lat, lon = match.lat, match.lon
    if lat is None or lon is None:
        raise ReportInputError(Message("Give the report's location: a photo with its place, an address from the "
                                       "city's register, or a point on the map."), "location")
    if not _valid_point(lat, lon):
        raise ReportInputError(Message("The location is not a valid point (latitude -90..90, longitude -180..180)."),
                               "location")
    lat, lon = float(lat), float(lon)
    outside = not zones.in_city(lat, lon)
    if outside and not draft.outside_city_confirmed:
        raise ReportInputError(Message("This place lies outside the city. Confirm that the report is about it, or "
                                       "choose another place."), "outside_city")
    if address is None:
        near = nearest(s, lat, lon, max_m=100.0)
        address = near.label if near is not None else None
    language = draft.language if draft.language in cats.languages else None
    if language is None:
        raise ReportInputError(Message("'{language}' is not a language the city writes in.",
                                       language=str(draft.language)[:10]), "language")
    first_name = _one_line(draft.first_name, "first name")
    last_name = _one_line(draft.last_name, "last name")
    email = _one_line(draft.email, "e-mail address")
    phone = _one_line(draft.phone, "phone number", 40)
    if email is not None and not _EMAIL.match(email):
        raise ReportInputError(Message("'{email}' is not an e-mail address.", email=email[:60]), "email")
    if phone is not None and not (phone.isascii() and _PHONE.match(phone)):
        raise ReportInputError(Message("'{phone}' is not a phone number.", phone=phone[:40]), "phone")
    contact = draft.contact_channel or None
    if contact is not None and contact not in CONTACT_CHANNELS:
        raise ReportInputError(Message("'{channel}' is not a way to tell the citizen (e-mail, SMS, letter or "
                                       "phone).", channel=str(contact)[:20]), "contact_channel")
    person_id = draft.person_id or None
    person = None
    if person_id is not None:
        if not isinstance(person_id, str) or not _ID.match(person_id):
            raise ReportInputError(Message("That person is not on this laptop."), "person")
        person = s.get(Person, person_id)
        if person is None:
            raise ReportInputError(Message("That person is not on this laptop."), "person")
    if draft.anonymous:
        if person_id or email or phone or first_name or last_name:
            raise ReportInputError(Message("An anonymous report has no name, e-mail or phone number: remove them, "
                                           "or untick 'anonymous'."), "anonymous")
        if draft.consent or contact:
            raise ReportInputError(Message("An anonymous citizen cannot be told of the outcome or asked again: "
                                           "untick 'anonymous', or choose no contact and no consent."), "anonymous")
    if contact == "mail" and not (email or (person is not None and person.email)):
        raise ReportInputError(Message("To be told by e-mail, give an e-mail address."), "email")
    if contact in ("sms", "phone") and not (phone or (person is not None and person.phone)):
        raise ReportInputError(Message("To be told by SMS or phone, give a phone number."), "phone")
    if contact == "letter" and person is None:
        raise ReportInputError(Message("A letter needs the citizen's address: choose the person (or tell them "
                                       "by e-mail, SMS or phone)."), "contact_channel")
    if draft.consent and not (person_id or email or phone):
        raise ReportInputError(Message("To be asked again about this topic, the citizen needs a person record, an "
                                       "e-mail address or a phone number."), "consent")
    if person is not None:  # what the case store tells them through, unless the clerk typed it
        email = email or person.email
        phone = phone or person.phone
        first_name = first_name or (person.given_names.split(" ")[0] if person.given_names else None)
        last_name = last_name or person.surname
    duplicate_of = draft.duplicate_of or None
    if duplicate_of is not None and (not isinstance(duplicate_of, str) or not _ID.match(duplicate_of)):
        raise ReportInputError(Message("'{ref}' is not a report reference.", ref=str(duplicate_of)[:64]),
                               "duplicate_of")
    photos = []
    for p in draft.photos or []:
        if not isinstance(p, Photo):
            raise ReportInputError(Message("A photo was not read (add it again)."), "photos")
        photos.append({"sha256": p.sha256, "name": p.name, "content_type": p.content_type, "width": p.width,
                       "height": p.height, "taken_lat": p.taken_lat, "taken_lon": p.taken_lon})
    if len({p["sha256"] for p in photos}) != len(photos):
        photos = list({p["sha256"]: p for p in photos}.values())
    if len(photos) > 10:
        raise ReportInputError(Message("At most 10 photos per report."), "photos")
    return {"category": sub.code, "description": description, "lat": lat, "lon": lon, "address": address,
            "channel": draft.channel, "person_id": person_id, "first_name": first_name, "last_name": last_name,
            "email": email, "phone": phone, "language": language, "contact_channel": contact,
            "consent": bool(draft.consent), "anonymous": bool(draft.anonymous), "duplicate_of": duplicate_of,
            "outside_city": outside, "photos": photos}


def _saved(r: ReportIntake, op: OutboxOperation | None) -> SavedReport:
    state = op.state if op is not None else "done"
    error = None
    if op is not None and op.state == "rejected" and isinstance(op.result, dict):
        error = str(op.result.get("message") or op.result.get("error") or op.result.get("code") or "")[:500] or None
    # a "me too" joined the report it names, unless that was another intake of this laptop (its id a UUID):
    # then the sync fetches the report it became
    joined = r.duplicate_of if state == "done" and r.duplicate_of and not _UUID.match(r.duplicate_of) else None
    reference = r.reference or joined
    return SavedReport(intake_id=r.id, reference=reference, state=state, category=r.category,
                       created_at=r.created_at, duplicate_of=r.duplicate_of, address=r.address,
                       description=r.description, error=error, photos=len(r.photos or []))


class ReportIntakes:
    """The desk's side of citizen reports, over one ``Loket`` (its store, settings, attachments, user)."""

    def __init__(self, loket: Loket) -> None:
        self.loket = loket

    # -------------------------------------------------------------------------------------- reference data
    def categories(self) -> wire_reports.Categories:
        return wire_reports.default()

    @property
    def max_photo_bytes(self) -> int:
        return int(self.loket.settings.max_photo_mb) * 1024 * 1024

    def read_photo(self, path: Path) -> Photo:
        return read_photo(path, self.max_photo_bytes)

    def photo_from_bytes(self, data: bytes, name: str) -> Photo:
        return photo_from_bytes(data, name, self.max_photo_bytes)

    def suggest_addresses(self, text: str, limit: int = 10) -> list[AddressMatch]:
        with self.loket.store.read() as s:
            return suggest(s, text, limit)

    def geocode(self, text: str) -> AddressMatch | None:
        with self.loket.store.read() as s:
            return geocode(s, text)

    def nearest_address(self, lat: float, lon: float) -> AddressMatch | None:
        with self.loket.store.read() as s:
            return nearest(s, lat, lon)

    def in_city(self, lat: float, lon: float) -> bool:
        return _valid_point(lat, lon) and geo.default().in_city(lat, lon)

    def duplicates(self, category: str, lat: float, lon: float, now: dt.datetime | None = None) -> list[NearbyReport]:
        with self.loket.store.read() as s:
            return nearby(s, category, lat, lon, now=now)

    def open_nearby(self, lat: float, lon: float, radius_m: float = 300.0, limit: int = 200) -> list[NearbyReport]:
        """Open reports of every category around a point (the intake's map), from the same cache."""
        with self.loket.store.read() as s:
            return open_nearby(s, lat, lon, radius_m=radius_m, limit=limit)

    def register_size(self) -> int:
        with self.loket.store.read() as s:
            return int(s.scalar(select(func.count()).select_from(AddressPoint)) or 0)

    # -------------------------------------------------------------------------------------- save
    def save(self, draft: ReportDraft) -> SavedReport:
        """Write the report and its photos with their outbox operation in one transaction (``ReportInputError``:
        nothing written)."""
        cats, zones = self.categories(), geo.default()
        with self.loket.store.write() as s:
            outbox.require(s, ENTITY, "create")
            fields = check_draft(s, draft, cats, zones)
            for p in draft.photos:
                self.loket.attachments.put(s, p.data, p.name, p.content_type)
            rec = ReportIntake(id=str(uuid.uuid4()), created_by=self.loket.actor, created_at=utcnow(), **fields)
            s.add(rec)
            row = outbox.create_row(ENTITY, rec, self.loket.actor, s)
            row["payload"].pop("reference", None)
            op = OutboxOperation(**row)
            s.add(op)
            s.flush()
            saved = _saved(rec, op)
        saved.changes = ChangeSet(reports={rec.id}, outbox=1)
        return saved

    def mine(self, limit: int = 50) -> list[SavedReport]:
        """The reports taken on this laptop, newest first, with the case store's reference once known."""
        limit = max(1, min(int(limit), 1000))
        with self.loket.store.read() as s:
            rows = s.scalars(select(ReportIntake).order_by(ReportIntake.created_at.desc()).limit(limit)).all()
            ops = {o.entity_id: o for o in s.scalars(select(OutboxOperation).where(
                OutboxOperation.entity == ENTITY, OutboxOperation.entity_id.in_([r.id for r in rows])))}
            return [_saved(r, ops.get(r.id)) for r in rows]

    def photo(self, sha256: str) -> bytes:
        """A stored photo's bytes (as taken: turn it by ``Photo.orientation`` to show it)."""
        return self.loket.attachments.get(sha256)

    def preview(self, data_or_sha256: bytes | str, max_side: int = 640) -> bytes:
        """A PNG preview of a photo (its bytes, or a stored one by its SHA-256), upright by its EXIF orientation."""
        data = self.photo(data_or_sha256) if isinstance(data_or_sha256, str) else data_or_sha256
        return preview(data, max_side)

    # -------------------------------------------------------------------------------------- the map
    def street_lines(self) -> list[tuple[str, list[tuple[float, float]]]]:
        """Street centre lines (name, [(lat, lon), ...]) for the offline map: the city's street file
        (``<config>/streets.geojson``, else the demo city's in demo mode), else drawn from the register (each
        street's addresses on one side, in number order)."""
        candidates = [self.loket.paths.config / "streets.geojson"]
        if self.loket.demo:
            candidates.append(STREETS_FILE)
        for path in candidates:
            if path.is_file():
                try:
                    return read_street_lines(path)
                except (OSError, ValueError):
                    continue
        with self.loket.store.read() as s:
            return register_street_lines(s)


def read_street_lines(path: Path) -> list[tuple[str, list[tuple[float, float]]]]:
    """(name, [(lat, lon), ...]) of every LineString / MultiLineString of a GeoJSON file (lon, lat order)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    lines: list[tuple[str, list[tuple[float, float]]]] = []
    for feat in doc.get("features", []) if isinstance(doc, dict) else []:
        if not isinstance(feat, dict):
            continue
        geom = feat.get("geometry") or {}
        props = feat.get("properties") or {}
        name = str(props.get("name", ""))[:200]
        kind, coords = geom.get("type"), geom.get("coordinates")
        parts = [coords] if kind == "LineString" else coords if kind == "MultiLineString" else []
        for part in parts if isinstance(parts, list) else []:
            if not isinstance(part, list):
                continue
            pts = [(float(c[1]), float(c[0])) for c in part if isinstance(c, list) and len(c) >= 2]
            if len(pts) >= 2:
                lines.append((name, pts))
    return lines


def register_street_lines(s: Session) -> list[tuple[str, list[tuple[float, float]]]]:
    rows = s.execute(select(AddressPoint.street, AddressPoint.postcode, AddressPoint.number, AddressPoint.lat,
                            AddressPoint.lon).where(AddressPoint.box == "")).all()
    streets: dict[tuple[str, str], dict[int, list[tuple[int, float, float]]]] = {}
    for street, postcode, number, lat, lon in rows:
        m = re.match(r"^[0-9]+", number or "")
        if not m:
            continue
        n = int(m.group())
        streets.setdefault((street, postcode), {}).setdefault(n % 2, []).append((n, lat, lon))
    lines = []
    for (street, _pc), sides in sorted(streets.items()):
        side = max(sides.values(), key=len)
        side.sort()
        pts = [(lat, lon) for _, lat, lon in side]
        if len(pts) >= 2:
            lines.append((street, pts))
    return lines


__all__ = [
    "AddressMatch",
    "NearbyReport",
    "Photo",
    "PhotoError",
    "ReportDraft",
    "ReportInputError",
    "ReportIntakes",
    "SavedReport",
    "exif_location",
    "photo_from_bytes",
    "read_photo",
]
