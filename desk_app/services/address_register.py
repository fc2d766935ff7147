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
import itertools
import math
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import delete, func, insert, select

from desk_app.services.reports import REGISTER_VERSION
from desk_app.store.db import Store
from desk_app.store.models import AddressPoint, SyncState
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


def _text_lines(fh: BinaryIO) -> Iterator[str]:
    """The file's lines as text (UTF-8, a BOM dropped), each decoded on its own: a line that is not UTF-8 is
    named exactly."""
    for number, raw in enumerate(fh, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise RegisterError("the file is not UTF-8 text (save the export as UTF-8)", number) from None
        yield line[1:] if number == 1 and line.startswith("\ufeff") else line


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


class _Parser:
    """Reads a register file row by row (``rows()``), so that a whole region's export never sits in memory."""

    def __init__(self, lines: Iterator[str], first: str) -> None:
        delimiter = ";" if first.count(";") >= max(1, first.count(",")) else "," if "," in first else ";"
        if "\t" in first and first.count("\t") > first.count(delimiter):
            delimiter = "\t"
        self.delimiter = delimiter
        self.decimal_comma = delimiter != ","
        # newline="" semantics: quoted fields may hold line breaks, which _field then refuses with their line
        self.reader = csv.reader(lines, delimiter=delimiter, strict=True)
        self.left_out = 0
        self.line = 1
        try:
            self.header = next(self.reader)
        except StopIteration:
            raise RegisterError("the file is empty") from None
        except csv.Error as e:
            raise RegisterError(f"the header is not valid CSV ({e})", 1) from None
        except UnicodeDecodeError:
            raise RegisterError("the file is not UTF-8 text (save the export as UTF-8)", 1) from None
        self.cols = _columns(self.header)
        if "x" in self.cols and "y" in self.cols:
            self.layout = "adressenregister"
        elif "lat" in self.cols and "lon" in self.cols:
            self.layout = "latlon"
        else:
            raise RegisterError("the header names no position: x and y (Lambert 72, as the Adressenregister's "
                                "export) or lat and lon (WGS84)", 1)
        for need in ("street", "number"):
            if need not in self.cols:
                raise RegisterError(f"the header has no {need} column ({', '.join(COLUMNS[need][:3])})", 1)

    def rows(self) -> Iterator[dict[str, Any]]:
        cols, line = self.cols, self.line
        while True:
            try:
                row = next(self.reader)
            except StopIteration:
                return
            except csv.Error as e:
                raise RegisterError(f"not valid CSV ({e})", self.reader.line_num) from None
            except UnicodeDecodeError:
                raise RegisterError("the file is not UTF-8 text (save the export as UTF-8)",
                                    self.reader.line_num + 1) from None
            self.line = line = self.reader.line_num
            if not row or all(not c.strip() for c in row):
                continue
            if len(row) > len(self.header) + 1:
                raise RegisterError(f"{len(row)} fields where the header has {len(self.header)} "
                                    f"(a '{self.delimiter}' too many?)", line)
            values = {k: _field(row, cols, k, line) for k in ("street", "number", "box", "postcode", "municipality",
                                                               "status")}
            if values["status"].lower() in LEFT_OUT_STATUSES:
                self.left_out += 1
                continue
            if not values["street"] or not values["number"]:
                raise RegisterError("an address needs a street and a house number", line)
            if self.layout == "adressenregister":
                x = _number(_field(row, cols, "x", line), "x", line, self.decimal_comma)
                y = _number(_field(row, cols, "y", line), "y", line, self.decimal_comma)
                if not lambert.in_bounds(x, y):
                    raise RegisterError(f"x {x:g}, y {y:g} is not a Lambert 72 position in Belgium", line)
                lat, lon = lambert.to_wgs84(x, y)
            else:
                lat = _number(_field(row, cols, "lat", line), "lat", line, self.decimal_comma)
                lon = _number(_field(row, cols, "lon", line), "lon", line, self.decimal_comma)
                if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
                    raise RegisterError(f"lat {lat:g}, lon {lon:g} is not a WGS84 position", line)
            key = address_key(values["street"], values["number"], values["box"], values["postcode"])
            yield {"key": key, "street": values["street"], "street_key": key.split("|")[0],
                   "number": values["number"], "box": values["box"], "postcode": values["postcode"],
                   "municipality": values["municipality"], "lat": round(lat, 7), "lon": round(lon, 7)}


def parse(text: str) -> tuple[list[dict[str, Any]], int, str]:
    """(rows for ``address_point``, how many were left out, the layout) of a register's text; ``RegisterError``
    at the first problem. The same address twice: once."""
    parser = _Parser(io.StringIO(text, newline=""), text.split("\n", 1)[0])
    rows: dict[str, dict[str, Any]] = {}
    for row in parser.rows():
        if row["key"] in rows:
            parser.left_out += 1
        else:
            rows[row["key"]] = row
    if not rows:
        raise RegisterError("the file holds no addresses", parser.line)
    return list(rows.values()), parser.left_out, parser.layout


def import_file(store: Store, path: Path) -> ImportResult:
    """Replace the register with the file's addresses in one transaction, read row by row: at the first problem
    (``RegisterError``) the transaction is rolled back and the register is as it was."""
    started = time.perf_counter()
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RegisterError(f"{path.name} is {size // 1048576} MB; at most {MAX_FILE_BYTES // 1048576} MB")
        fh = path.open("rb")
    except OSError as e:
        raise RegisterError(f"{path} cannot be read: {e.strerror or type(e).__name__}") from None
    stored = 0
    with fh:
        lines = _text_lines(fh)
        first = next(lines, None)
        if first is None or not first.strip():
            raise RegisterError("the file is empty (or its first line, the header, is)")
        parser = _Parser(itertools.chain([first], lines), first)
        left_before = parser.left_out
        # the same address twice: once (the key is unique; a repeat is ignored and counted as left out)
        add = insert(AddressPoint).prefix_with("OR IGNORE")
        with store.write() as s:
            s.execute(delete(AddressPoint))
            batch: list[dict[str, Any]] = []
            for row in parser.rows():
                batch.append(row)
                if len(batch) == 5000:
                    n = int(s.connection().execute(add, batch).rowcount)
                    stored, parser.left_out = stored + n, parser.left_out + len(batch) - n
                    batch = []
            if batch:
                n = int(s.connection().execute(add, batch).rowcount)
                stored, parser.left_out = stored + n, parser.left_out + len(batch) - n
            if stored == 0:
                raise RegisterError("the file holds no addresses", parser.line)
            s.merge(SyncState(key=REGISTER_VERSION, value=uuid.uuid4().hex))  # cached street lists are stale
    return ImportResult(stored, parser.left_out - left_before, parser.layout, time.perf_counter() - started)


MAX_STREETS_BYTES = 200 * 1024 * 1024


def install_streets(config_dir: Path, source: Path) -> int:
    """The city's street centre lines for the desk's offline map: a GeoJSON file of LineStrings /
    MultiLineStrings (WGS84, ``properties.name``), checked and copied to ``<config>/streets.geojson``
    (``ReportIntakes.street_lines`` reads it). Returns the number of lines; ``RegisterError``: nothing changed."""
    import json
    import math
    import os

    from desk_app.services.reports import read_street_lines

    source = Path(source)
    try:
        if source.stat().st_size > MAX_STREETS_BYTES:
            raise RegisterError(f"{source.name} is larger than {MAX_STREETS_BYTES // 1048576} MB")
        data = source.read_bytes()
    except OSError as e:
        raise RegisterError(f"{source} cannot be read: {e.strerror or type(e).__name__}") from None
    target = Path(config_dir) / "streets.geojson"
    tmp = target.with_suffix(".tmp")
    try:
        json.loads(data.decode("utf-8-sig"))
        tmp.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        lines = read_street_lines(tmp)
    except (ValueError, TypeError, IndexError, AttributeError, RecursionError) as e:
        tmp.unlink(missing_ok=True)
        raise RegisterError(f"{source.name} is not a GeoJSON file of street lines ({type(e).__name__})") from None
    bad = [name for name, pts in lines
           if not all(math.isfinite(a) and math.isfinite(b) and -90 <= a <= 90 and -180 <= b <= 180 for a, b in pts)]
    if not lines or bad:
        tmp.unlink(missing_ok=True)
        raise RegisterError(f"{source.name} holds no street lines" if not lines
                            else f"{source.name}: the line of {bad[0][:60]!r} is not in WGS84 longitude/latitude")
    os.replace(tmp, target)
    return len(lines)


def count(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(AddressPoint)) or 0)


def import_demo_if_empty(store: Store) -> ImportResult | None:
    """Demo mode: the synthetic city's register (``resources/reports/demo_addresses.csv``) on first start."""
    if not DEMO_ADDRESSES.is_file() or count(store) > 0:
        return None
    return import_file(store, DEMO_ADDRESSES)


__all__ = ["DEMO_ADDRESSES", "ImportResult", "RegisterError", "import_demo_if_empty", "import_file", "install_streets",
           "parse"]
