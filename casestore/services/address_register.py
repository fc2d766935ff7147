"""The city's address register on the case store (``cs_address_point``) and the persons' places
(``cs_person_place``) geocoded against it, for "residents of a zone" (issue 15).

Import (``python -m casestore.cli addresses import FILE``): a CSV with WGS84 coordinates (street, number, box,
postcode, municipality, lat, lon) or the Flemish Adressenregister export with Lambert 72 x/y (converted by
``wire.lambert`` when present). The header names the columns (Dutch or English names, any case; ``,``, ``;``
or tab between fields). The whole file is checked while it is loaded, in one transaction: the first bad line
is named (``line 12: …``) and nothing is replaced; a good file replaces the whole register, and every
person's place is rebuilt against it in the same transaction.

Places: a person's current address (the "address" record last pushed for them, by ``valid_from``; an address
whose ``valid_until`` has passed is not where they live) is split into street, number and box
(``split_street_and_number``), looked up by ``wire.geo.address_key`` (one indexed look-up, a few candidate
keys), and the person's place is written with its zone (``wire.geo``). An address the register does not know
removes the person's place (they no longer live at a known point in the city): counted, not an error.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from casestore.models import Record, utcnow
from casestore.models_reports import AddressPoint, PersonPlace
from wire import geo

MAX_LINE_CHARS = 2_000
MAX_ROWS = 5_000_000  # all of Flanders is about 3.5 million addresses
BATCH = 5_000

COLUMNS: dict[str, tuple[str, ...]] = {
    "street": ("street", "streetname", "straat", "straatnaam", "straatnm", "rue", "strasse"),
    "number": ("number", "housenumber", "huisnummer", "huisnr", "nummer", "nr", "numero"),
    "box": ("box", "boxnumber", "bus", "busnummer", "busnr", "boite"),
    "postcode": ("postcode", "postalcode", "zip", "zipcode", "postinfo", "codepostal"),
    "municipality": ("municipality", "city", "gemeente", "gemeentenaam", "commune", "gemeentenm"),
    "lat": ("lat", "latitude", "breedte"),
    "lon": ("lon", "lng", "long", "longitude", "lengte"),
    "x": ("x", "xlambert", "lambertx", "xlambert72", "xcoord", "xcoordinaat"),
    "y": ("y", "ylambert", "lamberty", "ylambert72", "ycoord", "ycoordinaat"),
}
_LIMITS = {"street": 200, "number": 20, "box": 20, "postcode": 10, "municipality": 100}
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$", re.ASCII)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


class AddressImportError(ValueError):
    """The file cannot be imported; the message names the line."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    addresses: int
    places: PlacesResult
    lambert: bool


@dataclass(frozen=True, slots=True)
class PlacesResult:
    placed: int  # persons whose address the register knows
    unknown: int  # persons with an address the register does not know (no place)


def _header_name(h: str) -> str:
    h = unicodedata.normalize("NFKD", h.strip().casefold())
    return "".join(ch for ch in h if ch.isascii() and ch.isalnum())


def _columns(header: Sequence[str]) -> dict[str, int]:
    names = [_header_name(h) for h in header]
    out: dict[str, int] = {}
    for field, aliases in COLUMNS.items():
        for i, n in enumerate(names):
            if n in aliases:
                out[field] = i
                break
    missing = [f for f in ("street", "number", "postcode", "municipality") if f not in out]
    if missing:
        raise AddressImportError(f"line 1: the header lacks the column(s) {', '.join(missing)} "
                                 f"(found: {', '.join(h.strip() for h in header) or 'nothing'})")
    if not ({"lat", "lon"} <= out.keys() or {"x", "y"} <= out.keys()):
        raise AddressImportError("line 1: the header needs lat and lon (WGS84) or x and y (Lambert 72) columns")
    return out


def _lambert() -> Any:
    try:
        from wire import lambert  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    return getattr(lambert, "lambert72_to_wgs84", None) or getattr(lambert, "to_wgs84", None)


