"""The advisor's consultation on real widgets (issue 16): an appointment on the home screen opens it with the
citizen's 360° view and the reason; the notes are a sealed draft that survives a restart; an intake started from
it appears in its list when saved (another citizen's case does not); Finish writes the contact, the private note
and the appointment done; bad input is refused on the page with the reason and nothing written."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from desk_app.services.consultation import draft_id
from desk_app.store.models import Appointment, ContactMoment, Note, Person, utcnow
from tests.ui.conftest import wait_ops


def _person(loket: Any) -> Person:
    with loket.store.read() as s:
        p = s.scalars(select(Person).order_by(Person.rid)).first()
        assert p is not None
        return p


def _appointment(loket: Any, person_id: str, subject: str = "Budget advice") -> str:
    start = utcnow().replace(second=0, microsecond=0)
    aid = str(uuid.uuid4())
    with loket.store.write() as s:
        s.add(Appointment(id=aid, person_id=person_id, desk="sociaal_huis", starts_at=start,
                          ends_at=start + dt.timedelta(minutes=45), advisor="advisor1", subject=subject,
                          service="budget"))
    return aid


@pytest.fixture
def language() -> str:
    """The desk's language: Dutch, its default; a test that checks the source (English) texts says "en"."""
    return "nl"


@pytest.fixture
def advisor_window(qtbot: Any, loket: Any, language: str) -> Iterator[Any]:
    from ui.main import build_main_window

    loket.settings.language = language
    loket.settings.staff_user, loket.settings.role, loket.settings.department = (
        "advisor1", "theme_desk", "sociaal_huis")
    win, ctx = build_main_window(loket)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ctx.ops.wait_idle(10_000)
    win.close()


def _open_from_home(qtbot: Any, window: Any, aid: str) -> Any:
    window.show_home()
    wait_ops(qtbot, window)
    tree = window.home.left  # the theme desk's "Today's consultations"
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    item = next(i for i in items if (i.data(0, Qt.ItemDataRole.UserRole) or ("",))[1:2] == (aid,))
    tree.itemActivated.emit(item, 0)
    page = window.built("consultation")
    assert page is not None and window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.appointment is not None and page.person.person is not None, timeout=10_000)
    wait_ops(qtbot, window)
    return page


def test_an_appointment_opens_the_consultation_and_finish_records_it(qtbot: Any, advisor_window: Any,
                                                                       loket: Any) -> None:
    window = advisor_window
    p = _person(loket)
    aid = _appointment(loket, p.id)
    page = _open_from_home(qtbot, window, aid)
    assert p.surname in page.title.text() and "Budget advice" in page.reason.text()
    assert page.person.name.text().endswith(p.surname)  # the 360° view of the citizen
    assert page.private.isEnabled()

    page.notes.setPlainText("Debts with two lenders")
    qtbot.waitUntil(lambda: (d := loket.consultation_drafts().load(draft_id(aid))) is not None
                    and d.answers["notes"] == "Debts with two lenders", timeout=10_000)

    page.intake_btn.click()  # the intake page with this citizen
    wait_ops(qtbot, window)
    assert window.stack.currentWidget() is window.intake and (window.intake.person or {}).get("id") == p.id
    # the intake is saved (as the intake page saves it: through ctx.mutate, its change set on the bus) …
    window.ctx.mutate(lambda: loket.intake("social_services_referral", p.id, {"reason": "debt", "consent": True}))
    other, _ = loket.create_person(surname="Janssens", given_names="Piet")
    window.ctx.mutate(lambda: loket.intake("social_services_referral", other, {"reason": "debt", "consent": True}))
    wait_ops(qtbot, window)
    window.back()
    assert window.stack.currentWidget() is page and page.notes.toPlainText() == "Debts with two lenders"
    qtbot.waitUntil(lambda: len(page.started) == 1, timeout=10_000)
    wait_ops(qtbot, window)
    assert page.started[0]["case_type"] == "social_services_referral"
    assert page.cases.topLevelItem(0).text(0) == page.started[0]["reference"]

    page.duration.setValue(25)
    page.outcome.setText("Budget plan started")
    page.private.setChecked(True)
    page.follow_up.setChecked(True)
    page.follow_up_on.setDate(QDate.currentDate().addDays(7))
    page.finish_btn.click()
    qtbot.waitUntil(lambda: page.finished, timeout=10_000)
    wait_ops(qtbot, window)
    with loket.store.read() as s:
        c = s.scalars(select(ContactMoment).where(ContactMoment.appointment_id == aid)).one()
        assert (c.channel, c.duration_minutes, c.outcome, c.person_id) == ("counter", 25, "Budget plan started", p.id)
        assert c.follow_up_on == (dt.date.today() + dt.timedelta(days=7)).isoformat()
        n = s.scalars(select(Note).where(Note.text == "Debts with two lenders")).one()
        assert (n.private, n.department, n.author) == (True, "sociaal_huis", "advisor1")
        a = s.get(Appointment, aid)
        assert a is not None and a.status == "done"
    assert loket.consultation_drafts().load(draft_id(aid)) is None
    assert not page.finish_btn.isEnabled() and not page.notes.isEnabled()


