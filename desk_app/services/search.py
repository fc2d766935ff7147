"""Type-ahead search over name, national number, address and case number.

Three indexes, cheapest first, each answering in a few milliseconds at 200,000 persons:

* **name keys** (table ``person_name``, a B-tree): ``surname given names`` folded by ``fold`` (accents, case
  and a few letters FTS does not fold itself: ``Öztürk`` → ``ozturk``, ``Işık`` → ``isik``, ``Straße`` →
  ``strasse``), and the surname squeezed (``D'Hondt`` → ``dhondt``, ``Van den Broeck`` → ``vandenbroeck``).
  What a clerk types first, a surname and the start of a given name, is a range scan in name order.
* **national numbers** and **case numbers / track codes**: B-tree ranges on their unique indexes.
* **full text** (``person_search``, contentless FTS5 with prefix indexes for 1–3 characters) over names,
  national number and addresses, for everything else ("emma janssens", "kerkstraat 12"): every word a
  prefix, all required, ranked (words found in the name weigh 10× more, then name order) when at most
  ``RANKED_UP_TO`` persons match; a broader query ("meerhoven") shows a first page in index order at once
  instead of ranking tens of thousands of matches.
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


def name_keys(surname: str, given_names: str) -> list[str]:
    """B-tree keys of a person's name: ``peeters jan``; ``d hondt emma`` and ``dhondt emma``."""
    surname_words, given = words(surname), words(given_names)
    keys = [" ".join([*surname_words, *given])]
    if len(surname_words) > 1:
        keys.append(" ".join(["".join(surname_words), *given]))
    return [k for k in dict.fromkeys(keys) if k]


def index_person(session: Session, person: Person, addresses: list[Address]) -> None:
    name, rest = person_index_text(person, addresses)
    session.execute(text("DELETE FROM person_search WHERE rowid = :rid"), {"rid": person.rid})
    session.execute(
        text("INSERT INTO person_search(rowid, name, rest) VALUES (:rid, :name, :rest)"),
        {"rid": person.rid, "name": name, "rest": rest},
    )
    index_names(session, [(person.rid, person.surname or "", person.given_names or "")])


def index_names(session: Session, people: list[tuple[int, str, str]]) -> None:
    """Replace the name keys of these (rid, surname, given names)."""
    if not people:
        return
    session.execute(text("DELETE FROM person_name WHERE rid = :rid"), [{"rid": rid} for rid, _, _ in people])
    rows = [{"key": k, "rid": rid} for rid, surname, given in people for k in name_keys(surname, given)]
    if rows:
        session.execute(text("INSERT OR IGNORE INTO person_name (key, rid) VALUES (:key, :rid)"), rows)


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


RANKED_UP_TO = 400  # full-text matches ranked with bm25; above this a first page in index order

_NAME_SQL = text("SELECT rid FROM person_name WHERE key >= :lo AND key < :hi ORDER BY key, rid LIMIT :limit")
_NN_SQL = text("SELECT rid FROM person WHERE national_number >= :lo AND national_number < :hi "
               "ORDER BY national_number LIMIT :limit")
_MATCHES_SQL = text("SELECT rowid FROM person_search WHERE person_search MATCH :q LIMIT :cap")
_PERSONS_SQL = """
    SELECT p.rid, p.id, p.surname, p.given_names, p.national_number, p.birth_date,
           (SELECT a.street_and_number || ', ' || a.postal_code || ' ' || a.municipality
              FROM address a WHERE a.person_id = p.id ORDER BY a.valid_from DESC LIMIT 1) AS addr
      FROM person p WHERE p.rid IN ({rids})
"""
_CASE_NUMBER_SQL = text(
    """
    SELECT c.id, c.case_number, c.track_code, c.case_type, c.status, p.surname, p.given_names
      FROM "case" c LEFT JOIN person p ON p.id = c.person_id
     WHERE c.case_number >= :lo AND c.case_number < :hi ORDER BY c.case_number DESC LIMIT :limit
    """
)
_TRACK_CODE_SQL = text(
    """
    SELECT c.id, c.case_number, c.track_code, c.case_type, c.status, p.surname, p.given_names
      FROM "case" c LEFT JOIN person p ON p.id = c.person_id
     WHERE c.track_code >= :lo AND c.track_code < :hi ORDER BY c.track_code LIMIT :limit
    """
)


