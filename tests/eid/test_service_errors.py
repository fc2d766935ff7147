"""No reader at all, and the PC/SC service going away (each test owns its pcscd)."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from eid.errors import EidError, NoReaderError, PcscNotRunningError
from eid.monitor import CardMonitor
from eid.reader import EidReader, list_readers
from eid.simulator.harness import VirtualReaderStack
from eid.simulator.synthetic import synthetic_card
from tests.eid.conftest import REPO_ROOT, require_private_pcscd

pytestmark = pytest.mark.pcsc


def test_pcscd_without_readers() -> None:
    require_private_pcscd()
    with VirtualReaderStack(slots=0) as stack:
        assert list_readers() == []
        seen: list[list[str]] = []
        listed = threading.Event()

        def on_readers(readers: list[str]) -> None:
            seen.append(readers)
            listed.set()

        with CardMonitor(on_readers_changed=on_readers, poll_ms=100):
            assert listed.wait(10)
        assert seen == [[]]  # "no reader" is reported once, as an empty list
        with pytest.raises(NoReaderError) as exc:
            EidReader().read()
        assert exc.value.exit_code == 3 and exc.value.code == "no_reader"
        proc = subprocess.run([sys.executable, "-m", "eid.cli", "eid", "read"], env=stack.env, cwd=REPO_ROOT,
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 3
        assert "No card reader" in proc.stderr


def test_pcscd_stopped() -> None:
    require_private_pcscd()
    with VirtualReaderStack(slots=1) as stack:
        stack.insert(synthetic_card("v17-rsa"))
        assert EidReader().read().person.surname == "Testpersoon"
        errors: list[EidError] = []
        removed = threading.Event()
        failed = threading.Event()

        def on_error(e: EidError) -> None:
            errors.append(e)
            failed.set()

        present = threading.Event()
        with CardMonitor(
            on_insert=lambda e: present.set(), on_remove=lambda e: removed.set(), on_error=on_error,
            poll_ms=200, retry_s=0.2,
        ):
            assert present.wait(10)
            stack.stop_pcscd()
            assert failed.wait(10)
            assert removed.wait(10)
        assert isinstance(errors[0], PcscNotRunningError)
        with pytest.raises(PcscNotRunningError) as exc:
            EidReader().read()
        assert exc.value.exit_code == 3
        assert "service" in exc.value.message


def test_monitor_and_reader_recover_when_pcscd_comes_back() -> None:
    """pcscd often exits when idle and is restarted by socket activation: nothing must stay broken."""
    require_private_pcscd()
    inserted = threading.Event()
    failed = threading.Event()
    errors: list[str] = []

    def on_error(e: EidError) -> None:
        errors.append(e.code)
        failed.set()

    with CardMonitor(on_insert=lambda e: inserted.set(), on_error=on_error, poll_ms=200, retry_s=0.2):
        with VirtualReaderStack(slots=1) as first:
            first.insert(synthetic_card("v17-rsa"))
            assert inserted.wait(10)
        # first pcscd gone; the monitor reports it and keeps retrying
        assert failed.wait(10)
        assert errors == ["pcsc_not_running"]
        inserted.clear()
        with VirtualReaderStack(slots=1) as second:
            second.insert(synthetic_card("v18-ec-fr"))
            assert inserted.wait(10)
            assert EidReader().read().person.surname == "Exemple"
