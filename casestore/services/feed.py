"""The change feed a laptop pulls from its cursor, limited to what its user sees."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from casestore.models import Change, Counter
from casestore.services.common import Principal
from casestore.services.visibility import feed_filter, private_notes_seen

MAX_PAGE = 5000


def changes(s: Session, p: Principal, since: int, limit: int) -> dict[str, Any]:
    limit = max(1, min(limit, MAX_PAGE))
    # The head first: every change numbered up to it is committed (numbers are handed out in commit
    # order), so the query below sees all of them and the cursor may safely jump to it.
    head = s.scalar(select(Counter.value).where(Counter.name == "feed")) or 0
    q = (
        select(Change.seq, Change.entity, Change.entity_id, Change.revision, Change.data)
        .where(
            Change.seq > since,
            Change.seq <= head,
            feed_filter(p),
            private_notes_seen(p),
            or_(Change.origin_device.is_(None), Change.origin_device != p.device_id),
        )
        .order_by(Change.seq)
        .limit(limit + 1)
    )
    rows = s.execute(q).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    out = [
        {"seq": r.seq, "entity": r.entity, "id": r.entity_id, "revision": r.revision, "data": r.data}
        for r in rows
    ]
    # Without more (visible) changes up to the head, jump there: filtered-out changes are not rescanned.
    cursor = rows[-1].seq if has_more else max(since, head, rows[-1].seq if rows else 0)
    return {"changes": out, "cursor": cursor, "has_more": has_more}
