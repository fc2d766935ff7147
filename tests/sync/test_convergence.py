"""Laptops keep converging: persons with national numbers, status conflicts kept for a person to decide
(SQLite and PostgreSQL, over HTTP)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from desk_app.domain.national_number import make
from desk_app.store.models import Conflict, Person
from tests.casestore.fixtures import Laptop


def test_persons_with_national_numbers_reach_the_other_laptop(make_laptop: Callable[..., Laptop]) -> None:
    # Two coordinators' laptops: each receives every person the other registers.
    a = make_laptop("laptop-a", "coordinator")
    b = make_laptop("laptop-b", "coordinator")
    numbers_a = [make(dt.date(1980, 1, 1 + i), 11 + 2 * i) for i in range(3)]
    numbers_b = [make(dt.date(1990, 6, 1 + i), 21 + 2 * i) for i in range(2)]
    for i, nn in enumerate(numbers_a):
        a.loket.create_person(surname=f"Peeters{i}", given_names="An", national_number=nn)
    for i, nn in enumerate(numbers_b):
        b.loket.create_person(surname=f"Maes{i}", given_names="Jan", national_number=nn)
    # The same citizen registered on both laptops while offline.
    b.loket.create_person(surname="Peeters0", given_names="An", national_number=numbers_a[0])
    for lap in (a, b, a, b):
        res = lap.client.sync_once()
        assert res.status is not None and res.status.state == "idle", res.status
    for lap in (a, b):
        with lap.loket.store.read() as s:
            have = {p.national_number for p in s.scalars(select(Person))}
        assert set(numbers_a) | set(numbers_b) <= have
        assert lap.client.status().pending == 0
    # The twin is kept on both laptops and surfaced for a person to merge, not lost.
    for lap in (a, b):
        with lap.loket.store.read() as s:
            twins = s.scalars(select(Conflict)).all()
        assert [(c.entity, c.field, c.server_value) for c in twins] == [
            ("person", "national_number", numbers_a[0])
        ]
    # Later syncs keep working: a change made after the pull arrives on the other laptop.
    with a.loket.store.read() as s:
        pid = s.scalars(select(Person.id).where(Person.national_number == numbers_b[0])).one()
    a.loket.update_person(pid, phone="0470 12 34 56")
    assert a.client.sync_once().status.state == "idle"  # type: ignore[union-attr]
    assert b.client.sync_once().status.state == "idle"  # type: ignore[union-attr]
    with b.loket.store.read() as s:
        assert s.get(Person, pid).phone == "0470 12 34 56"  # type: ignore[union-attr]
