"""``eid read`` command: JSON shape and exit codes, run as a separate process like a clerk would."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from eid.cli import register
from eid.simulator.card import SimOptions
from eid.simulator.harness import VirtualReaderStack
from eid.simulator.synthetic import synthetic_card, synthetic_options, synthetic_pki
from tests.eid.conftest import REPO_ROOT

pytestmark = pytest.mark.pcsc

JSON_KEYS = {
    "card": {"number", "chip_number", "valid_from", "valid_until", "issuing_municipality", "document_type",
             "document_type_name", "applet_version"},
    "person": {"national_number", "surname", "given_names", "third_initial", "nationality", "birth_place",
               "birth_date", "birth_date_raw", "sex", "nobility", "special_status", "special_organisation",
               "member_of_family"},
    "foreigner": {"work_permit", "employer_vat_1", "employer_vat_2", "regional_file_number", "brexit_mention_1",
                  "brexit_mention_2", "card_a_mention_1", "card_a_mention_2", "eu_start_date",
                  "date_and_country_of_protection"},
    "address": {"street_and_number", "postal_code", "municipality"},
    "photo": {"bytes", "sha256"},
    "verification": {"status", "identity_signature", "address_signature", "photo_hash", "basic_key_hash", "chain",
                     "reasons"},
    "timing_ms": {"identity_and_address", "total"},
}


def run_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eid.cli", "eid", "read", *args],
        env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=60,
    )


def test_register_adds_eid_read() -> None:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["eid", "read", "--reader", "X", "--trust-root", "a.pem", "--trust-root", "b.pem",
                              "--photo", "p.jpg", "--json"])
    assert args.reader == "X" and [str(p) for p in args.trust_root] == ["a.pem", "b.pem"] and args.json
    assert callable(args.func)


def test_json_output_untrusted_then_valid_with_trust_root(reader_stack: VirtualReaderStack, tmp_path: Path) -> None:
    image = synthetic_card("v18-ec")
    reader_stack.insert(image)
    proc = run_cli(reader_stack.env, "--json", "--photo", str(tmp_path / "photo.jpg"))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert {k: set(v) for k, v in data.items()} == JSON_KEYS
    assert data["verification"]["status"] == "untrusted"
    assert data["verification"]["chain"] is False
    assert data["verification"]["identity_signature"] is True
    assert data["card"]["applet_version"] == "1.8"
    assert data["card"]["valid_from"] == "2024-03-05"
    assert data["person"]["birth_date"] == "1985-03-08"
    assert data["person"]["sex"] == "M"
    assert data["person"]["special_status"] == {"code": 0, "name": "none"}
    assert data["foreigner"]["work_permit"] is None
    assert data["photo"]["bytes"] == len(image.files["3F00DF014035"])
    assert (tmp_path / "photo.jpg").read_bytes() == image.files["3F00DF014035"]
    assert data["timing_ms"]["total"] >= data["timing_ms"]["identity_and_address"] > 0

    root = tmp_path / "test-root.pem"
    root.write_bytes(synthetic_pki("ec").root_cert.public_bytes(Encoding.PEM))
    proc = run_cli(reader_stack.env, "--json", "--trust-root", str(root))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["verification"]["status"] == "valid"


def test_year_only_birth_date_json(reader_stack: VirtualReaderStack) -> None:
    reader_stack.insert(synthetic_card("year-only"))
    data = json.loads(run_cli(reader_stack.env, "--json").stdout)
    assert data["person"]["birth_date"] == "1962"
    assert data["person"]["birth_date_raw"] == "        1962"


def test_tampered_card_still_exit_0_but_invalid(reader_stack: VirtualReaderStack) -> None:
    reader_stack.insert(synthetic_card("tampered-photo"))
    proc = run_cli(reader_stack.env, "--json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["verification"]["status"] == "invalid"


def test_readable_summary(reader_stack: VirtualReaderStack) -> None:
    reader_stack.insert(synthetic_card("v17-rsa-fr"))
    proc = run_cli(reader_stack.env, "--reader", reader_stack.reader_name)
    assert proc.returncode == 0, proc.stderr
    assert "Exemple, Marie Synthétique" in proc.stdout
    assert "1975-04-26" in proc.stdout
    assert "UNTRUSTED" in proc.stdout


@pytest.mark.parametrize(
    ("kind", "options", "code", "error"),
    [
        ("not-activated", None, 5, "card_not_activated"),
        ("not-eid", None, 5, "not_eid"),
        ("v18-ec", SimOptions(remove_after_apdus=8), 5, "card_removed"),
    ],
)
def test_unreadable_cards_exit_5(
    reader_stack: VirtualReaderStack, kind: str, options: SimOptions | None, code: int, error: str
) -> None:
    reader_stack.insert(synthetic_card(kind), options or synthetic_options(kind))
    proc = run_cli(reader_stack.env, "--json", "--reader", reader_stack.reader_name)
    assert proc.returncode == code, proc.stderr
    assert json.loads(proc.stdout)["error"]["code"] == error
    assert proc.stderr.strip()


def test_no_card_exit_4(reader_stack: VirtualReaderStack) -> None:
    proc = run_cli(reader_stack.env)
    assert proc.returncode == 4
    assert "No card" in proc.stderr


def test_unknown_reader_exit_3(reader_stack: VirtualReaderStack) -> None:
    proc = run_cli(reader_stack.env, "--reader", "Nonexistent reader")
    assert proc.returncode == 3


def test_missing_trust_root_file_is_usage_error(reader_stack: VirtualReaderStack, tmp_path: Path) -> None:
    proc = run_cli(reader_stack.env, "--trust-root", str(tmp_path / "missing.pem"))
    assert proc.returncode == 2


def test_pcscd_not_running_exit_3(tmp_path: Path) -> None:
    env = dict(__import__("os").environ)
    env["PCSCLITE_CSOCK_NAME"] = str(tmp_path / "nothing-here" / "pcscd.comm")
    proc = run_cli(env, "--json")
    assert proc.returncode == 3
    assert json.loads(proc.stdout)["error"]["code"] == "pcsc_not_running"


def test_summary_flags_specimen_national_number(reader_stack: VirtualReaderStack) -> None:
    from eid.simulator.card import CardImage
    from tests.eid.conftest import card_file

    reader_stack.insert(CardImage.from_directory(card_file("specimen-alice")))
    proc = run_cli(reader_stack.env)
    assert proc.returncode == 0, proc.stderr
    assert "71.71.51-000.70 (valid checksum, impossible date (specimen?))" in proc.stdout


def run_desk_app(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """``desk-app eid read`` as installed (the desk's CLI with the eid commands registered)."""
    return subprocess.run(
        [sys.executable, "-m", "loket.cli", "eid", "read", *args],
        env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=60,
    )


@pytest.mark.parametrize(
    ("kind", "status"),
    [("version", "unverifiable"), ("issuer-value", "unverifiable"), ("issuer-type", "unverifiable"),
     ("signature-algorithm", "untrusted")],
)
def test_damaged_rrn_certificate_reads_with_a_warning_not_a_traceback(
    reader_stack: VirtualReaderStack, tmp_path: Path, kind: str, status: str
) -> None:
    """Issue 12 §4: a card whose RRN certificate is damaged ended ``desk-app eid read`` with a
    traceback (exit 1). The card is read (exit 0, as documented for any verification status) and
    the clerk is told not to rely on it, even with the card's test root trusted."""
    from tests.eid.damage import damage_certificate

    image = synthetic_card("v18-ec")
    image = image.with_file("3F00DF00503C", damage_certificate(image.files["3F00DF00503C"], kind))
    reader_stack.insert(image)
    root = tmp_path / "test-root.pem"
    root.write_bytes(synthetic_pki("ec").root_cert.public_bytes(Encoding.PEM))
    proc = run_desk_app(reader_stack.env, "--json", "--trust-root", str(root))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    data = json.loads(proc.stdout)
    assert data["verification"]["status"] == status
    assert any("RRN certificate" in r for r in data["verification"]["reasons"])
    assert data["person"]["surname"] == "Testpersoon"
    summary = run_cli(reader_stack.env, "--trust-root", str(root))
    assert summary.returncode == 0, summary.stderr
    assert f"Verification:    {status.upper()}" in summary.stdout
    assert "Do not rely on it" in summary.stdout or "could not be verified" in summary.stdout


def test_non_ascii_digit_in_birth_date_reads_with_the_raw_text(reader_stack: VirtualReaderStack) -> None:
    """Issue 12 §4: '᧚' (a digit to str.isdigit(), not to int()) in the birth date ended the read
    with a ValueError traceback. The card reads; the birth date is unknown and its text is kept."""
    from eid.simulator.synthetic import make_card

    reader_stack.insert(make_card(applet=0x18, birth_text="01 ᧚ 1971", name="odd-digit"))
    proc = run_desk_app(reader_stack.env, "--json")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    person = json.loads(proc.stdout)["person"]
    assert person["birth_date"] is None
    assert person["birth_date_raw"] == "01 ᧚ 1971"


@pytest.mark.parametrize("kind", ["version", "issuer-type"])
def test_damaged_trust_root_file_is_a_usage_error(reader_stack: VirtualReaderStack, tmp_path: Path, kind: str) -> None:
    from tests.eid.damage import damage_certificate

    root = tmp_path / "broken-root.der"
    root.write_bytes(damage_certificate(synthetic_pki("ec").root_der, kind))
    proc = run_cli(reader_stack.env, "--trust-root", str(root))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "cannot load trust root" in proc.stderr and "broken-root.der" in proc.stderr
