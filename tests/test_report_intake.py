"""Citizen reports at the desk, offline (desk_app/services/reports.py): photos and their EXIF location, the
address register, the city's edge, duplicates from the cached open reports, and saving to the outbox in one
transaction — or a clear refusal with nothing written."""

from __future__ import annotations

import datetime as dt
import io
import math
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational
from sqlalchemy import func, select

from desk_app.services import address_register
from desk_app.services.outbox import ActionNotAllowed
from desk_app.services.reports import (
    Photo,
    PhotoError,
    ReportDraft,
    ReportInputError,
    ReportIntakes,
    exif_location,
    parse_address,
)
from desk_app.store.models import Attachment, OutboxOperation, ReportIntake, ReportPoint
from wire.reports import EARTH_RADIUS_M

CENTRUM = (51.0250, 3.8560)  # Meerhoven, Centrum
GENT = (51.0548, 3.7226)  # outside Meerhoven


@pytest.fixture
def reports(empty_loket: Any) -> ReportIntakes:
    address_register.import_demo_if_empty(empty_loket.store)
    return ReportIntakes(empty_loket)


def dms(v: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    v = abs(v)
    d = int(v)
    m = int((v - d) * 60)
    s = round(((v - d) * 60 - m) * 60 * 10000)
    return IFDRational(d, 1), IFDRational(m, 1), IFDRational(s, 10000)


def jpeg(gps: dict[int, Any] | None = None, orientation: int | None = None, size: tuple[int, int] = (64, 48),
         noise: bool = False) -> bytes:
    exif = Image.Exif()
    if gps is not None:
        exif[0x8825] = gps
    if orientation is not None:
        exif[0x0112] = orientation
    img = Image.effect_noise(size, 60).convert("RGB") if noise else Image.new("RGB", size, (200, 40, 40))
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif, quality=95)
    return buf.getvalue()


def gps_at(lat: float, lon: float) -> dict[int, Any]:
    return {1: "N" if lat >= 0 else "S", 2: dms(lat), 3: "E" if lon >= 0 else "W", 4: dms(lon)}


def moved(at: tuple[float, float], north_m: float = 0.0, east_m: float = 0.0) -> tuple[float, float]:
    return (at[0] + math.degrees(north_m / EARTH_RADIUS_M),
            at[1] + math.degrees(east_m / (EARTH_RADIUS_M * math.cos(math.radians(at[0])))))


def counts(loket: Any) -> tuple[int, int, int]:
    with loket.store.read() as s:
        return (int(s.scalar(select(func.count()).select_from(OutboxOperation)) or 0),
                int(s.scalar(select(func.count()).select_from(ReportIntake)) or 0),
                int(s.scalar(select(func.count()).select_from(Attachment)) or 0))


# ------------------------------------------------------------------------------------------------ photos
def test_the_place_a_photo_was_taken_from_its_exif_gps(reports: ReportIntakes) -> None:
    ph = reports.photo_from_bytes(jpeg(gps_at(*CENTRUM), orientation=6), "IMG_2041.JPG")
    assert ph.content_type == "image/jpeg" and (ph.width, ph.height) == (64, 48)
    assert ph.taken_lat == pytest.approx(CENTRUM[0], abs=1e-6) and ph.taken_lon == pytest.approx(CENTRUM[1], abs=1e-6)
    assert ph.warning is None and ph.orientation == 6
    south_west = reports.photo_from_bytes(jpeg(gps_at(-33.8568, -151.2153)), "sydney.jpg")
    assert (round(south_west.taken_lat or 0, 4), round(south_west.taken_lon or 0, 4)) == (-33.8568, -151.2153)


def test_the_preview_is_upright_by_the_exif_orientation(reports: ReportIntakes) -> None:
    data = jpeg(gps_at(*CENTRUM), orientation=6, size=(64, 48))  # 6: turn 90° clockwise to show
    with Image.open(io.BytesIO(reports.preview(data, max_side=32))) as img:
        assert img.format == "PNG" and img.size == (24, 32)  # upright: taller than wide
    with pytest.raises(PhotoError):
        reports.preview(b"not an image")


