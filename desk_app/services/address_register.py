"""The city's address register on the laptop: imported from a file, used offline for geocoding and address
suggestions at report intake (``desk_app.services.reports``).

``desk-app addresses import FILE`` reads one of two CSV layouts (``;`` or ``,`` between fields, UTF-8 with or
without a BOM; the header names the columns, in any order and case):

- the **Flemish Adressenregister** export (Basisregisters Vlaanderen): ``straatnm``, ``huisnr``, ``busnr``,
  ``postcode``, ``gemeentenm`` and the position ``x``/``y`` in Belgian Lambert 72 (EPSG:31370), converted to
  WGS84 by ``wire.lambert``; rows whose ``status`` is ``gehistoreerd`` or ``afgekeurd`` are left out. The
  longer Dutch names (``straatnaam``, ``huisnummer``, ``busnummer``, ``gemeentenaam``) are accepted too;
- a **plain CSV with coordinates**: ``street``, ``number``, ``box`` (optional), ``postcode``,
  ``municipality`` and ``lat``/``lon`` in WGS84.

The whole file is checked before anything is written; the first problem is reported with its line number
(``RegisterError``) and the register on the laptop stays as it was. A good file replaces the register in
one transaction.
"""

from __future__ import annotations

import csv
import io
import math
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select

from desk_app.store.db import Store
from desk_app.store.models import AddressPoint
from wire import lambert
from wire.geo import address_key

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "reports"
DEMO_ADDRESSES = RESOURCES / "demo_addresses.csv"
MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024
MAX = {"street": 200, "number": 20, "box": 20, "postcode": 10, "municipality": 120}
LEFT_OUT_STATUSES = frozenset({"gehistoreerd", "afgekeurd", "retired", "rejected"})

COLUMNS: dict[str, tuple[str, ...]] = {
    "street": ("straatnm", "straatnaam", "street", "streetname", "street_name", "rue"),
    "number": ("huisnr", "huisnummer", "number", "housenumber", "house_number", "numero"),
    "box": ("busnr", "busnummer", "box", "boxnumber", "box_number", "bus"),
    "postcode": ("postcode", "postal_code", "postalcode", "zip", "code_postal"),
    "municipality": ("gemeentenm", "gemeentenaam", "gemeente", "municipality", "city", "commune"),
    "x": ("x", "x_lambert72", "lambert72_x", "xcoord", "posx", "x_l72"),
    "y": ("y", "y_lambert72", "lambert72_y", "ycoord", "posy", "y_l72"),
    "lat": ("lat", "latitude", "wgs84_lat", "y_wgs84"),
    "lon": ("lon", "lng", "long", "longitude", "wgs84_lon", "x_wgs84"),
    "status": ("status", "adresstatus"),
}


