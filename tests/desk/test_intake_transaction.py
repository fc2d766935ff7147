"""Saving an intake is one user action and one transaction (issue 14 §2): the citizen's changed contact
details and the case are written together, or neither."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desk_app.app import Loket
from desk_app.catalogue import FormInvalid
from desk_app.services.persons import PersonInvalid
from desk_app.store.models import Case, OutboxOperation, Person


def _person(app: Loket) -> str:
    pid, _ = app.create_person(national_number="85073003328", surname="Peeters", given_names="An",
                               preferred_channel="letter")
    return pid


def _counts(app: Loket) -> tuple[int, int]:
    with app.store.read() as s:
        return (int(s.scalar(select(func.count()).select_from(Case)) or 0),
                int(s.scalar(select(func.count()).select_from(OutboxOperation)) or 0))


def test_the_contact_details_and_the_intake_are_saved_together(empty_loket: Loket) -> None:
    pid = _person(empty_loket)
    contact = {"preferred_channel": "email", "email": "an@example.be"}
    result, _ref = empty_loket.intake("civil_registry_extract", pid, {"record_type": "birth"}, contact=contact)
    assert pid in result.changes.persons and result.case.id in result.changes.cases
    with empty_loket.store.read() as s:
        p = s.get(Person, pid)
        assert p is not None and (p.preferred_channel, p.email) == ("email", "an@example.be")
        assert s.get(Case, result.case.id) is not None


def test_a_refused_intake_leaves_the_contact_details_as_they_were(empty_loket: Loket) -> None:
    pid = _person(empty_loket)
    before = _counts(empty_loket)
    contact = {"preferred_channel": "email", "email": "an@example.be"}
    with pytest.raises(FormInvalid):  # the second write of the action fails: a required answer is missing
        empty_loket.intake("civil_registry_extract", pid, {}, contact=contact)
    with empty_loket.store.read() as s:
        p = s.get(Person, pid)
        assert p is not None and (p.preferred_channel, p.email) == ("letter", None)
    assert _counts(empty_loket) == before  # no case, no operation for the case store


def test_contact_details_without_a_person_are_refused(empty_loket: Loket) -> None:
    before = _counts(empty_loket)
    with pytest.raises(PersonInvalid):
        empty_loket.intake("civil_registry_extract", None, {"record_type": "birth"}, contact={"phone": "+32 9 1"})
    assert _counts(empty_loket) == before
