"""The city's catalogue: shipped files are valid; malformed files are reported with file, line, reason;
form validation and suggestion rules."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from desk_app.catalogue import CatalogueError, FormInvalid, load_catalogue
from resources import RESOURCES_DIR


def copy_catalogue(tmp_path: Path) -> Path:
    root = tmp_path / "catalogue"
    shutil.copytree(RESOURCES_DIR / "catalogue", root)
    return root


def test_shipped_catalogue_has_the_required_case_types() -> None:
    cat = load_catalogue()
    assert {"address_change", "id_card_application", "civil_registry_extract", "moving_signs_permit",
            "livability_budget", "citizen_report", "complaint", "reservation",
            "social_services_referral"} <= set(cat.case_types)
    for ct in cat.case_types.values():
        assert ct.department in cat.departments
        assert all(s in cat.statuses for s in ct.statuses)
        assert set(ct.name) == {"nl", "fr", "de", "en"}
    for status in cat.statuses.values():
        assert set(status.text) == {"nl", "fr", "de", "en"}


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    root = copy_catalogue(tmp_path)
    path = root / "case_types" / "complaint.yaml"
    lines = path.read_text().splitlines()
    lines[4] = "  processing_days: [30"  # line 5: unclosed flow sequence
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root)
    assert any(p.startswith(f"{path}:") for p in info.value.problems)


def test_semantic_errors_name_file_line_and_reason(tmp_path: Path) -> None:
    root = copy_catalogue(tmp_path)
    path = root / "case_types" / "reservation.yaml"
    text = path.read_text()
    text = text.replace("department: vrije_tijd", "department: sport")
    text = text.replace("type: integer", "type: nummer")
    path.write_text(text)
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root)
    problems = "\n".join(info.value.problems)
    dep_line = next(i for i, line in enumerate(text.splitlines(), 1) if "department: sport" in line)
    type_line = next(i for i, line in enumerate(text.splitlines(), 1) if "type: nummer" in line)
    assert f"{path}:{dep_line}: unknown department 'sport'" in problems
    assert f"{path}:{type_line}: field 'participants' has unknown type 'nummer'" in problems


def test_rule_for_unknown_case_type_is_an_error(tmp_path: Path) -> None:
    root = copy_catalogue(tmp_path)
    path = root / "suggestions.yaml"
    path.write_text(path.read_text().replace("suggest: moving_signs_permit", "suggest: moving_van"))
    with pytest.raises(CatalogueError, match="unknown case type 'moving_van'"):
        load_catalogue(root)


def test_missing_translation_is_an_error(tmp_path: Path) -> None:
    root = copy_catalogue(tmp_path)
    path = root / "statuses.yaml"
    path.write_text(path.read_text().replace('      de: "Wir haben Ihren Antrag erhalten."\n', ""))
    with pytest.raises(CatalogueError, match="missing the 'de' text"):
        load_catalogue(root)


def test_cache_serves_an_unchanged_catalogue_and_notices_edits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from desk_app import catalogue_files

    root, cache = copy_catalogue(tmp_path), tmp_path / "cache" / "catalogue-cache.json"
    first = load_catalogue(root, cache_file=cache)
    assert cache.exists()
    parsed: list[Path] = []
    real = catalogue_files.load_yaml
    def counting(path: Path, problems: list[str]) -> object:
        parsed.append(path)
        return real(path, problems)

    monkeypatch.setattr(catalogue_files, "load_yaml", counting)
    second = load_catalogue(root, cache_file=cache)
    assert parsed == []  # nothing parsed: every document came from the cache
    assert second.case_types == first.case_types and second.statuses == first.statuses
    assert second.rules == first.rules and second.city == first.city
    # an edited file is parsed again; the others still come from the cache
    path = root / "case_types" / "complaint.yaml"
    path.write_text(path.read_text().replace("processing_days: 30", "processing_days: 12"))
    os.utime(path, ns=(1, 1))  # a different stamp even on a coarse clock
    third = load_catalogue(root, cache_file=cache)
    assert parsed == [path] and third.case_types["complaint"].processing_days == 12
    assert load_catalogue(root, cache_file=cache).case_types["complaint"].processing_days == 12
    # an edit that breaks the file is reported with its line, cache or not
    path.write_text(path.read_text().replace("department: ", "department: nergens_"))
    os.utime(path, ns=(2, 2))
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root, cache_file=cache)
    assert any(p.startswith(f"{path}:") and not p.startswith(f"{path}:0:") for p in info.value.problems)
    # a damaged cache is ignored
    path.write_text(path.read_text().replace("department: nergens_", "department: "))
    cache.write_text("{not json")
    assert load_catalogue(root, cache_file=cache).case_types.keys() == first.case_types.keys()


def test_livability_budget_is_capped_and_must_add_up() -> None:
    cat = load_catalogue()
    ct = cat.case_type("livability_budget")
    base = {"project_title": "Buurtfeest", "description": "BBQ", "neighbourhood": "Kerkstraat",
            "event_date": "2027-06-01"}
    ok = cat.validate_answers(ct, base | {
        "budget_lines": '[{"description": "Tent", "amount": "500"}, {"description": "Drank", "amount": "250,00"}]',
        "requested_amount": "750"})
    assert ok["requested_amount"] == "750.00"
    assert ok["budget_lines"][1] == {"description": "Drank", "amount": "250.00"}
    with pytest.raises(FormInvalid) as info:
        cat.validate_answers(ct, base | {"budget_lines": '[{"description": "Tent", "amount": "800"}]',
                                         "requested_amount": "800"})
    fields = {p.field: p.message for p in info.value.problems}
    assert "over the maximum of EUR 750.00" in fields["budget_lines"]
    assert "at most EUR 750.00" in fields["requested_amount"]
    with pytest.raises(FormInvalid, match=r"must equal the budget total EUR 300\.00"):
        cat.validate_answers(ct, base | {"budget_lines": '[{"description": "Tent", "amount": "300"}]',
                                         "requested_amount": "200"})


def test_form_validation_reports_every_problem_at_once() -> None:
    cat = load_catalogue()
    ct = cat.case_type("address_change")
    with pytest.raises(FormInvalid) as info:
        cat.validate_answers(ct, {"postal_code": "90000", "household_members": "zero", "colour": "red"})
    fields = {p.field for p in info.value.problems}
    assert {"street_and_number", "municipality", "move_date", "postal_code", "household_members", "colour"} <= fields


def test_conditional_and_date_order_rules() -> None:
    cat = load_catalogue()
    ct = cat.case_type("id_card_application")
    with pytest.raises(FormInvalid, match=r"police_report_number: this field is required"):
        cat.validate_answers(ct, {"reason": "stolen"})
    assert cat.validate_answers(ct, {"reason": "lost"})["urgency"] == "normal"
    assert cat.fee_cents(ct, {"urgency": "urgent"}) == 12000
    signs = cat.case_type("moving_signs_permit")
    with pytest.raises(FormInvalid, match="date_to: must not be before date_from"):
        cat.validate_answers(signs, {"street_and_number": "Kerkstraat 1", "date_from": "2027-01-10",
                                     "date_to": "09/01/2027", "vehicle": "van"})


def test_suggestion_rules() -> None:
    cat = load_catalogue()
    today = dt.date(2026, 11, 23)
    found = {s.case_type: s for s in cat.suggestions("address_change", today=today)}
    assert "moving_signs_permit" in found
    assert "verhuiswagen" in found["moving_signs_permit"].reason["nl"]
    assert "social_services_referral" in {s.case_type for s in cat.suggestions("id_card_application",
                                                                               fee_unpaid=True, today=today)}
    expiring = cat.suggestions(None, card_valid_until=today + dt.timedelta(days=40), today=today)
    assert [s.case_type for s in expiring] == ["id_card_application"]
    assert cat.suggestions(None, card_valid_until=today + dt.timedelta(days=200), today=today) == []
    # no suggestion for what the person already has open
    assert "moving_signs_permit" not in {
        s.case_type for s in cat.suggestions("address_change", open_case_types={"moving_signs_permit"}, today=today)
    }


def test_every_form_label_is_in_the_four_languages() -> None:
    """The desk shows forms in the clerk's language (nl, fr, de, en): no label falls back to Dutch."""
    from desk_app.catalogue import load_catalogue

    missing = []
    for code, ct in load_catalogue().case_types.items():
        for f in ct.fields:
            missing += [f"{code}.{f.key} ({lang})" for lang in ("nl", "fr", "de", "en") if lang not in f.label]
            for o in f.options or []:
                missing += [f"{code}.{f.key}={o.value} ({lang})" for lang in ("nl", "fr", "de", "en")
                            if lang not in o.label]
    assert missing == []


