"""Deciding a conflict is one user action and one transaction (issue 14 §2, ``Loket.resolve_conflict``)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from desk_app.app import Loket
from desk_app.services.conflicts import ConflictInvalid
from desk_app.services.persons import PersonInvalid
from desk_app.store.models import Conflict, OutboxOperation, Person


def _person_conflict(app: Loket, field: str, local: str, server: str) -> tuple[str, str]:
    pid, _ = app.create_person(national_number="85073003328", surname="Peeters", given_names="An",
                               email="an@example.be", preferred_channel="email")
    cid = str(uuid.uuid4())
    with app.store.write() as s:  # as sync.local leaves it: the record holds the case store's value
        person = s.get(Person, pid)
        assert person is not None
        setattr(person, field, server)
        s.add(Conflict(id=cid, entity="person", entity_id=pid, field=field, local_value=local, server_value=server))
    return pid, cid


def _outbox(app: Loket) -> int:
    with app.store.read() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxOperation)) or 0)


def test_keeping_the_laptops_value_closes_the_conflict_and_writes_the_value_together(empty_loket: Loket) -> None:
    pid, cid = _person_conflict(empty_loket, "phone", "+32 470 12 34 56", "+32 9 123 45 67")
    before = _outbox(empty_loket)
    changes = empty_loket.resolve_conflict(cid, "local")
    assert cid in changes.conflicts and pid in changes.persons and changes.outbox >= 1
    assert empty_loket.open_conflicts() == []
    with empty_loket.store.read() as s:
        assert s.get(Person, pid).phone == "+32 470 12 34 56"  # type: ignore[union-attr]
        assert s.get(Conflict, cid).resolution == "local"  # type: ignore[union-attr]
    assert _outbox(empty_loket) == before + 1  # the laptop's value goes to the case store again


def test_a_value_the_desk_refuses_leaves_the_conflict_open_and_nothing_written(empty_loket: Loket) -> None:
    # the laptop's value no longer validates: the second write of the action fails
    pid, cid = _person_conflict(empty_loket, "preferred_channel", "pigeon", "letter")
    before = _outbox(empty_loket)
    with pytest.raises(PersonInvalid, match="Preferred channel"):
        empty_loket.resolve_conflict(cid, "local")
    # before: the conflict was closed in a transaction of its own, and the value never written
    assert [r["id"] for r in empty_loket.open_conflicts()] == [cid]
    with empty_loket.store.read() as s:
        c = s.get(Conflict, cid)
        assert c is not None and c.resolved_at is None and c.resolution is None and c.resolved_by is None
        assert s.get(Person, pid).preferred_channel == "letter"  # type: ignore[union-attr]
    assert _outbox(empty_loket) == before
    empty_loket.resolve_conflict(cid, "server")  # the person can still decide the other way
    assert empty_loket.open_conflicts() == []
    assert _outbox(empty_loket) == before


def test_a_decided_conflict_or_an_unknown_choice_is_refused_with_a_reason(empty_loket: Loket) -> None:
    _pid, cid = _person_conflict(empty_loket, "phone", "+32 470 12 34 56", "+32 9 123 45 67")
    with pytest.raises(ConflictInvalid, match="choice"):
        empty_loket.resolve_conflict(cid, "both")
    empty_loket.resolve_conflict(cid, "server")
    with pytest.raises(ConflictInvalid, match="already resolved"):
        empty_loket.resolve_conflict(cid, "local")
    with pytest.raises(ConflictInvalid, match="already resolved"):
        empty_loket.resolve_conflict("no-such-conflict", "server")


def test_a_syncs_change_set_names_the_records_it_touched_and_its_conflicts() -> None:
    from desk_app.services.changes import from_synced

    cs = from_synced({"address": {"p1"}, "status_change": {"c1"}, "contact_moment": {"m1"}, "audit": {"x"}})
    assert (cs.persons, cs.cases, cs.contacts, cs.conflicts) == ({"p1"}, {"c1"}, {"m1"}, set())
    assert not from_synced({})
    assert from_synced({}, new_conflicts=1).conflicts == {"*"}
    assert from_synced({}, rejected=2).conflicts == {"*"}