def test_a_photo_without_exif_is_taken_with_a_warning(reports: ReportIntakes) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buf, "PNG")
    ph = reports.photo_from_bytes(buf.getvalue(), "scan.png")
    assert ph.content_type == "image/png" and ph.taken_lat is None and ph.taken_lon is None
    assert ph.warning is not None and "does not say where" in ph.warning


@pytest.mark.parametrize(
    "gps",
    [
        {1: "N", 2: (IFDRational(51, 0), IFDRational(0, 1), IFDRational(0, 1)), 3: "E", 4: dms(3.8)},  # 0 denominator
        {1: "X", 2: dms(51.0), 3: "E", 4: dms(3.8)},  # no such reference
        {1: "N", 2: (IFDRational(200, 1), IFDRational(0, 1), IFDRational(0, 1)), 3: "E", 4: dms(3.8)},  # > 90°
        {1: "N", 2: (IFDRational(51, 1), IFDRational(75, 1), IFDRational(0, 1)), 3: "E", 4: dms(3.8)},  # 75 minutes
        {1: "N", 2: (IFDRational(51, 1),), 3: "E"},  # no longitude
        {1: "N", 2: dms(0.0), 3: "E", 4: dms(0.0)},  # no fix: zeros
        {1: b"N\x00", 2: (IFDRational(1, 1),) * 7, 3: "E", 4: dms(3.8)},  # seven parts
    ],
)
def test_hostile_exif_never_crashes_and_gives_no_location(reports: ReportIntakes, gps: dict[int, Any]) -> None:
    ph = reports.photo_from_bytes(jpeg(gps), "odd.jpg")
    assert ph.taken_lat is None and ph.taken_lon is None
    assert ph.warning is not None and ("damaged" in ph.warning or "does not say" in ph.warning)


def test_a_gps_pointer_to_nowhere(reports: ReportIntakes) -> None:
    # a TIFF header and one directory entry: the GPS directory's offset, far beyond the file
    raw = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08" + struct.pack(">HHHII", 1, 0x8825, 4, 1, 0x7FFFFFF0) + b"\x00" * 4
    buf = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buf, "JPEG", exif=raw)
    ph = reports.photo_from_bytes(buf.getvalue(), "odd.jpg")
    assert ph.taken_lat is None and ph.warning is not None


def test_exif_location_reads_old_style_tuples() -> None:
    class Exif(dict[int, Any]):
        def get_ifd(self, tag: int) -> dict[int, Any]:
            return dict(self.get(tag, {}))

    assert exif_location(Exif({0x8825: {1: "S", 2: ((10, 1), (30, 1), (0, 1)), 3: "W", 4: ((5, 1), (0, 1), (0, 1))}})) \
        == (-10.5, -5.0, False)
    assert exif_location(Exif({0x8825: {1: "N", 2: ((10, 0), (0, 1), (0, 1)), 3: "E", 4: 5}})) == (None, None, True)
    assert exif_location(Exif()) == (None, None, False)


def _png_claiming(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" * 10)) + chunk(b"IEND", b""))


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"%PDF-1.7\n...", "not a photo"),
        (b"", "empty"),
        (b"Kerkstraat 1\x00", "not a photo"),
        (jpeg(gps_at(*CENTRUM), size=(800, 600), noise=True)[:3000], "damaged"),  # cut off
        (_png_claiming(100_000, 100_000), "too large"),  # a decompression bomb
    ],
)
def test_what_is_not_a_usable_photo_is_refused_clearly(reports: ReportIntakes, data: bytes, words: str) -> None:
    with pytest.raises(PhotoError) as e:
        reports.photo_from_bytes(data, "../../etc/passwd\x00.jpg")
    assert words in str(e.value)
    assert "/" not in str(e.value).split("'")[1]  # the name without its path


