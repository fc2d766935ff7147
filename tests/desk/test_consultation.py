"""The advisor's consultation (issue 16): finish is one user action and one transaction (the contact with its
channel, duration, outcome and follow-up date; the notes as a note, private to the advisor's department; the
appointment done), bad input is refused with a clear reason and nothing written, private notes are shown on
the laptop to users of their department only, and the notes draft is sealed and kept apart from intake drafts."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.app import Loket
from desk_app.services.consultation import ConsultationInvalid, Finish, channel_of, draft_id
from desk_app.services.drafts import Draft, DraftStore
from desk_app.store.models import Appointment, ContactMoment, Note, OutboxOperation, utcnow


def _person(app: Loket) -> str:
    pid, _ = app.create_person(national_number="85073003328", surname="Peeters", given_names="An")
    return pid


def _appointment(app: Loket, person_id: str | None, *, desk: str = "sociaal_huis", service: str | None = "budget",
                 place: str | None = None, subject: str = "Budget advice") -> str:
    start = utcnow().replace(microsecond=0)
    appt = Appointment(id=str(uuid.uuid4()), person_id=person_id, desk=desk, starts_at=start,
                       ends_at=start + dt.timedelta(minutes=30), advisor="advisor1", subject=subject,
                       service=service, place=place, revision=3)
    with app.store.write() as s:
        s.add(appt)
    return appt.id


def _counts(app: Loket) -> tuple[int, int, int]:
    with app.store.read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(m)) or 0)  # type: ignore[return-value]
                     for m in (ContactMoment, Note, OutboxOperation))


@pytest.fixture
def advisor(empty_loket: Loket) -> Loket:
    empty_loket.settings.staff_user = "advisor1"
    empty_loket.settings.role = "theme_desk"
    empty_loket.settings.department = "sociaal_huis"
    return empty_loket


def test_finish_records_the_contact_the_private_note_and_the_appointment_done_together(advisor: Loket) -> None:
    pid = _person(advisor)
    aid = _appointment(advisor, pid)
    follow = dt.date.today() + dt.timedelta(days=14)
    before = _counts(advisor)
    done = advisor.finish_consultation(aid, Finish(notes="Debts with two lenders.\nPlan next time.", private=True,
                                                   duration_minutes=35, outcome="Budget plan started",
                                                   follow_up_on=follow))
    assert _counts(advisor) == (before[0] + 1, before[1] + 1, before[2] + 3)
    assert done.changes.contacts == {done.contact_id} and done.changes.notes == {done.note_id}
    assert done.changes.appointments == {aid} and done.changes.outbox == 3 and pid in done.changes.persons
    with advisor.store.read() as s:
        c = s.get(ContactMoment, done.contact_id)
        assert c is not None
        assert (c.person_id, c.channel, c.duration_minutes, c.outcome, c.follow_up_on, c.appointment_id, c.staff) == (
            pid, "counter", 35, "Budget plan started", follow.isoformat(), aid, "advisor1")
        assert c.subject == "Budget advice"
        n = s.get(Note, done.note_id)
        assert n is not None and (n.private, n.department, n.author) == (True, "sociaal_huis", "advisor1")
        assert n.text == "Debts with two lenders.\nPlan next time."
        a = s.get(Appointment, aid)
        assert a is not None and a.status == "done"
        ops = {(o.entity, o.action): o for o in s.scalars(select(OutboxOperation)).all()}
        assert ops[("note", "create")].payload["private"] is True
        assert ops[("note", "create")].payload["department"] == "sociaal_huis"
        assert ops[("contact_moment", "create")].payload["duration_minutes"] == 35
        upd = ops[("appointment", "update")]
        assert upd.payload == {"changes": {"status": "done"}, "previous": {"status": "booked"}}
        assert upd.base_revision == 3


def test_without_notes_no_note_is_written_and_a_public_note_has_no_department(advisor: Loket) -> None:
    pid = _person(advisor)
    done = advisor.finish_consultation(_appointment(advisor, pid), Finish(notes="  ", duration_minutes=10))
    assert done.note_id is None and not done.changes.notes
    done = advisor.finish_consultation(_appointment(advisor, pid), Finish(notes="Called back", duration_minutes=5))
    with advisor.store.read() as s:
        n = s.get(Note, done.note_id)
        assert n is not None and (n.private, n.department) == (False, None)


@pytest.mark.parametrize(("kwargs", "channel"), [
    ({"desk": "home_visit", "service": "home_visit_outreach"}, "home_visit"),
    ({"desk": "sociaal_huis", "place": "Kerkstraat 1, 9999 Meerhoven"}, "home_visit"),
    ({"desk": "sociaal_huis", "service": "phone_advice"}, "phone"),
    ({"desk": "sociaal_huis", "service": "budget"}, "counter"),
])
def test_the_contact_channel_follows_the_appointments_kind(advisor: Loket, kwargs: dict[str, str],
                                                           channel: str) -> None:
    aid = _appointment(advisor, _person(advisor), **kwargs)
    assert advisor.consultation(aid)["channel"] == channel
    done = advisor.finish_consultation(aid, Finish(duration_minutes=20))
    with advisor.store.read() as s:
        c = s.get(ContactMoment, done.contact_id)
        assert c is not None and c.channel == channel
    assert channel_of({"desk": "x", "service": "telephone"}) == "phone"


@pytest.mark.parametrize(("finish", "words"), [
    (Finish(duration_minutes=0), "duration"),
    (Finish(duration_minutes=None), "duration"),
    (Finish(duration_minutes=24 * 60), "duration"),
    (Finish(duration_minutes=10, follow_up_on=dt.date.today() - dt.timedelta(days=1)), "past"),
    (Finish(duration_minutes=10, outcome="ok\x07"), "Outcome"),
    (Finish(duration_minutes=10, notes="x" * 20_001), "Notes"),
    (Finish(duration_minutes=10, channel="email"), "channel"),
])
def test_bad_input_is_refused_with_its_reason_and_nothing_is_written(advisor: Loket, finish: Finish,
                                                                     words: str) -> None:
    aid = _appointment(advisor, _person(advisor))
    before = _counts(advisor)
    with pytest.raises(ConsultationInvalid, match=words):
        advisor.finish_consultation(aid, finish)
    assert _counts(advisor) == before
    with advisor.store.read() as s:
        a = s.get(Appointment, aid)
        assert a is not None and a.status == "booked"


def test_private_notes_need_a_department(advisor: Loket) -> None:
    advisor.settings.department = ""
    aid = _appointment(advisor, _person(advisor))
    before = _counts(advisor)
    with pytest.raises(ConsultationInvalid, match="no department"):
        advisor.finish_consultation(aid, Finish(notes="secret", private=True, duration_minutes=10))
    assert _counts(advisor) == before


def test_a_finished_or_cancelled_appointment_is_not_finished_again(advisor: Loket) -> None:
    pid = _person(advisor)
    aid = _appointment(advisor, pid)
    advisor.finish_consultation(aid, Finish(duration_minutes=10))
    before = _counts(advisor)
    with pytest.raises(ConsultationInvalid, match="done already"):
        advisor.finish_consultation(aid, Finish(duration_minutes=10))
    other = _appointment(advisor, pid)
    with advisor.store.write() as s:
        appt = s.get(Appointment, other)
        assert appt is not None
        appt.status = "cancelled"
    with pytest.raises(ConsultationInvalid, match="cancelled already"):
        advisor.finish_consultation(other, Finish(duration_minutes=10))
    with pytest.raises(ConsultationInvalid, match="not on this laptop"):
        advisor.finish_consultation("no-such-appointment", Finish(duration_minutes=10))
    assert _counts(advisor) == before


def test_a_role_that_may_not_record_refuses_before_writing(advisor: Loket) -> None:
    aid = _appointment(advisor, _person(advisor))
    before = _counts(advisor)
    advisor.settings.role = "administrator"
    from desk_app.services.outbox import ActionNotAllowed

    with pytest.raises(ActionNotAllowed):
        advisor.finish_consultation(aid, Finish(notes="n", duration_minutes=10))
    assert _counts(advisor) == before


def test_private_notes_are_shown_only_to_users_of_their_department(advisor: Loket) -> None:
    pid = _person(advisor)
    advisor.finish_consultation(_appointment(advisor, pid), Finish(notes="Private matter", private=True,
                                                                   duration_minutes=10))
    advisor.finish_consultation(_appointment(advisor, pid), Finish(notes="Open remark", duration_minutes=10))

    def notes_seen() -> set[str]:
        person = advisor.person(pid)
        assert person is not None
        return {h["title"] for h in person["history"] if h["kind"] == "note"}

    assert notes_seen() == {"Private matter", "Open remark"}
    advisor.settings.department = "burgerzaken"  # a colleague of another department on this laptop
    assert notes_seen() == {"Open remark"}
    advisor.settings.department = ""  # an account without a department
    assert notes_seen() == {"Open remark"}


def test_the_intakes_started_are_this_citizens_cases_since_the_consultation_opened(advisor: Loket) -> None:
    pid = _person(advisor)
    other, _ = advisor.create_person(surname="Janssens", given_names="Piet")
    earlier, _ = advisor.intake("civil_registry_extract", pid, {"record_type": "birth"})
    opened = utcnow()
    mine, _ = advisor.intake("civil_registry_extract", pid, {"record_type": "death"})
    theirs, _ = advisor.intake("civil_registry_extract", other, {"record_type": "birth"})
    ids = {earlier.case.id, mine.case.id, theirs.case.id}
    started = advisor.consultation_cases(pid, opened, ids)
    assert [c["id"] for c in started] == [mine.case.id]
    assert started[0]["reference"].startswith("L-")
    assert advisor.consultation_cases(pid, opened, set()) == []


def test_the_notes_draft_is_sealed_survives_a_restart_and_is_no_intake_draft(advisor: Loket, tmp_path: Path) -> None:
    aid = _appointment(advisor, _person(advisor))
    drafts = advisor.consultation_drafts()
    d = Draft("consultation", None, {"notes": "Half typed when the laptop died"}, {"appointment_id": aid},
              id=draft_id(aid))
    drafts.save(d)
    raw = b"".join(p.read_bytes() for p in drafts.folder.glob("*.draft"))
    assert b"Half typed" not in raw  # sealed with the store key
    assert DraftStore.for_loket(advisor).list() == []  # the home screen's unfinished intakes do not list it
    again = Loket.open(tmp_path / "laptop")
    try:
        got = again.consultation_drafts().load(draft_id(aid))
        assert got is not None and got.answers["notes"] == "Half typed when the laptop died"
    finally:
        again.close()
    assert draft_id("a:b/c") == draft_id("a:b/c") and "/" not in draft_id("a:b/c")


def test_migration_0005_goes_down_and_up_and_keeps_earlier_notes_public(advisor: Loket) -> None:
    from alembic import command
    from sqlalchemy import inspect, text

    from desk_app.store.db import _alembic_config

    pid = _person(advisor)
    with advisor.store.write() as s:
        s.add(Note(id="n1", person_id=pid, text="before", author="clerk1"))
    engine = advisor.store._write_engine
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    with engine.connect() as conn:
        assert "private" not in {c["name"] for c in inspect(conn).get_columns("note")}
        assert "outcome" not in {c["name"] for c in inspect(conn).get_columns("contact_moment")}
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT private, department FROM note WHERE id = 'n1'")).one() == (0, None)
        cols = {c["name"] for c in inspect(conn).get_columns("contact_moment")}
        assert {"duration_minutes", "outcome", "follow_up_on", "appointment_id"} <= cols


def test_the_accounts_department_is_kept_for_offline_sign_in(empty_loket: Loket) -> None:
    from desk_app.services.accounts import LocalAccounts
    from desk_app.store.models import SyncState

    accounts = empty_loket.accounts
    accounts.remember("advisor1", "geheim123", "Advisor One", "theme_desk", "sociaal_huis")
    got = accounts.sign_in_offline("advisor1", "geheim123", demo_accounts=False)
    assert got is not None and (got.role, got.display_name, got.department) == (
        "theme_desk", "Advisor One", "sociaal_huis")
    accounts.remember("clerk1", "geheim123", "Clerk One", "counter")  # an account without a department
    got = accounts.sign_in_offline("clerk1", "geheim123", demo_accounts=False)
    assert got is not None and got.department is None and got.display_name == "Clerk One"
    with empty_loket.store.write() as s:  # a profile kept before departments were: role and name only
        row = s.get(SyncState, "signin-profile:clerk1")
        assert row is not None
        row.value = "counter\tClerk One"
    got = accounts.sign_in_offline("clerk1", "geheim123", demo_accounts=False)
    assert got is not None and (got.display_name, got.department) == ("Clerk One", None)
    demo = LocalAccounts(empty_loket.store, demo=True)
    from wire.demo import DEMO_PASSWORD

    got = demo.sign_in_offline("advisor", DEMO_PASSWORD)
    assert got is not None and got.department == "sociaal_huis"
    assert demo.department("advisor") == "sociaal_huis"  # remembered for the lock


def test_a_colleagues_case_of_the_citizen_is_not_an_intake_of_this_consultation(advisor: Loket) -> None:
    pid = _person(advisor)
    opened = utcnow()
    mine, _ = advisor.intake("civil_registry_extract", pid, {"record_type": "death"})
    advisor.settings.staff_user = "colleague"  # as if a sync brought a colleague's case of the same citizen
    theirs, _ = advisor.intake("civil_registry_extract", pid, {"record_type": "birth"})
    advisor.settings.staff_user = "advisor1"
    assert [c["id"] for c in advisor.consultation_cases(pid, opened, {mine.case.id, theirs.case.id})] == [
        mine.case.id]