def _number(v: str, what: str, line: int, decimal_comma: bool) -> float:
    v = v.strip()
    if not _NUMBER.match(v) or ("," in v and not decimal_comma):
        raise AddressImportError(f"line {line}: {what} {v[:40]!r} is not a number")
    f = float(v.replace(",", "."))
    if not math.isfinite(f):
        raise AddressImportError(f"line {line}: {what} {v[:40]!r} is not a number")
    return f


def _lines(stream: IO[bytes]) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    pending = ""
    offset = 0
    while True:
        chunk = stream.read(1 << 16)
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as e:
            line = pending.count("\n") + 1
            raise AddressImportError(f"the file is not UTF-8 text (byte {offset + e.start + 1}, near line "
                                     f"{line}+): save it as UTF-8 CSV") from None
        offset += len(chunk)
        pending += text
        parts = pending.split("\n")
        pending = parts.pop()
        yield from (p + "\n" for p in parts)
        if not chunk:
            if pending:
                yield pending
            return


def parse_rows(stream: IO[bytes], info: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """The file's addresses, one dict per line, checked; raises ``AddressImportError`` naming the line.
    ``info["lambert"]`` tells whether the file had Lambert 72 coordinates."""
    lines = _lines(stream)
    first = next(lines, "")
    if not first.strip():
        raise AddressImportError("line 1: the file is empty (a header line is needed)")
    delim = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(_checked(_chain(first, lines)), delimiter=delim, strict=True)
    try:
        header = next(reader)
        cols = _columns(header)
        to_wgs84 = None
        lambert = not {"lat", "lon"} <= cols.keys()
        if info is not None:
            info["lambert"] = lambert
        if lambert:
            to_wgs84 = _lambert()
            if to_wgs84 is None:
                raise AddressImportError("line 1: this file has Lambert 72 x/y coordinates, which this case store "
                                         "cannot convert yet (wire/lambert.py is missing); give a CSV with lat "
                                         "and lon")
        width = max(cols.values()) + 1
        streets: dict[str, str] = {}
        for row in reader:
            line = reader.line_num
            if not any(c.strip() for c in row):
                continue
            if len(row) < width:
                raise AddressImportError(f"line {line}: {len(row)} fields, the header has {len(header)}")
            rec: dict[str, Any] = {}
            for f, limit in _LIMITS.items():
                v = row[cols[f]].strip() if f in cols else ""
                if _CONTROL.search(v):
                    raise AddressImportError(f"line {line}: {f} contains a control character")
                if len(v) > limit:
                    raise AddressImportError(f"line {line}: {f} is longer than {limit} characters")
                if not v and f != "box":
                    raise AddressImportError(f"line {line}: {f} is empty")
                rec[f] = v
            if lambert:
                x = _number(row[cols["x"]], "x", line, delim != ",")
                y = _number(row[cols["y"]], "y", line, delim != ",")
                if not (0 <= x <= 300_000 and 0 <= y <= 300_000):
                    raise AddressImportError(f"line {line}: x {x}, y {y} are not Belgian Lambert 72 metres")
                assert to_wgs84 is not None
                lat, lon = to_wgs84(x, y)
            else:
                lat = _number(row[cols["lat"]], "lat", line, delim != ",")
                lon = _number(row[cols["lon"]], "lon", line, delim != ",")
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    raise AddressImportError(f"line {line}: lat {lat}, lon {lon} is not a WGS84 point")
            rec["lat"], rec["lon"] = float(lat), float(lon)
            street_key = streets.get(rec["street"])
            if street_key is None:  # a street's many numbers share its normalised name
                street_key = streets[rec["street"]] = geo.address_key(rec["street"], "", "", "").split("|")[0]
            rec["key"] = street_key + _key_rest(rec["number"], rec["box"], rec["postcode"])
            yield rec
    except csv.Error as e:
        raise AddressImportError(f"line {reader.line_num}: {e}") from None


def _key_rest(number: str, box: str, postcode: str) -> str:
    """``wire.geo.address_key``'s part after the street; plain ASCII letters and digits (nearly every
    number, box and postcode) need only lower case, anything else goes through ``address_key`` itself."""
    if all((v.isascii() and v.isalnum()) or not v for v in (number, box, postcode)):
        return f"|{number.lower()}|{box.lower()}|{postcode.lower()}"
    return geo.address_key("", number, box, postcode)


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _checked(lines: Iterable[str]) -> Iterator[str]:
    for n, text in enumerate(lines, start=1):
        if len(text) > MAX_LINE_CHARS:
            raise AddressImportError(f"line {n}: longer than {MAX_LINE_CHARS} characters")
        if "\x00" in text:
            raise AddressImportError(f"line {n}: contains a NUL character")
        if n > MAX_ROWS + 1:
            raise AddressImportError(f"line {n}: more than {MAX_ROWS} addresses")
        yield text


def import_register(s: Session, stream: IO[bytes]) -> ImportResult:
    """Replace the register with the file's addresses and rebuild every place, in the caller's transaction
    (an error leaves it to be rolled back: nothing replaced)."""
    info: dict[str, Any] = {}
    n = replace_register(s, parse_rows(stream, info))
    return ImportResult(n, rebuild_places(s), bool(info.get("lambert")))


def replace_register(s: Session, rows: Iterable[dict[str, Any]]) -> int:
    """Replace the register's addresses with ``rows`` (as ``parse_rows`` gives them); their number."""
    s.execute(delete(AddressPoint))
    conn, table = s.connection(), AddressPoint.__table__
    assert isinstance(table, Table)
    n = 0
    batch: list[dict[str, Any]] = []
    for rec in rows:
        batch.append(rec)
        if len(batch) >= BATCH:
            conn.execute(table.insert(), batch)
            n += len(batch)
            batch = []
    if batch:
        conn.execute(table.insert(), batch)
        n += len(batch)
    if n == 0:
        raise AddressImportError("the file has no addresses (only its header): nothing replaced")
    return n


def import_file(s: Session, path: Path) -> ImportResult:
    try:
        with path.open("rb") as f:
            return import_register(s, f)
    except OSError as e:
        raise AddressImportError(f"{path}: {e.strerror or e}") from None


_DEMO_CACHE: dict[tuple[str, int, int], list[dict[str, Any]]] = {}


def import_demo(s: Session, path: Path) -> ImportResult:
    """``import_file`` for the demo city's register, read once per process (every demo or test case store
    seeds it: parsing is most of the cost)."""
    st = path.stat()
    key = (str(path), st.st_mtime_ns, st.st_size)
    rows = _DEMO_CACHE.get(key)
    if rows is None:
        with path.open("rb") as f:
            rows = list(parse_rows(f))
        _DEMO_CACHE.clear()
        _DEMO_CACHE[key] = rows
    n = replace_register(s, rows)
    # Places only from persons' address records: a database without any (a benchmark's bulk places) keeps its own.
    has_addresses = s.scalar(select(Record.id).where(Record.entity == "address").limit(1)) is not None
    return ImportResult(n, rebuild_places(s) if has_addresses else PlacesResult(0, 0), False)


def import_text(s: Session, text: str) -> ImportResult:
    return import_register(s, io.BytesIO(text.encode("utf-8")))


# ------------------------------------------------------------------------------------ persons' places

_STREET_NUMBER = re.compile(r"^(?P<street>.*?\S)[\s,]+(?P<digits>\d+)\s*(?P<letter>[A-Za-z]?)(?!\w)(?P<rest>.*)$",
                            re.ASCII | re.DOTALL)
_BOX = re.compile(r"^[\s/,\-]*(?:(?:bus|bte|boite|boîte|box|app|apt|b)\b\.?)?\s*(?P<box>[\w.]*)\s*$", re.IGNORECASE)


def split_street_and_number(text: str) -> tuple[str, str, str] | None:
    """``Kerkstraat 12 bus 3`` → (``Kerkstraat``, ``12``, ``3``); ``Kerkstraat 12A`` → (…, ``12A``, ``""``);
    ``Kerkstraat 12/3`` → (…, ``12``, ``3``); no house number: None."""
    if len(text) > 300:  # no address line is this long (and the pattern stays linear)
        return None
    m = _STREET_NUMBER.match(text.strip())
    if m is None:
        return None
    b = _BOX.match(m.group("rest"))
    if b is None:
        return None
    return m.group("street").strip(" ,"), m.group("digits") + m.group("letter"), b.group("box")


def candidate_keys(street_and_number: str, postcode: str) -> list[str]:
    """The register keys an address may have, best first: as given, without its box (the building's point),
    and a number's letter as a box (``12A`` ↔ ``12`` box ``A``)."""
    parts = split_street_and_number(street_and_number)
    if parts is None:
        return []
    street, number, box = parts
    keys = [geo.address_key(street, number, box, postcode)]
    digits = number.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    if digits != number and not box:
        keys.append(geo.address_key(street, digits, number[len(digits):], postcode))
    if box:
        keys.append(geo.address_key(street, number, "", postcode))
    if digits != number:
        keys.append(geo.address_key(street, digits, "", postcode))
    return list(dict.fromkeys(keys))


def geocode(s: Session, street_and_number: str, postcode: str) -> tuple[float, float] | None:
    """The register's point of an address: one indexed look-up (``key IN (…)``), the best candidate wins."""
    keys = candidate_keys(street_and_number, postcode)
    if not keys:
        return None
    rows = s.execute(select(AddressPoint.key, AddressPoint.lat, AddressPoint.lon)
                     .where(AddressPoint.key.in_(keys)).order_by(AddressPoint.id)).all()
    best: dict[str, tuple[float, float]] = {}
    for key, lat, lon in rows:
        best.setdefault(key, (lat, lon))
    return next((best[k] for k in keys if k in best), None)


def address_label(data: dict[str, Any]) -> str:
    street = str(data.get("street_and_number") or "").strip()
    pc, town = str(data.get("postal_code") or "").strip(), str(data.get("municipality") or "").strip()
    return f"{street}, {pc} {town}".strip(" ,")


def _current(data: dict[str, Any], today: str) -> bool:
    until = data.get("valid_until")
    return not (isinstance(until, str) and until and until <= today)


def _upsert(s: Session, rows: list[dict[str, Any]]) -> None:
    """Write these places (insert, or update a person's place): one statement."""
    dialect = s.connection().dialect.name
    stmt: Any
    if dialect == "postgresql":
        stmt = postgresql.insert(PersonPlace)
    elif dialect == "sqlite":
        stmt = sqlite.insert(PersonPlace)
    else:  # pragma: no cover - the case store runs on these two
        for r in rows:
            s.merge(PersonPlace(**r))
        return
    cols = ("address", "lat", "lon", "zone", "updated_at")
    s.execute(stmt.on_conflict_do_update(index_elements=["person_id"], set_={c: stmt.excluded[c] for c in cols}),
              rows)


def place_person(s: Session, person_id: str, data: dict[str, Any]) -> bool:
    """Set (or remove) one person's place from their address record's data; True when it is placed."""
    return places_from_push(s, [(person_id, data)]).placed == 1


def places_from_push(s: Session, addresses: Iterable[tuple[str | None, dict[str, Any]]]) -> PlacesResult:
    """The places of the persons whose address records a push created or changed (``(person_id, data)``):
    per person, the newest current address wins (an address the register does not know removes the place);
    an address that has ended removes the place it gave. One look-up for all of them, one write."""
    today = dt.date.today().isoformat()
    newest: dict[str, dict[str, Any]] = {}
    ended: list[tuple[str, dict[str, Any]]] = []
    for pid, data in addresses:
        if not pid:
            continue
        if not _current(data, today):
            ended.append((pid, data))
            continue
        old = newest.get(pid)
        if old is None or str(data.get("valid_from") or "") >= str(old.get("valid_from") or ""):
            newest[pid] = data
    for pid, data in ended:
        if pid not in newest:
            s.execute(delete(PersonPlace).where(PersonPlace.person_id == pid,
                                                PersonPlace.address == address_label(data)))
    if not newest:
        return PlacesResult(0, 0)
    keys = {pid: candidate_keys(str(data.get("street_and_number") or ""), str(data.get("postal_code") or ""))
            for pid, data in newest.items()}
    points = _points(s, {k for ks in keys.values() for k in ks})
    zones = geo.default()
    now = utcnow()
    rows: list[dict[str, Any]] = []
    gone: list[str] = []
    for pid, data in newest.items():
        point = next((points[k] for k in keys[pid] if k in points), None)
        if point is None:
            gone.append(pid)
            continue
        lat, lon = point
        rows.append({"person_id": pid, "address": address_label(data), "lat": lat, "lon": lon,
                     "zone": zones.zone_of(lat, lon), "updated_at": now})
    if rows:
        _upsert(s, rows)
    for i in range(0, len(gone), 500):
        s.execute(delete(PersonPlace).where(PersonPlace.person_id.in_(gone[i : i + 500])))
    return PlacesResult(len(rows), len(gone))


def rebuild_places(s: Session) -> PlacesResult:
    """Every person's place again, from the newest current address record of each (by ``valid_from``)."""
    today = dt.date.today().isoformat()
    newest: dict[str, dict[str, Any]] = {}
    for pid, data in s.execute(select(Record.person_id, Record.data).where(Record.entity == "address")
                               .execution_options(yield_per=BATCH)):
        if not pid or not isinstance(data, dict) or not _current(data, today):
            continue
        old = newest.get(pid)
        if old is None or str(data.get("valid_from") or "") >= str(old.get("valid_from") or ""):
            newest[pid] = data
    s.execute(delete(PersonPlace))
    zones = geo.default()
    placed = unknown = 0
    now = utcnow()
    people = list(newest.items())
    for i in range(0, len(people), 1_000):
        chunk = [(pid, data, candidate_keys(str(data.get("street_and_number") or ""),
                                            str(data.get("postal_code") or ""))) for pid, data in people[i : i + 1_000]]
        points = _points(s, {k for _, _, keys in chunk for k in keys})
        rows: list[dict[str, Any]] = []
        for pid, data, keys in chunk:
            point = next((points[k] for k in keys if k in points), None)
            if point is None:
                unknown += 1
                continue
            lat, lon = point
            rows.append({"person_id": pid, "address": address_label(data), "lat": lat, "lon": lon,
                         "zone": zones.zone_of(lat, lon), "updated_at": now})
        if rows:
            s.execute(insert(PersonPlace), rows)
            placed += len(rows)
    return PlacesResult(placed, unknown)


def _points(s: Session, keys: set[str]) -> dict[str, tuple[float, float]]:
    """The register's point of each of these keys (the first address of a key twice in the register)."""
    out: dict[str, tuple[float, float]] = {}
    ordered = sorted(keys)
    for i in range(0, len(ordered), 2_000):
        for key, lat, lon in s.execute(select(AddressPoint.key, AddressPoint.lat, AddressPoint.lon)
                                       .where(AddressPoint.key.in_(ordered[i : i + 2_000]))
                                       .order_by(AddressPoint.id)):
            out.setdefault(key, (lat, lon))
    return out


def register_size(s: Session) -> int:
    from sqlalchemy import func

    return int(s.scalar(select(func.count()).select_from(AddressPoint)) or 0)
