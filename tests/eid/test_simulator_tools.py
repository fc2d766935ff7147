"""Simulator CLI, demo reader, harness process hygiene, package boundaries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eid.errors import CardNotActivatedError, NotAnEidError
from eid.reader import EidReader
from eid.simulator.card import CardImage
from eid.simulator.demo import DemoReader
from eid.simulator.harness import HarnessError, VirtualReaderStack
from eid.simulator.synthetic import SYNTHETIC_KINDS, synthetic_card
from tests.eid.conftest import CARDS, REPO_ROOT, card_file, require_private_pcscd


def _wait_present(stack: VirtualReaderStack, present: bool = True) -> None:
    stack.wait_card(0, present=present, timeout=30)


def test_package_imports_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys, pkgutil, importlib, eid\n"
        "for m in pkgutil.walk_packages(eid.__path__, 'eid.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'desk_app', 'ui')]\n"
        "print(bad)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_simulator_cli_save_and_list(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "eid.simulator", "--list-kinds"], cwd=REPO_ROOT,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    assert set(SYNTHETIC_KINDS) <= {line.split()[0] for line in out.stdout.splitlines()}
    proc = subprocess.run(
        [sys.executable, "-m", "eid.simulator", "--synthetic", "kids", "--save", str(tmp_path / "kids"),
         "--write-root", str(tmp_path / "root.pem")],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    image = CardImage.from_directory(tmp_path / "kids")
    assert image.applet_version == "1.8" and image.basic_key_private is not None
    assert image.files["3F00DF005038"] == bytes(1024)  # no authentication certificate on a kids card
    assert (tmp_path / "root.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")


@pytest.mark.pcsc
def test_simulator_process_serves_a_card_and_takes_commands(tmp_path: Path) -> None:
    with VirtualReaderStack(slots=1) as stack:
        root = tmp_path / "root.pem"
        proc = subprocess.Popen(
            [sys.executable, "-m", "eid.simulator", "--port", str(stack.port), "--synthetic", "v18-ec-de",
             "--write-root", str(root), "--interactive"],
            cwd=REPO_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            assert proc.stdout is not None and proc.stdin is not None
            assert "inserted" in proc.stdout.readline()
            _wait_present(stack)
            result = EidReader(stack.reader_name, trust_roots=[root]).read()
            assert result.person.surname == "Beispiel"
            assert result.verification is not None and result.verification.status == "valid"
            proc.stdin.write("remove\n")
            proc.stdin.flush()
            assert proc.stdout.readline().strip() == "removed"
            _wait_present(stack, present=False)
            proc.stdin.write("insert not-activated\n")
            proc.stdin.flush()
            assert "inserted" in proc.stdout.readline()
            _wait_present(stack)
            with pytest.raises(CardNotActivatedError):
                EidReader(stack.reader_name).read()
            proc.stdin.write("quit\n")
            proc.stdin.flush()
            assert proc.wait(timeout=20) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


@pytest.mark.pcsc
def test_simulator_process_public_card_dir() -> None:
    alice = card_file("specimen-alice")
    with VirtualReaderStack(slots=1) as stack:
        proc = subprocess.Popen(
            [sys.executable, "-m", "eid.simulator", "--port", str(stack.port), "--card", str(alice)],
            cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            _wait_present(stack)
            cli = subprocess.run([sys.executable, "-m", "eid.cli", "eid", "read", "--json", "--trust-root",
                                  str(alice / "3F00DF00503B_root_cert.der")],
                                 env=stack.env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
            assert cli.returncode == 0, cli.stderr
            data = json.loads(cli.stdout)
            assert data["verification"]["status"] == "valid"
            assert data["card"]["applet_version"] == "1.1"
            assert data["person"]["national_number"] == "71715100070"
        finally:
            proc.terminate()
            assert proc.wait(timeout=20) == 0


@pytest.mark.pcsc
def test_stack_stops_exactly_its_pcscd() -> None:
    stack = VirtualReaderStack(slots=1).start()
    pid = stack.pcscd_pid
    if pid is None:
        stack.stop()
        pytest.skip("the system pcscd was already running: this stack started no pcscd of its own")
    os.kill(pid, 0)  # running
    stack.stop()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert stack.pcscd_pid is None


@pytest.mark.pcsc
def test_demo_reader_insert_remove() -> None:
    with DemoReader(shared_cards=CARDS) as demo:
        keys = [c.key for c in demo.cards]
        assert "v18-ec" in keys and "not-activated" in keys
        demo.insert("foreigner", wait=True)
        result = EidReader(demo.reader_name, extra_roots=demo.demo_roots()).read()
        assert result.card.document_type == 11
        assert result.verification is not None and result.verification.status == "valid"
        demo.insert("v17-rsa", wait=True)
        assert EidReader(demo.reader_name).read().applet_version == "1.7"
        demo.remove(wait=True)
        assert demo.inserted_key is None
        with pytest.raises(KeyError):
            demo.insert("no-such-card")
        demo.insert("specimen-alice", wait=True)
        assert EidReader(demo.reader_name).read().person.given_names == "Alice Geldigekaart"
        demo.insert("test-eid-v17-ec", wait=True)
        assert EidReader(demo.reader_name).read().person.surname == "Specimen"
    assert demo.stack is None


@pytest.mark.pcsc
def test_second_stack_in_process_refused_but_shared_yields() -> None:
    require_private_pcscd()
    shared = VirtualReaderStack.shared()
    assert shared.running
    with VirtualReaderStack(slots=1) as own:  # stops the shared stack
        assert not shared.running
        with pytest.raises(HarnessError):
            VirtualReaderStack(slots=1).start()
        assert own.running
    again = VirtualReaderStack.shared()  # restarted on demand
    assert again.running and len(again.reader_names) == 2


@pytest.mark.pcsc
def test_private_stacks_in_two_processes_do_not_interfere(reader_stack: VirtualReaderStack) -> None:
    require_private_pcscd()
    reader_stack.insert(synthetic_card("v17-rsa"))
    code = (
        "from eid.simulator.harness import VirtualReaderStack, prepare_client_environment\n"
        "prepare_client_environment()\n"
        "from eid.simulator.synthetic import synthetic_card\n"
        "from eid.reader import EidReader, list_readers\n"
        "with VirtualReaderStack() as s:\n"
        "    s.insert(synthetic_card('v18-ec-fr'))\n"
        "    print(len(list_readers()), EidReader().read().person.surname)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PCSCLITE_CSOCK_NAME"}
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["2", "Exemple"]  # its own pcscd (vpcd has two slots), its own card
    assert EidReader(reader_stack.reader_name).read().person.surname == "Testpersoon"  # ours untouched


@pytest.mark.pcsc
def test_demo_reader_uses_shipped_images(tmp_path: Path) -> None:
    from eid.simulator.synthetic import write_demo_cards

    write_demo_cards(tmp_path, ["v18-ec", "not-eid", "tampered-photo"])
    with DemoReader(images=tmp_path) as demo:
        demo.insert("v18-ec", wait=True)
        result = EidReader(demo.reader_name, extra_roots=demo.demo_roots()).read()
        assert result.raw.identity == (tmp_path / "v18-ec" / "3F00DF014031_identity.tlv").read_bytes()
        assert result.verification is not None and result.verification.status == "valid"
        assert EidReader(demo.reader_name).read().verification.status == "untrusted"  # type: ignore[union-attr]
        demo.insert("tampered-photo", wait=True)
        tampered = EidReader(demo.reader_name, extra_roots=demo.demo_roots()).read()
        assert tampered.verification is not None and tampered.verification.status == "invalid"
        demo.insert("not-eid", wait=True)  # behaviour restored from card.json
        with pytest.raises(NotAnEidError):
            EidReader(demo.reader_name).read()
        demo.insert("kids", wait=True)  # no image: made on the fly
        assert EidReader(demo.reader_name).read().card.document_type == 6


def test_shipped_demo_images_verify_with_their_roots() -> None:
    from eid.model import RawCardFiles, parse_identity
    from eid.simulator.demo import default_images_dir
    from eid.verify import load_certificates, verify_card

    images = default_images_dir()
    if not (images / "v18-ec" / "card.json").is_file():
        pytest.skip(f"no demo card images in {images}")
    roots = [c for f in images.glob("demo-test-root-*.pem") for c in load_certificates(f)]
    for kind in ("v18-ec", "v17-rsa", "foreigner", "kids", "tampered-identity"):
        image = CardImage.from_directory(images / kind)
        f = image.files
        raw = RawCardFiles(identity=f["3F00DF014031"], identity_signature=f["3F00DF014032"],
                           address=f["3F00DF014033"], address_signature=f["3F00DF014034"],
                           photo=f["3F00DF014035"], rrn_certificate=f["3F00DF00503C"],
                           basic_public_key=f.get("3F00DF014040"))
        ident = parse_identity(raw.identity or b"")
        assert verify_card(raw, ident).status == ("invalid" if kind.startswith("tampered") else "untrusted")
        expected = "invalid" if kind.startswith("tampered") else "valid"
        assert verify_card(raw, ident, extra_roots=roots).status == expected, kind


@pytest.mark.pcsc
def test_simulator_with_its_own_private_pcscd() -> None:
    require_private_pcscd()
    env = {k: v for k, v in os.environ.items() if k != "PCSCLITE_CSOCK_NAME"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "eid.simulator", "--private-pcscd", "--synthetic", "foreigner"],
        cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("export PCSCLITE_CSOCK_NAME=")
        socket_path = first.split("=", 1)[1].split()[0]
        assert "inserted" in proc.stdout.readline()
        cli_env = dict(env, PCSCLITE_CSOCK_NAME=socket_path)
        for _ in range(50):  # pcscd notices the card within its 400 ms polling period
            cli = subprocess.run([sys.executable, "-m", "eid.cli", "eid", "read", "--json"], env=cli_env,
                                 cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
            if cli.returncode != 4:
                break
        assert cli.returncode == 0, cli.stderr
        assert json.loads(cli.stdout)["card"]["document_type"] == 11
    finally:
        proc.terminate()
        assert proc.wait(timeout=20) == 0
    assert not Path(socket_path).exists()  # its pcscd is gone
