"""Type-ahead search over name, national number, address and case number.

Names and addresses live in a contentless FTS5 index (prefix indexes for 1–3 characters) over text
folded by ``fold`` (accents, case and a few letters FTS does not fold itself: ``Öztürk`` → ``ozturk``,
``Işık`` → ``isik``, ``Straße`` → ``strasse``). Case numbers and track codes use B-tree indexes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from desk_app.store.models import Address, Person

_EXTRA = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th"})
_WORD = re.compile(r"[0-9a-z]+")
_NN_LIKE = re.compile(r"^[0-9][0-9 .\-/]*$")
_CASE_LIKE = re.compile(r"^(\d{4}-\d*|[A-Z0-9]{4}-?[A-Z0-9]{0,4}|L-[0-9A-F]{1,8})$", re.IGNORECASE)


def fold(value: str) -> str:
    """Lower case without accents: ``Öztürk`` → ``ozturk``, ``Nguyễn`` → ``nguyen``."""
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value.casefold().translate(_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(value: str) -> list[str]:
    return _WORD.findall(fold(value))


def person_index_text(person: Person, addresses: list[Address]) -> tuple[str, str]:
    """(name, rest) columns: surname also squeezed (``D'Hondt`` → ``dhondt``, ``Van den Broeck``)."""
    surname_words = words(person.surname)
    name = " ".join([*surname_words, "".join(surname_words), *words(person.given_names)])
    rest_parts = [person.national_number or ""]
    for a in addresses[:3]:
        rest_parts += [a.street_and_number, a.postal_code, a.municipality]
    return name, " ".join(" ".join(words(p)) for p in rest_parts if p)


def index_person(session: Session, person: Person, addresses: list[Address]) -> None:
    name, rest = person_index_text(person, addresses)
    session.execute(text("DELETE FROM person_search WHERE rowid = :rid"), {"rid": person.rid})
    session.execute(
        text("INSERT INTO person_search(rowid, name, rest) VALUES (:rid, :name, :rest)"),
        {"rid": person.rid, "name": name, "rest": rest},
    )


@dataclass(frozen=True)
class SearchHit:
    kind: str  # person | case
    id: str
    title: str
    subtitle: str
    national_number: str | None = None
    case_number: str | None = None


def fts_query(query: str) -> str | None:
    """Every word of the query as a prefix, all required. National numbers lose their separators."""
    q = query.strip()
    toks = [re.sub(r"\D", "", q)] if _NN_LIKE.match(q) and len(re.sub(r"\D", "", q)) >= 4 else words(q)
    if not toks:
        return None
    return " AND ".join(f'"{t}"*' for t in toks)


_PERSON_SQL = text(
    """
    SELECT p.id, p.surname, p.given_names, p.national_number, p.birth_date,
           (SELECT a.street_and_number || ', ' || a.postal_code || ' ' || a.municipality
              FROM address a WHERE a.person_id = p.id ORDER BY a.valid_from DESC LIMIT 1) AS addr
      FROM (SELECT rowid AS rid, bm25(person_search, 10.0, 1.0) AS score
              FROM person_search WHERE person_search MATCH :q ORDER BY score LIMIT :limit) hits
      JOIN person p ON p.rid = hits.rid
     ORDER BY hits.score, p.surname, p.given_names
    """
)

_CASE_SQL = text(
    """
    SELECT c.id, c.case_number, c.track_code, c.case_type, c.status, p.surname, p.given_names
      FROM "case" c LEFT JOIN person p ON p.id = c.person_id
     WHERE (c.case_number >= :lo AND c.case_number < :hi) OR (c.track_code >= :tlo AND c.track_code < :thi)
     ORDER BY c.case_number DESC LIMIT :limit
    """
)


def search(session: Session, query: str, limit: int = 20) -> list[SearchHit]:
    hits: list[SearchHit] = []
    q = query.strip()
    if not q:
        return hits
    if _CASE_LIKE.match(q):
        lo = q.upper()
        tlo = lo.replace("-", "")
        tlo = f"{tlo[:4]}-{tlo[4:]}" if len(tlo) > 4 else tlo
        for row in session.execute(
            _CASE_SQL, {"lo": lo, "hi": lo + "\uffff", "tlo": tlo, "thi": tlo + "\uffff", "limit": limit}
        ):
            hits.append(
                SearchHit("case", row.id, row.case_number or row.track_code,
                          f"{row.case_type} · {row.status} · {row.surname or ''} {row.given_names or ''}".strip(),
                          case_number=row.case_number)
            )
    fq = fts_query(q)
    if fq:
        for row in session.execute(_PERSON_SQL, {"q": fq, "limit": limit}):
            hits.append(
                SearchHit("person", row.id, f"{row.surname}, {row.given_names}".strip(", "),
                          " · ".join(x for x in (row.birth_date, row.addr) if x),
                          national_number=row.national_number)
            )
    return hits[:limit]


def naive_search(session: Session, query: str, limit: int = 20) -> list[str]:
    """The LIKE scan the FTS index replaces (benchmarks compare the two)."""
    pattern = f"%{query.strip()}%"
    rows = session.execute(
        text(
            "SELECT p.id FROM person p LEFT JOIN address a ON a.person_id = p.id "
            "WHERE p.surname LIKE :p OR p.given_names LIKE :p OR p.national_number LIKE :p "
            "OR a.street_and_number LIKE :p OR a.municipality LIKE :p "
            "ORDER BY p.surname LIMIT :limit"
        ),
        {"p": pattern, "limit": limit},
    )
    return [r[0] for r in rows]
