"""Making realistic local work on a laptop (through desk_app's own services, so the outbox is real)."""

from __future__ import annotations

import hashlib
import random
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

SURNAMES = ("Peeters", "Janssens", "Maes", "Öztürk", "Van den Broeck", "D'Hondt", "Nguyễn", "Dubois")


def jpeg_bytes(size: int, seed: int) -> bytes:
    """A JPEG-looking blob of ``size`` bytes (SOI marker + random body), unique per seed."""
    rng = random.Random(seed)
    return b"\xff\xd8\xff\xe0" + rng.randbytes(max(0, size - 4))


def new_intake(loket: Any, i: int, photo_size: int = 0, folder: Path | None = None) -> str:
    """A person and a complaint case (plus an optional photo); returns the case id."""
    pid, _ = loket.create_person(surname=SURNAMES[i % len(SURNAMES)], given_names=f"Burger {i}")
    files = []
    if photo_size:
        folder = folder or Path(tempfile.mkdtemp(prefix="loket-photo-"))
        p = folder / f"photo-{i}.jpg"
        p.write_bytes(jpeg_bytes(photo_size, i))
        files.append(p)
    result, _ref = loket.intake(
        "complaint", pid, {"subject": f"Melding {i}", "description": "Gemeld aan het loket"},
        attachment_files=files,
    )
    return str(result.case.id)


def pending(loket: Any) -> int:
    from desk_app.store.models import OutboxOperation

    with loket.store.read() as s:
        return int(s.scalar(select(func.count()).where(OutboxOperation.state == "pending")) or 0)


def local_cases(loket: Any) -> dict[str, Any]:
    from desk_app.store.models import Case

    with loket.store.read() as s:
        return {c.id: (c.case_number, c.revision, c.status) for c in s.scalars(select(Case))}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
