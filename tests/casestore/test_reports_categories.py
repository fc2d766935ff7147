"""The citizen-report categories (resources/reports/categories.json, loaded by wire.reports): a realistic
two-level set, terms, the status flow, and a ready text for every told status, language and channel."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from desk_app import languages
from wire import reports
from wire.reports import CategoryError


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return dict(json.loads(reports.CATEGORIES_FILE.read_text(encoding="utf-8")))


def test_the_set_has_two_levels_with_the_flemish_basics() -> None:
    cats = reports.load()
    assert len(cats.mains) >= 8 and len(cats.subs) >= 40
    for code in ("sluikstort", "zwerfvuil", "volle_vuilnisbak", "wegdek", "voetpad", "straatverlichting",
                 "verkeersborden", "openbaar_groen", "bomen", "ratten", "graffiti", "geluidsoverlast",
                 "verkeersveiligheid", "foutparkeren"):
        sub = cats.subs[code]
        assert sub.department in cats.departments and sub.priority in cats.priorities
        assert set(sub.names) == set(languages.LANGUAGES)
    assert cats.languages == languages.LANGUAGES  # the one list of languages


def test_every_told_status_has_a_text_for_every_sub_category_language_and_channel() -> None:
    cats = reports.load()
    assert cats.channels == ("mail", "sms", "letter", "phone")
    told = [s for s in cats.statuses.values() if s.tell_citizen]
    assert {"gemeld", "afgehandeld"} <= {s.code for s in told}
    assert cats.missing_texts() == []
    # Overrides: a sub-category's own text, else its main category's, else the default.
    assert "rattenbestrijder" in (cats.text("ratten", "ingepland", "nl", "sms") or "")
    assert "stadsreiniging" in (cats.text("sluikstort", "afgehandeld", "nl", "mail") or "")
    assert "stadsreiniging" not in (cats.text("wegdek", "afgehandeld", "nl", "mail") or "")


def test_the_status_flow() -> None:
    cats = reports.load()
    assert cats.first_status == "gemeld"
    for middle in ("ingepland", "in_behandeling", "wacht_op_derde"):
        assert cats.may_change("gemeld", middle)
        assert cats.may_change(middle, "afgehandeld") and cats.may_change(middle, "geannuleerd")
    assert not cats.may_change("afgehandeld", "in_behandeling")
    assert cats.may_change("afgehandeld", "heropend") and cats.may_change("geannuleerd", "heropend")
    assert cats.may_change("heropend", "in_behandeling")
    assert not cats.statuses["afgehandeld"].open and cats.statuses["heropend"].open


def _broken(doc: dict[str, Any], change: Any) -> str:
    bad = copy.deepcopy(doc)
    change(bad)
    with pytest.raises(CategoryError) as info:
        reports.parse(bad)
    return info.value.path + ": " + info.value.problem


def test_a_missing_text_names_what_is_missing(doc: dict[str, Any]) -> None:
    def drop(d: dict[str, Any]) -> None:
        del d["texts"]["wacht_op_derde"]["de"]["letter"]

    msg = _broken(doc, drop)
    assert msg.startswith("texts: no text for ") and "/wacht_op_derde/de/letter" in msg


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d["categories"][1]["subcategories"][2]["term"].update(unit="weeks"),
     "categories[1].subcategories[2].term.unit: must be one of working_days, calendar_days"),
    (lambda d: d["categories"][0]["subcategories"][0]["term"].update(days=0),
     "categories[0].subcategories[0].term.days: must be a whole number of days from 1 to 365"),
    (lambda d: d["categories"][0]["subcategories"][1].update(department="nowhere"),
     "categories[0].subcategories[1].department: 'nowhere' is not a department (see departments)"),
    (lambda d: d["categories"][2]["names"].pop("fr"), "categories[2].names.fr: is missing"),
    (lambda d: d["statuses"]["gemeld"]["next"].append("verdwenen"),
     "statuses.gemeld.next[5]: 'verdwenen' is not a status"),
    (lambda d: d["categories"][3]["subcategories"].append(copy.deepcopy(d["categories"][0]["subcategories"][0])),
     "categories[3].subcategories[6].code: 'sluikstort' is used twice"),
    (lambda d: d["texts"]["gemeld"]["nl"].update(fax="x"), "texts.gemeld.nl.fax: is not a channel (known: "
                                                            "mail, sms, letter, phone)"),
    (lambda d: d["categories"][6]["subcategories"][0]["texts"]["ingepland"]["fr"].update(sms="Réf. {referentie}"),
     "categories[6].subcategories[0].texts.ingepland.fr.sms: {referentie} is not a placeholder (known: name, "
     "reference, category, deadline, department, reason, city, staff)"),
    (lambda d: d["texts"]["afgehandeld"]["en"].update(mail="Done {reference"),
     "texts.afgehandeld.en.mail: has a lone { or } (expected '}' before end of string); write {{ or }} for a brace"),
])
def test_a_bad_file_is_refused_with_the_key_path(doc: dict[str, Any], change: Any, expected: str) -> None:
    assert _broken(doc, change) == expected


def test_a_file_that_is_not_json_says_where(tmp_path: Any) -> None:
    bad = tmp_path / "categories.json"
    bad.write_text('{"languages": ["nl",]}', encoding="utf-8")
    with pytest.raises(CategoryError, match=r"^categories.json:1:\d+: not valid JSON"):
        reports.load(bad)


def test_a_text_is_filled_in_for_the_citizen() -> None:
    cats = reports.load()
    text = cats.render("ratten", "ingepland", "nl", "sms", {"city": "Mechelen", "reference": "M2026-000042"})
    assert text == ("Stad Mechelen: de rattenbestrijder komt langs voor uw melding M2026-000042. "
                    "Laat geen voedsel buiten staan.")
    letter = cats.render("wegdek", "gemeld", "fr", "letter", {"name": "Dupont", "category": "nid-de-poule",
                                                               "reference": "M2026-000043", "deadline": "9/1/2026"})
    assert "Madame, Monsieur Dupont," in letter and "au plus tard le 9/1/2026" in letter and "{" not in letter
