"""Issue 14 §5: per-city behaviour comes from the catalogue, not from case-type names in the GUI. A case type
that declares a decision letter gets it on the case page; the card review starts the case type city.yaml's
``card_review`` names for a new address. Each test runs on a temporary catalogue that differs from the shipped one."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desk_app.catalogue import load_catalogue, text_in
from resources import RESOURCES_DIR
from tests.ui.conftest import wait_ops


def _catalogue(tmp_path: Path, edits: dict[str, tuple[str, str]]) -> Any:
    """The shipped catalogue with ``edits`` (file → (old, new)) applied."""
    root = tmp_path / "catalogue"
    shutil.copytree(RESOURCES_DIR / "catalogue", root)
    for name, (old, new) in edits.items():
        path = root / name
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new), encoding="utf-8")
    return load_catalogue(root)


def _open(tmp_path: Path, catalogue: Any) -> Any:
    from desk_app.app import Loket
    from desk_app.demo import generate

    app = Loket.open(tmp_path / "laptop", catalogue=catalogue)
    app.settings.staff_user = "clerk1"
    app.settings.staff_name = "Clerk One"
    generate(app.store, app.catalogue, 3, 0, pending=True)
    return app


@pytest.fixture
def complaint_decides(tmp_path: Path) -> Iterator[Any]:
    """A Loket whose catalogue gives the complaint a decision letter and the livability budget none."""
    cat = _catalogue(tmp_path, {
        "case_types/livability_budget.yaml": ("  decision_letter: budget_decision\n", ""),
        "case_types/complaint.yaml": ("  department: klachten\n",
                                      "  department: klachten\n  decision_letter: budget_decision\n"),
    })
    app = _open(tmp_path, cat)
    yield app
    app.close()


def test_the_case_page_offers_the_decision_letter_its_case_type_declares(qtbot: Any, complaint_decides: Any) -> None:
    from sqlalchemy import select

    from desk_app.store.models import Person
    from ui.main import build_main_window

    loket = complaint_decides
    with loket.store.read() as s:
        person_id = s.scalars(select(Person.id)).first()
    refs = {}
    for code in ("complaint", "livability_budget"):
        ct = loket.catalogue.case_types[code]
        assert ct.demo is not None
        _, refs[code] = loket.intake(code, person_id, ct.demo.make(random.Random(1), "Kerkstraat 1", "2026-06-01"))
    win, ctx = build_main_window(loket)
    qtbot.addWidget(win)
    win.show()
    try:
        for code, offered in (("complaint", True), ("livability_budget", False)):
            win.show_case(refs[code])
            wait_ops(qtbot, win)
            assert win.case.view is not None and win.case.view.case["case_type"] == code
            menu = win.case.documents_menu()
            kinds = [a.data() for a in menu.actions()]
            assert kinds[:3] == ["receipt", "letter", "summary"]
            assert ("decision" in kinds) is offered, (code, kinds)
    finally:
        ctx.ops.wait_idle(10_000)
        win.close()


def test_the_review_dialog_offers_no_intake_when_the_catalogue_names_none(qtbot: Any) -> None:
    from desk_app.services.persons import FieldDiff
    from ui.card.panel import CardReviewDialog

    diffs = [FieldDiff("address", "A 1, 9999 X", "B 2, 9999 X")]
    offered = CardReviewDialog(diffs, intake_name="Signalisatievergunning")
    none = CardReviewDialog(diffs, intake_name=None)
    for dlg in (offered, none):
        qtbot.addWidget(dlg)
        dlg.show()
    assert offered.address_intake.isVisible() and offered.wants_address_intake()
    assert offered.address_intake.toolTip() == "Signalisatievergunning"
    assert not none.address_intake.isVisible() and not none.wants_address_intake()


@pytest.mark.pcsc
def test_the_card_review_starts_the_case_type_the_catalogue_names(qtbot: Any, tmp_path: Path) -> None:
    from desk_app.services import persons
    from desk_app.store.models import Person
    from tests.ui.test_right_citizen import _answer, _desk, _insert, _register

    cat = _catalogue(tmp_path, {"city.yaml": ("address_changed: address_change",
                                              "address_changed: moving_signs_permit")})
    loket = _open(tmp_path, cat)
    try:
        with _desk(qtbot, loket) as (win, panel, stack):
            _insert(qtbot, win, panel, stack, "v18-ec")
            pid = _register(qtbot, win, panel)
            with loket.store.write() as s:
                person = s.get(Person, pid)
                assert person is not None
                persons.add_address(s, "test", person, "Oude Baan 1", "9999", "Meerhoven", "declared")
            panel.auto_review = True
            # the review comes up by itself; the clerk keeps the offered intake (ticked) and applies
            timer = _answer(lambda: getattr(panel, "review_dialog", None), lambda dlg: dlg.apply_btn.click())
            _insert(qtbot, win, panel, stack, "v18-ec")
            qtbot.waitUntil(lambda: win.stack.currentWidget() is win.intake, timeout=5000)
            timer.stop()
            name = text_in(cat.case_types["moving_signs_permit"].name, win.ctx.lang)
            assert panel.review_dialog.address_intake.toolTip() == name  # the dialog says which intake it starts
            page = win.intake
            assert page.case_type is not None and page.case_type.code == "moving_signs_permit"
            assert page.person is not None and page.person["id"] == pid
            assert page.editors["street_and_number"].value() == panel.card.street_and_number
    finally:
        loket.close()
