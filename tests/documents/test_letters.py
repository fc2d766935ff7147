from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from desk_app.catalogue import CatalogueError, load_catalogue
from desk_app.documents import letter_pdf
from desk_app.documents.letters import LetterData, build_letters, render_letter
from desk_app.documents.templates import LETTERS_DIR, check_templates

from .helpers import intake, make_person, page_count, pdf_text


@pytest.fixture(scope="module")
def catalogue() -> Any:
    return load_catalogue()


@pytest.fixture
def letters_copy(tmp_path: Path) -> Path:
    root = tmp_path / "letters"
    shutil.copytree(LETTERS_DIR, root)
    return root


def test_shipped_templates_are_valid(catalogue: Any) -> None:
    check_templates(catalogue)


def test_unknown_placeholder_is_reported_with_file_line_and_placeholder(catalogue: Any, letters_copy: Path) -> None:
    bad = letters_copy / "fr" / "approved.txt"
    lines = bad.read_text(encoding="utf-8").split("\n")
    lines.insert(4, "Votre numéro : {case.numero}")
    bad.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(CatalogueError) as err:
        check_templates(catalogue, letters_copy)
    assert err.value.problems == [f"{bad}:5: unknown placeholder {{case.numero}}"]


def test_malformed_templates_are_all_reported(catalogue: Any, letters_copy: Path) -> None:
    (letters_copy / "nl" / "rejected.txt").write_text("subject: Beslissing {case.type\n---\nBeste }\n", "utf-8")
    (letters_copy / "de" / "approved.txt").write_text("Betreff ohne Trenner\n", "utf-8")
    (letters_copy / "en" / "unknown_status.txt").write_text("subject: x\n---\nbody\n", "utf-8")
    (letters_copy / "en" / "closed.txt").write_text("subject: x\n---\n{answers.project_title}\n", "utf-8")
    (letters_copy / "fr" / "_default.txt").unlink()
    (letters_copy / "nl" / "no_such_type").mkdir()
    with pytest.raises(CatalogueError) as err:
        check_templates(catalogue, letters_copy)
    problems = "\n".join(err.value.problems)
    assert f"{letters_copy / 'nl' / 'rejected.txt'}:1: unmatched brace '{{'" in problems
    assert f"{letters_copy / 'nl' / 'rejected.txt'}:3: unmatched brace '}}'" in problems
    assert f"{letters_copy / 'de' / 'approved.txt'}:1: expected 'subject: …'" in problems
    assert f"{letters_copy / 'en' / 'unknown_status.txt'}:0: unknown status 'unknown_status'" in problems
    assert f"{letters_copy / 'en' / 'closed.txt'}:3: unknown placeholder {{answers.project_title}}" in problems
    assert f"{letters_copy / 'fr' / '_default.txt'}:0: missing the default letter" in problems
    assert f"{letters_copy / 'nl' / 'no_such_type'}:0: unknown case type 'no_such_type'" in problems


def test_case_type_templates_may_use_that_types_answers(catalogue: Any, letters_copy: Path) -> None:
    tpl = letters_copy / "nl" / "livability_budget" / "approved.txt"
    assert "{answers.project_title}" in tpl.read_text(encoding="utf-8")
    check_templates(catalogue, letters_copy)
    tpl.write_text("subject: x\n---\n{answers.reason}\n", "utf-8")  # a field of another case type
    with pytest.raises(CatalogueError) as err:
        check_templates(catalogue, letters_copy)
    assert len(err.value.problems) == 1
    assert err.value.problems[0].startswith(f"{tpl}:3: unknown placeholder {{answers.reason}}")


def test_catalogue_check_command_reports_template_problems(letters_copy: Path, monkeypatch: Any,
                                                            capsys: Any) -> None:
    from desk_app.documents import templates
    from loket import cli

    (letters_copy / "nl" / "closed.txt").write_text("subject: {status.naam}\n---\nx\n", "utf-8")
    monkeypatch.setattr(templates, "LETTERS_DIR", letters_copy)
    code = cli.main(["catalogue", "check"])
    assert code != 0
    assert f"{letters_copy / 'nl' / 'closed.txt'}:1: unknown placeholder {{status.naam}}" in capsys.readouterr().err


EXPECTED = {
    "nl": ("Uw aanvraag is goedgekeurd", "Beste Nguyễn Çelik Šťastný", "Met vriendelijke groeten"),
    "fr": ("Votre demande a été approuvée", "Madame, Monsieur", "salutations distinguées"),
    "de": ("Ihr Antrag wurde genehmigt", "Guten Tag Nguyễn Çelik Šťastný", "Mit freundlichen Grüßen"),
    "en": ("Your application has been approved", "Dear Nguyễn Çelik Šťastný", "Kind regards"),
}


@pytest.mark.parametrize("lang", ["nl", "fr", "de", "en"])
def test_letter_per_language(empty_loket: Any, lang: str) -> None:
    app = empty_loket
    app.settings.staff_name = "Joke Vermeulen"
    pid = make_person(app, language=lang)
    ref = intake(app, pid, case_type="civil_registry_extract", answers={"record_type": "birth", "copies": 1})
    app.change_status(ref, "approved")
    pdf = letter_pdf(app, ref)
    assert page_count(pdf) == 1
    text = pdf_text(pdf)
    subject, salutation, closing = EXPECTED[lang]
    assert subject in text and salutation in text and closing in text
    assert ref in text and "Nguyễn Çelik Šťastný" in text and "Kerkstraat 12" in text
    status_text = app.catalogue.statuses["approved"].text[lang]
    assert status_text in text


def test_letter_uses_the_clerks_text_and_case_type_template(empty_loket: Any) -> None:
    app = empty_loket
    ref = intake(app, make_person(app))
    app.change_status(ref, "approved", "Proficiat! Het college keurde uw aanvraag goed op 1 december.")
    text = pdf_text(letter_pdf(app, ref))
    assert "Proficiat! Het college keurde uw aanvraag goed op 1 december." in text
    assert "Buurtfeest Kerkstraat" in text and "12 december 2026" in text  # {answers.*}, formatted


def test_language_without_own_status_letter_uses_its_default(catalogue: Any) -> None:
    case = {"case_type": "moving_signs_permit", "track_code": "ABCD-EFGH", "answers": {}, "fee_cents": 0}
    subject, body = render_letter(catalogue, LetterData(case=case, reference="L-12345678", person=None,
                                                        status="planned", language="de"))
    assert subject.endswith(catalogue.statuses["planned"].name["de"])
    assert catalogue.statuses["planned"].text["de"] in body and "Bürgerin, Bürger" in body


def test_batch_of_letters(catalogue: Any) -> None:
    person = {"surname": "Çelik", "given_names": "Emre", "language": "fr",
              "address": {"street_and_number": "Leiestraat 3", "postal_code": "9000", "municipality": "Gent"}}
    case = {"case_type": "id_card_application", "track_code": "ABCD-EFGH", "answers": {"reason": "lost"},
            "fee_cents": 2500, "expected_date": "2026-12-01"}
    pdfs = build_letters(catalogue, [
        LetterData(case=case, reference=f"L-0000000{i}", person=person, status="ready_for_pickup") for i in range(5)
    ])
    assert len(pdfs) == 5
    for i, pdf in enumerate(pdfs):
        text = pdf_text(pdf)
        assert f"L-0000000{i}" in text and "Emre Çelik" in text and "Votre document est prêt" in text
