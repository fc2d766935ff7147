"""Fixtures for the eID tests.

libpcsclite (under pyscard) reads ``PCSCLITE_CSOCK_NAME`` once, at the first PC/SC call of the
process, so the private pcscd socket path is exported here, at import time, before any test
runs. Tests marked ``pcsc`` run through a private ``pcscd`` + ``vpcd`` + the simulator.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eid.simulator.harness import (
    VirtualReaderStack,
    pcsc_available,
    prepare_client_environment,
    private_pcscd_supported,
)

prepare_client_environment()

REPO_ROOT = Path(__file__).resolve().parents[2]
# Public test-card files (specimen, commons-eid), copied into the repository with their source and
# licence in tests/data/eid/README.md: no test reads anything outside the repository.
CARDS = REPO_ROOT / "tests" / "data" / "eid"

_PCSC_OK, _PCSC_REASON = pcsc_available()


def card_file(*parts: str) -> Path:
    """A file or directory under ``tests/data/eid`` (part of the repository: missing = a failure, not a skip)."""
    path = CARDS.joinpath(*parts)
    assert path.exists(), f"test data missing from the repository: {path}"
    return path


def require_private_pcscd() -> None:
    """Skip tests that need their own pcscd (no readers, stopping it, a second process)."""
    if not private_pcscd_supported():
        pytest.skip("needs a private pcscd: mount namespaces (unshare) are not available here, "
                    "so the shared system pcscd is used and cannot be stopped or duplicated")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _PCSC_OK:
        return
    skip = pytest.mark.skip(reason=f"PC/SC simulation unavailable: {_PCSC_REASON}")
    for item in items:
        if "pcsc" in item.keywords and str(item.fspath).startswith(str(Path(__file__).parent)):
            item.add_marker(skip)


@pytest.fixture
def stack() -> VirtualReaderStack:
    """The process-wide private pcscd with two virtual readers (started once, well under a second)."""
    return VirtualReaderStack.shared()


@pytest.fixture
def reader_stack(stack: VirtualReaderStack) -> Iterator[VirtualReaderStack]:
    """The shared stack, with both slots emptied after the test."""
    yield stack
    for slot in range(stack.slots):
        if stack.card(slot).inserted:
            stack.remove(slot=slot)
