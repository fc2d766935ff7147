"""Type-ahead: prefix indexes for 1 to 8 characters (were 1 to 3), rebuilt from the stored persons.

A prefix longer than the longest prefix index makes FTS5 merge the posting lists of every word that starts
with it before it can answer; for "meerh" (the city's own name, in nearly every address) that was 15–20 ms
per keystroke at 200,000 persons. With an index for the prefix it reads one list, and skips through it.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_CREATE = ("CREATE VIRTUAL TABLE person_search USING fts5(name, rest, content='', contentless_delete=1, "
           "tokenize='unicode61 remove_diacritics 2', prefix='{prefix}')")


def _rebuild(prefix: str) -> None:
    from desk_app.services.search import person_index_text

    op.execute("DROP TABLE IF EXISTS person_search")
    op.execute(_CREATE.format(prefix=prefix))
    bind = op.get_bind()
    addresses: dict[str, list[Any]] = {}
    for a in bind.execute(sa.text("SELECT person_id, street_and_number, postal_code, municipality FROM address "
                                  "ORDER BY valid_from DESC")):
        addresses.setdefault(a.person_id, []).append(a)
    rows = []
    for p in bind.execute(sa.text("SELECT id, rid, surname, given_names, national_number FROM person")):
        person = SimpleNamespace(surname=p.surname or "", given_names=p.given_names or "",
                                 national_number=p.national_number)
        name, rest = person_index_text(person, addresses.get(p.id, []))  # type: ignore[arg-type]
        rows.append({"rid": p.rid, "name": name, "rest": rest})
    if rows:
        bind.execute(sa.text("INSERT INTO person_search (rowid, name, rest) VALUES (:rid, :name, :rest)"), rows)


def upgrade() -> None:
    _rebuild("1 2 3 4 5 6 7 8")


def downgrade() -> None:
    _rebuild("1 2 3")
