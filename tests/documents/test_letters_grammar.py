"""Issue 13 §6: letters a city can sign: the city's name and the case type's name with their articles and
cases per language, a rejection with its reason, a "waiting for you" letter with what is missing, and the
livability-budget decision really attached to its approval letter."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desk_app.catalogue import CatalogueError, load_catalogue
from desk_app.documents import letter_pdf
from desk_app.documents.letters import LetterData, render_letter
from resources import RESOURCES_DIR

from .helpers import intake, make_person, pdf_text

LANGS = ("nl", "fr", "de", "en")
PERSON = {"surname": "Peeters", "given_names": "An", "language": "nl",
          "address": {"street_and_number": "Kerkstraat 1", "postal_code": "9999", "municipality": "Meerhoven"}}


@pytest.fixture(scope="module")
def catalogue() -> Any:
    return load_catalogue()


def _render(catalogue: Any, case_type: str, status: str, lang: str, text: str | None = None) -> str:
    case = {"case_type": case_type, "track_code": "ABCD-EFGH", "answers": {}, "fee_cents": 0,
            "expected_date": "2026-12-01"}
    subject, body = render_letter(catalogue, LetterData(case=case, reference="L-12345678", person=PERSON,
                                                        status=status, language=lang, status_text=text))
    return " ".join(f"{subject}\n{body}".replace("\u00a0", " ").split())


@pytest.mark.parametrize(("case_type", "status", "lang", "good", "bad"), [
    ("address_change", "approved", "de", "Ihren Antrag auf Adressänderung", "Ihren Antrag Adressänderung"),
    ("address_change", "rejected", "fr", "votre demande de changement d'adresse",
     "votre demande Changement d'adresse"),
    ("civil_registry_extract", "approved", "en", "your application for a civil registry extract",
     "your application Civil registry extract"),
    ("civil_registry_extract", "rejected", "nl", "uw aanvraag voor een uittreksel uit de burgerlijke stand",
     "uw aanvraag Uittreksel burgerlijke stand"),
    ("address_change", "rejected", "fr", "par écrit auprès de la Ville de Meerhoven",
     "auprès de Ville de Meerhoven"),
    ("address_change", "rejected", "de", "schriftlich bei der Stadt Meerhoven", "bei Stadt Meerhoven"),
    ("address_change", "rejected", "en", "in writing to the City of Meerhoven", "to City of Meerhoven"),
    ("id_card_application", "ready_for_pickup", "fr", "carte d'identité à la Ville de Meerhoven",
     "à Ville de Meerhoven"),
    ("id_card_application", "ready_for_pickup", "de", "mit zur Stadt Meerhoven", "zu Stadt Meerhoven"),
    ("address_change", "received", "fr", "Votre demande (Changement d'adresse) : Reçue",
     "Changement d'adresse : Reçue"),
])
def test_names_take_their_articles_and_cases(catalogue: Any, case_type: str, status: str, lang: str, good: str,
                                              bad: str) -> None:
    text = _render(catalogue, case_type, status, lang)
    assert good in text
    assert bad not in text


def test_every_case_type_and_the_city_have_their_letter_forms_in_every_language(catalogue: Any) -> None:
    for ct in catalogue.case_types.values():
        assert set(ct.application_of) == set(LANGS), ct.code
    for key in ("name_to", "name_at"):
        assert set(catalogue.city[key]) == set(LANGS)


def test_a_missing_letter_form_is_reported_with_file_and_line(tmp_path: Path) -> None:
    root = tmp_path / "catalogue"
    shutil.copytree(RESOURCES_DIR / "catalogue", root)
    ct_path = root / "case_types" / "address_change.yaml"
    text = ct_path.read_text(encoding="utf-8").replace(' de: "auf Adressänderung",', "")
    ct_path.write_text(text, encoding="utf-8")
    city = root / "city.yaml"
    city.write_text(city.read_text(encoding="utf-8").replace('fr: "auprès de la Ville de Meerhoven", ', ""),
                    encoding="utf-8")
    with pytest.raises(CatalogueError) as err:
        load_catalogue(root)
    ct_line = next(i for i, line in enumerate(text.splitlines(), 1) if "application_of" in line)
    city_line = next(i for i, line in enumerate(city.read_text().splitlines(), 1) if "name_at" in line)
    problems = "\n".join(err.value.problems)
    assert f"{ct_path}:{ct_line}: application_of" in problems and "missing the 'de' text" in problems
    assert f"{city}:{city_line}: city name_at: missing the 'fr' text" in problems


REASON = {"nl": "Het plein is die dag al verhuurd.", "fr": "La place est déjà louée ce jour-là.",
          "de": "Der Platz ist an diesem Tag bereits vermietet.", "en": "The square is already let that day."}
HEADING = {"nl": "Reden:", "fr": "Motif :", "de": "Begründung:", "en": "Reason:"}
MISSING = {"nl": "Wat we nog van u nodig hebben:", "fr": "Ce qu'il nous faut encore :",
           "de": "Was wir noch von Ihnen benötigen:", "en": "What we still need from you:"}


@pytest.mark.parametrize("lang", LANGS)
def test_rejection_letter_states_the_reason(empty_loket: Any, lang: str) -> None:
    app = empty_loket
    ref = intake(app, make_person(app, language=lang))
    status = app.catalogue.statuses["rejected"]
    app.change_status(ref, "rejected", status.citizen_text(lang, status.text[lang], REASON[lang]))
    text = pdf_text(letter_pdf(app, ref))
    assert f"{HEADING[lang]} {REASON[lang]}" in text
    assert "explains why" not in text and "leest u waarom" not in text and "explique pourquoi" not in text


@pytest.mark.parametrize("lang", LANGS)
def test_waiting_letter_lists_what_is_missing(empty_loket: Any, lang: str) -> None:
    app = empty_loket
    ref = intake(app, make_person(app, language=lang))
    status = app.catalogue.statuses["waiting_for_citizen"]
    items = "Offerte springkasteel\n\n- Toelating eigenaar plein\n"
    app.change_status(ref, "waiting_for_citizen", status.citizen_text(lang, status.text[lang], items))
    text = pdf_text(letter_pdf(app, ref))
    assert f"{MISSING[lang]} • Offerte springkasteel • Toelating eigenaar plein" in text


@pytest.mark.parametrize("lang", LANGS)
def test_approved_budget_letter_has_the_decision_with_the_budget_attached(empty_loket: Any, lang: str) -> None:
    app = empty_loket
    ref = intake(app, make_person(app, language=lang))
    app.change_status(ref, "approved")
    pdf = letter_pdf(app, ref)
    pages = [" ".join((p.extract_text() or "").replace("\u00a0", " ").split())
             for p in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 2
    annex = {"nl": "Bijlage", "fr": "Annexe", "de": "Anlage", "en": "Annex"}[lang]
    assert annex.lower() in pages[0].lower()  # the letter says where the decision is
    assert pages[1].startswith(annex) or annex in pages[1]
    for word in ("Springkasteel", "Soep en brood", "Buurtfeest Kerkstraat"):
        assert word in pages[1]
    assert "370,50" in pages[1] or "370.50" in pages[1]