def _case_hits(session: Session, q: str, limit: int) -> list[SearchHit]:
    """Newest case numbers first, then track codes; each a backward or forward walk of a unique index."""
    if not _CASE_LIKE.match(q):
        return []
    lo = q.upper()
    tlo = lo.replace("-", "")
    tlo = f"{tlo[:4]}-{tlo[4:]}" if len(tlo) > 4 else tlo
    rows = [*session.execute(_CASE_NUMBER_SQL, {"lo": lo, "hi": lo + "\uffff", "limit": limit})]
    seen = {r.id for r in rows}
    if len(rows) < limit:
        rows += [r for r in session.execute(_TRACK_CODE_SQL, {"lo": tlo, "hi": tlo + "\uffff", "limit": limit})
                 if r.id not in seen]
    return [SearchHit("case", r.id, r.case_number or r.track_code,
                      f"{r.case_type} · {r.status} · {r.surname or ''} {r.given_names or ''}".strip(),
                      case_number=r.case_number) for r in rows[:limit]]


def _person_rids(session: Session, q: str, limit: int) -> list[int]:
    """Matching persons (their rid), best first."""
    found: dict[int, None] = {}

    def add(rids: list[int]) -> None:
        for rid in rids:
            if len(found) >= limit:
                return
            found.setdefault(rid)

    digits = re.sub(r"\D", "", q)
    if _NN_LIKE.match(q) and len(digits) >= 4:
        add(list(session.scalars(_NN_SQL, {"lo": digits, "hi": digits + "\uffff", "limit": limit})))
    key = " ".join(words(q))
    if key and not key.isdigit():
        add(list(session.scalars(_NAME_SQL, {"lo": key, "hi": key + "\uffff", "limit": 2 * limit})))
    fq = fts_query(q)
    if len(found) < limit and fq:
        want = limit + len(found)  # some may be among those found already
        matches = list(session.scalars(_MATCHES_SQL, {"q": fq, "cap": max(RANKED_UP_TO, want) + 1}))
        if len(matches) <= RANKED_UP_TO:  # few enough to rank
            matches = _ranked(session, matches, fq)
        add(matches)
    return list(found)


@dataclass(frozen=True)
class SearchPage:
    hits: list[SearchHit]
    more: bool  # more matches than shown: typing more narrows them down


def _ranked(session: Session, rids: list[int], fq: str) -> list[int]:
    """Full-text matches best first: query words found in the name count ten times a word found in the
    address or number, then name order. Names come from the name keys' small rid index, not from the
    person rows. (FTS5's bm25 would read the whole posting list of every query word to weigh it, slow for a
    word that half the city has in its address: docs/STATUS.md, Benchmark history.)"""
    if not rids:
        return rids
    tokens = re.findall(r'"([^"]*)"\*', fq)
    keys: dict[int, list[str]] = {rid: [] for rid in rids}
    for rid, key in session.execute(
        text(f"SELECT rid, key FROM person_name WHERE rid IN ({','.join(map(str, rids))})")
    ):
        keys[rid].append(key)
    scored = []
    for rid, ks in keys.items():
        name_words = " ".join(ks).split()
        score = sum(10 if any(w.startswith(t) for w in name_words) else 1 for t in tokens)
        scored.append((-score, min(ks, default="\uffff"), rid))
    scored.sort()
    return [rid for *_, rid in scored]


def search_page(session: Session, query: str, limit: int = 20) -> SearchPage:
    q = query.strip()
    if not q:
        return SearchPage([], False)
    hits = _case_hits(session, q, limit + 1)
    more = len(hits) > limit
    hits = hits[:limit]
    rids = _person_rids(session, q, limit - len(hits) + 1)
    more = more or len(rids) > limit - len(hits)
    rids = rids[: limit - len(hits)]
    if rids:
        rows = {r.rid: r for r in session.execute(text(_PERSONS_SQL.format(rids=",".join(map(str, rids)))))}
        for rid in rids:
            r = rows.get(rid)
            if r is not None:
                hits.append(SearchHit("person", r.id, f"{r.surname}, {r.given_names}".strip(", "),
                                      " · ".join(x for x in (r.birth_date, r.addr) if x),
                                      national_number=r.national_number))
    return SearchPage(hits, more)


def search(session: Session, query: str, limit: int = 20) -> list[SearchHit]:
    return search_page(session, query, limit).hits


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
