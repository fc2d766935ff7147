from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from desk_app.catalogue import DECISION_LETTERS
from desk_app.documents import budget_decision_pdf, case_summary_pdf, decision_pdf
from desk_app.documents.common import format_amount, format_date
from desk_app.documents.service import DECISIONS
from desk_app.services.cases import CaseInvalid

from .helpers import intake, make_person, page_count, pdf_text


def test_case_summary_for_the_file(empty_loket: Any) -> None:
    app = empty_loket
    app.settings.staff_name = "Joke Vermeulen"
    ref = intake(app, make_person(app))
    app.change_status(ref, "in_progress", "We bekijken uw begroting.")
    pdf = case_summary_pdf(app, ref)
    assert page_count(pdf) >= 1
    text = pdf_text(pdf)
    assert "Dossieroverzicht" in text and ref in text and "Nguyễn Çelik Šťastný" in text
    assert "In behandeling" in text and "We bekijken uw begroting." in text
    assert "€ 370,50" in text


def test_budget_decision_with_budget_lines(empty_loket: Any) -> None:
    app = empty_loket
    ref = intake(app, make_person(app, language="fr"))
    with pytest.raises(CaseInvalid):
        budget_decision_pdf(app, ref)
    app.change_status(ref, "approved")
    pdf = budget_decision_pdf(app, ref, granted="300.00", motivation="Le budget est plafonné à 300 €.")
    text = pdf_text(pdf)
    assert "Décision" in text and "Springkasteel" in text and "Soep en brood" in text
    assert "250,00 €" in text and "120,50 €" in text and "370,50 €" in text
    assert format_amount(30000, "fr").replace("\u00a0", " ") in text  # amount granted
    assert "Le budget est plafonné à 300 €." in text
    assert format_date("2026-12-12", "fr") in text


def test_the_decision_letter_is_the_one_its_case_type_declares(empty_loket: Any, monkeypatch: Any) -> None:
    """The case page's "Decision" prints what the case type names in the catalogue (``decision_letter``),
    and a case type that names none has no decision letter (a clear refusal, no PDF)."""
    app = empty_loket
    assert set(DECISION_LETTERS) == set(DECISIONS)  # every name the catalogue accepts can be printed
    ref = intake(app, make_person(app, language="fr"))
    app.change_status(ref, "approved")
    assert app.catalogue.case_types["livability_budget"].decision_letter == "budget_decision"
    text = pdf_text(decision_pdf(app, ref))
    assert "Décision" in text and "Springkasteel" in text
    budget = app.catalogue.case_types["livability_budget"]
    monkeypatch.setitem(app.catalogue.case_types, "livability_budget", dataclasses.replace(budget, decision_letter=None))
    with pytest.raises(CaseInvalid, match="no decision letter"):
        decision_pdf(app, ref)
    with pytest.raises(CaseInvalid, match="no case"):
        decision_pdf(app, "L-nothing")
