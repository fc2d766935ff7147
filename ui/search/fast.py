"""Type-ahead that stays fast on broad queries (Qt-free, runs in the worker pool).

``desk_app.services.search.search`` ranks every full-text match with bm25: for a query that matches a
large part of 200,000 citizens ("meerh", "ge", "9999") that costs 70–200 ms. ``quick_search`` first
counts matches up to a cap (≈1 ms); below the cap it returns the ranked search; above it returns a first
page in index order at once (a few ms) and says so, and the caller asks for the ranked page afterwards.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import text

from desk_app.services.search import SearchHit, fts_query

BROAD = 400

_COUNT_SQL = text("SELECT count(*) FROM (SELECT 1 FROM person_search WHERE person_search MATCH :q LIMIT :cap)")
_FIRST_PAGE_SQL = text(
    """
    SELECT p.id, p.surname, p.given_names, p.national_number, p.birth_date,
           (SELECT a.street_and_number || ', ' || a.postal_code || ' ' || a.municipality
              FROM address a WHERE a.person_id = p.id ORDER BY a.valid_from DESC LIMIT 1) AS addr
      FROM (SELECT rowid AS rid FROM person_search WHERE person_search MATCH :q LIMIT :limit) hits
      JOIN person p ON p.rid = hits.rid
    """
)


_CASE_LIKE = re.compile(r"^(\d{4}-\d*|[A-Z0-9]{4}-?[A-Z0-9]{0,4}|L-[0-9A-F]{1,8})$", re.IGNORECASE)
_CASE_SQL = text(
    """
    SELECT c.id, c.case_number, c.track_code, c.case_type, c.status, p.surname, p.given_names
      FROM "case" c LEFT JOIN person p ON p.id = c.person_id
     WHERE (c.case_number >= :lo AND c.case_number < :hi) OR (c.track_code >= :tlo AND c.track_code < :thi)
     ORDER BY c.case_number DESC LIMIT :limit
    """
)


def _case_hits(s: Any, q: str, limit: int) -> list[SearchHit]:
    """Case numbers and track codes (same rules as desk_app's search; B-tree ranges, cheap)."""
    if not _CASE_LIKE.match(q):
        return []
    lo = q.upper()
    tlo = lo.replace("-", "")
    tlo = f"{tlo[:4]}-{tlo[4:]}" if len(tlo) > 4 else tlo
    rows = s.execute(_CASE_SQL, {"lo": lo, "hi": lo + "\uffff", "tlo": tlo, "thi": tlo + "\uffff", "limit": limit})
    return [SearchHit("case", r.id, r.case_number or r.track_code,
                      f"{r.case_type} · {r.status} · {r.surname or ''} {r.given_names or ''}".strip(),
                      case_number=r.case_number) for r in rows]


def quick_search(loket: Any, query: str, limit: int = 30) -> tuple[list[SearchHit], bool]:
    """(hits, broad): ``broad`` means the hits are a first, unranked page of a very broad query."""
    q = query.strip()
    fq = fts_query(q)
    if fq is not None:
        with loket.store.read() as s:
            n = s.execute(_COUNT_SQL, {"q": fq, "cap": BROAD + 1}).scalar() or 0
            if n > BROAD:
                hits = _case_hits(s, q, limit)
                rows = s.execute(_FIRST_PAGE_SQL, {"q": fq, "limit": limit}).all()
                hits += [SearchHit("person", r.id, f"{r.surname}, {r.given_names}".strip(", "),
                                  " · ".join(x for x in (r.birth_date, r.addr) if x), national_number=r.national_number)
                        for r in rows]
                return hits[:limit], True
    return loket.search(q, limit=limit), False
