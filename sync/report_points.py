"""The laptop's side of citizen reports in the sync cycle (issue 15), after the push and the pull:

- ``pull_points``: the case store's open reports of the last 12 weeks as points (``GET /v1/reports/points``)
  into the local cache (``report_point``) that the offline duplicate check at intake reads
  (``desk_app.services.reports``). Incremental: after the first full read only what changed since the last
  one (``since`` = the case store's own ``as_of`` of the previous read, with a margin); closed reports are
  dropped, reports older than 12 weeks are pruned. Each page is checked strictly before anything is stored.
- ``fetch_references``: which report each intake taken here became (``GET /v1/reports/intakes``), for the
  desk's "my reports" (``ReportIntakes.mine``).

A role that takes no reports (an administrator, management) is answered 403: nothing to do, not an error.
Qt-free.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from desk_app.store.db import Store
from desk_app.store.models import OutboxOperation, ReportIntake, ReportPoint
from sync import answers
from sync.errors import ServerError
from sync.local import get_state, set_state
from wire.reports import DUPLICATE_WINDOW
from wire.schema import ID_PATTERN

SINCE_KEY = "report_points_as_of"
OVERLAP = dt.timedelta(minutes=2)  # a report changed in a transaction that committed after ``as_of``
PAGE = 1000
MAX_PAGES = 500
_ID = re.compile(ID_PATTERN)


class Requester(Protocol):
    def request(self, method: str, path: str, **kw: Any) -> dict[str, Any]: ...


@dataclass
class PointsResult:
    stored: int = 0  # open reports added or changed
    removed: int = 0  # closed, or older than the window
    pages: int = 0
    references: int = 0  # intakes whose report is now known
    changed: set[str] = field(default_factory=set)  # intake ids given their reference


def _point(v: object) -> dict[str, Any]:
    d = answers.obj(v, "a report point")
    rid = answers.text(d, "id", limit=64)
    if not _ID.match(rid):
        raise answers.malformed("a report point's id")
    lat, lon = d.get("lat"), d.get("lon")
    for key, value, limit in (("lat", lat, 90.0), ("lon", lon, 180.0)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                or abs(value) > limit:
            raise answers.malformed(f"a report point's {key}")
    is_open = d.get("open")
    if not isinstance(is_open, bool):
        raise answers.malformed("a report point's open")
    return {"id": rid, "category": answers.text(d, "category", limit=64), "lat": float(lat),  # type: ignore[arg-type]
            "lon": float(lon), "created_at": answers.when(d, "created_at"), "open": is_open,  # type: ignore[arg-type]
            "status": answers.text(d, "status", limit=30),
            "description": "".join(ch for ch in answers.text(d, "description", limit=1000)
                                   if ch >= " " or ch == "\n")[:200]}


def _store_page(store: Store, points: list[dict[str, Any]], result: PointsResult) -> None:
    if not points:
        return
    with store.write() as s:
        gone = [p["id"] for p in points if not p["open"]]
        keep = [p for p in points if p["open"]]
        if gone:
            s.execute(delete(ReportPoint).where(ReportPoint.id.in_(gone)))
            result.removed += len(gone)
        if keep:
            stmt = sqlite_insert(ReportPoint)
            stmt = stmt.on_conflict_do_update(index_elements=[ReportPoint.id], set_={
                c: stmt.excluded[c] for c in ("category", "lat", "lon", "created_at", "open", "status", "description")})
            s.execute(stmt, keep)
            result.stored += len(keep)


def pull_points(transport: Requester, store: Store, result: PointsResult | None = None,
                page: int = PAGE) -> PointsResult:
    """Bring the cache of open reports up to date (see the module's docstring)."""
    result = result or PointsResult()
    with store.read() as s:
        raw = get_state(s, SINCE_KEY)
    since = None
    if raw:
        try:
            since = dt.datetime.fromisoformat(raw) - OVERLAP
        except ValueError:
            since = None
    params: dict[str, Any] = {"limit": page}
    if since is not None:
        params["since"] = since.isoformat()
    as_of: dt.datetime | None = None
    after: str | None = None
    for _ in range(MAX_PAGES):
        body = transport.request("GET", "/v1/reports/points", params={**params, **({"after": after} if after else {})})
        items = body.get("items")
        if not isinstance(items, list) or len(items) > page:
            raise answers.malformed("items is not a list of report points")
        points = [_point(v) for v in items]
        nxt = answers.text(body, "next", optional=True, limit=64)
        if as_of is None:
            as_of = answers.when(body, "as_of")
        _store_page(store, points, result)
        result.pages += 1
        if nxt is None:
            break
        if not _ID.match(nxt) or (after is not None and nxt <= after):
            raise answers.malformed("next does not move on")
        after = nxt
    with store.write() as s:
        cutoff = (as_of or dt.datetime.now(dt.UTC)) - DUPLICATE_WINDOW
        pruned = s.execute(delete(ReportPoint).where(ReportPoint.created_at < cutoff))
        result.removed += int(getattr(pruned, "rowcount", 0) or 0)
        if as_of is not None:
            set_state(s, SINCE_KEY, as_of.isoformat())
    return result


def fetch_references(transport: Requester, store: Store, result: PointsResult | None = None) -> PointsResult:
    """Learn the report of each intake the case store has taken and whose reference this laptop lacks."""
    result = result or PointsResult()
    with store.read() as s:
        ids = list(s.scalars(
            select(ReportIntake.id).join(OutboxOperation, (OutboxOperation.entity_id == ReportIntake.id)
                                         & (OutboxOperation.entity == "report_intake"))
            .where(ReportIntake.reference.is_(None), OutboxOperation.state == "done")
            .order_by(ReportIntake.created_at.desc()).limit(1000)))
    for i in range(0, len(ids), 100):
        batch = ids[i : i + 100]
        body = transport.request("GET", "/v1/reports/intakes", params={"ids": ",".join(batch)})
        items = body.get("items")
        if not isinstance(items, list):
            raise answers.malformed("items is not a list")
        found: dict[str, str] = {}
        for v in items:
            d = answers.obj(v, "an intake's reference")
            intake, ref = answers.text(d, "intake_id", limit=64), answers.text(d, "id", limit=64)
            if intake in batch and _ID.match(ref):
                found[intake] = ref
        if found:
            with store.write() as s:
                for rec in s.scalars(select(ReportIntake).where(ReportIntake.id.in_(list(found)))):
                    rec.reference = found[rec.id]
                    result.references += 1
                    result.changed.add(rec.id)
    return result


def sync_reports(transport: Requester, store: Store) -> PointsResult:
    """Both, as one step of the sync cycle; a role that takes no reports skips them."""
    result = PointsResult()
    try:
        pull_points(transport, store, result)
        fetch_references(transport, store, result)
    except ServerError as e:
        if e.status not in (403, 404):  # no reports for this role / a case store without them
            raise
    return result


__all__ = ["PointsResult", "fetch_references", "pull_points", "sync_reports"]