# ---------------------------------------------------------------- per-city behaviour in the catalogue (issue 14 §5)
def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_decision_letter_comes_from_the_case_type(tmp_path: Path) -> None:
    assert load_catalogue().case_types["livability_budget"].decision_letter == "budget_decision"
    root = copy_catalogue(tmp_path)
    path = root / "case_types" / "complaint.yaml"
    path.write_text(path.read_text() + "  decision_letter: budget_decision\n")
    cat = load_catalogue(root)
    assert cat.case_types["complaint"].decision_letter == "budget_decision"
    assert cat.case_types["address_change"].decision_letter is None


def test_unknown_decision_letter_is_reported_with_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from loket.cli import main

    root = copy_catalogue(tmp_path)
    path = root / "case_types" / "livability_budget.yaml"
    path.write_text(path.read_text().replace("decision_letter: budget_decision", "decision_letter: beslissing"))
    line = _line_of(path, "decision_letter: beslissing")
    code = main(["catalogue", "check", "--dir", str(root)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{path}:{line}: unknown decision letter 'beslissing' (known: budget_decision)" in err


def test_card_review_names_the_case_type_it_starts(tmp_path: Path) -> None:
    shipped = load_catalogue()
    assert shipped.card_review_case_type("address_changed") is shipped.case_types["address_change"]
    root = copy_catalogue(tmp_path)
    city = root / "city.yaml"
    city.write_text(city.read_text().replace("address_changed: address_change", "address_changed: complaint"))
    cat = load_catalogue(root)
    assert cat.card_review_case_type("address_changed") is cat.case_types["complaint"]
    city.write_text(city.read_text().replace("card_review:\n  address_changed: complaint\n", ""))
    assert load_catalogue(root).card_review_case_type("address_changed") is None  # the review offers no intake


def test_card_review_errors_name_file_and_line(tmp_path: Path) -> None:
    root = copy_catalogue(tmp_path)
    city = root / "city.yaml"
    city.write_text(city.read_text().replace("address_changed: address_change",
                                             "address_changed: verhuis\n  card_expired: id_card_application"))
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root)
    problems = info.value.problems
    assert f"{city}:{_line_of(city, 'verhuis')}: card review address_changed starts unknown case type 'verhuis'" in problems
    assert (f"{city}:{_line_of(city, 'card_expired')}: unknown card review event 'card_expired' "
            "(known: address_changed)") in problems


def test_demo_answers_come_from_the_catalogue(tmp_path: Path) -> None:
    import random

    from desk_app.demo import _answers

    root = copy_catalogue(tmp_path)
    path = root / "case_types" / "complaint.yaml"
    path.write_text(path.read_text().replace("subject: Wachttijd", 'subject: "Parkeren in {street}"'))
    ct = load_catalogue(root).case_types["complaint"]
    answers = _answers(ct, random.Random(3), "Molenstraat 2")
    assert answers == {"subject": "Parkeren in Molenstraat 2", "description": "Lange wachttijd aan het loket"}
    # a value of demo_draws is drawn once per case: the same at each use, within its bounds
    budget = load_catalogue().case_types["livability_budget"]
    for seed in range(20):
        b = _answers(budget, random.Random(seed), "Molenstraat 2")
        assert b["budget_lines"][0]["amount"] == b["requested_amount"]
        assert 50 <= int(b["requested_amount"].split(".")[0]) <= 400


def test_demo_answers_that_do_not_fit_the_form_are_reported(tmp_path: Path) -> None:
    root = copy_catalogue(tmp_path)
    path = root / "case_types" / "id_card_application.yaml"
    path.write_text(path.read_text().replace("reason: {one_of: [expired, lost, damaged]}",
                                             "reason: {one_of: [expired, lost, eaten]}")
                    .replace("urgency: normal", "urgency: normal\n    colour: blue\n    police_report_number: '{case}'"))
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root)
    problems = info.value.problems
    assert f"{path}:{_line_of(path, 'colour: blue')}: demo answer for unknown field 'colour'" in problems
    assert any(p.startswith(f"{path}:{_line_of(path, 'police_report_number:')}: unknown placeholder {{case}}")
               for p in problems), problems
    path.write_text(path.read_text().replace("    colour: blue\n", "").replace("'{case}'", "'{street}'"))
    with pytest.raises(CatalogueError) as info:
        load_catalogue(root)  # the last option, "eaten", is not one of the form's
    line = _line_of(path, "eaten")
    demo = [p for p in info.value.problems if "demo" in p]
    assert len(demo) == 1
    assert demo[0].startswith(f"{path}:{line}: demo answer for 'reason' does not fit the form: 'eaten' is not one of: ")
