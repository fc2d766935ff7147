"""The local store: migrations, refusing a newer store, encryption at rest, append-only audit, durability."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import keyring
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError, IntegrityError

from desk_app.app import Loket
from desk_app.keys import KeyUnavailable
from desk_app.store.db import StoreTooNew, StoreUnreadable, head_revision, open_store
from tests.keyrings import MemoryKeyring, subprocess_env


def test_new_store_is_migrated_to_head_in_wal_mode(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db", os.urandom(32))
    assert store.current_revision() == head_revision()
    with store.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL: durable commits
    store.close()


def test_store_newer_than_this_program_is_refused_untouched(tmp_path: Path) -> None:
    key = os.urandom(32)
    store = open_store(tmp_path / "s.db", key)
    with store.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    before = (tmp_path / "s.db").read_bytes()
    with pytest.raises(StoreTooNew, match="newer version of Loket"):
        open_store(tmp_path / "s.db", key)
    assert (tmp_path / "s.db").read_bytes() == before


def test_encrypted_store_has_no_plaintext_on_disk(empty_loket: Loket) -> None:
    pid, _ = empty_loket.create_person(national_number="85073003328", surname="Vandenbroucke",
                                       given_names="Griet", street_and_number="Lindenlaan 17",
                                       postal_code="9999", municipality="Meerhoven")
    assert pid
    for f in empty_loket.paths.data.glob("store.db*"):  # owner-only, WAL and shared memory too
        assert f.stat().st_mode & 0o077 == 0, f
    empty_loket.store.close()
    raw = b"".join(p.read_bytes() for p in empty_loket.paths.data.glob("store.db*"))
    for secret in (b"85073003328", b"Vandenbroucke", b"Lindenlaan", b"SQLite format 3"):
        assert secret not in raw


def test_a_copy_without_its_key_cannot_be_read(empty_loket: Loket, tmp_path: Path) -> None:
    empty_loket.create_person(surname="Peeters")
    empty_loket.close()
    other_laptop = tmp_path / "other"
    other_laptop.mkdir()
    for f in empty_loket.paths.data.glob("store.db*"):
        shutil.copy(f, other_laptop / f.name)
    keyring.set_keyring(MemoryKeyring())  # the other laptop's keyring has no key for it
    with pytest.raises(KeyUnavailable, match="does not hold the key"):
        Loket.open(other_laptop)
    with pytest.raises(StoreUnreadable, match="cannot be opened with this laptop's key"):
        open_store(other_laptop / "store.db", os.urandom(32))


def test_no_keyring_means_a_clear_refusal(tmp_path: Path) -> None:
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(KeyUnavailable, match="system keyring is not available"):
        Loket.open(tmp_path / "x")
    # demo mode (synthetic data only) falls back to a key file and says so in the docs
    app = Loket.open(tmp_path / "demo", demo=True)
    assert (app.paths.config / "demo-store.key").exists()
    app.close()


def test_audit_log_is_append_only(loket: Loket) -> None:
    hits = loket.search("a", audit_results=True)
    assert hits
    with loket.store.read() as s:
        n = s.execute(text("SELECT count(*) FROM audit_entry WHERE action = 'search'")).scalar()
    assert n == len([h for h in hits if h.kind == "person"])
    with pytest.raises((IntegrityError, DatabaseError), match="append-only"), loket.store.write() as s:
        s.execute(text("UPDATE audit_entry SET actor = 'someone else'"))
    with pytest.raises((IntegrityError, DatabaseError), match="append-only"), loket.store.write() as s:
        s.execute(text("DELETE FROM audit_entry"))


def test_failed_intake_writes_nothing(loket: Loket) -> None:
    from desk_app.catalogue import FormInvalid

    with loket.store.read() as s:
        before = [s.execute(text(f'SELECT count(*) FROM "{t}"')).scalar()
                  for t in ("case", "status_change", "outbox_operation")]
    with pytest.raises(FormInvalid):
        loket.intake("address_change", None, {"street_and_number": "Kerkstraat 1"})
    with loket.store.read() as s:
        after = [s.execute(text(f'SELECT count(*) FROM "{t}"')).scalar()
                 for t in ("case", "status_change", "outbox_operation")]
    assert before == after


def test_saved_intake_survives_a_killed_process(tmp_path: Path) -> None:
    """A child process saves an intake and is SIGKILLed right after; the store opens and has it."""
    import subprocess
    import sys

    ring = tmp_path / "ring.json"
    env = subprocess_env(ring, LOKET_DATA_DIR=str(tmp_path / "laptop"))
    script = (
        "import os, signal\n"
        "from desk_app.app import Loket\n"
        "app = Loket.open()\n"
        "pid, _ = app.create_person(surname='Claes', national_number='85073003328')\n"
        "r, ref = app.intake('complaint', '85073003328', {'subject': 'Wachttijd', 'description': 'Lang'})\n"
        "print(ref, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    ref = proc.stdout.strip()
    os.environ["LOKET_TEST_KEYRING_FILE"] = str(ring)
    from tests.keyrings import TestFileKeyring

    keyring.set_keyring(TestFileKeyring())
    try:
        app = Loket.open(tmp_path / "laptop")
        view = app.case(ref)
        assert view is not None and view.case["answers"]["subject"] == "Wachttijd"
        app.close()
    finally:
        del os.environ["LOKET_TEST_KEYRING_FILE"]


def test_attachments_are_encrypted_and_content_addressed(empty_loket: Loket) -> None:
    import hashlib

    from desk_app.services.attachments import AttachmentInvalid

    data = b"%PDF-1.4 lease contract of Griet Vandenbroucke"
    with empty_loket.store.write() as s:
        att = empty_loket.attachments.put(s, data, "contract.pdf")
    assert att.sha256 == hashlib.sha256(data).hexdigest()
    files = [p for p in empty_loket.paths.attachments.rglob("*") if p.is_file()]
    assert len(files) == 1 and att.sha256 not in files[0].name
    assert b"Vandenbroucke" not in files[0].read_bytes()
    assert empty_loket.attachments.get(att.sha256) == data
    with pytest.raises(AttachmentInvalid, match="limit is"), empty_loket.store.write() as s:
        empty_loket.attachments.put(s, b"x" * (empty_loket.attachments.max_bytes + 1), "huge.pdf")
    with pytest.raises(AttachmentInvalid, match="allowed are"), empty_loket.store.write() as s:
        empty_loket.attachments.put(s, b"MZ...", "virus.exe")


def test_attachment_keys_are_rfc5869_hkdf() -> None:
    # the store's attachment keys must stay what they were when the files were written
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    from desk_app.services.attachments import hkdf_sha256

    for key in (b"\0" * 32, bytes(range(32)), b"k" * 64):
        for info, length in ((b"aead", 32), (b"names", 32), (b"long", 80)):
            expected = HKDF(hashes.SHA256(), length, b"loket-attachments", info).derive(key)
            assert hkdf_sha256(key, b"loket-attachments", info, length) == expected


def test_revisions_read_without_alembic_match_alembic() -> None:
    from alembic.script import ScriptDirectory

    from desk_app.store.db import _alembic_config, known_revisions

    script = ScriptDirectory.from_config(_alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {r.revision: r.down_revision for r in script.walk_revisions()}


def test_opening_a_current_store_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    store = open_store(tmp_path / "s.db", None)
    store.close()
    code = ("import sys; from pathlib import Path; from desk_app.store.db import open_store; "
            f"s = open_store(Path({str(tmp_path / 's.db')!r}), None); s.close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "False"
