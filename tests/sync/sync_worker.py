"""A laptop syncing in its own process (killed by test_sigkill): sync until nothing waits.

    python -m tests.sync.sync_worker DATA_DIR SERVER_URL TOKEN_SERVICE
(with PYTHON_KEYRING_BACKEND=tests.casestore.fixtures.FileKeyring and LOKET_TEST_KEYRING_FILE set)

Every answer of the case store is reported on stdout as ``PROGRESS <n> <method> <path> <detail>`` the moment
it arrives (before the laptop records it), so that a test can kill the process at points it observes:
operations pushed, attachment bytes uploaded, feed pages pulled.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


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
    request = client.transport.request
    seen = 0

    def reporting(method: str, path: str, **kw: Any) -> dict[str, Any]:
        nonlocal seen
        body = request(method, path, **kw)
        seen += 1
        if path == "/v1/push":
            detail = f"ops={len(kw.get('json_body', {}).get('ops', []))}"
        elif method == "PATCH":
            detail = f"bytes={len(kw.get('content') or b'')}"
        else:
            detail = f"changes={len(body.get('changes', []))}" if path == "/v1/changes" else ""
        print(f"PROGRESS {seen} {method} {path} {detail}", flush=True)
        return body

    client.transport.request = reporting  # type: ignore[method-assign]
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
