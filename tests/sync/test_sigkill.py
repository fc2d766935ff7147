"""A laptop's sync process killed (SIGKILL) at points it reports (answers of the case store: operations
pushed, attachment bytes uploaded, feed pages pulled), restarted, converges: every intake on the server
exactly once, nothing waiting, the laptop's copy matching the server."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from casestore.embedded import RunningServer
from tests.casestore.fixtures import REPO_ROOT, FileKeyring, open_laptop
from tests.sync.helpers import local_cases, new_intake, pending
from tests.sync.test_faults import server_counts


@pytest.mark.slow
def test_sync_killed_at_random_points_converges(
    casestore_server: RunningServer, casestore_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ring_file = tmp_path / "keyring.json"
    monkeypatch.setenv("LOKET_TEST_KEYRING_FILE", str(ring_file))
    keyring.set_keyring(FileKeyring())
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.casestore.fixtures.FileKeyring",
        "LOKET_TEST_KEYRING_FILE": str(ring_file),
        "PYTHONPATH": str(REPO_ROOT),
    }
    n = 30
    data_dir = tmp_path / "laptop-k"
    lap = open_laptop(data_dir, casestore_server.url, "clerk", token_service="loket-sync-kill")
    ids = [new_intake(lap.loket, i, photo_size=60_000 if i % 3 == 0 else 0, folder=tmp_path) for i in range(n)]
    lap.close()

    cmd = [sys.executable, "-m", "tests.sync.sync_worker", str(data_dir), casestore_server.url, "loket-sync-kill"]
    rng = random.Random(11)
    kills: list[str] = []
    for round_ in range(6):
        # Killed right after the k-th answer of the case store reached the worker (it reports each one
        # before recording it): while it records pushed operations, between upload chunks, mid-pull.
        k = rng.randint(1, 12 if round_ == 0 else 4)
        log = (tmp_path / f"worker-{round_}.err").open("w")
        proc = subprocess.Popen(cmd, env=env, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=log, text=True)
        assert proc.stdout is not None
        seen = 0
        for line in proc.stdout:
            if line.startswith("PROGRESS"):
                seen += 1
                if seen == k:
                    proc.kill()  # SIGKILL: no cleanup, no rollback handlers
                    kills.append(line.strip())
                    break
        proc.stdout.close()
        proc.wait()
        log.close()
    done = subprocess.run(cmd, env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=240)
    assert "DONE" in done.stdout, done.stdout + done.stderr

    counts = server_counts(casestore_db)
    assert counts["case"] == n and counts["person"] == n and counts["status_change"] == n
    assert counts["distinct_numbers"] == n and counts["case_counter"] == n
    assert counts["case_attachment"] == counts["blobs"] == len(range(0, n, 3))
    lap2 = open_laptop(data_dir, casestore_server.url, "clerk", token_service="loket-sync-kill", login=False)
    try:
        assert pending(lap2.loket) == 0
        cases = local_cases(lap2.loket)
        assert set(cases) == set(ids) and all(v[0] for v in cases.values())
        assert len({v[0] for v in cases.values()}) == n
        again = lap2.client.sync_once()
        assert again.pushed == 0 and again.status is not None and again.status.state == "idle"
    finally:
        lap2.close()
    # The first worker has far more than 12 answers to wait for (30 intakes in pushes of 4, 10 photos in
    # chunks of 8 KiB), so it is killed however fast the machine is.
    assert kills and kills[0].startswith("PROGRESS"), kills
