"""Services: search, 360° view, intake with suggestions, status changes, card review, outbox."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.app import Loket
from desk_app.services.cases import CaseFilter
from desk_app.services.persons import CardData
from desk_app.store.models import OutboxOperation


def _person(app: Loket, **kw: str) -> str:
    values = {"national_number": "85073003328", "surname": "Öztürk", "given_names": "Ayşe",
              "street_and_number": "Kerkstraat 12", "postal_code": "9999", "municipality": "Meerhoven"} | kw
    pid, _ = app.create_person(**values)  # type: ignore[arg-type]
    return pid


def test_search_is_accent_and_case_insensitive(empty_loket: Loket) -> None:
    pid = _person(empty_loket)
    _person(empty_loket, national_number="90010100123", surname="D'Hondt", given_names="Jan",
            street_and_number="Molenstraat 3")
    for query in ("ozturk", "ÖZTÜRK", "öz", "ayse ozt", "85.07.30", "8507300", "kerkstr", "meerhoven ozt"):
        hits = [h.id for h in empty_loket.search(query) if h.kind == "person"]
        assert pid in hits, query
    assert [h.title for h in empty_loket.search("dhondt")] == ["D'Hondt, Jan"]
    assert empty_loket.search("nobodyatall") == []


def test_search_ranks_name_matches_over_address_matches(empty_loket: Loket) -> None:
    _person(empty_loket, national_number="90010100123", surname="Peeters", street_and_number="Molenstraat 1")
    _person(empty_loket, national_number="85073003328", surname="Maes", street_and_number="Molenstraat 2")
    _person(empty_loket, national_number="03040501255", surname="Molenaar", street_and_number="Kerkstraat 2")
    hits = empty_loket.search("molen")
    assert hits[0].title.startswith("Molenaar")
    assert len(hits) == 3


def test_search_finds_case_numbers_and_track_codes(empty_loket: Loket) -> None:
    _person(empty_loket)
    result, _ref = empty_loket.intake("complaint", "85073003328", {"subject": "Lawaai", "description": "x"})
    hits = empty_loket.search(result.case.track_code)
    assert [h.id for h in hits if h.kind == "case"] == [result.case.id]


def test_intake_computes_expected_date_fee_and_suggestions(empty_loket: Loket) -> None:
    _person(empty_loket)
    result, ref = empty_loket.intake(
        "address_change", "85073003328",
        {"street_and_number": "Molenstraat 3", "postal_code": "9999", "municipality": "Meerhoven",
         "move_date": "2026-12-01", "household_members": "2"})
    case = result.case
    assert ref == f"L-{case.id[:8].upper()}"
    assert case.status == "received" and case.department == "burgerzaken"
    expected = empty_loket.calendar.add_working_days(case.created_at.date(), 10)
    assert case.expected_date == expected.isoformat()
    assert [s.case_type for s in result.suggestions] == ["moving_signs_permit"]
    # an unpaid fee suggests a social-services referral
    result2, _ = empty_loket.intake("id_card_application", "85073003328", {"reason": "lost"}, fee_paid=False)
    assert result2.case.fee_cents == 2500
    assert "social_services_referral" in {s.case_type for s in result2.suggestions}


def test_intake_and_status_change_go_to_the_outbox_in_the_same_transaction(empty_loket: Loket) -> None:
    _person(empty_loket)
    result, ref = empty_loket.intake("complaint", "85073003328", {"subject": "Lawaai", "description": "x"})
    changes = empty_loket.change_status(ref, "in_progress", "We bekijken uw klacht.")
    assert changes.cases == {result.case.id}
    with empty_loket.store.read() as s:
        ops = s.scalars(select(OutboxOperation).where(OutboxOperation.entity_id == result.case.id)).all()
    assert [(o.action, o.payload.get("changes")) for o in ops] == [
        ("create", None), ("update", {"status": "in_progress"})]
    view = empty_loket.case(ref)
    assert view is not None
    assert [(h["status"], h["citizen_text"]) for h in view.history] == [
        ("received", "We hebben uw aanvraag goed ontvangen."), ("in_progress", "We bekijken uw klacht.")]


def test_status_change_rules(empty_loket: Loket) -> None:
    import pytest

    from desk_app.services.cases import CaseInvalid

    _person(empty_loket)
    _, ref = empty_loket.intake("complaint", "85073003328", {"subject": "Lawaai", "description": "x"})
    with pytest.raises(CaseInvalid, match="not a status of complaint"):
        empty_loket.change_status(ref, "ready_for_pickup")
    empty_loket.change_status(ref, "closed")
    with pytest.raises(CaseInvalid, match="closed"):
        empty_loket.change_status(ref, "in_progress")


def test_person_360_view_is_newest_first_and_audited(empty_loket: Loket) -> None:
    pid = _person(empty_loket)
    _, _first = empty_loket.intake("complaint", "85073003328", {"subject": "Eerste", "description": "x"})
    _, _second = empty_loket.intake("reservation", "85073003328",
                                   {"facility": "swimming_pool", "date": "2026-12-20"})
    data = empty_loket.person("85.07.30-033.28")
    assert data is not None and data["id"] == pid
    assert [h["title"] for h in data["history"]] == ["reservation", "complaint"]
    from desk_app.services import audit

    with empty_loket.store.read() as s:
        assert [e.action for e in audit.entries(s, pid)] == ["open"]


def test_card_review_shows_old_and_new_and_applies_accepted_fields(empty_loket: Loket) -> None:
    pid = _person(empty_loket)
    card = CardData(national_number="85073003328", surname="Öztürk", given_names="Ayşe Nur",
                    card_number="592123456789", street_and_number="Molenstraat 3", postal_code="9999",
                    municipality="Meerhoven")
    matched, diffs = empty_loket.card_review(card)
    assert matched == pid
    assert {d.field: (d.old, d.new) for d in diffs} == {
        "given_names": ("Ayşe", "Ayşe Nur"),
        "card_number": (None, "592123456789"),
        "address": ("Kerkstraat 12, 9999, Meerhoven", "Molenstraat 3, 9999, Meerhoven"),
    }
    empty_loket.apply_card(pid, card, {"given_names", "address"})
    data = empty_loket.person(pid)
    assert data is not None
    assert data["given_names"] == "Ayşe Nur" and data["card_number"] is None
    assert data["address"]["street_and_number"] == "Molenstraat 3" and data["address"]["source"] == "card"
    assert [h.title for h in empty_loket.search("molenstraat")] == ["Öztürk, Ayşe Nur"]
    assert empty_loket.card_review(CardData(national_number="90010100123", surname="Nieuw")) == (None, [])


def test_work_queue_filters(loket: Loket) -> None:
    all_open = loket.list_cases(CaseFilter(open_only=True, limit=1000))
    assert all_open and all(r["status"] not in ("closed", "rejected") for r in all_open)
    dept = loket.list_cases(CaseFilter(department="burgerzaken", limit=1000))
    assert all(r["department"] == "burgerzaken" for r in dept)
    overdue = loket.list_cases(CaseFilter(overdue=True, limit=1000))
    assert overdue == []  # everything in the fixture was just taken in


def test_a_track_code_clash_saves_again_with_a_new_code(empty_loket: Loket, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk_app.services import cases as cases_mod

    _person(empty_loket)
    codes = iter(["AAAA-AAAA", "AAAA-AAAA", "BBBB-BBBB"])
    monkeypatch.setattr(cases_mod, "new_track_code", lambda: next(codes))
    first, _ = empty_loket.intake("complaint", "85073003328", {"subject": "Lawaai", "description": "x"})
    second, _ = empty_loket.intake("complaint", "85073003328", {"subject": "Geur", "description": "y"})
    assert (first.case.track_code, second.case.track_code) == ("AAAA-AAAA", "BBBB-BBBB")
    with empty_loket.store.read() as s:
        ops = s.scalars(select(OutboxOperation).where(OutboxOperation.entity == "case")).all()
    assert sorted(op.payload["track_code"] for op in ops) == ["AAAA-AAAA", "BBBB-BBBB"]  # nothing half-written


def test_home_overview_lists_today_and_the_work_queue(empty_loket: Loket) -> None:
    import datetime as dt
    import uuid

    from desk_app.store.models import Appointment

    pid = _person(empty_loket)
    walkin, _ = empty_loket.intake("complaint", "85073003328", {"subject": "Lawaai", "description": "x"})
    visit, _ = empty_loket.intake("complaint", "85073003328", {"subject": "Thuis", "description": "y"},
                                  channel="home_visit")
    now = dt.datetime.now(dt.UTC)
    with empty_loket.store.write() as s:
        for days, subject in ((0, "vandaag"), (1, "morgen")):
            s.add(Appointment(id=str(uuid.uuid4()), person_id=pid, case_id=None, desk="premies",
                              starts_at=now + dt.timedelta(days=days), ends_at=now + dt.timedelta(days=days, minutes=20),
                              advisor="An", subject=subject))
    home = empty_loket.home_overview(today=now.date())
    assert [a["subject"] for a in home["appointments"]] == ["vandaag"]
    assert home["appointments"][0]["person"] == "Ayşe Öztürk"
    assert [w["id"] for w in home["walkins"]] == [walkin.case.id]  # counter channel, today
    assert [p["id"] for p in home["prepared"]] == [visit.case.id]  # open home-visit case
    dep = walkin.case.department
    assert home["by_department"] == {dep: 2} and home["open_total"] == 2
    assert home["overdue"] == {}
    assert home["persons"] == 1 and home["waiting"] == empty_loket.waiting_operations() > 0
    # a day later nothing is today's any more; in a year both cases are overdue
    assert empty_loket.home_overview(today=now.date() + dt.timedelta(days=1))["walkins"] == []
    assert empty_loket.home_overview(today=now.date() + dt.timedelta(days=365))["overdue"] == {dep: 2}