def test_other_image_kinds_and_the_size_limit(reports: ReportIntakes, tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buf, "GIF")
    with pytest.raises(PhotoError, match="GIF image; a photo must be JPEG, PNG or TIFF"):
        reports.photo_from_bytes(buf.getvalue(), "anim.gif")
    reports.loket.settings.max_photo_mb = 1
    big = jpeg(gps_at(*CENTRUM), size=(1400, 1000), noise=True)
    assert len(big) > 1024 * 1024
    with pytest.raises(PhotoError, match="a photo may be at most 1 MB"):
        reports.photo_from_bytes(big, "big.jpg")
    path = tmp_path / "big.jpg"
    path.write_bytes(big)
    with pytest.raises(PhotoError, match="at most 1 MB"):
        reports.read_photo(path)
    with pytest.raises(PhotoError, match="cannot be read"):
        reports.read_photo(tmp_path / "missing.jpg")
    reports.loket.settings.max_photo_mb = 10
    assert reports.read_photo(path).taken_lat == pytest.approx(CENTRUM[0], abs=1e-6)


# ------------------------------------------------------------------------------------------------ addresses
def test_address_suggestions_geocoding_and_the_nearest_address(reports: ReportIntakes) -> None:
    labels = [m.label for m in reports.suggest_addresses("kerkstr 1", limit=5)]
    assert labels[0] == "Kerkstraat 1, 9999 Meerhoven" and len(labels) == 5
    assert all(x.startswith("Kerkstraat 1") for x in labels)
    assert [m.label for m in reports.suggest_addresses("sint-pietersplein 40 bus 2")] == \
        ["Sint-Pietersplein 40 bus 2, 9999 Meerhoven"]
    hit = reports.geocode("KERKSTRAAT 12, 9999 Meerhoven")
    assert hit is not None and (hit.street, hit.number, hit.postcode) == ("Kerkstraat", "12", "9999")
    assert reports.in_city(hit.lat, hit.lon)
    assert reports.geocode("Kerkstraat 999") is None
    assert reports.geocode("Kerkstraat") is None  # a street is not an address
    assert reports.geocode("Kerkstraat ١٢") is None  # other scripts' digits are no house number
    assert reports.suggest_addresses("%") == [] and reports.suggest_addresses("_") == []
    assert reports.suggest_addresses("") == [] and reports.suggest_addresses("\x00") == []
    near = reports.nearest_address(*moved((hit.lat, hit.lon), north_m=3))
    assert near is not None and near.label == hit.label
    assert reports.nearest_address(*GENT) is None  # nothing within a kilometre
    assert reports.nearest_address(math.nan, 3.8) is None


def test_parse_address() -> None:
    q = parse_address("Sint-Pietersplein 3A, 9999 Meerhoven")
    assert (q.street, q.number, q.box, q.postcode) == ("sint pietersplein", "3", "a", "9999")
    q = parse_address("Kerkstraat 12 bus 4")
    assert (q.street, q.number, q.box) == ("kerkstraat", "12", "4")


def test_the_city_edge() -> None:
    from desk_app.services.reports import _valid_point

    assert _valid_point(*CENTRUM) and not _valid_point(91.0, 3.0) and not _valid_point(True, 3.0)


# ------------------------------------------------------------------------------------------------ duplicates
def test_duplicates_same_category_within_50_m_in_the_last_12_weeks(reports: ReportIntakes) -> None:
    now = dt.datetime.now(dt.UTC)
    rows = [
        ("M1", "sluikstort", moved(CENTRUM, north_m=30), now - dt.timedelta(days=3), True),  # yes
        ("M2", "sluikstort", moved(CENTRUM, east_m=49), now - dt.timedelta(weeks=11), True),  # yes
        ("M3", "sluikstort", moved(CENTRUM, north_m=55), now, True),  # too far
        ("M4", "zwerfvuil", moved(CENTRUM, north_m=5), now, True),  # another category
        ("M5", "sluikstort", moved(CENTRUM, north_m=5), now - dt.timedelta(weeks=13), True),  # too old
        ("M6", "sluikstort", moved(CENTRUM, north_m=5), now, False),  # closed
    ]
    with reports.loket.store.write() as s:
        for rid, cat, (lat, lon), at, is_open in rows:
            s.add(ReportPoint(id=rid, category=cat, lat=lat, lon=lon, created_at=at, open=is_open, status="gemeld",
                              description=f"report {rid}"))
    found = reports.duplicates("sluikstort", *CENTRUM)
    assert [(d.id, round(d.distance_m)) for d in found] == [("M1", 30), ("M2", 49)]
    assert reports.duplicates("", *CENTRUM) == [] and reports.duplicates("sluikstort", math.inf, 0.0) == []


