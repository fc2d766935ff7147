"""Document benchmarks (headless, reportlab).

    .venv/bin/python bench/bench_documents.py [--runs 50] [--letters 1000]

Prints:
* receipt generation: median and p95 of N runs of ``build_receipt`` (layout + PDF), and of
  ``receipt_pdf`` on an opened encrypted Loket (case read + audit entry + PDF);  target <= 50 ms;
* a batch of status letters (mixed languages and statuses, one PDF each);  target 1,000 in <= 20 s;
* the size of a receipt whose intake had a photo attachment (listed on the receipt);  target <= 100 KB.
Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--letters", type=int, default=1000)
    args = parser.parse_args(argv)

    import keyring
    from PIL import Image

    from tests.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    tmp = Path(tempfile.mkdtemp(prefix="bench-docs-"))
    os.environ["LOKET_DATA_DIR"] = str(tmp / "laptop")

    from desk_app.app import Loket
    from desk_app.documents import receipt_pdf
    from desk_app.documents.letters import LetterData, build_letters
    from desk_app.documents.receipt import ReceiptData, build_receipt
    from desk_app.documents.service import case_bundle

    app = Loket.open(tmp / "laptop")
    app.settings.staff_user, app.settings.staff_name = "clerk1", "Joke Vermeulen"
    photo = tmp / "foto-speelplein.jpg"
    Image.effect_noise((1600, 1200), 60).convert("RGB").save(photo, quality=85)  # a realistic ~1 MB photo
    pid, _ = app.create_person(surname="Šťastný", given_names="Nguyễn Çelik", language="nl",
                               street_and_number="Kerkstraat 12", postal_code="9999", municipality="Meerhoven")
    _, ref = app.intake("livability_budget", pid, {
        "project_title": "Buurtfeest Kerkstraat", "description": "Een straatfeest met soep en muziek.",
        "neighbourhood": "Kerkstraat", "event_date": "2026-12-12",
        "budget_lines": [{"description": "Springkasteel", "amount": "250"},
                         {"description": "Soep en brood", "amount": "120,50"}],
        "requested_amount": "370.50"}, attachment_files=[photo])
    bundle = case_bundle(app, ref)
    data = ReceiptData(case=bundle.case, reference=bundle.reference, person=bundle.person,
                       attachments=bundle.attachments, clerk_name="Joke Vermeulen", location="Stadswinkel")

    build_receipt(app.catalogue, data)  # warm-up: font registration, logo, ICC profile
    times: list[float] = []
    for i in range(args.runs):  # a new track code each run: no cached QR code, as for a new intake
        fresh = ReceiptData(**{**data.__dict__, "case": dict(data.case, track_code=f"B{i:03d}-{i:04d}")})
        t0 = time.perf_counter()
        pdf = build_receipt(app.catalogue, fresh)
        times.append((time.perf_counter() - t0) * 1000)
    print(f"receipt build_receipt (new case each run): median {statistics.median(times):.1f} ms, "
          f"p95 {_pct(times, 95):.1f} ms ({args.runs} runs; target <= 50 ms)")
    e2e: list[float] = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        receipt_pdf(app, ref)
        e2e.append((time.perf_counter() - t0) * 1000)
    print(f"receipt_pdf again for the same case (read case + audit + PDF): median {statistics.median(e2e):.1f} ms, "
          f"p95 {_pct(e2e, 95):.1f} ms")
    print(f"receipt size with a {photo.stat().st_size / 1024:.0f} KB photo listed: {len(pdf) / 1024:.1f} KB "
          f"(target <= 100 KB)")

    statuses = ["approved", "rejected", "waiting_for_citizen", "closed"]
    langs = ["nl", "nl", "nl", "fr", "de", "en"]
    names = [("Peeters", "An"), ("Çelik", "Emre"), ("Nguyễn", "Thị Lan"), ("Šťastný", "Jakub"), ("Dubois", "Léa")]
    batch = []
    for i in range(args.letters):
        surname, given = names[i % len(names)]
        person = {"surname": surname, "given_names": given, "language": langs[i % len(langs)],
                  "address": {"street_and_number": f"Kerkstraat {i % 200 + 1}", "postal_code": "9999",
                              "municipality": "Meerhoven"}}
        case = dict(bundle.case, track_code=f"TRK{i:05d}"[:9])
        batch.append(LetterData(case=case, reference=f"2026-{i:07d}", person=person, status=statuses[i % 4],
                                staff_name="Joke Vermeulen", issued_on=dt.date(2026, 11, 23)))
    t0 = time.perf_counter()
    pdfs = build_letters(app.catalogue, batch)
    took = time.perf_counter() - t0
    print(f"{len(pdfs)} status letters: {took:.1f} s ({took / len(pdfs) * 1000:.1f} ms per letter, "
          f"{sum(map(len, pdfs)) / len(pdfs) / 1024:.0f} KB each; target 1,000 in <= 20 s)")
    app.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
