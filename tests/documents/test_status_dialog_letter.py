"""Issue 13 §6: the status dialog asks for a rejection's reason and for what is still missing (required
there) and the letter prints them, in the citizen's language."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("pytestqt")

from desk_app.documents import letter_pdf
from ui.cases.page import StatusDialog
from ui.main import create_context

from .helpers import intake, make_person, pdf_text

LANGS = ("nl", "fr", "de", "en")
HEADING = {"nl": "Reden:", "fr": "Motif :", "de": "Begründung:", "en": "Reason:"}
MISSING = {"nl": "Wat we nog van u nodig hebben:", "fr": "Ce qu'il nous faut encore :",
           "de": "Was wir noch von Ihnen benötigen:", "en": "What we still need from you:"}


def _dialog(qtbot: Any, app: Any, ref: str, status: str) -> StatusDialog:
    view = app.case(ref)
    lang = (view.person or {}).get("language") or "nl"
    dialog = StatusDialog(create_context(app), view.case, lang)
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData(status))
    return dialog


@pytest.mark.parametrize("lang", LANGS)
def test_rejection_needs_a_reason_and_the_letter_prints_it(qtbot: Any, empty_loket: Any, lang: str) -> None:
    app = empty_loket
    ref = intake(app, make_person(app, language=lang))
    dialog = _dialog(qtbot, app, ref, "rejected")
    dialog.show()
    assert dialog.detail.isVisibleTo(dialog)
    dialog.accept()  # no reason yet: refused, the dialog stays open with a message
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.detail_error.isVisibleTo(dialog) and dialog.detail_error.text()
    dialog.detail.setPlainText("Het plein is die dag al verhuurd aan de kermis.")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    status, text = dialog.values()
    app.change_status(ref, status, text)
    letter = pdf_text(letter_pdf(app, ref))
    assert f"{HEADING[lang]} Het plein is die dag al verhuurd aan de kermis." in letter


@pytest.mark.parametrize("lang", LANGS)
def test_waiting_needs_the_missing_items_and_the_letter_lists_them(qtbot: Any, empty_loket: Any,
                                                                    lang: str) -> None:
    app = empty_loket
    ref = intake(app, make_person(app, language=lang))
    dialog = _dialog(qtbot, app, ref, "waiting_for_citizen")
    dialog.show()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.detail_error.isVisibleTo(dialog)
    dialog.detail.setPlainText("Offerte van het springkasteel\nToelating van de eigenaar van het plein\n")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    app.change_status(ref, *dialog.values())
    letter = pdf_text(letter_pdf(app, ref))
    assert (f"{MISSING[lang]} • Offerte van het springkasteel • Toelating van de eigenaar van het plein"
            in letter)


def test_other_statuses_ask_for_nothing_more(qtbot: Any, empty_loket: Any) -> None:
    app = empty_loket
    ref = intake(app, make_person(app))
    dialog = _dialog(qtbot, app, ref, "in_progress")
    dialog.show()
    assert not dialog.detail.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values() == ("in_progress", app.catalogue.statuses["in_progress"].text["nl"])