class RegisterError(ValueError):
    """The file cannot be imported (``line``: where, 1 = the header); the register was not changed."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(f"line {line}: {message}" if line is not None else message)
        self.line = line
        self.problem = message


@dataclass
class ImportResult:
    addresses: int
    left_out: int  # historic / rejected addresses, and the same address twice
    layout: str  # adressenregister | latlon
    seconds: float


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise RegisterError("the file is not UTF-8 text (save the export as UTF-8)", line) from None


def _columns(header: list[str]) -> dict[str, int]:
    names = [h.strip().strip('"').strip().lower() for h in header]
    found: dict[str, int] = {}
    for key, aliases in COLUMNS.items():
        for i, name in enumerate(names):
            if name in aliases:
                found[key] = i
                break
    return found


def _number(text: str, what: str, line: int, decimal_comma: bool) -> float:
    t = text.strip()
    if decimal_comma:
        t = t.replace(",", ".")
    try:
        if not t.isascii():
            raise ValueError
        v = float(t)
    except ValueError:
        raise RegisterError(f"{what} {text[:30]!r} is not a number", line) from None
    if not math.isfinite(v):
        raise RegisterError(f"{what} {text[:30]!r} is not a number", line)
    return v


def _field(row: list[str], cols: dict[str, int], key: str, line: int) -> str:
    i = cols.get(key)
    if i is None or i >= len(row):
        return ""
    value = row[i]
    if any(ch in value for ch in "\x00\r\n") or any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in value):
        raise RegisterError(f"the {key} contains a line break or a control character", line)
    value = " ".join(value.split())
    if key in MAX and len(value) > MAX[key]:
        raise RegisterError(f"the {key} is longer than {MAX[key]} characters", line)
    return value


def parse(text: str) -> tuple[list[dict[str, Any]], int, str]:
    """(rows for ``address_point``, how many were left out, the layout); ``RegisterError`` at the first
    problem."""
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= max(1, first.count(",")) else "," if "," in first else ";"
    if "\t" in first and first.count("\t") > first.count(delimiter):
        delimiter = "\t"
    # newline="" semantics: quoted fields may hold line breaks, which _field then refuses with their line
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise RegisterError("the file is empty") from None
    except csv.Error as e:
        raise RegisterError(f"the header is not valid CSV ({e})", 1) from None
    cols = _columns(header)
    if "x" in cols and "y" in cols:
        layout = "adressenregister"
    elif "lat" in cols and "lon" in cols:
        layout = "latlon"
    else:
        raise RegisterError("the header names no position: x and y (Lambert 72, as the Adressenregister's "
                            "export) or lat and lon (WGS84)", 1)
    for need in ("street", "number"):
        if need not in cols:
            raise RegisterError(f"the header has no {need} column ({', '.join(COLUMNS[need][:3])})", 1)
    decimal_comma = delimiter != ","
    rows: dict[str, dict[str, Any]] = {}
    left_out = 0
    line = 1
    rows_iter: Iterator[list[str]] = reader
    while True:
        try:
            row = next(rows_iter)
        except StopIteration:
            break
        except csv.Error as e:
            raise RegisterError(f"not valid CSV ({e})", reader.line_num) from None
        line = reader.line_num
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) > len(header) + 1:
            raise RegisterError(f"{len(row)} fields where the header has {len(header)} (a '{delimiter}' too many?)",
                                line)
        values = {k: _field(row, cols, k, line) for k in ("street", "number", "box", "postcode", "municipality",
                                                           "status")}
        if values["status"].lower() in LEFT_OUT_STATUSES:
            left_out += 1
            continue
        if not values["street"] or not values["number"]:
            raise RegisterError("an address needs a street and a house number", line)
        if layout == "adressenregister":
            x = _number(_field(row, cols, "x", line), "x", line, decimal_comma)
            y = _number(_field(row, cols, "y", line), "y", line, decimal_comma)
            if not lambert.in_bounds(x, y):
                raise RegisterError(f"x {x:g}, y {y:g} is not a Lambert 72 position in Belgium", line)
            lat, lon = lambert.to_wgs84(x, y)
        else:
            lat = _number(_field(row, cols, "lat", line), "lat", line, decimal_comma)
            lon = _number(_field(row, cols, "lon", line), "lon", line, decimal_comma)
            if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
                raise RegisterError(f"lat {lat:g}, lon {lon:g} is not a WGS84 position", line)
        key = address_key(values["street"], values["number"], values["box"], values["postcode"])
        if key in rows:
            left_out += 1
            continue
        rows[key] = {"key": key, "street": values["street"], "street_key": key.split("|")[0],
                     "number": values["number"], "box": values["box"], "postcode": values["postcode"],
                     "municipality": values["municipality"], "lat": round(lat, 7), "lon": round(lon, 7)}
    if not rows:
        raise RegisterError("the file holds no addresses", line)
    return list(rows.values()), left_out, layout


def read_file(path: Path) -> tuple[list[dict[str, Any]], int, str]:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RegisterError(f"{path.name} is {size // 1048576} MB; at most {MAX_FILE_BYTES // 1048576} MB")
        data = path.read_bytes()
    except OSError as e:
        raise RegisterError(f"{path} cannot be read: {e.strerror or type(e).__name__}") from None
    return parse(_decode(data))


def replace(store: Store, rows: list[dict[str, Any]]) -> None:
    """The register becomes ``rows``, in one transaction (all or nothing)."""
    with store.write() as s:
        s.execute(delete(AddressPoint))
        for i in range(0, len(rows), 5000):
            s.execute(insert(AddressPoint), rows[i : i + 5000])


def import_file(store: Store, path: Path) -> ImportResult:
    """Check the whole file, then replace the register with it (``RegisterError``: nothing changed)."""
    started = time.perf_counter()
    rows, left_out, layout = read_file(path)
    replace(store, rows)
    return ImportResult(len(rows), left_out, layout, time.perf_counter() - started)


def count(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(AddressPoint)) or 0)


def import_demo_if_empty(store: Store) -> ImportResult | None:
    """Demo mode: the synthetic city's register (``resources/reports/demo_addresses.csv``) on first start."""
    if not DEMO_ADDRESSES.is_file() or count(store) > 0:
        return None
    return import_file(store, DEMO_ADDRESSES)


__all__ = ["DEMO_ADDRESSES", "ImportResult", "RegisterError", "import_demo_if_empty", "import_file", "parse",
           "read_file", "replace"]
