"""A citizen report taken at the desk, offline (issue 15), on one laptop, printing figures.

    .venv/bin/python -m bench.bench_report_intake                   # 50,000 cached open reports, 200 intakes
    .venv/bin/python -m bench.bench_report_intake --points 5000 --intakes 50

On an encrypted store (SQLCipher) holding the demo city's address register (``resources/reports/demo_addresses.csv``)
and ``--points`` cached open reports of the case store (``report_point``, spread over the city and the last 12
weeks, every category; a few hundred within 50 m of the intakes' places), measured per intake:

- **end to end**: read a 2 MB JPEG with EXIF GPS from disk (``ReportIntakes.read_photo``: size check, decoded at
  1/8 scale to prove it is an image, the EXIF location), the duplicate check at the photo's place
  (``duplicates``), and the save (``save``: the photo encrypted into the attachment store, the report and its
  outbox operation in one durable transaction), p50/p95 — target p95 <= 50 ms;
- the duplicate check alone, p50/p95;
- the photo read alone and the save alone, for where the time goes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import math
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import keyring  # noqa: E402
from PIL import Image  # noqa: E402
from PIL.TiffImagePlugin import IFDRational  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from desk_app.app import Loket  # noqa: E402
from desk_app.services import address_register  # noqa: E402
from desk_app.services.reports import ReportDraft, ReportIntakes  # noqa: E402
from desk_app.store.models import ReportPoint  # noqa: E402
from tests.keyrings import MemoryKeyring  # noqa: E402
from wire import geo  # noqa: E402
from wire import reports as wire_reports  # noqa: E402


def figures(name: str, seconds: list[float]) -> float:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    print(f"{name:<44} n={len(ms):<5} p50={statistics.median(ms):7.2f} ms  p95={p95:7.2f} ms  max={ms[-1]:7.2f} ms")
    return p95


def _dms(v: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    d = int(v)
    m = int((v - d) * 60)
    s = round(((v - d) * 60 - m) * 60 * 10000)
    return IFDRational(d, 1), IFDRational(m, 1), IFDRational(s, 10000)


def photo_bytes(lat: float, lon: float, rng: random.Random, target: int = 2 * 1024 * 1024) -> bytes:
    """A JPEG of about ``target`` bytes (camera-like noise) with EXIF GPS at (lat, lon)."""
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: _dms(lat), 3: "E", 4: _dms(lon)}
    exif[0x0112] = 1
    side = 1600
    while True:
        img = Image.effect_noise((side, side * 3 // 4), 50 + rng.random()).convert("RGB")
        buf = io.BytesIO()
        img.save(buf, "JPEG", exif=exif, quality=92)
        data = buf.getvalue()
        if len(data) >= target * 0.95:
            return data
        side = int(side * math.sqrt(target / len(data)) * 1.02)


def city_points(n: int, rng: random.Random, near: list[tuple[float, float]], now: dt.datetime) -> list[dict[str, object]]:
    zones = geo.default()
    lat0, lat1, lon0, lon1 = zones.bbox or (51.0, 51.05, 3.8, 3.9)
    cats = list(wire_reports.default().subs)
    rows: list[dict[str, object]] = []
    for i in range(n):
        if i % 1000 == 0 and near:  # a few within 50 m of the intakes' places, of their category
            lat, lon = near[(i // 1000) % len(near)]
            lat += rng.uniform(-0.0003, 0.0003)
            lon += rng.uniform(-0.0004, 0.0004)
            cat = "sluikstort"
        else:
            lat, lon, cat = rng.uniform(lat0, lat1), rng.uniform(lon0, lon1), rng.choice(cats)
        rows.append({"id": f"M2026-{i:06d}", "category": cat, "lat": lat, "lon": lon,
                     "created_at": now - dt.timedelta(seconds=rng.randrange(12 * 7 * 86400)), "open": True,
                     "status": "gemeld", "description": "Vuilniszakken naast de glasbol aan de kerk"})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--points", type=int, default=50_000)
    ap.add_argument("--intakes", type=int, default=200)
    ap.add_argument("--photos", type=int, default=8, help="distinct 2 MB photos to read in turn")
    args = ap.parse_args()
    rng = random.Random(15)
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory(prefix="loket-bench-report-intake-") as tmp:
        loket = Loket.open(Path(tmp) / "laptop")
        loket.settings.staff_user, loket.settings.role = "clerk", "counter"
        t0 = time.perf_counter()
        reg = address_register.import_demo_if_empty(loket.store)
        print(f"address register: {reg.addresses if reg else 0} addresses in {time.perf_counter() - t0:.2f} s")
        reports = ReportIntakes(loket)
        places = []
        for street in ("Kerkstraat", "Molenstraat", "Lindenlaan", "Zuidlaan"):
            hit = reports.geocode(f"{street} 20")
            assert hit is not None
            places.append((hit.lat, hit.lon))
        now = dt.datetime.now(dt.UTC)
        t0 = time.perf_counter()
        rows = city_points(args.points, rng, places, now)
        with loket.store.write() as s:
            for i in range(0, len(rows), 5000):
                s.execute(insert(ReportPoint), rows[i : i + 5000])
        print(f"cached open reports: {len(rows)} in {time.perf_counter() - t0:.2f} s")
        folder = Path(tmp) / "photos"
        folder.mkdir()
        files = []
        for i in range(args.photos):
            lat, lon = places[i % len(places)]
            path = folder / f"IMG_{i:04d}.jpg"
            path.write_bytes(photo_bytes(lat, lon, rng))
            files.append(path)
        print(f"photos: {len(files)} JPEGs of {statistics.mean(f.stat().st_size for f in files) / 1048576:.2f} MB "
              "with EXIF GPS")

        dup_only: list[float] = []
        for i in range(max(200, args.intakes)):
            lat, lon = places[i % len(places)]
            t = time.perf_counter()
            found = reports.duplicates("sluikstort", lat, lon)
            dup_only.append(time.perf_counter() - t)
        print(f"duplicates found per check: {len(found)}")

        end_to_end: list[float] = []
        reads: list[float] = []
        saves: list[float] = []
        for i in range(args.intakes):
            path = files[i % len(files)]
            t = time.perf_counter()
            ph = reports.read_photo(path)
            t_read = time.perf_counter()
            assert ph.taken_lat is not None and ph.taken_lon is not None
            reports.duplicates("sluikstort", ph.taken_lat, ph.taken_lon)
            t_save = time.perf_counter()
            reports.save(ReportDraft(category="sluikstort", description=f"Sluikstort {i}", lat=ph.taken_lat,
                                     lon=ph.taken_lon, photos=[ph], email="bench@example.org",
                                     contact_channel="mail"))
            end = time.perf_counter()
            end_to_end.append(end - t)
            reads.append(t_read - t)
            saves.append(end - t_save)
        print()
        p95 = figures("intake end to end (photo + duplicates + save)", end_to_end)
        figures("  read the 2 MB photo (check + EXIF GPS)", reads)
        figures("  save (photo encrypted + report + outbox)", saves)
        figures("duplicate check alone", dup_only)
        print(f"\ntarget: intake p95 <= 50 ms: {'met' if p95 <= 50 else 'NOT met'} ({p95:.1f} ms)")
        loket.close()


if __name__ == "__main__":
    main()