@pytest.mark.parametrize("language", ["en"])  # the texts checked below are the source texts
def test_bad_input_is_refused_on_the_page_and_nothing_is_written(qtbot: Any, advisor_window: Any,
                                                                 loket: Any) -> None:
    window = advisor_window
    aid = _appointment(loket, _person(loket).id)
    page = _open_from_home(qtbot, window, aid)
    with loket.store.read() as s:
        before = s.scalar(select(func.count()).select_from(ContactMoment))
    page.outcome.setText("ok\x07")
    page.finish_btn.click()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    wait_ops(qtbot, window)
    assert "Outcome" in page.error.text() and "Traceback" not in page.error.text()
    assert page.finish_btn.isEnabled() and not page.finished
    with loket.store.read() as s:
        assert s.scalar(select(func.count()).select_from(ContactMoment)) == before
        a = s.get(Appointment, aid)
        assert a is not None and a.status == "booked"


def test_the_dutch_desk_says_a_refusal_wholly_in_dutch(qtbot: Any, advisor_window: Any, loket: Any) -> None:
    """The reason and the status filled into a refusal are translated with it: no English part on the Dutch
    desk (it said "Resultaat: contains an invisible control character…" and "Deze afspraak is al no_show")."""
    from desk_app.domain.text import CONTROL_CHARACTER
    from desk_app.services.consultation import ConsultationInvalid, Finish, finish
    from ui.core.errors import describe

    window = advisor_window
    aid = _appointment(loket, _person(loket).id)
    page = _open_from_home(qtbot, window, aid)
    page.outcome.setText("ok\x07")
    page.finish_btn.click()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    wait_ops(qtbot, window)
    said = page.error.text()
    assert said == "Resultaat: bevat een onzichtbaar stuurteken; typ de tekst opnieuw zonder."
    assert not any(english in said for english in ("Outcome", "contains", "invisible", CONTROL_CHARACTER))

    with loket.store.write() as s:
        a = s.get(Appointment, aid)
        assert a is not None
        a.status = "no_show"
    with loket.store.write() as s, pytest.raises(ConsultationInvalid) as refused:
        finish(s, "advisor1", "sociaal_huis", aid, Finish(duration_minutes=10))
    assert "is marked as a no-show already" in str(refused.value)  # the command line's English
    assert describe(refused.value) == ("Deze afspraak is al als niet gekomen aangeduid; ze kan niet opnieuw "
                                       "afgerond worden.")


