"""A laptop syncing in its own process (killed at random by test_sigkill): sync until nothing waits.

    python -m tests.sync.sync_worker DATA_DIR SERVER_URL TOKEN_SERVICE
(with PYTHON_KEYRING_BACKEND=tests.casestore.fixtures.FileKeyring and LOKET_TEST_KEYRING_FILE set)
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from desk_app.app import Loket
    from sync.client import SyncClient
    from sync.tokens import KeyringTokenStore
    from sync.transport import RetryPolicy

    data_dir, server_url, service = Path(argv[0]), argv[1], argv[2]
    loket = Loket.open(data_dir)
    client = SyncClient(
        loket.store, server_url, attachments=loket.attachments, token_store=KeyringTokenStore(service),
        retry=RetryPolicy(attempts=8, base_delay=0.01, max_delay=0.2), push_batch=4, page_size=7,
        chunk_size=8 * 1024,
    )
    for _ in range(100):
        res = client.sync_once()
        assert res.status is not None
        print(f"round: pushed {res.pushed} pulled {res.pulled} state {res.status.state}", flush=True)
        if res.status.state == "idle" and res.status.pending == 0:
            print("DONE", flush=True)
            return 0
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
