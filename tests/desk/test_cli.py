"""The command line: JSON output, exit code 2 with a one-line reason on invalid input, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from loket.cli import main

NN = "85073003328"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def counts(data_dir: Path) -> list[int]:
    from desk_app.app import Loket

    app = Loket.open(data_dir)
    with app.store.read() as s:
        result = [int(s.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() or 0)
                  for t in ("person", "case", "status_change", "outbox_operation")]
    app.close()
    return result


@pytest.fixture
def laptop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    d = tmp_path / "cli-laptop"
    code, _, err = run(capsys, "person", "new", "--data-dir", str(d), "--national-number", NN,
                       "--surname", "Çelik", "--given-names", "Emre", "--street", "Kerkstraat 1",
                       "--postal-code", "9999", "--municipality", "Meerhoven")
    assert code == 0, err
    return d


def test_case_new_show_status_and_list(laptop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "case", "new", "--data-dir", str(laptop), "--json", "--type", "moving_signs_permit",
                         "--person", NN, "--field", "street_and_number=Kerkstraat 1", "--field", "date_from=2026-12-01",
                         "--field", "date_to=2026-12-02", "--field", "vehicle=van")
    assert code == 0, err
    created = json.loads(out)
    assert created["status"] == "received" and created["fee_cents"] == 3000
    ref = created["reference"]
    code, out, _ = run(capsys, "case", "status", ref, "approved", "--data-dir", str(laptop))
    assert code == 0
    code, out, _ = run(capsys, "case", "show", ref, "--json", "--data-dir", str(laptop))
    shown = json.loads(out)
    assert [h["status"] for h in shown["history"]] == ["received", "approved"]
    assert shown["person"]["surname"] == "Çelik"
    code, out, _ = run(capsys, "case", "list", "--json", "--status", "approved", "--data-dir", str(laptop))
    assert [r["reference"] for r in json.loads(out)] == [ref]
    code, out, _ = run(capsys, "search", "celik", "--json", "--data-dir", str(laptop))
    assert [h["title"] for h in json.loads(out)] == ["Çelik, Emre"]
    code, out, _ = run(capsys, "person", "show", NN, "--json", "--data-dir", str(laptop))
    assert json.loads(out)["history"][0]["ref"] is None
    code, out, _ = run(capsys, "audit", "--json", "--data-dir", str(laptop))
    assert {"search", "open"} <= {e["action"] for e in json.loads(out)}


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["case", "new", "--type", "dragon_licence", "--person", NN], "unknown case type 'dragon_licence'"),
        (["case", "new", "--type", "complaint", "--person", "85073003329", "--field", "subject=x",
          "--field", "description=y"], "check digits do not match"),
        (["case", "new", "--type", "complaint", "--person", NN, "--field", "subject=x"],
         "description: this field is required"),
        (["case", "new", "--type", "livability_budget", "--person", NN, "--field", "project_title=x",
          "--field", "description=y", "--field", "neighbourhood=z", "--field", "event_date=2027-01-01",
          "--field", 'budget_lines=[{"description": "tent", "amount": "900"}]', "--field", "requested_amount=900"],
         "over the maximum of EUR 750.00"),
        (["case", "new", "--type", "complaint", "--person", NN, "--field", "subject"], "--field needs KEY=VALUE"),
        (["case", "new", "--type", "complaint", "--person", "90010100123", "--field", "subject=x",
          "--field", "description=y"], "no person '90010100123'"),
        (["case", "status", "L-DEADBEEF", "closed"], "no case 'L-DEADBEEF'"),
        (["person", "show", "123"], "11 digits"),
    ],
)
def test_invalid_input_exits_2_with_one_line_and_writes_nothing(
    laptop: Path, capsys: pytest.CaptureFixture[str], argv: list[str], reason: str
) -> None:
    before = counts(laptop)
    code, _out, err = run(capsys, *argv, "--data-dir", str(laptop))
    assert code == 2
    assert reason in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert counts(laptop) == before


def test_catalogue_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    from resources import RESOURCES_DIR

    code, out, _ = run(capsys, "catalogue", "check")
    assert code == 0 and "catalogue OK" in out
    root = tmp_path / "cat"
    shutil.copytree(RESOURCES_DIR / "catalogue", root)
    (root / "case_types" / "complaint.yaml").write_text("case_type:\n  code: complaint\n  fields: [\n")
    code, out, err = run(capsys, "catalogue", "check", "--dir", str(root))
    assert code == 2
    assert f"{root / 'case_types' / 'complaint.yaml'}:" in err


def test_db_upgrade_and_demo_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "demo"
    code, out, _ = run(capsys, "db", "upgrade", "--json", "--data-dir", str(d))
    assert code == 0 and json.loads(out)["revision"]
    code, out, _ = run(capsys, "demo-data", "--persons", "30", "--cases", "60", "--json", "--data-dir", str(d))
    assert code == 0 and json.loads(out)["cases"] == 60
    assert counts(d)[:2] == [30, 60]
    code, _, err = run(capsys, "demo-data", "--persons", "0", "--cases", "5", "--data-dir", str(d))
    assert code == 2 and "cases need persons" in err


def test_demo_data_is_valid(tmp_path: Path) -> None:
    from desk_app.app import Loket
    from desk_app.demo import generate
    from desk_app.domain import national_number as nn

    app = Loket.open(tmp_path / "d")
    generate(app.store, app.catalogue, 300, 900)
    with app.store.read() as s:
        numbers = [r[0] for r in s.execute(text("SELECT national_number FROM person"))]
        statuses = {r[0] for r in s.execute(text('SELECT DISTINCT status FROM "case"'))}
        types = {r[0] for r in s.execute(text('SELECT DISTINCT case_type FROM "case"'))}
    assert len(numbers) == len(set(numbers)) == 300
    assert all(nn.parse(n).checksum_valid and nn.parse(n).plausible_date for n in numbers)
    assert types == set(app.catalogue.case_types) and len(statuses) >= 5
    assert app.search("peeters") or app.search("maes")
    app.close()


def test_a_rejection_needs_its_reason_and_a_waiting_status_what_is_missing(
    laptop: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """From the command line as in the status dialog: the letter to the citizen prints why, or what to bring."""
    refs = []
    for fields in (["--type", "moving_signs_permit", "--field", "street_and_number=Kerkstraat 1", "--field",
                    "date_from=2026-12-01", "--field", "date_to=2026-12-02", "--field", "vehicle=van"],
                   ["--type", "complaint", "--field", "subject=Stoep", "--field", "description=Losse tegels"]):
        code, out, err = run(capsys, "case", "new", "--data-dir", str(laptop), "--json", "--person", NN, *fields)
        assert code == 0, err
        refs.append(json.loads(out)["reference"])
    before = counts(laptop)
    code, _, err = run(capsys, "case", "status", refs[0], "rejected", "--data-dir", str(laptop))
    assert code == 2 and "--reason" in err and "Traceback" not in err
    code, _, err = run(capsys, "case", "status", refs[1], "waiting_for_citizen", "--data-dir", str(laptop))
    assert code == 2 and "--missing" in err
    assert counts(laptop) == before  # nothing written
    code, _, err = run(capsys, "case", "status", refs[0], "rejected", "--data-dir", str(laptop),
                       "--reason", "De straat is die dag afgesloten voor een markt.")
    assert code == 0, err
    code, _, err = run(capsys, "case", "status", refs[1], "waiting_for_citizen", "--data-dir", str(laptop),
                       "--missing", "kopie van het inschrijvingsbewijs", "--missing", "plan van de inname")
    assert code == 0, err
    texts = []
    for ref in refs:
        code, out, _ = run(capsys, "case", "show", ref, "--json", "--data-dir", str(laptop))
        texts.append(json.loads(out)["history"][-1]["citizen_text"])
    assert "Reden: De straat is die dag afgesloten voor een markt." in texts[0]
    assert "- kopie van het inschrijvingsbewijs\n- plan van de inname" in texts[1]
    code, _, err = run(capsys, "case", "status", refs[1], "approved", "--data-dir", str(laptop), "--reason", "x")
    assert code == 2 and "takes no --reason" in err