def test_the_notes_survive_a_restart_and_private_needs_a_department(qtbot: Any, advisor_window: Any,
                                                                    loket: Any) -> None:
    from ui.consultation.page import ConsultationPage

    window = advisor_window
    aid = _appointment(loket, _person(loket).id)
    page = _open_from_home(qtbot, window, aid)
    page.notes.setPlainText("Typed before the crash")
    page.private.setChecked(True)
    qtbot.waitUntil(lambda: (d := loket.consultation_drafts().load(draft_id(aid))) is not None
                    and d.answers["private"] is True, timeout=10_000)
    wait_ops(qtbot, window)

    loket.settings.department = ""  # another start, an account without a department
    again = ConsultationPage(window.ctx)
    qtbot.addWidget(again)
    again.open(aid)
    qtbot.waitUntil(lambda: again.appointment is not None, timeout=10_000)
    wait_ops(qtbot, window)
    assert again.notes.toPlainText() == "Typed before the crash"
    assert not again.private.isEnabled()  # cannot be kept private without a department
    assert again.draft_state.text() == again.tr("Notes restored from the draft")


def test_a_role_without_consultations_opens_the_person(qtbot: Any, loket: Any) -> None:
    from ui.main import build_main_window

    loket.settings.role = "administrator"
    p = _person(loket)
    aid = _appointment(loket, p.id)
    win, ctx = build_main_window(loket)
    qtbot.addWidget(win)
    win.show()
    try:
        win.show_home()
        wait_ops(qtbot, win)
        tree = win.home.right  # "Appointments today"
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        item = next(i for i in items if (i.data(0, Qt.ItemDataRole.UserRole) or ("",))[1:2] == (aid,))
        tree.itemActivated.emit(item, 0)
        wait_ops(qtbot, win)
        assert win.built("consultation") is None and win.stack.currentWidget() is win.built("person")
    finally:
        ctx.ops.wait_idle(10_000)
        win.close()


def test_signing_in_keeps_the_accounts_department(qtbot: Any, tmp_path: Any) -> None:
    from desk_app.app import Loket
    from ui.signin import SignIn
    from wire.demo import DEMO_PASSWORD

    demo = Loket.open(tmp_path / "demo", demo=True)
    try:
        signin = SignIn(demo)  # the demo's case store did not start: its accounts sign in on the laptop
        assert signin.sign_in("advisor", DEMO_PASSWORD) == (True, "")
        assert demo.settings.department == "sociaal_huis" and demo.department == "sociaal_huis"
        assert signin.sign_in("coordinator", DEMO_PASSWORD) == (True, "")
        assert demo.settings.department == "" and demo.department is None
        assert signin.sign_in("advisor", DEMO_PASSWORD, offline_only=True)[0]  # the lock
        assert demo.department == "sociaal_huis"
    finally:
        demo.close()


def test_every_control_of_the_consultation_has_an_accessible_name(qtbot: Any, advisor_window: Any,
                                                                  loket: Any) -> None:
    from tests.ui.test_accessibility import Audit

    page = _open_from_home(qtbot, advisor_window, _appointment(loket, _person(loket).id))
    audit = Audit()
    audit.screen("consultation", page)
    assert audit.checked > 10 and audit.unnamed == []


def test_the_next_appointment_opens_a_fresh_consultation(qtbot: Any, advisor_window: Any, loket: Any) -> None:
    window = advisor_window
    with loket.store.read() as s:
        first, second = s.scalars(select(Person).order_by(Person.rid).limit(2)).all()
    a1, a2 = _appointment(loket, first.id, "First"), _appointment(loket, second.id, "Second")
    page = _open_from_home(qtbot, window, a1)
    page.notes.setPlainText("About the first citizen")
    page.finish_btn.click()
    qtbot.waitUntil(lambda: page.finished, timeout=10_000)
    wait_ops(qtbot, window)
    page = _open_from_home(qtbot, window, a2)
    assert "Second" in page.reason.text() and second.surname in page.title.text()
    assert first.surname not in page.title.text() or first.surname == second.surname
    assert page.notes.toPlainText() == "" and page.finish_btn.isEnabled() and not page.finished
