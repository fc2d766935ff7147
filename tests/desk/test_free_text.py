"""Free text is checked at the desk, before anything is written: no control characters (a NUL, a bell), no
line breaks in one-line fields, bounded sizes; a clear reason for the clerk, and nothing half-written."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desk_app.catalogue import FormInvalid
from desk_app.domain.text import CONTROL_CHARACTER, LINE_BREAK, MAX_MULTILINE, TOO_LONG, clean_text
from desk_app.services.cases import CaseInvalid
from desk_app.services.persons import PersonInvalid
from desk_app.store.models import Case, OutboxOperation, Person


def _counts(loket: Any) -> tuple[int, int, int]:
    with loket.store.read() as s:
        return tuple(  # type: ignore[return-value]
            int(s.scalar(select(func.count()).select_from(m)) or 0) for m in (Person, Case, OutboxOperation)
        )


def _problems(exc: pytest.ExceptionInfo[FormInvalid]) -> dict[str, str]:
    return {p.field: p.message for p in exc.value.problems}


@pytest.mark.parametrize(
    ("answers", "field", "message"),
    [
        ({"subject": "Lawaai", "description": "Nacht\x00lawaai"}, "description", CONTROL_CHARACTER),
        ({"subject": "Lawaai", "description": "Bel \x07 mij"}, "description", CONTROL_CHARACTER),
        ({"subject": "Lawaai\r\nBcc: x@example.org", "description": "Nachtlawaai"}, "subject", LINE_BREAK),
        ({"subject": "Law\u2028aai", "description": "Nachtlawaai"}, "subject", LINE_BREAK),
        ({"subject": "Lawaai", "description": "x" * (MAX_MULTILINE + 1)}, "description", TOO_LONG),
    ],
)
def test_intake_refuses_text_that_cannot_be_stored_or_sent(
    empty_loket: Any, answers: dict[str, str], field: str, message: str
) -> None:
    pid, _ = empty_loket.create_person(surname="Peeters", given_names="An")
    before = _counts(empty_loket)
    with pytest.raises(FormInvalid) as exc:
        empty_loket.intake("complaint", pid, answers)
    assert _problems(exc) == {field: message}
    assert _counts(empty_loket) == before


def test_multi_line_text_keeps_its_lines_and_tabs(empty_loket: Any) -> None:
    pid, _ = empty_loket.create_person(surname="Peeters", given_names="An")
    result, _ref = empty_loket.intake(
        "complaint", pid, {"subject": "Lawaai", "description": "Eerste regel\r\n\tTweede regel\rDerde"}
    )
    assert result.case.answers["description"] == "Eerste regel\n\tTweede regel\nDerde"


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"surname": "Pee\x00ters"}, "Surname: " + CONTROL_CHARACTER),
        ({"surname": "Peeters", "given_names": "An\nMarie"}, "Given names: " + LINE_BREAK),
        ({"surname": "Peeters", "email": "an@example.org\r\nBcc: x@example.org"}, "E-mail: " + LINE_BREAK),
        ({"surname": "Peeters", "street_and_number": "Kerkstraat 1\x1b", "postal_code": "9000",
          "municipality": "Gent"}, "Street and number: " + CONTROL_CHARACTER),
    ],
)
def test_a_person_with_such_text_is_not_registered(empty_loket: Any, values: dict[str, str], reason: str) -> None:
    before = _counts(empty_loket)
    with pytest.raises(PersonInvalid) as exc:
        empty_loket.create_person(**values)
    assert str(exc.value) == reason + "."
    assert _counts(empty_loket) == before


def test_a_change_with_such_text_is_not_saved(empty_loket: Any) -> None:
    pid, _ = empty_loket.create_person(surname="Peeters", given_names="An")
    before = _counts(empty_loket)
    with pytest.raises(PersonInvalid, match=r"^Phone: "):
        empty_loket.update_person(pid, phone="0470\x00123456")
    assert _counts(empty_loket) == before
    with empty_loket.store.read() as s:
        person = s.get(Person, pid)
        assert person is not None and person.phone is None


def test_the_text_for_the_citizen_on_a_status_change_is_checked(empty_loket: Any) -> None:
    pid, _ = empty_loket.create_person(surname="Peeters", given_names="An")
    result, ref = empty_loket.intake("complaint", pid, {"subject": "Lawaai", "description": "Nachtlawaai"})
    before = _counts(empty_loket)
    with pytest.raises(CaseInvalid, match=re.escape("Text for the citizen: " + CONTROL_CHARACTER)):
        empty_loket.change_status(ref, "in_progress", "Beste\x00burger")
    assert _counts(empty_loket) == before
    with empty_loket.store.read() as s:
        case = s.get(Case, result.case.id)
        assert case is not None and case.status == "received"
    empty_loket.change_status(ref, "in_progress", "Beste burger,\n\nWe zijn ermee bezig.")


def test_an_e_mail_subject_is_one_line_whatever_the_catalogue_says(tmp_path: Path) -> None:
    from desk_app.app import Loket
    from desk_app.catalogue import load_catalogue
    from desk_app.services import notifications

    base = load_catalogue()
    complaint = base.case_types["complaint"]
    odd = dataclasses.replace(complaint, name={**complaint.name, "nl": "Klacht\r\nBcc: iedereen@example.org"})
    catalogue = dataclasses.replace(base, case_types={**base.case_types, "complaint": odd})
    loket = Loket.open(tmp_path / "laptop", catalogue=catalogue)
    try:
        loket.settings.staff_user = "clerk1"
        notifications.install(loket)
        pid, _ = loket.create_person(surname="Peeters", given_names="An", preferred_channel="email",
                                     email="an@example.org")
        _result, ref = loket.intake("complaint", pid, {"subject": "Lawaai", "description": "Nachtlawaai"})
        loket.change_status(ref, "closed")
        with loket.store.read() as s:
            [op] = s.scalars(select(OutboxOperation).where(OutboxOperation.entity == "notification")).all()
            subject = op.payload["subject"]
        assert subject and "Klacht Bcc: iedereen@example.org" in subject
        assert clean_text(subject) == subject  # no line break, no control character
    finally:
        loket.close()