# ------------------------------------------------------------------------------------------------ save
def test_a_report_taken_here_and_not_yet_synced_is_a_duplicate_too(reports: ReportIntakes) -> None:
    first = reports.save(ReportDraft(category="sluikstort", description="Matras", lat=CENTRUM[0], lon=CENTRUM[1]))
    (dup,) = reports.duplicates("sluikstort", *moved(CENTRUM, north_m=10))
    assert (dup.id, dup.status, round(dup.distance_m)) == (first.intake_id, "pending", 10)
    assert reports.duplicates("graffiti", *CENTRUM) == []
    again = reports.save(ReportDraft(category="sluikstort", lat=CENTRUM[0], lon=CENTRUM[1], duplicate_of=dup.id))
    assert [d.id for d in reports.duplicates("sluikstort", *CENTRUM)] == [first.intake_id]  # a me-too: not listed
    assert {m.intake_id: m.reference for m in reports.mine()} == {first.intake_id: None, again.intake_id: None}


def test_save_writes_the_report_its_photo_and_one_outbox_operation(reports: ReportIntakes) -> None:
    ph = reports.photo_from_bytes(jpeg(gps_at(*CENTRUM)), "IMG_1.jpg")
    saved = reports.save(ReportDraft(category="sluikstort", description="Zakken\r\nen een matras\t(groot)",
                                     lat=ph.taken_lat, lon=ph.taken_lon, photos=[ph, ph], email="an@example.org",
                                     contact_channel="mail", consent=True, channel="phone"))
    assert saved.state == "pending" and saved.changes.outbox == 1 and saved.changes.reports == {saved.intake_id}
    assert counts(reports.loket) == (1, 1, 1)
    with reports.loket.store.read() as s:
        op = s.scalars(select(OutboxOperation)).one()
    assert (op.entity, op.entity_id, op.action) == ("report_intake", saved.intake_id, "create")
    assert "reference" not in op.payload
    assert op.payload["description"] == "Zakken\nen een matras\t(groot)"
    assert [p["sha256"] for p in op.payload["photos"]] == [ph.sha256]  # the same photo once
    assert op.payload["address"] is not None and "9999 Meerhoven" in op.payload["address"]  # the nearest address
    assert reports.photo(ph.sha256) == ph.data  # stored as given (encrypted on disk)
    assert [m.intake_id for m in reports.mine()] == [saved.intake_id]


def test_an_address_alone_is_geocoded_from_the_register(reports: ReportIntakes) -> None:
    reports.save(ReportDraft(category="wegdek", address="Molenstraat 7, 9999 Meerhoven"))
    with reports.loket.store.read() as s:
        rec = s.scalars(select(ReportIntake)).one()
    hit = reports.geocode("Molenstraat 7")
    assert hit is not None and (rec.lat, rec.lon) == (hit.lat, hit.lon)


def test_outside_the_city_only_when_confirmed(reports: ReportIntakes) -> None:
    with pytest.raises(ReportInputError) as e:
        reports.save(ReportDraft(category="wegdek", lat=GENT[0], lon=GENT[1]))
    assert e.value.field == "outside_city" and "outside the city" in str(e.value)
    assert not reports.in_city(*GENT) and reports.in_city(*CENTRUM)
    reports.save(ReportDraft(category="wegdek", lat=GENT[0], lon=GENT[1], outside_city_confirmed=True))
    with reports.loket.store.read() as s:
        assert s.scalars(select(ReportIntake)).one().outside_city is True


def test_a_known_person_is_told_through_their_own_details(reports: ReportIntakes) -> None:
    pid, _ = reports.loket.create_person(surname="Peeters", given_names="Lies Maria", email="lies@example.org")
    reports.save(ReportDraft(category="graffiti", lat=CENTRUM[0], lon=CENTRUM[1], person_id=pid,
                             contact_channel="mail"))
    with reports.loket.store.read() as s:
        rec = s.scalars(select(ReportIntake)).one()
    assert (rec.person_id, rec.email, rec.first_name, rec.last_name) == (pid, "lies@example.org", "Lies", "Peeters")


@pytest.mark.parametrize(
    ("draft", "field", "words"),
    [
        ({"category": ""}, "category", "Choose what the report is about"),
        ({"category": "bestaat_niet"}, "category", "not a report category"),
        ({"lat": None, "lon": None}, "location", "Give the report's location"),
        ({"lat": None, "lon": None, "address": "Nergensstraat 1"}, "location", "Give the report's location"),
        ({"lat": 51.0, "lon": None}, "location", "both a latitude and a longitude"),
        ({"lat": 95.0}, "location", "not a valid point"),
        ({"lat": math.nan}, "location", "not a valid point"),
        ({"anonymous": True, "consent": True}, "anonymous", "cannot be told"),
        ({"anonymous": True, "email": "a@example.org"}, "anonymous", "has no name, e-mail or phone"),
        ({"contact_channel": "mail"}, "email", "give an e-mail address"),
        ({"contact_channel": "sms"}, "phone", "give a phone number"),
        ({"contact_channel": "letter", "email": "a@example.org"}, "contact_channel", "A letter needs"),
        ({"contact_channel": "pigeon"}, "contact_channel", "not a way to tell"),
        ({"consent": True}, "consent", "To be asked again"),
        ({"description": "x" * 5001}, "description", "5001 characters long; at most 5000"),
        ({"description": "glas\x00scherven"}, "description", "control character"),
        ({"first_name": "An\nNa"}, "first name", "single line"),
        ({"email": "not-an-address"}, "email", "not an e-mail address"),
        ({"phone": "call me"}, "phone", "not a phone number"),
        ({"phone": "٠٤٧٠١٢٣٤٥٦"}, "phone", "not a phone number"),
        ({"channel": "fax"}, "channel", "not a channel"),
        ({"language": "xx"}, "language", "not a language"),
        ({"person_id": "../other"}, "person", "not on this laptop"),
        ({"person_id": "0f0f0f0f-0000-4000-8000-000000000000"}, "person", "not on this laptop"),
        ({"duplicate_of": "M1; DROP"}, "duplicate_of", "not a report reference"),
    ],
)
def test_refusals_are_clear_and_write_nothing(
    reports: ReportIntakes, draft: dict[str, Any], field: str, words: str
) -> None:
    ph = reports.photo_from_bytes(jpeg(gps_at(*CENTRUM)), "IMG_1.jpg")
    base: dict[str, Any] = {"category": "sluikstort", "lat": CENTRUM[0], "lon": CENTRUM[1], "photos": [ph]}
    with pytest.raises(ReportInputError) as e:
        reports.save(ReportDraft(**{**base, **draft}))
    assert e.value.field == field
    assert words in str(e.value)
    assert counts(reports.loket) == (0, 0, 0)


def test_a_role_that_takes_no_reports_is_refused_before_anything_is_written(reports: ReportIntakes) -> None:
    reports.loket.settings.role = "administrator"
    with pytest.raises(ActionNotAllowed):
        reports.save(ReportDraft(category="sluikstort", lat=CENTRUM[0], lon=CENTRUM[1]))
    assert counts(reports.loket) == (0, 0, 0)


def test_a_photo_object_must_come_from_read_photo(reports: ReportIntakes) -> None:
    fake = Photo(sha256="0" * 64, data=b"x", name="x.jpg", content_type="image/jpeg", width=1, height=1)
    with pytest.raises(ReportInputError):
        reports.save(ReportDraft(category="sluikstort", lat=CENTRUM[0], lon=CENTRUM[1],
                                 photos=[fake, "x"]))  # type: ignore[list-item]
    assert counts(reports.loket) == (0, 0, 0)


def test_street_lines_from_the_register_without_a_street_file(reports: ReportIntakes) -> None:
    lines = dict(reports.street_lines())
    assert "Kerkstraat" in lines and len(lines["Kerkstraat"]) > 100
